// The desk's annotated CSV: RFC 4180 (csv-stringify quotes what needs quoting), one row per
// claim, streamed, every text cell neutralised against formulas.

import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { ClaimRow } from '../store/claims.js';
import type { VerificationColumns } from '../store/verification.js';
import { neutraliseFormula } from './cells.js';

export const CSV_COLUMNS = [
  'claim_id', 'document', 'document_title', 'date', 'url', 'speaker', 'speaker_role', 'kind', 'text_fr', 'text_en',
  'translation_engine', 'translation_fidelity_issues', 'cue', 'start', 'end', 'sentence', 'check_worthiness',
  'confidence', 'verification_status', 'verdict', 'evidence', 'extractor', 'extractor_version', 'document_id',
  'machine_signals', 'machine_evidence', 'verdict_by', 'verdict_note', 'verdict_at',
] as const;

export type CsvRecord = Record<(typeof CSV_COLUMNS)[number], string | number>;

export function csvRecord(row: ClaimRow & Partial<VerificationColumns>, sentence: string): CsvRecord {
  const issues = row.translation_fidelity_issues ? (JSON.parse(row.translation_fidelity_issues) as string[]) : [];
  const evidence = row.verdict_evidence ? (JSON.parse(row.verdict_evidence) as unknown[]) : [];
  const record: CsvRecord = {
    claim_id: row.id,
    document: row.doc_path ?? '',
    document_title: row.doc_title ?? '',
    date: row.doc_date ?? '',
    url: row.doc_url ?? '',
    speaker: row.speaker ?? '',
    speaker_role: row.speaker_role ?? '',
    kind: row.kind,
    text_fr: row.text,
    text_en: row.text_en ?? '',
    translation_engine: row.translation_engine ? `${row.translation_engine}${row.translation_quality === 'machine-gloss' ? ' (machine gloss)' : ''}` : '',
    translation_fidelity_issues: issues.join('; '),
    cue: row.cue ?? '',
    start: row.start,
    end: row.end,
    sentence,
    check_worthiness: row.check_worthiness,
    confidence: row.confidence,
    verification_status: row.status,
    verdict: row.rating ?? '',
    evidence: evidence.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join(' '),
    extractor: row.extractor,
    extractor_version: row.extractor_version,
    document_id: row.document_id,
    machine_signals: row.machine_signals ?? '',
    machine_evidence: row.machine_evidence ?? '',
    verdict_by: row.verdict_by ?? '',
    verdict_note: row.verdict_note ?? '',
    verdict_at: row.verdict_at ?? '',
  };
  for (const key of CSV_COLUMNS) {
    const value = record[key];
    if (typeof value === 'string') record[key] = neutraliseFormula(value);
  }
  return record;
}

/** Writes records to `out` as they come, honouring back-pressure. Returns the row count. */
export async function writeCsv(records: Iterable<CsvRecord>, out: Writable): Promise<number> {
  const stringifier = stringify({ header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n', quoted_match: /[\r\n",]/ });
  stringifier.pipe(out, { end: false });
  let count = 0;
  for (const record of records) {
    count++;
    if (!stringifier.write(record)) await once(stringifier, 'drain');
  }
  stringifier.end();
  await once(stringifier, 'end');
  return count;
}
