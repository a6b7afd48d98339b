-- Calls per UTC day by what the caller's number was: valid, withheld or invalid
-- @param from day today-29 the first UTC day
-- @param to day today the last UTC day
SELECT day,
       count(*) AS calls,
       count_if(caller_status = 'VALID') AS valid,
       count_if(caller_status = 'WITHHELD') AS withheld,
       count_if(caller_status = 'INVALID') AS invalid,
       round(CAST(count_if(caller_status = 'VALID') AS DOUBLE) / count(*), 4) AS valid_share,
       round(CAST(count_if(caller_status = 'WITHHELD') AS DOUBLE) / count(*), 4) AS withheld_share,
       round(CAST(count_if(caller_status = 'INVALID') AS DOUBLE) / count(*), 4) AS invalid_share
FROM calls
WHERE day BETWEEN ${from} AND ${to}
GROUP BY day
ORDER BY day;
