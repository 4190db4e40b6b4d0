// The command line: parses arguments with commander, opens the database, calls a command,
// and turns every failure into one line on stderr and an exit code. Never exits the process.

import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CLAIM_KINDS, type ClaimKind } from '../core/types.js';
import { DEFAULT_DB_PATH, openDatabase, type Db } from '../store/db.js';
import type { ClaimFilter } from '../store/claims.js';
import { finishRun, startRun } from '../store/runs.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { extractCommand } from './commands/extract.js';
import { formatUsage, ingestCommand } from './commands/ingest.js';
import { claimsCommand, exportCommand, showCommand, speakersCommand } from './commands/query.js';
import { formatTranslateSummary, translatePending } from './commands/translate.js';
import { claimReviewExportCommand, registerVerificationCommands, verifyAfterIngest } from './commands/verify.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { OUTPUT_FORMATS, type OutputFormat } from './format.js';
import { write, type CliIO } from './io.js';
import { checkExtractor, checkJudge, chooseExtractor, chooseJudge, chooseTranslator, EXTRACTOR_CHOICES, TRANSLATOR_CHOICES, type ExtractorChoice, type TranslatorChoice } from './translators.js';

const VERSION = '0.1.0';

function databasePath(opts: { db?: string }, io: CliIO): string {
  return path.resolve(io.cwd, opts.db ?? io.env.CLAIMTRAIL_DB ?? DEFAULT_DB_PATH);
}

function openExisting(file: string): Db {
  try {
    return openDatabase(file, { mustExist: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN' || /does not exist/.test(String((error as Error).message))) {
      throw new CliError(`${file}: no database here yet; run \`claimtrail ingest <paths>\` first or pass --db`, EXIT.NOT_FOUND);
    }
    throw error;
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function filterFrom(opts: Record<string, unknown>): ClaimFilter {
  return {
    speaker: opts.speaker as string | undefined,
    kind: opts.kind as ClaimKind | undefined,
    status: opts.status as string | undefined,
    rating: opts.rating as string | undefined,
    doc: opts.doc as string | undefined,
    search: opts.search as string | undefined,
    limit: opts.limit as number | undefined,
  };
}

const filterOptions = (cmd: Command): Command =>
  cmd
    .option('--speaker <name>', "a speaker's name, surname, alias or role (case and accents ignored)")
    .addOption(new Option('--kind <kind>', 'claim kind').choices(CLAIM_KINDS as string[]))
    .option('--status <status>', 'verification status (unverified, in-review, verified, disputed)')
    .option('--rating <rating>', 'human verdict rating')
    .option('--doc <id>', 'document id or id prefix')
    .option('--search <text>', 'full-text search over French and English text (plain words, accents ignored)')
    .option('--limit <n>', 'at most n claims', positiveInt);

export async function run(argv: string[], io: CliIO): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.OK;
  const resources: { db?: Db; analyzer?: Analyzer } = {};
  const db = (opts: { db?: string }, mustExist: boolean) => {
    const file = databasePath(opts, io);
    resources.db = mustExist ? openExisting(file) : openDatabase(file);
    return resources.db;
  };
  const analyzer = () => (resources.analyzer = createAnalyzer());

  const program = new Command('claimtrail')
    .description('Extract attributed claims from French news, translate them to English, and track their verification.')
    .version(VERSION)
    .option('--db <file>', `SQLite database (default: $CLAIMTRAIL_DB or ${DEFAULT_DB_PATH})`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s.startsWith('error:') ? `claimtrail: ${s.slice(7)}` : s),
    })
    .showSuggestionAfterError();

  const translatorOption = () =>
    new Option('--translator <engine>', 'translation engine: auto = Claude with ANTHROPIC_API_KEY, else Apertium, else none')
      .choices(TRANSLATOR_CHOICES)
      .default('auto');
  const extractorOption = () =>
    new Option('--extractor <extractor>', 'claim extractor: rules (offline), claude (needs ANTHROPIC_API_KEY), or both merged by span')
      .choices(EXTRACTOR_CHOICES)
      .default('rules');

  program
    .command('ingest')
    .description('read files, folders or globs (.txt .md .html .jsonl), extract claims and store them')
    .argument('<paths...>', 'files, folders or glob patterns')
    .addOption(translatorOption())
    .addOption(extractorOption())
    .option('--json', 'print the run summary as JSON')
    .option('--no-verify', 'skip the machine verification signals (run `claimtrail verify` later)')
    .option('--judge', 'after the signals, ask Claude to judge check-worthy claims against their evidence (needs ANTHROPIC_API_KEY; one paid request per claim not yet judged on its current evidence)')
    .action(async (paths: string[], opts: { translator: TranslatorChoice; extractor: ExtractorChoice; json?: boolean; verify: boolean; judge?: boolean }) => {
      // Before the database file is created.
      checkExtractor(opts.extractor, io.env);
      checkJudge(opts.judge ?? false, io.env, { verify: opts.verify });
      const database = db(program.opts(), false);
      const extraction = chooseExtractor(opts.extractor, io.env, database);
      const chosen = chooseTranslator(opts.translator, io.env, database, extraction.runner);
      // One runner for the run: the judge shares the extractor's or translator's when there is one.
      const judge = opts.judge ? chooseJudge(io.env, database, extraction.runner ?? chosen.runner) : undefined;
      exitCode = await ingestCommand(database, paths, { translator: chosen.translator, translatorNote: chosen.note, usage: chosen.usage, claude: extraction.claude, analyzer: analyzer(), json: opts.json ?? false }, io);
      if (opts.verify) exitCode = await verifyAfterIngest(database, exitCode, { json: opts.json ?? false, judge }, io); // verification (src/verify)
    });

  program
    .command('extract')
    .description('extract claims from one file and print them as JSON lines, without the database')
    .argument('<file>', 'a .txt, .md, .html or .jsonl file')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .addOption(translatorOption())
    .addOption(extractorOption())
    .action(async (file: string, opts: { translator: TranslatorChoice; extractor: ExtractorChoice }) => {
      const extraction = chooseExtractor(opts.extractor, io.env, null);
      const chosen = chooseTranslator(opts.translator, io.env, null, extraction.runner);
      if (chosen.note) write(io.stderr, `claimtrail: ${chosen.note}`);
      exitCode = await extractCommand(path.resolve(io.cwd, file), { translator: chosen.translator, analyzer: analyzer(), claude: extraction.claude }, io);
    });

  filterOptions(program.command('claims').description('list stored claims'))
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .action(async (opts: Record<string, unknown>) => {
      exitCode = await claimsCommand(db(program.opts(), true), filterFrom(opts), opts.format as OutputFormat, io);
    });

  program
    .command('speakers')
    .description('list speakers with their aliases and claim counts')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .action(async (opts: { format: OutputFormat }) => {
      exitCode = await speakersCommand(db(program.opts(), true), opts.format, io);
    });

  program
    .command('show')
    .description('one claim with its document, offsets, sentence, translations and verification history')
    .argument('<claim-id>', 'claim id or a unique prefix of it')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts: { format: 'text' | 'json' }) => {
      exitCode = await showCommand(db(program.opts(), true), id, opts.format, io);
    });

  filterOptions(program.command('export').description('write the annotated CSV for the desk, streamed row by row, or ClaimReview JSON-LD for rated claims'))
    .addOption(new Option('--format <format>', 'export format (claimreview: set CLAIMTRAIL_ORG_URL, CLAIMTRAIL_ORG_NAME)').choices(['csv', 'claimreview']).default('csv'))
    .option('--out <file>', 'write to this file (default: stdout)')
    .action(async (opts: Record<string, unknown>) => {
      const exporter = opts.format === 'claimreview' ? claimReviewExportCommand : exportCommand;
      exitCode = await exporter(db(program.opts(), true), filterFrom(opts), opts.out as string | undefined, io);
    });

  program
    .command('translate')
    .description('translate stored claims that have no translation yet (or none from the chosen engine)')
    .option('--pending', 'only claims with no translation at all (default when --translator is auto)')
    .addOption(translatorOption())
    .action(async (opts: { pending?: boolean; translator: TranslatorChoice }) => {
      const database = db(program.opts(), true);
      const chosen = chooseTranslator(opts.translator, io.env, database);
      if (chosen.note) write(io.stderr, `claimtrail: ${chosen.note}`);
      const onlyMissingFromEngine = !opts.pending && opts.translator !== 'auto';
      const runId = startRun(database, 'translate', { translator: chosen.translator.name, pending: opts.pending ?? false });
      const summary = await translatePending(database, chosen.translator, { onlyMissingFromEngine }, io);
      const usage = chosen.usage();
      finishRun(database, runId, { ...summary }, usage);
      write(io.stdout, formatTranslateSummary(summary));
      if (usage && usage.tokensIn + usage.tokensOut > 0) write(io.stdout, formatUsage(usage));
      exitCode = summary.pending > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
    });

  // verify, review, verdict (src/cli/commands/verify.ts)
  registerVerificationCommands(program, { io, database: (mustExist) => db(program.opts(), mustExist), setExitCode: (code) => (exitCode = code) });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    exitCode = handleError(error, io);
  } finally {
    await resources.analyzer?.close();
    resources.db?.close();
  }
  return exitCode;
}

function handleError(error: unknown, io: CliIO): ExitCode {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.OK;
    return EXIT.USAGE;
  }
  if (error instanceof CliError) {
    write(io.stderr, `claimtrail: ${error.message}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(io.stderr, `claimtrail: internal error: ${message.split('\n')[0]}`);
  if (io.env.CLAIMTRAIL_DEBUG) write(io.stderr, String((error as Error)?.stack ?? ''));
  return EXIT.FATAL;
}

export { VERSION };
