// Chooses the translation engine from the user's choice and what this machine has. Returns the engine and,
// when it fell back or cannot honour the choice, a one-line message for the CLI to print (nothing is printed
// here).

import type { LlmRunner } from '../llm/runner.js';
import { ApertiumTranslator, type ApertiumTranslatorOptions } from './apertium.js';
import { APERTIUM_INSTALL_HINT, isApertiumAvailable } from './apertium-process.js';
import { ClaudeTranslator, type ClaudeTranslatorOptions } from './claude.js';
import { NoneTranslator } from './none.js';
import type { Translator } from './types.js';

export type TranslatorChoice = 'auto' | 'claude' | 'apertium' | 'none';
export const TRANSLATOR_CHOICES: readonly TranslatorChoice[] = ['auto', 'claude', 'apertium', 'none'];

export interface TranslatorDeps {
  /** A runner built from llmOptionsFromEnv(process.env); null when ANTHROPIC_API_KEY is not set. */
  llm: LlmRunner | null;
  /** Defaults to the real check of the binary and both modes. */
  apertiumAvailable?: (() => boolean) | undefined;
  apertium?: ApertiumTranslatorOptions | undefined;
  claude?: ClaudeTranslatorOptions | undefined;
}

export type TranslatorSelection =
  /** `message` is set when the engine is a fallback the user should know about. */
  | { ok: true; translator: Translator; message: string | null }
  /** The explicit choice cannot be honoured here; `message` says why and what to do. */
  | { ok: false; message: string };

const APERTIUM_MISSING = `Apertium (fr-es, spa-eng) is not installed; install it with: ${APERTIUM_INSTALL_HINT}`;

export function createTranslator(choice: TranslatorChoice, deps: TranslatorDeps): TranslatorSelection {
  const apertiumAvailable = deps.apertiumAvailable ?? (() => isApertiumAvailable());
  const llm = deps.llm;
  const apertium = () => new ApertiumTranslator(deps.apertium);

  switch (choice) {
    case 'claude':
      return llm
        ? { ok: true, translator: new ClaudeTranslator(llm, deps.claude), message: null }
        : { ok: false, message: 'the claude translator needs ANTHROPIC_API_KEY to be set' };
    case 'apertium':
      return apertiumAvailable() ? { ok: true, translator: apertium(), message: null } : { ok: false, message: APERTIUM_MISSING };
    case 'none':
      return { ok: true, translator: new NoneTranslator('translation disabled (--translator none)'), message: null };
    case 'auto':
      if (llm) return { ok: true, translator: new ClaudeTranslator(llm, deps.claude), message: null };
      if (apertiumAvailable()) return { ok: true, translator: apertium(), message: null };
      return {
        ok: true,
        translator: new NoneTranslator('no translation engine: set ANTHROPIC_API_KEY or install Apertium'),
        message: `claims left untranslated: set ANTHROPIC_API_KEY, or install Apertium with: ${APERTIUM_INSTALL_HINT}`,
      };
  }
}
