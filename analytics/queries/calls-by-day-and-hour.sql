-- Calls per day and hour in a time zone: the analyst's own days and hours, any zone
-- @param tz zone UTC the time zone, an IANA name such as America/New_York or Asia/Kolkata
-- @param from day today-29 the first day, in that zone
-- @param to day today the last day, in that zone
SELECT CAST(local_time AS DATE) AS day,
       hour(local_time) AS hour,
       count(*) AS calls
FROM (
  SELECT (received_at AT TIME ZONE 'UTC') AT TIME ZONE ${tz} AS local_time
  FROM calls
  -- the UTC days that hold the zone's days: a day either side
  WHERE day BETWEEN CAST(CAST(DATE ${from} - INTERVAL '1' DAY AS DATE) AS VARCHAR)
                AND CAST(CAST(DATE ${to} + INTERVAL '1' DAY AS DATE) AS VARCHAR)
) local_calls
WHERE CAST(local_time AS DATE) BETWEEN DATE ${from} AND DATE ${to}
GROUP BY 1, 2
ORDER BY 1, 2;
