-- How long answers took, per source and UTC day: p50, p95 and p99 in microseconds
-- @param from day today-6 the first UTC day
-- @param to day today the last UTC day
SELECT day,
       source,
       count(*) AS calls,
       approx_percentile(answer_micros, 0.5) AS p50_micros,
       approx_percentile(answer_micros, 0.95) AS p95_micros,
       approx_percentile(answer_micros, 0.99) AS p99_micros
FROM calls
WHERE day BETWEEN ${from} AND ${to}
GROUP BY day, source
ORDER BY day, source;
