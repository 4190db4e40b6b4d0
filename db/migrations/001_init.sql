-- 001: documents, speakers, claims with provenance, translations, verification events, runs, LLM cache.
-- Applied in one transaction by src/store/migrate.ts and recorded in schema_migrations.

CREATE TABLE runs (
  id                INTEGER PRIMARY KEY,
  started_at        TEXT NOT NULL,
  finished_at       TEXT,
  command           TEXT NOT NULL,
  options           TEXT NOT NULL DEFAULT '{}',   -- JSON
  counts            TEXT NOT NULL DEFAULT '{}',   -- JSON
  tokens_in         INTEGER NOT NULL DEFAULT 0,
  tokens_out        INTEGER NOT NULL DEFAULT 0,
  cache_read_tokens INTEGER NOT NULL DEFAULT 0,
  cost_usd          REAL NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  id           TEXT PRIMARY KEY,                  -- sha256 of text
  path         TEXT,
  title        TEXT,
  published_at TEXT,
  url          TEXT,
  source       TEXT,
  lang         TEXT NOT NULL,
  text         TEXT NOT NULL,
  body_start   INTEGER NOT NULL DEFAULT 0,
  ingested_at  TEXT NOT NULL,
  run_id       INTEGER REFERENCES runs(id)
);

CREATE TABLE speakers (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  norm        TEXT NOT NULL UNIQUE,                -- lower case, no accents
  kind        TEXT NOT NULL DEFAULT 'person',      -- person | organisation | publication | description
  description TEXT                                 -- a role learned from an apposition
);

CREATE TABLE speaker_aliases (
  speaker_id INTEGER NOT NULL REFERENCES speakers(id),
  alias      TEXT NOT NULL,
  norm       TEXT NOT NULL,
  PRIMARY KEY (speaker_id, norm)
);
CREATE INDEX speaker_aliases_norm ON speaker_aliases(norm);

CREATE TABLE claims (
  id                TEXT PRIMARY KEY,
  document_id       TEXT NOT NULL REFERENCES documents(id),
  kind              TEXT NOT NULL CHECK (kind IN ('direct','mixed','indirect','assertion')),
  text              TEXT NOT NULL,
  start             INTEGER NOT NULL,
  end               INTEGER NOT NULL,
  sentence_start    INTEGER NOT NULL,
  sentence_end      INTEGER NOT NULL,
  cue               TEXT,
  speaker_id        INTEGER REFERENCES speakers(id),
  speaker_mention   TEXT,
  confidence        REAL NOT NULL,
  check_worthiness  REAL NOT NULL,
  extractor         TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  run_id            INTEGER REFERENCES runs(id),
  created_at        TEXT NOT NULL
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_speaker ON claims(speaker_id);
CREATE INDEX claims_kind ON claims(kind);

CREATE TABLE translations (
  id              INTEGER PRIMARY KEY,
  claim_id        TEXT NOT NULL REFERENCES claims(id),
  lang            TEXT NOT NULL DEFAULT 'en',
  text            TEXT NOT NULL,
  engine          TEXT NOT NULL,
  model           TEXT,
  prompt_hash     TEXT,
  quality         TEXT NOT NULL,                    -- machine-gloss | llm
  fidelity_issues TEXT NOT NULL DEFAULT '[]',       -- JSON array of strings
  created_at      TEXT NOT NULL,
  UNIQUE (claim_id, lang, engine, model, prompt_hash)
);
CREATE INDEX translations_claim ON translations(claim_id);

-- Append-only: the current status of a claim is derived from its events.
CREATE TABLE verification_events (
  id          INTEGER PRIMARY KEY,
  claim_id    TEXT NOT NULL REFERENCES claims(id),
  kind        TEXT NOT NULL CHECK (kind IN ('machine','human')),
  signal      TEXT NOT NULL,                        -- extracted | span-fidelity | corroboration | evidence | machine-verdict | verdict | ...
  status      TEXT,
  rating      TEXT,
  note        TEXT,
  evidence    TEXT NOT NULL DEFAULT '[]',           -- JSON
  by          TEXT,
  model       TEXT,
  prompt_hash TEXT,
  at          TEXT NOT NULL
);
CREATE INDEX verification_events_claim ON verification_events(claim_id);
CREATE TRIGGER verification_events_no_update BEFORE UPDATE ON verification_events
BEGIN SELECT RAISE(ABORT, 'verification_events is append-only'); END;
CREATE TRIGGER verification_events_no_delete BEFORE DELETE ON verification_events
BEGIN SELECT RAISE(ABORT, 'verification_events is append-only'); END;

CREATE TABLE llm_cache (
  key         TEXT PRIMARY KEY,                     -- sha256(model, prompt_hash, input)
  model       TEXT NOT NULL,
  prompt_hash TEXT NOT NULL,
  request     TEXT NOT NULL,
  response    TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

-- Full-text search over French and English claim text, accent-insensitive.
CREATE VIRTUAL TABLE claims_fts USING fts5(
  text_fr, text_en, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text_fr, text_en) VALUES (new.rowid, new.text, '');
END;
CREATE TRIGGER claims_fts_translation AFTER INSERT ON translations BEGIN
  UPDATE claims_fts SET text_en = (
    SELECT group_concat(text, ' ') FROM translations WHERE claim_id = new.claim_id
  ) WHERE rowid = (SELECT rowid FROM claims WHERE id = new.claim_id);
END;

-- The best translation of a claim: Claude over Apertium, newest first.
CREATE VIEW best_translations AS
SELECT t.* FROM translations t
WHERE t.id = (
  SELECT t2.id FROM translations t2 WHERE t2.claim_id = t.claim_id
  ORDER BY CASE t2.quality WHEN 'llm' THEN 0 ELSE 1 END, t2.created_at DESC, t2.id DESC LIMIT 1
);

-- One row per claim with everything the CLI lists and exports; status derived from events.
CREATE VIEW claim_rows AS
SELECT
  c.id, c.document_id, c.kind, c.text, c.start, c.end, c.sentence_start, c.sentence_end, c.cue,
  c.speaker_mention, c.confidence, c.check_worthiness, c.extractor, c.extractor_version, c.created_at,
  c.rowid AS claim_rowid,
  s.id AS speaker_id, s.name AS speaker, s.kind AS speaker_kind, s.description AS speaker_role,
  d.path AS doc_path, d.title AS doc_title, d.published_at AS doc_date, d.url AS doc_url, d.source AS doc_source,
  bt.text AS text_en, bt.engine AS translation_engine, bt.model AS translation_model,
  bt.quality AS translation_quality, bt.fidelity_issues AS translation_fidelity_issues,
  COALESCE((SELECT e.status FROM verification_events e WHERE e.claim_id = c.id AND e.status IS NOT NULL
            ORDER BY e.id DESC LIMIT 1), 'unverified') AS status,
  (SELECT e.rating FROM verification_events e WHERE e.claim_id = c.id AND e.kind = 'human' AND e.rating IS NOT NULL
   ORDER BY e.id DESC LIMIT 1) AS rating,
  (SELECT e.evidence FROM verification_events e WHERE e.claim_id = c.id AND e.kind = 'human'
   ORDER BY e.id DESC LIMIT 1) AS verdict_evidence
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN speakers s ON s.id = c.speaker_id
LEFT JOIN best_translations bt ON bt.claim_id = c.id;
