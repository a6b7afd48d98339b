-- Where the answers came from per day and hour (cache, quick engine, fallback), counts and shares
-- @param tz zone UTC the time zone, an IANA name such as America/New_York
-- @param from day today-6 the first day, in that zone
-- @param to day today the last day, in that zone
SELECT CAST(local_time AS DATE) AS day,
       hour(local_time) AS hour,
       count(*) AS calls,
       count_if(source = 'CACHE') AS cache,
       count_if(source = 'QUICK') AS quick,
       count_if(source = 'FALLBACK') AS fallback,
       round(CAST(count_if(source = 'CACHE') AS DOUBLE) / count(*), 4) AS cache_share,
       round(CAST(count_if(source = 'QUICK') AS DOUBLE) / count(*), 4) AS quick_share,
       round(CAST(count_if(source = 'FALLBACK') AS DOUBLE) / count(*), 4) AS fallback_share
FROM (
  SELECT source, (received_at AT TIME ZONE 'UTC') AT TIME ZONE ${tz} AS local_time
  FROM calls
  WHERE day BETWEEN CAST(CAST(DATE ${from} - INTERVAL '1' DAY AS DATE) AS VARCHAR)
                AND CAST(CAST(DATE ${to} + INTERVAL '1' DAY AS DATE) AS VARCHAR)
) local_calls
WHERE CAST(local_time AS DATE) BETWEEN DATE ${from} AND DATE ${to}
GROUP BY 1, 2
ORDER BY 1, 2;
