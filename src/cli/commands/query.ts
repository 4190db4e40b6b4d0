// Read-only commands over the database: `claims`, `speakers`, `show`, `export`.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { contractFromRow } from '../../export/contract.js';
import { csvRecord, writeCsv } from '../../export/csv.js';
import { neutraliseFormula } from '../../export/cells.js';
import { historyLines } from '../../verify/describe.js';
import {
  claimEvents,
  claimTranslations,
  DocumentTexts,
  getClaim,
  listSpeakers,
  queryClaims,
  type ClaimFilter,
  type ClaimRow,
} from '../../store/claims.js';
import type { Db } from '../../store/db.js';
import { CliError, EXIT, type ExitCode } from '../exit-codes.js';
import { claimTableHeader, claimTableLine, jsonLine, type OutputFormat } from '../format.js';
import { write, type CliIO } from '../io.js';

function* withSentences(db: Db, rows: Iterable<ClaimRow>) {
  const texts = new DocumentTexts(db);
  for (const row of rows) yield csvRecord(row, texts.text(row.document_id).slice(row.sentence_start, row.sentence_end));
}

export async function claimsCommand(db: Db, filter: ClaimFilter, format: OutputFormat, io: CliIO): Promise<ExitCode> {
  const rows = queryClaims(db, filter);
  if (format === 'csv') {
    await writeCsv(withSentences(db, rows), io.stdout);
    return EXIT.OK;
  }
  let count = 0;
  if (format === 'table') io.stdout.write(claimTableHeader());
  for (const row of rows) {
    count++;
    const c = contractFromRow(row);
    io.stdout.write(format === 'jsonl' ? jsonLine(c) : claimTableLine(c));
  }
  if (format === 'table') write(io.stderr, `${count} claim${count === 1 ? '' : 's'}`);
  return EXIT.OK;
}

export async function speakersCommand(db: Db, format: OutputFormat, io: CliIO): Promise<ExitCode> {
  const speakers = listSpeakers(db);
  if (format === 'jsonl') {
    for (const s of speakers) io.stdout.write(jsonLine({ name: s.name, kind: s.kind, role: s.description, aliases: s.aliases, claims: s.claims, by_kind: s.byKind }));
    return EXIT.OK;
  }
  if (format === 'csv') {
    const { stringify } = await import('csv-stringify/sync');
    io.stdout.write(
      stringify(
        speakers.map((s) => [s.name, s.kind, s.description ?? '', s.aliases.join('; '), s.claims].map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v))),
        { header: true, columns: ['speaker', 'kind', 'role', 'aliases', 'claims'], record_delimiter: '\r\n' },
      ),
    );
    return EXIT.OK;
  }
  for (const s of speakers) {
    const kinds = Object.entries(s.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
    write(io.stdout, `${s.name}  [${s.kind}]  ${s.claims} claim${s.claims === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}`);
    if (s.description) write(io.stdout, `    role: ${s.description}`);
    if (s.aliases.length) write(io.stdout, `    aliases: ${s.aliases.join(' · ')}`);
  }
  return EXIT.OK;
}

export async function showCommand(db: Db, id: string, format: 'text' | 'json', io: CliIO): Promise<ExitCode> {
  const rows = getClaim(db, id);
  if (rows.length === 0) throw new CliError(`no claim with id ${JSON.stringify(id)}`, EXIT.NOT_FOUND);
  if (rows.length > 1) throw new CliError(`claim id prefix ${JSON.stringify(id)} is ambiguous; give more characters`, EXIT.USAGE);
  const row = rows[0]!;
  const text = new DocumentTexts(db).text(row.document_id);
  const sentence = text.slice(row.sentence_start, row.sentence_end);
  const marked =
    text.slice(row.sentence_start, Math.max(row.sentence_start, row.start)) + '⟦' + row.text + '⟧' + text.slice(Math.min(row.end, row.sentence_end), row.sentence_end);
  const translations = claimTranslations(db, row.id);
  const events = claimEvents(db, row.id);
  if (format === 'json') {
    write(io.stdout, JSON.stringify({ ...contractFromRow(row), sentence, document: { id: row.document_id, path: row.doc_path, title: row.doc_title, date: row.doc_date, url: row.doc_url }, speaker_role: row.speaker_role, check_worthiness: row.check_worthiness, extractor: `${row.extractor}@${row.extractor_version}`, translations: translations.map((t) => ({ ...t, fidelity_issues: JSON.parse(t.fidelity_issues) })), history: events.map((e) => ({ ...e, evidence: JSON.parse(e.evidence) })) }));
    return EXIT.OK;
  }
  const lines = [
    `claim     ${row.id}  (${row.kind}, confidence ${row.confidence}, check-worthiness ${row.check_worthiness})`,
    `speaker   ${row.speaker ?? '—'}${row.speaker_role ? ` (${row.speaker_role})` : ''}${row.speaker_mention && row.speaker_mention !== row.speaker ? `  ← « ${row.speaker_mention} »` : ''}`,
    `cue       ${row.cue ?? '—'}`,
    `document  ${row.doc_title ?? row.doc_path ?? ''}${row.doc_date ? `  ${row.doc_date}` : ''}${row.doc_url ? `  ${row.doc_url}` : ''}`,
    `          ${row.document_id}  chars ${row.start}–${row.end}`,
    `status    ${row.status}${row.rating ? `  verdict: ${row.rating}` : ''}`,
    `extractor ${row.extractor}@${row.extractor_version}`,
    '',
    `text      ${row.text}`,
    '',
    `context   ${marked}`,
    '',
  ];
  if (translations.length === 0) lines.push('english   (pending)');
  translations.forEach((t, i) => {
    const issues = JSON.parse(t.fidelity_issues) as string[];
    const label = i === 0 ? 'english  ' : '         ';
    lines.push(`${label} ${t.text}`);
    lines.push(`            — ${t.engine}${t.model ? ` ${t.model}` : ''}${t.quality === 'machine-gloss' ? ', machine gloss' : ''}${t.prompt_hash ? `, prompt ${t.prompt_hash.slice(0, 12)}` : ''}, ${t.created_at}`);
    if (issues.length) lines.push(`            fidelity: ${issues.join('; ')}`);
  });
  lines.push('', 'history');
  // Each event, then what it cites (links, evidence, URLs); notes typed by people are escaped (src/verify/describe.ts).
  for (const e of events) lines.push(...historyLines(e).map((line) => `  ${line}`));
  write(io.stdout, lines.join('\n'));
  return EXIT.OK;
}

export async function exportCommand(db: Db, filter: ClaimFilter, out: string | undefined, io: CliIO): Promise<ExitCode> {
  if (!out || out === '-') {
    const n = await writeCsv(withSentences(db, queryClaims(db, filter)), io.stdout);
    write(io.stderr, `exported ${n} claims`);
    return EXIT.OK;
  }
  // Write to a temporary file and rename, so a reader never sees half an export.
  const { rename, rm } = await import('node:fs/promises');
  const tmp = `${out}.tmp-${process.pid}`;
  const file = createWriteStream(tmp);
  try {
    const n = await writeCsv(withSentences(db, queryClaims(db, filter)), file);
    file.end();
    await once(file, 'finish');
    await rename(tmp, out);
    write(io.stderr, `exported ${n} claims to ${out}`);
  } catch (error) {
    file.destroy();
    await rm(tmp, { force: true });
    throw new CliError(`${out}: cannot write export (${(error as Error).message})`, EXIT.FATAL);
  }
  return EXIT.OK;
}
