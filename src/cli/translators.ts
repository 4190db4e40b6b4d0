// Picks the translation engine for a command from the user's choice and the environment.
// The environment (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, CLAIMTRAIL_MODEL) is read here, at
// the edge, and nowhere below.

import { createAnthropicClient, llmOptionsFromEnv } from '../llm/client.js';
import { LlmRunner } from '../llm/runner.js';
import type { Db } from '../store/db.js';
import type { RunUsage } from '../store/runs.js';
import { createTranslator, TRANSLATOR_CHOICES, type TranslatorChoice } from '../translate/select.js';
import type { Translator } from '../translate/types.js';
import { CliError, EXIT } from './exit-codes.js';

export { TRANSLATOR_CHOICES, type TranslatorChoice };

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

export function chooseTranslator(choice: TranslatorChoice, env: NodeJS.ProcessEnv, db: Db | null): ChosenTranslator {
  const llm = choice === 'claude' || choice === 'auto' ? llmRunnerFromEnv(env, db) : null;
  const selection = createTranslator(choice, { llm });
  if (!selection.ok) throw new CliError(selection.message, EXIT.USAGE);
  return {
    translator: selection.translator,
    note: selection.message ?? undefined,
    usage: () => {
      const u = llm?.usage();
      return u && { tokensIn: u.inputTokens, tokensOut: u.outputTokens, cacheReadTokens: u.cacheReadTokens, costUsd: u.costUsd };
    },
  };
}
