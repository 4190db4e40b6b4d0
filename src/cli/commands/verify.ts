// Verification on the command line: `verify` (machine signals; with --judge, the Claude judge too), `review`
// (the queue for people), `verdict` (a person's rating, appended), and `export --format claimreview` (schema.org
// ClaimReview JSON-LD). The reviewing organisation comes from CLAIMTRAIL_ORG_NAME, CLAIMTRAIL_ORG_URL and
// CLAIMTRAIL_REVIEW_URL.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { z } from 'zod';
import { getClaim, queryClaims, type ClaimFilter } from '../../store/claims.js';
import type { Db } from '../../store/db.js';
import { finishRun, startRun, type RunUsage } from '../../store/runs.js';
import type { LlmRunner } from '../../llm/runner.js';
import type { ClaudeJudge } from '../../verify/claude-judge.js';
import { formatJudgeCounts, judgeClaims, type JudgeClaimFailure, type JudgeSummary } from '../../verify/judge-claims.js';
import { countReviewQueue, currentEvidence, documentIds, latestEvent, latestVerdict, reviewQueue, type QueueRow } from '../../store/verification.js';
import { buildClaimReview, checkOrganisation, jsonLdText, OrganisationError, reviewUrlFromTemplate, type ReviewingOrganisation } from '../../verify/claimreview.js';
import { evidenceLines, printable } from '../../verify/describe.js';
import { RELATIONS } from '../../verify/corroborate.js';
import { verifyAll, verifyPending, type VerifySummary } from '../../verify/runner.js';
import { isRating, RATINGS } from '../../verify/status.js';
import { recordVerdict, WebUrl } from '../../verify/verdict.js';
import { CliError, EXIT, type ExitCode } from '../exit-codes.js';
import { jsonLine } from '../format.js';
import { write, type CliIO } from '../io.js';
import { checkJudge, chooseJudge, usageSince } from '../translators.js';

/** What program.ts lends the verification commands: the streams, the database opener, the exit code. */
export interface VerificationContext {
  io: CliIO;
  /** Opens the database named by the global --db; `mustExist` for commands that only read or annotate. */
  database(mustExist: boolean): Db;
  setExitCode(code: ExitCode): void;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function webUrl(value: string, previous: string[] = []): string[] {
  if (!WebUrl.safeParse(value).success) throw new InvalidArgumentError(`expected an http(s) URL, got ${JSON.stringify(value)}`);
  return [...previous, value];
}

function reviewerName(value: string): string {
  if (!value.trim()) throw new InvalidArgumentError('expected a name');
  return value;
}

export function registerVerificationCommands(program: Command, ctx: VerificationContext): void {
  program
    .command('verify')
    .description('run the machine signals (span fidelity, corroboration, conflicts, evidence) and record what changed')
    .option('--doc <id>', 'only the claims of documents whose id starts with this')
    .option('--pending', 'only documents with claims never checked (what ingest does)')
    .option('--json', 'print the summary as JSON')
    .option('--judge', 'then ask Claude to judge check-worthy claims against their evidence (needs ANTHROPIC_API_KEY; one paid request per claim not yet judged on its current evidence)')
    .action(async (opts: { doc?: string; pending?: boolean; json?: boolean; judge?: boolean }) => {
      checkJudge(opts.judge ?? false, ctx.io.env); // before the database is opened
      const database = ctx.database(true);
      const judge = opts.judge ? chooseJudge(ctx.io.env, database) : undefined;
      ctx.setExitCode(await verifyCommand(database, opts, ctx.io, judge));
    });

  program
    .command('review')
    .description('the review queue: claims without a human verdict, most check-worthy first, with their signals and evidence')
    .option('--limit <n>', 'at most n claims', positiveInt, 20)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'jsonl']).default('text'))
    .action(async (opts: { limit: number; format: 'text' | 'jsonl' }) => {
      ctx.setExitCode(await reviewCommand(ctx.database(true), opts, ctx.io));
    });

  program
    .command('verdict')
    .description("append a person's verdict on a claim (nothing is replaced: the history keeps every verdict)")
    .argument('<claim-id>', 'claim id or a unique prefix of it')
    .addOption(new Option('--rating <rating>', 'the verdict').choices(RATINGS as unknown as string[]).makeOptionMandatory())
    .requiredOption('--by <name>', 'who decided', reviewerName)
    .option('--note <text>', 'why: sources checked, reasoning')
    .option('--evidence <url>', 'a source supporting the verdict (repeatable)', webUrl)
    .action(async (id: string, opts: { rating: string; by: string; note?: string; evidence?: string[] }) => {
      ctx.setExitCode(await verdictCommand(ctx.database(true), id, opts, ctx.io));
    });
}

// --- verify -----------------------------------------------------------------------------------------------

/** `--judge`: the judge and the runner it calls through (for the tokens this step spent). */
export interface JudgeStep {
  judge: Pick<ClaudeJudge, 'judge'>;
  runner: Pick<LlmRunner, 'usage'>;
}

interface JudgeReport {
  summary: JudgeSummary;
  /** This step's share of the runner's totals. */
  usage: RunUsage;
}

export async function verifyCommand(db: Db, opts: { doc?: string; pending?: boolean; json?: boolean; judge?: boolean }, io: CliIO, judge?: JudgeStep): Promise<ExitCode> {
  if (opts.doc !== undefined && documentIds(db, opts.doc).length === 0) throw new CliError(`no document with id ${JSON.stringify(opts.doc)}`, EXIT.NOT_FOUND);
  const runId = startRun(db, 'verify', opts);
  const summary = opts.pending ? verifyPending(db) : verifyAll(db, { documentPrefix: opts.doc });
  // --doc limits the judge too; otherwise every claim not yet judged on its current evidence.
  const judged = judge ? await runJudge(db, judge, opts.doc === undefined ? undefined : documentIds(db, opts.doc), io) : undefined;
  finishRun(db, runId, { ...summary, ...(judged ? { judge: judged.summary } : {}) }, judged?.usage);
  if (opts.json) write(io.stdout, JSON.stringify(judged ? { ...summary, judge: { ...judged.summary, llm: judged.usage } } : summary));
  else write(io.stdout, formatVerifySummary(summary, db, judged));
  return judged && judged.summary.failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}

/**
 * After `ingest`: verifies what it stored (documents with unchecked claims) and adds a line to its summary; with
 * `judge`, then judges every claim not yet judged on its current evidence (the new ones, and older ones whose
 * evidence the new documents changed).
 */
export async function verifyAfterIngest(db: Db, ingestExit: ExitCode, opts: { json?: boolean; judge?: JudgeStep | undefined }, io: CliIO): Promise<ExitCode> {
  const runId = startRun(db, 'verify', { after: 'ingest', judge: opts.judge !== undefined });
  const summary = verifyPending(db);
  const judged = opts.judge ? await runJudge(db, opts.judge, undefined, io) : undefined;
  finishRun(db, runId, { ...summary, ...(judged ? { judge: judged.summary } : {}) }, judged?.usage);
  // --json promises one JSON object on stdout: the verification and judge counts are in the runs table.
  if (!opts.json) {
    write(io.stdout, `verification: ${formatSignalCounts(summary)}`);
    if (judged) write(io.stdout, formatJudgeLine(judged));
  }
  // A failed judgement leaves its claim to the next run, as a failed translation stays pending: exit 1.
  return judged && judged.summary.failed > 0 && ingestExit === EXIT.OK ? EXIT.INPUT_ERRORS : ingestExit;
}

/** Failures named on stderr, at most this many lines (an expired key would fail every claim alike). */
const FAILURE_LINES = 10;

async function runJudge(db: Db, step: JudgeStep, documents: string[] | undefined, io: CliIO): Promise<JudgeReport> {
  const before = step.runner.usage();
  const failures: JudgeClaimFailure[] = [];
  const summary = await judgeClaims(db, step.judge, { documents, onFailure: (f) => failures.push(f) });
  failures.sort((a, b) => a.claimId.localeCompare(b.claimId));
  for (const { claimId, failure } of failures.slice(0, FAILURE_LINES)) {
    const status = failure.status ? ` (${failure.status})` : '';
    write(io.stderr, `claimtrail: claim ${claimId}: judge failed, nothing recorded: claude ${failure.kind}${status}: ${printable(failure.message)}`);
  }
  if (failures.length > FAILURE_LINES) write(io.stderr, `claimtrail: … and ${failures.length - FAILURE_LINES} more judge failures`);
  return { summary, usage: usageSince(before, step.runner.usage()) };
}

function formatJudgeLine({ summary, usage }: JudgeReport): string {
  const cached = summary.cached > 0 ? `, ${summary.cached} from the cache` : '';
  return `judge: ${formatJudgeCounts(summary)}${cached}; claude: ${usage.tokensIn} input tokens, ${usage.tokensOut} output, about $${usage.costUsd.toFixed(4)}`;
}

function formatSignalCounts(s: VerifySummary): string {
  const events = Object.entries(s.events).map(([signal, n]) => `${signal} ${n}`);
  return `${s.claims} claims checked in ${s.documents} documents; events added: ${events.length ? events.join(', ') : 'none'}`;
}

function formatVerifySummary(s: VerifySummary, db: Db, judged?: JudgeReport): string {
  const inReview = db.prepare(`SELECT COUNT(*) FROM claim_rows WHERE status = 'in-review'`).pluck().get() as number;
  return [
    formatSignalCounts(s),
    `passages indexed: ${s.passagesIndexed}; new evidence candidates: ${s.newEvidence}`,
    ...(judged ? [formatJudgeLine(judged)] : []),
    `claims in review: ${inReview} (see \`claimtrail review\`)`,
  ].join('\n');
}

// --- review -----------------------------------------------------------------------------------------------

interface QueueEntry extends QueueRow {
  links: { signal: string; items: string[] }[];
  evidence: { id: number; document_id: string; doc_path: string | null; start: number; end: number; score: number; text: string }[];
}

function queueEntry(db: Db, row: QueueRow): QueueEntry {
  const links: QueueEntry['links'] = RELATIONS.map((signal) => ({ signal, event: latestEvent(db, row.id, signal) }))
    .filter(({ event }) => event && event.evidence !== '[]')
    .map(({ signal, event }) => ({ signal, items: evidenceLines(event!) }));
  const span = latestEvent(db, row.id, 'span-fidelity');
  if (span && span.evidence !== '[]') links.unshift({ signal: 'span-fidelity', items: [printable(span.note ?? ''), ...evidenceLines(span)] });
  const machineVerdict = latestEvent(db, row.id, 'machine-verdict');
  if (machineVerdict) {
    const head = `${machineVerdict.rating ?? '?'} (${machineVerdict.model ?? 'model unknown'}): ${machineVerdict.note ?? ''}`;
    links.push({ signal: 'machine-verdict', items: [printable(head), ...evidenceLines(machineVerdict)] });
  }
  const evidence = currentEvidence(db, row.id).map((e) => ({ id: e.id, document_id: e.document_id, doc_path: e.doc_path, start: e.start, end: e.end, score: e.score, text: e.text }));
  return { ...row, links, evidence };
}

export async function reviewCommand(db: Db, opts: { limit: number; format: 'text' | 'jsonl' }, io: CliIO): Promise<ExitCode> {
  const rows = reviewQueue(db, opts.limit);
  if (opts.format === 'jsonl') {
    for (const row of rows) io.stdout.write(jsonLine(queueEntry(db, row)));
    return EXIT.OK;
  }
  const total = countReviewQueue(db);
  const lines: string[] = [`${total} claim${total === 1 ? '' : 's'} awaiting a verdict; the ${rows.length} most check-worthy first`];
  rows.forEach((row, i) => {
    const entry = queueEntry(db, row);
    lines.push(
      '',
      `${i + 1}. ${row.id}  ${row.kind}  ${printable(row.speaker ?? '—')}  check-worthiness ${row.check_worthiness}  ${row.status}`,
      `   « ${printable(row.text)} »`,
      `   ${printable(row.doc_title ?? row.doc_path ?? row.document_id.slice(0, 12))}  chars ${row.start}–${row.end}`,
    );
    if (row.machine_signals) lines.push(`   signals: ${row.machine_signals}`);
    for (const link of entry.links) for (const item of link.items) lines.push(`   ${link.signal}: ${item}`);
    for (const e of entry.evidence) {
      lines.push(`   evidence #${e.id} (${e.score.toFixed(2)})  ${printable(e.doc_path ?? e.document_id.slice(0, 12))}  chars ${e.start}–${e.end}`);
      lines.push(`      « ${printable(e.text.length > 240 ? e.text.slice(0, 239) + '…' : e.text)} »`);
    }
  });
  if (rows.length > 0) lines.push('', 'record a verdict: claimtrail verdict <claim-id> --rating true|mostly-true|misleading|false|unverifiable --by NAME [--note …] [--evidence URL]');
  write(io.stdout, lines.join('\n'));
  return EXIT.OK;
}

// --- verdict ----------------------------------------------------------------------------------------------

export async function verdictCommand(db: Db, id: string, opts: { rating: string; by: string; note?: string; evidence?: string[] }, io: CliIO): Promise<ExitCode> {
  if (!isRating(opts.rating)) throw new CliError(`unknown rating ${JSON.stringify(opts.rating)}; expected one of ${RATINGS.join(', ')}`, EXIT.USAGE);
  const rows = getClaim(db, id);
  if (rows.length === 0) throw new CliError(`no claim with id ${JSON.stringify(id)}`, EXIT.NOT_FOUND);
  if (rows.length > 1) throw new CliError(`claim id prefix ${JSON.stringify(id)} is ambiguous; give more characters`, EXIT.USAGE);
  const claim = rows[0]!;
  let recorded;
  try {
    recorded = recordVerdict(db, claim.id, { rating: opts.rating, by: opts.by, note: opts.note ?? null, evidence: opts.evidence ?? [] });
  } catch (error) {
    if (error instanceof z.ZodError) throw new CliError(`invalid verdict: ${error.issues.map((i) => i.message).join('; ')}`, EXIT.USAGE);
    throw error;
  }
  write(
    io.stdout,
    `claim ${claim.id}: rated ${recorded.rating} by ${printable(opts.by)}; status ${recorded.status}${recorded.previousStatus !== recorded.status ? ` (was ${recorded.previousStatus})` : ''}`,
  );
  return EXIT.OK;
}

// --- export --format claimreview ----------------------------------------------------------------------------

/** The reviewing organisation from the environment; a ClaimReview without a real url would be worthless. */
export function organisationFromEnv(env: NodeJS.ProcessEnv): ReviewingOrganisation {
  const url = env.CLAIMTRAIL_ORG_URL?.trim();
  if (!url) throw new CliError('ClaimReview needs the reviewing organisation: set CLAIMTRAIL_ORG_URL (and CLAIMTRAIL_ORG_NAME)', EXIT.USAGE);
  let name = env.CLAIMTRAIL_ORG_NAME?.trim();
  if (!name) {
    try {
      name = new URL(url).hostname;
    } catch {
      name = url;
    }
  }
  const template = env.CLAIMTRAIL_REVIEW_URL?.trim();
  const org: ReviewingOrganisation = { name, url, ...(template ? { reviewUrl: reviewUrlFromTemplate(template) } : {}) };
  try {
    checkOrganisation(org);
    if (template) checkOrganisation({ name, url: reviewUrlFromTemplate(template)('x') });
  } catch (error) {
    if (error instanceof OrganisationError) throw new CliError(error.message, EXIT.USAGE);
    throw error;
  }
  return org;
}

function* claimReviews(db: Db, filter: ClaimFilter, org: ReviewingOrganisation) {
  for (const row of queryClaims(db, filter)) {
    if (row.rating === null || !isRating(row.rating)) continue;
    const verdict = latestVerdict(db, row.id);
    if (!verdict) continue;
    yield {
      hasAppearance: row.doc_url !== null,
      review: buildClaimReview(
        {
          claimId: row.id,
          text: row.text,
          speaker: row.speaker ? { name: row.speaker, kind: row.speaker_kind } : null,
          document: { url: row.doc_url, title: row.doc_title, date: row.doc_date, source: row.doc_source },
          verdict: { rating: row.rating, at: verdict.at, note: verdict.note },
        },
        org,
      ),
    };
  }
}

/** Writes a JSON array of ClaimReview objects, one per claim with a human verdict, as they come. */
async function writeClaimReviews(db: Db, filter: ClaimFilter, org: ReviewingOrganisation, out: Writable): Promise<{ count: number; withoutAppearance: number }> {
  let count = 0;
  let withoutAppearance = 0;
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await put('[');
  for (const { review, hasAppearance } of claimReviews(db, filter, org)) {
    await put((count === 0 ? '\n' : ',\n') + jsonLdText(review));
    count++;
    if (!hasAppearance) withoutAppearance++;
  }
  await put(count === 0 ? ']\n' : '\n]\n');
  return { count, withoutAppearance };
}

export async function claimReviewExportCommand(db: Db, filter: ClaimFilter, out: string | undefined, io: CliIO): Promise<ExitCode> {
  const org = organisationFromEnv(io.env);
  const report = (r: { count: number; withoutAppearance: number }, where: string) => {
    write(io.stderr, `exported ${r.count} ClaimReview${r.count === 1 ? '' : 's'}${where}`);
    if (r.withoutAppearance > 0) write(io.stderr, `claimtrail: ${r.withoutAppearance} without an appearance: their documents have no URL`);
  };
  if (!out || out === '-') {
    report(await writeClaimReviews(db, filter, org, io.stdout), '');
    return EXIT.OK;
  }
  // Write to a temporary file and rename, so a reader never sees half an export.
  const { rename, rm } = await import('node:fs/promises');
  const tmp = `${out}.tmp-${process.pid}`;
  const file = createWriteStream(tmp);
  try {
    const result = await writeClaimReviews(db, filter, org, file);
    file.end();
    await once(file, 'finish');
    await rename(tmp, out);
    report(result, ` to ${out}`);
  } catch (error) {
    file.destroy();
    await rm(tmp, { force: true });
    throw new CliError(`${out}: cannot write export (${(error as Error).message})`, EXIT.FATAL);
  }
  return EXIT.OK;
}
