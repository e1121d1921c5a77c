-- Loads the bundled filings into public.filings(name, raw); psql's cwd must be
-- the project root.  Base64 carries every byte through COPY unharmed.
CREATE TABLE IF NOT EXISTS filings (name text PRIMARY KEY, raw text NOT NULL);
CREATE TEMP TABLE filings_b64 (name text, b64 text);
\copy filings_b64 from program 'test/scripts/filings-copy'
INSERT INTO filings SELECT name, convert_from(decode(b64, 'base64'), 'UTF8') FROM filings_b64
ON CONFLICT (name) DO UPDATE SET raw = excluded.raw;
DROP TABLE filings_b64;
