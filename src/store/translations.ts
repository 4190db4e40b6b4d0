// Claims waiting for a translation, and storing what an engine returned. A translation is
// never replaced: a better engine adds a row, and views pick the best.

import type { TranslationInput, TranslationOutput } from '../translate/types.js';
import type { Db } from './db.js';

/**
 * Claims with no translation at all (`engine` undefined), or none from `engine`, with the
 * sentence around each as context. Ordered by document so engines can batch per document.
 */
const PENDING = (engine: string | undefined) =>
  `FROM claims c WHERE NOT EXISTS (SELECT 1 FROM translations t WHERE t.claim_id = c.id ${engine ? 'AND t.engine = ?' : ''})`;

export function pendingTranslations(db: Db, options: { engine?: string | undefined; limit?: number | undefined } = {}): TranslationInput[] {
  const rows = db
    .prepare(`SELECT c.id, c.text, c.document_id AS doc ${PENDING(options.engine)} ORDER BY c.document_id, c.start ${options.limit ? `LIMIT ${Math.floor(options.limit)}` : ''}`)
    .all(...(options.engine ? [options.engine] : [])) as { id: string; text: string; doc: string }[];
  return rows;
}

/** How many claims are pending, without reading them (the `none` engine only reports the count). */
export function countPendingTranslations(db: Db, engine?: string): number {
  return db.prepare(`SELECT COUNT(*) ${PENDING(engine)}`).pluck().get(...(engine ? [engine] : [])) as number;
}

export function storeTranslations(db: Db, outputs: TranslationOutput[]): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO translations (claim_id, lang, text, engine, model, prompt_hash, quality, fidelity_issues, created_at)
     VALUES (?, 'en', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  let stored = 0;
  db.transaction(() => {
    for (const o of outputs) {
      stored += insert.run(o.id, o.text, o.engine, o.model, o.promptHash, o.quality, JSON.stringify(o.fidelityIssues), at).changes;
    }
  }).immediate();
  return stored;
}
