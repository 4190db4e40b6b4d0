// Picks the translation engine for a command from the user's choice and the environment.
// The environment is read here, at the edge, and nowhere below.

import type { Db } from '../store/db.js';
import { ApertiumTranslator } from '../translate/apertium.js';
import { APERTIUM_INSTALL_HINT, isApertiumAvailable } from '../translate/apertium-process.js';
import type { Translator } from '../translate/types.js';
import { CliError, EXIT } from './exit-codes.js';

export const TRANSLATOR_CHOICES = ['auto', 'claude', 'apertium', 'none'] as const;
export type TranslatorChoice = (typeof TRANSLATOR_CHOICES)[number];

const none: Translator = {
  name: 'none',
  async translate(items) {
    return { translated: [], pending: items.map((i) => ({ id: i.id, reason: 'no translator selected' })) };
  },
};

export async function chooseTranslator(choice: TranslatorChoice, env: NodeJS.ProcessEnv, db: Db | null): Promise<{ translator: Translator; note?: string }> {
  void db;
  if (choice === 'none') return { translator: none };
  if (choice === 'claude' || (choice === 'auto' && env.ANTHROPIC_API_KEY)) {
    throw new CliError('the Claude translator is not wired into the CLI yet; use --translator apertium', EXIT.USAGE);
  }
  if (isApertiumAvailable()) return { translator: new ApertiumTranslator() };
  if (choice === 'apertium') throw new CliError(`Apertium is not installed: ${APERTIUM_INSTALL_HINT}`, EXIT.USAGE);
  return { translator: none, note: `translations left pending: Apertium is not installed (${APERTIUM_INSTALL_HINT})` };
}
