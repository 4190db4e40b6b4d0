// Verification in SQLite: document passages and their FTS5 index, evidence candidates, and the append-only
// verification_events. Every user or document value is a bound parameter; FTS5 expressions come from
// src/verify/evidence.ts, which quotes every word.

import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';

const statements = new WeakMap<Db, Map<string, Statement>>();

/** Verification runs thousands of small queries: each SQL text is prepared once per connection. */
function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** Columns 002_verification.sql adds to the claim_rows view (after every column of ClaimRow). */
export interface VerificationColumns {
  /** « corroborated(1); conflicting-figures(1); evidence(3) », or null when no signal found anything. */
  machine_signals: string | null;
  /** The current evidence candidates as « document:start-end » (document id's first 16 hex digits). */
  machine_evidence: string | null;
  /** The latest human verdict's reviewer, note and time, as typed (stored verbatim). */
  verdict_by: string | null;
  verdict_note: string | null;
  verdict_at: string | null;
}

export interface StoredEvent {
  id: number;
  claim_id: string;
  kind: 'machine' | 'human';
  signal: string;
  status: string | null;
  rating: string | null;
  note: string | null;
  /** JSON array. */
  evidence: string;
  by: string | null;
  model: string | null;
  prompt_hash: string | null;
  at: string;
}

export type NewEvent = Omit<StoredEvent, 'id'>;

export function appendEvent(db: Db, event: NewEvent): number {
  const result = prepared(db, 
      `INSERT INTO verification_events (claim_id, kind, signal, status, rating, note, evidence, by, model, prompt_hash, at)
       VALUES (@claim_id, @kind, @signal, @status, @rating, @note, @evidence, @by, @model, @prompt_hash, @at)`,
    )
    .run(event);
  return Number(result.lastInsertRowid);
}

export function latestEvent(db: Db, claimId: string, signal: string): StoredEvent | undefined {
  return prepared(db, 'SELECT * FROM verification_events WHERE claim_id = ? AND signal = ? ORDER BY id DESC LIMIT 1')
    .get(claimId, signal) as StoredEvent | undefined;
}

export function eventsOf(db: Db, claimId: string): StoredEvent[] {
  return prepared(db, 'SELECT * FROM verification_events WHERE claim_id = ? ORDER BY id').all(claimId) as StoredEvent[];
}

// --- documents and claims as the runner reads them -------------------------------------------------------

export interface DocumentForVerification {
  id: string;
  text: string;
  body_start: number;
}

export function documentForVerification(db: Db, id: string): DocumentForVerification | undefined {
  return prepared(db, 'SELECT id, text, body_start FROM documents WHERE id = ?').get(id) as DocumentForVerification | undefined;
}

export interface ClaimForVerification {
  id: string;
  rowid: number;
  document_id: string;
  text: string;
  start: number;
  end: number;
  speaker_id: number | null;
  speaker: string | null;
  check_worthiness: number;
}

const CLAIM_COLUMNS = `c.id, c.rowid AS rowid, c.document_id, c.text, c.start, c.end, c.speaker_id, s.name AS speaker, c.check_worthiness
  FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id`;

export function claimsOfDocument(db: Db, documentId: string): ClaimForVerification[] {
  return prepared(db, `SELECT ${CLAIM_COLUMNS} WHERE c.document_id = ? ORDER BY c.start, c.end`).all(documentId) as ClaimForVerification[];
}

export function claimsByIds(db: Db, ids: readonly string[]): ClaimForVerification[] {
  const rows: ClaimForVerification[] = [];
  const get = prepared(db, `SELECT ${CLAIM_COLUMNS} WHERE c.id = ?`);
  for (const id of ids) {
    const row = get.get(id) as ClaimForVerification | undefined;
    if (row) rows.push(row);
  }
  return rows;
}

/** The claim that is exactly this span of a document (an assertion is its whole sentence), if any. */
export function claimAtSpan(db: Db, documentId: string, start: number, end: number): ClaimForVerification | undefined {
  return prepared(db, `SELECT ${CLAIM_COLUMNS} WHERE c.document_id = ? AND c.start = ? AND c.end = ? LIMIT 1`).get(documentId, start, end) as
    | ClaimForVerification
    | undefined;
}

/** Documents by id prefix (hex only, so the prefix cannot be a LIKE pattern), or every document. */
export function documentIds(db: Db, prefix?: string): string[] {
  if (prefix === undefined) return prepared(db, 'SELECT id FROM documents ORDER BY ingested_at, id').pluck().all() as string[];
  const clean = prefix.replace(/[^0-9a-f]/gi, '').toLowerCase();
  if (!clean) return [];
  return prepared(db, 'SELECT id FROM documents WHERE id LIKE ? ORDER BY ingested_at, id').pluck().all(clean + '%') as string[];
}

/** Documents with a claim that has never been checked: what `ingest` has just stored, or a run cut short. */
export function documentsPendingVerification(db: Db): string[] {
  return prepared(db, 
      `SELECT DISTINCT c.document_id FROM claims c
       WHERE NOT EXISTS (SELECT 1 FROM verification_events e WHERE e.claim_id = c.id AND e.signal = 'span-fidelity')
       ORDER BY c.document_id`,
    )
    .pluck()
    .all() as string[];
}

// --- passages and their full-text index -------------------------------------------------------------------

export function documentsWithoutPassages(db: Db): string[] {
  return prepared(db, 'SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_passages p WHERE p.document_id = d.id)')
    .pluck()
    .all() as string[];
}

/** Stores a document's passages unless another writer did first; one IMMEDIATE transaction. */
export function storePassages(db: Db, documentId: string, passages: readonly { start: number; end: number; text: string }[]): number {
  const exists = prepared(db, 'SELECT 1 FROM document_passages WHERE document_id = ? LIMIT 1');
  const insert = prepared(db, 'INSERT OR IGNORE INTO document_passages (document_id, start, end, text) VALUES (?, ?, ?, ?)');
  return db.transaction(() => {
    if (exists.get(documentId)) return 0;
    let n = 0;
    for (const p of passages) n += insert.run(documentId, p.start, p.end, p.text).changes;
    return n;
  }).immediate();
}

export interface PassageRow {
  id: number;
  document_id: string;
  start: number;
  end: number;
  text: string;
  score: number;
}

/** Passages of documents other than `excludeDocument` matching an FTS5 expression, best bm25 first. */
export function searchPassages(db: Db, match: string, excludeDocument: string, limit: number): PassageRow[] {
  return prepared(db, 
      `SELECT p.id, p.document_id, p.start, p.end, p.text, -bm25(documents_fts) AS score
       FROM documents_fts JOIN document_passages p ON p.id = documents_fts.rowid
       WHERE documents_fts MATCH ? AND p.document_id <> ?
       ORDER BY bm25(documents_fts) LIMIT ?`,
    )
    .all(match, excludeDocument, limit) as PassageRow[];
}

/** Claims of documents other than `excludeDocument` whose French text matches, best bm25 first. */
export function searchClaims(db: Db, match: string, excludeDocument: string, limit: number): ClaimForVerification[] {
  return prepared(db, 
      `SELECT ${CLAIM_COLUMNS}
       JOIN (SELECT rowid AS hit, bm25(claims_fts, 1.0, 0.0) AS rank FROM claims_fts WHERE claims_fts MATCH ?) m ON m.hit = c.rowid
       WHERE c.document_id <> ? ORDER BY m.rank LIMIT ?`,
    )
    .all(`{text_fr} : (${match})`, excludeDocument, limit) as ClaimForVerification[];
}

// --- evidence candidates ----------------------------------------------------------------------------------

export interface EvidenceRow {
  id: number;
  claim_id: string;
  document_id: string;
  start: number;
  end: number;
  text: string;
  score: number;
  created_at: string;
}

/**
 * The evidence row for this claim and span, created the first time it is retrieved (its score stays the one
 * of that retrieval: bm25 moves with every new document). Call inside a transaction.
 */
export function storeEvidence(db: Db, row: Omit<EvidenceRow, 'id'>): { id: number; created: boolean } {
  const created =
    prepared(db, 
        `INSERT OR IGNORE INTO evidence (claim_id, document_id, start, end, text, score, created_at)
         VALUES (@claim_id, @document_id, @start, @end, @text, @score, @created_at)`,
      )
      .run(row).changes > 0;
  const id = prepared(db, 'SELECT id FROM evidence WHERE claim_id = ? AND document_id = ? AND start = ? AND end = ?')
    .pluck()
    .get(row.claim_id, row.document_id, row.start, row.end) as number;
  return { id, created };
}

export interface EvidenceView extends EvidenceRow {
  doc_path: string | null;
  doc_title: string | null;
  doc_url: string | null;
  doc_date: string | null;
}

/** The claim's current evidence: the candidates its latest 'evidence' event lists, in that order. */
export function currentEvidence(db: Db, claimId: string): EvidenceView[] {
  const latest = latestEvent(db, claimId, 'evidence');
  if (!latest) return [];
  const ids = (JSON.parse(latest.evidence) as { evidence_id?: number }[]).map((e) => e.evidence_id).filter((id): id is number => typeof id === 'number');
  const get = prepared(db, 
    `SELECT e.*, d.path AS doc_path, d.title AS doc_title, d.url AS doc_url, d.published_at AS doc_date FROM evidence e JOIN documents d ON d.id = e.document_id
     WHERE e.id = ? AND e.claim_id = ?`,
  );
  return ids.map((id) => get.get(id, claimId) as EvidenceView | undefined).filter((e): e is EvidenceView => e !== undefined);
}

/** The evidence rows of this claim among these ids (a machine verdict may only cite those). */
export function evidenceOfClaim(db: Db, claimId: string, ids: readonly number[]): EvidenceRow[] {
  const get = prepared(db, 'SELECT * FROM evidence WHERE id = ? AND claim_id = ?');
  return ids.map((id) => get.get(id, claimId) as EvidenceRow | undefined).filter((e): e is EvidenceRow => e !== undefined);
}

// --- claims for the Claude judge ---------------------------------------------------------------------------

export interface ClaimToJudge {
  id: string;
  document_id: string;
  kind: string;
  text: string;
  /** The best translation (Claude's over a machine gloss), or null. */
  text_en: string | null;
  speaker: string | null;
  doc_title: string | null;
  doc_date: string | null;
  check_worthiness: number;
}

/**
 * Claims the judge has not seen with their current evidence: check-worthy, with evidence candidates (the latest
 * 'evidence' event lists some), no human verdict (a person has decided; a machine verdict could not change the
 * status), and no 'machine-verdict' event after that evidence event. The evidence runner appends an event only
 * when the set changes, so « a verdict newer than the latest evidence event » is « judged on this set »; a
 * judgement that failed recorded nothing, so its claim comes back. Most check-worthy first.
 */
export function claimsToJudge(db: Db, options: { checkWorthy: number; documents?: readonly string[] | undefined }): ClaimToJudge[] {
  const sql = `SELECT c.id, c.document_id, c.kind, c.text, bt.text AS text_en, s.name AS speaker,
            d.title AS doc_title, d.published_at AS doc_date, c.check_worthiness
     FROM claims c
     JOIN documents d ON d.id = c.document_id
     LEFT JOIN speakers s ON s.id = c.speaker_id
     LEFT JOIN best_translations bt ON bt.claim_id = c.id
     JOIN verification_events ev ON ev.id = (
       SELECT MAX(e.id) FROM verification_events e WHERE e.claim_id = c.id AND e.signal = 'evidence')
     WHERE c.check_worthiness >= ? AND json_array_length(ev.evidence) > 0
       AND (? IS NULL OR c.document_id IN (SELECT value FROM json_each(?)))
       AND NOT EXISTS (SELECT 1 FROM verification_events h WHERE h.claim_id = c.id AND h.kind = 'human' AND h.rating IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM verification_events m WHERE m.claim_id = c.id AND m.signal = 'machine-verdict' AND m.id > ev.id)
     ORDER BY c.check_worthiness DESC, c.document_id, c.start, c.end`;
  const documents = options.documents === undefined ? null : JSON.stringify(options.documents);
  return prepared(db, sql).all(options.checkWorthy, documents, documents) as ClaimToJudge[];
}

// --- review queue -----------------------------------------------------------------------------------------

export interface QueueRow {
  id: string;
  document_id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  check_worthiness: number;
  status: string;
  machine_signals: string | null;
  doc_path: string | null;
  doc_title: string | null;
}

/** Claims without a human verdict, most check-worthy first; among equals, flagged claims first. */
export function reviewQueue(db: Db, limit: number): QueueRow[] {
  return prepared(db, 
      `SELECT id, document_id, kind, text, start, end, speaker, check_worthiness, status, machine_signals, doc_path, doc_title
       FROM claim_rows WHERE rating IS NULL
       ORDER BY check_worthiness DESC, status = 'in-review' DESC, doc_date IS NULL, doc_date, document_id, start
       LIMIT ?`,
    )
    .all(limit) as QueueRow[];
}

export function countReviewQueue(db: Db): number {
  return prepared(db, 'SELECT COUNT(*) FROM claim_rows WHERE rating IS NULL').pluck().get() as number;
}

/** The latest human verdict event of a claim. */
export function latestVerdict(db: Db, claimId: string): StoredEvent | undefined {
  return prepared(db, `SELECT * FROM verification_events WHERE claim_id = ? AND kind = 'human' AND rating IS NOT NULL ORDER BY id DESC LIMIT 1`)
    .get(claimId) as StoredEvent | undefined;
}
