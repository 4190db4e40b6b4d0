// Picks the translation engine, the claim extractor and the Claude judge for a command from the user's choice
// and the environment. The environment (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, CLAIMTRAIL_MODEL) is read here,
// at the edge, and nowhere below.

import { EXTRACTOR_CHOICES, LlmExtractor, type ExtractorChoice } from '../llm-extract/claude-extractor.js';
import { createAnthropicClient, llmOptionsFromEnv } from '../llm/client.js';
import { LlmRunner } from '../llm/runner.js';
import type { LlmUsage } from '../llm/usage.js';
import type { Db } from '../store/db.js';
import type { RunUsage } from '../store/runs.js';
import { createTranslator, TRANSLATOR_CHOICES, type TranslatorChoice } from '../translate/select.js';
import type { Translator } from '../translate/types.js';
import { ClaudeJudge } from '../verify/claude-judge.js';
import { CliError, EXIT } from './exit-codes.js';

export { EXTRACTOR_CHOICES, TRANSLATOR_CHOICES, type ExtractorChoice, type TranslatorChoice };

export interface ChosenTranslator {
  translator: Translator;
  /** A one-line note for stderr when the engine is a fallback. */
  note?: string | undefined;
  /** Token accounting of the Claude runner, when one was built. */
  usage(): RunUsage | undefined;
  /** The Claude runner the translator uses (the shared one, or its own), when one was built: pass it on. */
  runner: LlmRunner | undefined;
}

/** The Claude runner when a key is set; with a database its responses are cached there. */
export function llmRunnerFromEnv(env: NodeJS.ProcessEnv, db: Db | null): LlmRunner | null {
  const options = llmOptionsFromEnv(env);
  if (!options) return null;
  return new LlmRunner({ client: createAnthropicClient(options), db, model: env.CLAIMTRAIL_MODEL?.trim() || undefined });
}

/**
 * `shared`: a runner the command already built (for `--extractor claude|both`); the translator then uses it, and
 * usage() reports it, so one run's Claude calls are queued, cached and accounted once.
 */
export function chooseTranslator(choice: TranslatorChoice, env: NodeJS.ProcessEnv, db: Db | null, shared?: LlmRunner | null): ChosenTranslator {
  const llm = choice === 'claude' || choice === 'auto' ? (shared ?? llmRunnerFromEnv(env, db)) : null;
  const selection = createTranslator(choice, { llm });
  if (!selection.ok) throw new CliError(selection.message, EXIT.USAGE);
  const runner = shared ?? llm ?? undefined;
  return {
    translator: selection.translator,
    note: selection.message ?? undefined,
    usage: () => {
      const u = runner?.usage();
      return u && toRunUsage(u);
    },
    runner,
  };
}

/** The runs-table view of a runner's totals. */
export function toRunUsage(u: LlmUsage): RunUsage {
  return { tokensIn: u.inputTokens, tokensOut: u.outputTokens, cacheReadTokens: u.cacheReadTokens, costUsd: u.costUsd };
}

/** What a runner spent between two snapshots: one step's share of a run that shares the runner. */
export function usageSince(before: LlmUsage | undefined, after: LlmUsage): RunUsage {
  const a = toRunUsage(after);
  if (!before) return a;
  const b = toRunUsage(before);
  return { tokensIn: a.tokensIn - b.tokensIn, tokensOut: a.tokensOut - b.tokensOut, cacheReadTokens: a.cacheReadTokens - b.cacheReadTokens, costUsd: a.costUsd - b.costUsd };
}

export interface ChosenExtractor {
  /** The runner Claude extraction uses; pass it to chooseTranslator. Undefined for `rules`. */
  runner: LlmRunner | undefined;
  /** What ingest and extract run after the rules analysis; undefined for `rules`. */
  claude: { extractor: LlmExtractor; mode: 'claude' | 'both' } | undefined;
}

/** `--extractor claude|both` without ANTHROPIC_API_KEY is a usage error. Call it before creating anything. */
export function checkExtractor(choice: ExtractorChoice, env: NodeJS.ProcessEnv): void {
  if (choice !== 'rules' && !llmOptionsFromEnv(env)) {
    throw new CliError(`--extractor ${choice} needs ANTHROPIC_API_KEY to be set (or use --extractor rules)`, EXIT.USAGE);
  }
}

export function chooseExtractor(choice: ExtractorChoice, env: NodeJS.ProcessEnv, db: Db | null): ChosenExtractor {
  checkExtractor(choice, env);
  if (choice === 'rules') return { runner: undefined, claude: undefined };
  const runner = llmRunnerFromEnv(env, db)!;
  return { runner, claude: { extractor: new LlmExtractor(runner), mode: choice } };
}

/**
 * `--judge` is paid (one request per claim not judged yet), so it is never implied by a key alone. It needs
 * ANTHROPIC_API_KEY and, on `ingest`, the verification signals (they find the evidence it judges against).
 * Call it before creating anything.
 */
export function checkJudge(judge: boolean, env: NodeJS.ProcessEnv, options: { verify?: boolean } = {}): void {
  if (!judge) return;
  if (!llmOptionsFromEnv(env)) throw new CliError('--judge needs ANTHROPIC_API_KEY to be set', EXIT.USAGE);
  if (options.verify === false) throw new CliError('--judge needs the verification signals: drop --no-verify, or run `claimtrail verify --judge` later', EXIT.USAGE);
}

export interface ChosenJudge {
  judge: ClaudeJudge;
  /** The run's one runner (shared with extraction and translation when they built one). */
  runner: LlmRunner;
}

/** The Claude judge on the run's shared runner, or on a new one when the run has none yet. */
export function chooseJudge(env: NodeJS.ProcessEnv, db: Db, shared?: LlmRunner | null): ChosenJudge {
  checkJudge(true, env);
  const runner = shared ?? llmRunnerFromEnv(env, db)!;
  return { judge: new ClaudeJudge(runner), runner };
}
