-- The area codes called from most, as a person writes them (+1 800), with the country calling code and area code apart
-- @param from day today-29 the first UTC day
-- @param to day today the last UTC day
-- @param top count 10 how many area codes
SELECT '+' || country_code || ' ' || area_code AS area,
       country_code,
       area_code,
       count(*) AS calls
FROM calls
WHERE day BETWEEN ${from} AND ${to}
  AND country_code IS NOT NULL
GROUP BY country_code, area_code
ORDER BY calls DESC, area
LIMIT ${top};
