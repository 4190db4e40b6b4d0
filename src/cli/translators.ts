// Picks the translation engine (and the claim extractor) for a command from the user's choice and the environment.
// The environment (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, CLAIMTRAIL_MODEL) is read here, at
// the edge, and nowhere below.

import { EXTRACTOR_CHOICES, LlmExtractor, type ExtractorChoice } from '../llm-extract/claude-extractor.js';
import { createAnthropicClient, llmOptionsFromEnv } from '../llm/client.js';
import { LlmRunner } from '../llm/runner.js';
import type { Db } from '../store/db.js';
import type { RunUsage } from '../store/runs.js';
import { createTranslator, TRANSLATOR_CHOICES, type TranslatorChoice } from '../translate/select.js';
import type { Translator } from '../translate/types.js';
import { CliError, EXIT } from './exit-codes.js';

export { EXTRACTOR_CHOICES, TRANSLATOR_CHOICES, type ExtractorChoice, type TranslatorChoice };

export interface ChosenTranslator {
  translator: Translator;
  /** A one-line note for stderr when the engine is a fallback. */
  note?: string | undefined;
  /** Token accounting of the Claude runner, when one was built. */
  usage(): RunUsage | undefined;
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
  return {
    translator: selection.translator,
    note: selection.message ?? undefined,
    usage: () => {
      const u = (shared ?? llm)?.usage();
      return u && { tokensIn: u.inputTokens, tokensOut: u.outputTokens, cacheReadTokens: u.cacheReadTokens, costUsd: u.costUsd };
    },
  };
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
