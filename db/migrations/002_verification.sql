-- 002: verification. Document passages with a full-text index (evidence retrieval), evidence candidates, and a
-- claim_rows view whose status never lets a machine signal override a human verdict.
-- Applied in one transaction by src/store/migrate.ts and recorded in schema_migrations.

-- The sentences of every document, as offsets into documents.text, so evidence can be cited exactly.
CREATE TABLE document_passages (
  id          INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,                        -- documents.text[start, end)
  UNIQUE (document_id, start, end)
);

-- External-content FTS5 over the passages: the text is stored once, in document_passages.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  text, content = 'document_passages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER document_passages_fts_insert AFTER INSERT ON document_passages BEGIN
  INSERT INTO documents_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Passages of other documents retrieved for a claim (bm25), kept forever: a verification event cites them by id.
CREATE TABLE evidence (
  id          INTEGER PRIMARY KEY,
  claim_id    TEXT NOT NULL REFERENCES claims(id),
  document_id TEXT NOT NULL REFERENCES documents(id),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,                        -- documents.text[start, end) of document_id
  score       REAL NOT NULL,                        -- -bm25 when first retrieved: higher is better
  created_at  TEXT NOT NULL,
  UNIQUE (claim_id, document_id, start, end)
);
CREATE INDEX evidence_claim ON evidence(claim_id);
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;

-- The latest event of one signal for one claim: what the runner compares with and the views summarise.
CREATE INDEX verification_events_claim_signal ON verification_events(claim_id, signal, id);

-- claim_rows, as in 001 (same columns, same order) except:
--  * status: the latest human verdict's status when there is one; otherwise the latest machine status;
--    otherwise 'unverified'. A machine event appended after a verdict can never change it.
--  * machine_signals: the signals whose latest event found something, e.g.
--    'corroborated(1); conflicting-figures(1); evidence(3)'; 'span-altered' when the span no longer matches.
--    A machine verdict (the Claude judge, when added) shows as 'machine-verdict:refutes'.
--  * machine_evidence: the evidence candidates of the latest 'evidence' event, as 'document:start-end' pairs
--    (the first 16 hex digits of the document id).
--  * verdict_by, verdict_note, verdict_at: who gave the latest human verdict, why, and when.
DROP VIEW claim_rows;
CREATE VIEW claim_rows AS
SELECT
  c.id, c.document_id, c.kind, c.text, c.start, c.end, c.sentence_start, c.sentence_end, c.cue,
  c.speaker_mention, c.confidence, c.check_worthiness, c.extractor, c.extractor_version, c.created_at,
  c.rowid AS claim_rowid,
  s.id AS speaker_id, s.name AS speaker, s.kind AS speaker_kind, s.description AS speaker_role,
  d.path AS doc_path, d.title AS doc_title, d.published_at AS doc_date, d.url AS doc_url, d.source AS doc_source,
  bt.text AS text_en, bt.engine AS translation_engine, bt.model AS translation_model,
  bt.quality AS translation_quality, bt.fidelity_issues AS translation_fidelity_issues,
  COALESCE(
    (SELECT e.status FROM verification_events e WHERE e.claim_id = c.id AND e.kind = 'human' AND e.status IS NOT NULL
     ORDER BY e.id DESC LIMIT 1),
    (SELECT e.status FROM verification_events e WHERE e.claim_id = c.id AND e.status IS NOT NULL
     ORDER BY e.id DESC LIMIT 1),
    'unverified') AS status,
  (SELECT e.rating FROM verification_events e WHERE e.claim_id = c.id AND e.kind = 'human' AND e.rating IS NOT NULL
   ORDER BY e.id DESC LIMIT 1) AS rating,
  (SELECT e.evidence FROM verification_events e WHERE e.claim_id = c.id AND e.kind = 'human'
   ORDER BY e.id DESC LIMIT 1) AS verdict_evidence,
  (SELECT group_concat(
            CASE e.signal WHEN 'span-fidelity' THEN 'span-altered'
                          WHEN 'machine-verdict' THEN 'machine-verdict:' || COALESCE(e.rating, '?')
                          ELSE e.signal || '(' || json_array_length(e.evidence) || ')' END,
            '; ' ORDER BY CASE e.signal WHEN 'span-fidelity' THEN 0 WHEN 'conflicting-figures' THEN 1
                                        WHEN 'conflicting-attribution' THEN 2 WHEN 'machine-verdict' THEN 3
                                        WHEN 'corroborated' THEN 4 ELSE 5 END)
   FROM verification_events e
   WHERE e.claim_id = c.id AND e.kind = 'machine'
     AND e.signal IN ('span-fidelity', 'corroborated', 'conflicting-attribution', 'conflicting-figures', 'evidence', 'machine-verdict')
     AND e.id = (SELECT MAX(e2.id) FROM verification_events e2 WHERE e2.claim_id = c.id AND e2.signal = e.signal)
     AND (json_array_length(e.evidence) > 0 OR e.signal = 'machine-verdict')) AS machine_signals,
  (SELECT group_concat(substr(json_extract(j.value, '$.document'), 1, 16) || ':' || json_extract(j.value, '$.start') || '-'
                       || json_extract(j.value, '$.end'), ' ')
   FROM json_each((SELECT e.evidence FROM verification_events e WHERE e.claim_id = c.id AND e.signal = 'evidence'
                   ORDER BY e.id DESC LIMIT 1)) j) AS machine_evidence,
  hv.by AS verdict_by, hv.note AS verdict_note, hv.at AS verdict_at
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN speakers s ON s.id = c.speaker_id
LEFT JOIN best_translations bt ON bt.claim_id = c.id
LEFT JOIN verification_events hv ON hv.id = (
  SELECT MAX(e.id) FROM verification_events e WHERE e.claim_id = c.id AND e.kind = 'human' AND e.rating IS NOT NULL);
