// `claimtrail translate`: translate stored claims that have no translation (or none from the
// chosen engine). Also the last step of `ingest`. Work is sent in batches; what an engine
// could not translate stays pending for the next run.

import type { Db } from '../../store/db.js';
import { countPendingTranslations, pendingTranslations, storeTranslations } from '../../store/translations.js';
import type { Translator } from '../../translate/types.js';
import { write, type CliIO } from '../io.js';

export interface TranslateSummary {
  engine: string;
  translated: number;
  pending: number;
  fidelityIssues: number;
  reasons: string[];
}

/** Claims per engine call: one Apertium process pair, or a few Claude requests. */
const BATCH = 400;

export async function translatePending(db: Db, translator: Translator, options: { onlyMissingFromEngine?: boolean }, io: CliIO): Promise<TranslateSummary> {
  const summary: TranslateSummary = { engine: translator.name, translated: 0, pending: 0, fidelityIssues: 0, reasons: [] };
  const engine = options.onlyMissingFromEngine ? translator.name : undefined;
  if (translator.name === 'none') {
    summary.pending = countPendingTranslations(db, engine);
    return summary;
  }
  const items = pendingTranslations(db, { engine });
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const result = await translator.translate(batch);
    summary.translated += storeTranslations(db, result.translated);
    summary.fidelityIssues += result.translated.filter((t) => t.fidelityIssues.length > 0).length;
    summary.pending += result.pending.length;
    for (const p of result.pending) if (!summary.reasons.includes(p.reason)) summary.reasons.push(p.reason);
  }
  for (const reason of summary.reasons.slice(0, 5)) write(io.stderr, `claimtrail: translation pending: ${reason}`);
  return summary;
}

export function formatTranslateSummary(t: TranslateSummary): string {
  return `translation (${t.engine}): ${t.translated} translated, ${t.pending} pending${t.fidelityIssues ? `, ${t.fidelityIssues} with fidelity issues` : ''}`;
}
