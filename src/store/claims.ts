// Reading claims back: filters for the `claims` command and the export, streamed row by row.

import type { ClaimKind } from '../core/types.js';
import type { Db } from './db.js';
import { ftsQuery } from './fts.js';
import { SpeakerStore } from './speakers.js';
import type { StoredEvent } from './verification.js';

export interface ClaimFilter {
  speaker?: string | undefined;
  kind?: ClaimKind | undefined;
  status?: string | undefined;
  rating?: string | undefined;
  doc?: string | undefined;
  search?: string | undefined;
  limit?: number | undefined;
}

export interface ClaimRow {
  id: string;
  document_id: string;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  sentence_start: number;
  sentence_end: number;
  cue: string | null;
  speaker_mention: string | null;
  confidence: number;
  check_worthiness: number;
  extractor: string;
  extractor_version: string;
  created_at: string;
  speaker_id: number | null;
  speaker: string | null;
  speaker_kind: string | null;
  speaker_role: string | null;
  doc_path: string | null;
  doc_title: string | null;
  doc_date: string | null;
  doc_url: string | null;
  doc_source: string | null;
  text_en: string | null;
  translation_engine: string | null;
  translation_model: string | null;
  translation_quality: string | null;
  translation_fidelity_issues: string | null;
  status: string;
  rating: string | null;
  verdict_evidence: string | null;
}

/** Streams the claims that match, in document order. An impossible filter yields nothing. */
export function* queryClaims(db: Db, filter: ClaimFilter): Generator<ClaimRow> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.speaker !== undefined) {
    const ids = new SpeakerStore(db).find(filter.speaker);
    if (ids.length === 0) return;
    where.push(`speaker_id IN (${ids.map(() => '?').join(',')})`);
    params.push(...ids);
  }
  if (filter.kind) {
    where.push('kind = ?');
    params.push(filter.kind);
  }
  if (filter.status) {
    where.push('status = ?');
    params.push(filter.status);
  }
  if (filter.rating) {
    where.push('rating = ?');
    params.push(filter.rating);
  }
  if (filter.doc) {
    where.push('document_id LIKE ?');
    params.push(filter.doc.replace(/[^0-9a-f]/gi, '') + '%');
  }
  if (filter.search !== undefined) {
    const match = ftsQuery(filter.search);
    if (!match) return;
    where.push('claim_rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)');
    params.push(match);
  }
  const sql = `SELECT * FROM claim_rows ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY doc_date IS NULL, doc_date, document_id, start, end ${filter.limit ? 'LIMIT ' + Math.max(0, Math.floor(filter.limit)) : ''}`;
  yield* db.prepare(sql).iterate(...params) as IterableIterator<ClaimRow>;
}

export function getClaim(db: Db, idOrPrefix: string): ClaimRow[] {
  const clean = idOrPrefix.replace(/[^0-9a-f]/gi, '');
  if (!clean) return [];
  return db.prepare(`SELECT * FROM claim_rows WHERE id LIKE ? LIMIT 2`).all(clean + '%') as ClaimRow[];
}

/** Document texts by id with a small cache: rows come grouped by document. */
export class DocumentTexts {
  private readonly cache = new Map<string, string>();
  private readonly get;
  constructor(db: Db, private readonly capacity = 16) {
    this.get = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  }
  text(id: string): string {
    let text = this.cache.get(id);
    if (text === undefined) {
      text = (this.get.get(id) as string | undefined) ?? '';
      if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(id, text);
    }
    return text;
  }
}

export interface SpeakerSummary {
  id: number;
  name: string;
  kind: string;
  description: string | null;
  aliases: string[];
  claims: number;
  byKind: Record<string, number>;
}

export function listSpeakers(db: Db): SpeakerSummary[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.kind, s.description,
         (SELECT json_group_array(alias) FROM (SELECT DISTINCT alias FROM speaker_aliases a WHERE a.speaker_id = s.id AND a.alias <> s.name ORDER BY alias)) AS aliases,
         (SELECT json_group_object(kind, n) FROM (SELECT kind, COUNT(*) AS n FROM claims c WHERE c.speaker_id = s.id GROUP BY kind)) AS by_kind,
         (SELECT COUNT(*) FROM claims c WHERE c.speaker_id = s.id) AS claims
       FROM speakers s ORDER BY claims DESC, s.name`,
    )
    .all() as { id: number; name: string; kind: string; description: string | null; aliases: string; by_kind: string; claims: number }[];
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[], byKind: JSON.parse(r.by_kind) as Record<string, number> }));
}

/** An event as `show` lists it. */
export type VerificationEvent = Omit<StoredEvent, 'claim_id' | 'prompt_hash'>;

export function claimEvents(db: Db, claimId: string): VerificationEvent[] {
  return db.prepare('SELECT id, kind, signal, status, rating, note, evidence, by, model, at FROM verification_events WHERE claim_id = ? ORDER BY id').all(claimId) as VerificationEvent[];
}

export interface TranslationRow {
  text: string;
  engine: string;
  model: string | null;
  prompt_hash: string | null;
  quality: string;
  fidelity_issues: string;
  created_at: string;
}

export function claimTranslations(db: Db, claimId: string): TranslationRow[] {
  return db
    .prepare(`SELECT text, engine, model, prompt_hash, quality, fidelity_issues, created_at FROM translations WHERE claim_id = ?
      ORDER BY CASE quality WHEN 'llm' THEN 0 ELSE 1 END, created_at DESC, id DESC`)
    .all(claimId) as TranslationRow[];
}
