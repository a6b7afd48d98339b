-- Repeat callers (by pseudonym): how often they called, and how soon they called again
-- @param from day today-29 the first UTC day
-- @param to day today the last UTC day
-- @param top count 20 how many callers
WITH ordered AS (
  SELECT caller_id,
         country_code,
         area_code,
         received_at,
         lag(received_at) OVER (PARTITION BY caller_id ORDER BY received_at) AS previous_call
  FROM calls
  WHERE day BETWEEN ${from} AND ${to}
    AND caller_id IS NOT NULL
)
SELECT caller_id,
       min(country_code || area_code) AS area,
       count(*) AS calls,
       min(received_at) AS first_call,
       max(received_at) AS last_call,
       round(avg(date_diff('second', previous_call, received_at)) / 3600.0, 1) AS mean_hours_to_return,
       round(min(date_diff('second', previous_call, received_at)) / 3600.0, 1) AS least_hours_to_return
FROM ordered
GROUP BY caller_id
HAVING count(*) > 1
ORDER BY calls DESC, caller_id
LIMIT ${top};
