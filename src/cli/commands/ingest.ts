// `claimtrail ingest <paths…>`: load, skip known documents by hash, analyse, store one
// transaction per document, translate what is pending, print a summary.

import type { AnalyzedDocument, SourceDocument } from '../../core/types.js';
import { expandInputs, loadFile, type LoadError } from '../../io/load.js';
import { applyClaudeExtractor, emptyClaudeCounts, formatClaudeCounts, type ClaudeExtractionCounts, type LlmExtractor } from '../../llm-extract/claude-extractor.js';
import type { Db } from '../../store/db.js';
import { finishRun, startRun, type RunUsage } from '../../store/runs.js';
import { DocumentWriter, documentsByOtherRules, knownDocumentIds } from '../../store/write.js';
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from '../../core/version.js';
import type { Translator } from '../../translate/types.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, type CliIO } from '../io.js';
import type { Analyzer } from '../analyzer.js';
import { formatTranslateSummary, translatePending, type TranslateSummary } from './translate.js';

export interface IngestOptions {
  translator: Translator;
  analyzer: Analyzer;
  /** Hint printed once when the chosen translator is a fallback (e.g. Apertium missing). */
  translatorNote?: string | undefined;
  /** LLM token accounting for the run row. */
  usage?: (() => RunUsage | undefined) | undefined;
  /** `--extractor claude|both`: Claude runs after the rules analysis of each batch. */
  claude?: { extractor: Pick<LlmExtractor, 'extract'>; mode: 'claude' | 'both' } | undefined;
  json?: boolean;
}

export interface IngestSummary {
  files: number;
  documents: { new: number; unchanged: number; failed: number };
  claims: Record<string, number>;
  speakers: number;
  translation: TranslateSummary | null;
  /** Claude tokens and estimated cost, when Claude was called. */
  llm?: RunUsage | undefined;
  /** Claude extraction counts, with `--extractor claude|both`. */
  extraction?: ClaudeExtractionCounts | undefined;
  errors: string[];
}

/** Documents read per batch: bounds memory and lets the hash check run as one query per batch. */
const BATCH_FILES = 128;

export async function ingestCommand(db: Db, paths: string[], options: IngestOptions, io: CliIO): Promise<ExitCode> {
  const runId = startRun(db, 'ingest', { paths, translator: options.translator.name, extractor: options.claude?.mode ?? 'rules' });
  const summary: IngestSummary = {
    files: 0,
    documents: { new: 0, unchanged: 0, failed: 0 },
    claims: { direct: 0, mixed: 0, indirect: 0, assertion: 0 },
    speakers: 0,
    translation: null,
    ...(options.claude ? { extraction: emptyClaudeCounts() } : {}),
    errors: [],
  };
  const report = (e: LoadError) => {
    const line = `${e.where}: ${e.cause}`;
    summary.errors.push(line);
    write(io.stderr, `claimtrail: ${line}`);
  };

  const expanded = await expandInputs(paths);
  expanded.errors.forEach(report);
  summary.files = expanded.files.length;
  const writer = new DocumentWriter(db);
  const seenThisRun = new Set<string>();
  const unchanged: string[] = [];

  const loadBatch = async (files: string[]): Promise<SourceDocument[]> => {
    const loaded = await Promise.all(files.map((f) => loadFile(f)));
    const documents: SourceDocument[] = [];
    for (const result of loaded) {
      result.errors.forEach((e) => {
        report(e);
        summary.documents.failed++;
      });
      documents.push(...result.documents);
    }
    // Unchanged documents are skipped by hash before any analysis: one query per batch.
    const known = knownDocumentIds(db, documents.map((d) => d.id));
    return documents.filter((d) => {
      if (known.has(d.id) || seenThisRun.has(d.id)) {
        summary.documents.unchanged++;
        if (known.has(d.id)) unchanged.push(d.id);
        return false;
      }
      seenThisRun.add(d.id);
      return true;
    });
  };
  const analyseBatch = async (fresh: SourceDocument[]): Promise<AnalyzedDocument[]> => {
    const analysed = await options.analyzer.analyze(fresh);
    if (!options.claude || !summary.extraction) return analysed;
    // A document whose Claude call failed keeps its rules claims: named here, counted, not an input error.
    const claude = await applyClaudeExtractor(analysed, options.claude.extractor, options.claude.mode, summary.extraction);
    for (const f of claude.failures) write(io.stderr, `claimtrail: ${f.doc.doc.meta.path ?? f.doc.doc.id}: claude extraction failed, rules claims kept: ${f.reason}`);
    return claude.documents;
  };

  // A two-stage pipeline: while the main thread writes batch n, the workers analyse batch n + 1.
  const batches: string[][] = [];
  for (let i = 0; i < expanded.files.length; i += BATCH_FILES) batches.push(expanded.files.slice(i, i + BATCH_FILES));
  let inFlight: Promise<AnalyzedDocument[]> | null = batches.length > 0 ? analyseBatch(await loadBatch(batches[0]!)) : null;
  for (let b = 0; inFlight !== null; b++) {
    const analysed = await inFlight;
    inFlight = b + 1 < batches.length ? analyseBatch(await loadBatch(batches[b + 1]!)) : null;
    storeBatch(writer, analysed, runId, summary, report);
  }

  if (options.translatorNote) write(io.stderr, `claimtrail: ${options.translatorNote}`);
  // An upgrade of the rules does not re-analyse documents already stored (they are skipped by hash): say so.
  const older = documentsByOtherRules(db, EXTRACTOR_NAME, EXTRACTOR_VERSION, unchanged);
  if (older.documents > 0) {
    write(io.stderr, `claimtrail: ${older.documents} stored document(s) keep claims made by ${older.versions.map((v) => `${EXTRACTOR_NAME}@${v}`).join(', ')}; unchanged documents are not analysed again by ${EXTRACTOR_NAME}@${EXTRACTOR_VERSION}`);
  }
  summary.translation = await translatePending(db, options.translator, {}, io);
  summary.speakers = (db.prepare('SELECT COUNT(*) FROM speakers').pluck().get() as number) ?? 0;
  const usage = options.usage?.();
  finishRun(db, runId, { ...summary, errors: summary.errors.length }, usage);
  if (usage && usage.tokensIn + usage.tokensOut > 0) {
    summary.llm = usage;
  }

  if (options.json) write(io.stdout, JSON.stringify(summary));
  else write(io.stdout, formatSummary(summary));
  return summary.errors.length > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}

function storeBatch(writer: DocumentWriter, batch: AnalyzedDocument[], runId: number, summary: IngestSummary, report: (e: LoadError) => void): void {
  const storable: AnalyzedDocument[] = [];
  for (const result of batch) {
    const error = result.messages.find((m) => m.severity === 'error');
    if (!error) {
      storable.push(result);
      continue;
    }
    report({ where: result.doc.meta.path ?? result.doc.id, cause: error.text });
    summary.documents.failed++;
  }
  const { outcomes, failed } = writer.writeDocuments(storable, runId);
  storable.forEach((result, i) => {
    const outcome = outcomes[i];
    if (!outcome) return;
    if (!outcome.stored) {
      summary.documents.unchanged++; // another writer stored it first
      return;
    }
    summary.documents.new++;
    for (const claim of result.claims) summary.claims[claim.kind] = (summary.claims[claim.kind] ?? 0) + 1;
  });
  for (const { doc, error } of failed) {
    report({ where: doc.doc.meta.path ?? doc.doc.id, cause: `not stored: ${error.message}` });
    summary.documents.failed++;
  }
}

export function formatSummary(s: IngestSummary): string {
  const claims = Object.entries(s.claims)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const lines = [
    `files: ${s.files}`,
    `documents: ${s.documents.new} new, ${s.documents.unchanged} unchanged, ${s.documents.failed} failed`,
    `claims added: ${claims}`,
    `speakers in database: ${s.speakers}`,
  ];
  if (s.translation) lines.push(formatTranslateSummary(s.translation));
  if (s.extraction) lines.push(formatClaudeCounts(s.extraction));
  if (s.llm) lines.push(formatUsage(s.llm));
  if (s.errors.length) lines.push(`errors: ${s.errors.length} (see above)`);
  return lines.join('\n');
}

/** One line of Claude accounting for a run summary. */
export function formatUsage(u: RunUsage): string {
  return `claude: ${u.tokensIn} input tokens, ${u.tokensOut} output, ${u.cacheReadTokens} cache reads, about $${u.costUsd.toFixed(4)}`;
}
