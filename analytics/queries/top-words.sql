-- The words callers' numbers spelled most (the headline word of the first option worth saying)
-- @param from day today-29 the first UTC day
-- @param to day today the last UTC day
-- @param top count 10 how many words
SELECT headline_word AS word,
       count(*) AS calls
FROM calls
WHERE day BETWEEN ${from} AND ${to}
  AND headline_word IS NOT NULL
GROUP BY headline_word
ORDER BY calls DESC, word
LIMIT ${top};
