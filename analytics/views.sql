-- The views analysts query, the same text on both engines: DuckDB runs these statements at the start
-- of every local session (./vanitycall sql); on AWS they are the workgroup's saved queries, run once
-- after a deploy or a schema change (./vanitycall sql --athena --create-views). docs/analytics.md.

-- Every call once, load tools' calls included. The lake is written at least once (Firehose, and the
-- pipe retrying a batch), so a call may have more than one row: the first by event id is kept. Copies
-- of a call share its day, so a filter on day still prunes partitions under the window.
CREATE OR REPLACE VIEW calls_with_synthetic AS
SELECT event_id, schema_version, received_at, synthetic, caller_status, country_code, area_code,
       caller_id, caller_id_key, source, answer_micros, heard, best, headline_word,
       dictionary_version, day
FROM (
  SELECT lake_calls.*,
         row_number() OVER (PARTITION BY day, event_id ORDER BY received_at) AS delivery
  FROM lake_calls
) deliveries
WHERE delivery = 1;

-- Callers' calls, once each: what the product's figures count (load tools' calls left out).
CREATE OR REPLACE VIEW calls AS
SELECT * FROM calls_with_synthetic WHERE NOT synthetic;
