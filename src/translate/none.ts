// NoneTranslator: used when no engine is available. Every claim stays pending with the reason given, so a
// later run with an engine picks them up.

import type { TranslationBatchResult, TranslationInput, Translator } from './types.js';

export class NoneTranslator implements Translator {
  readonly name = 'none';

  constructor(private readonly reason: string = 'no translation engine selected') {}

  async translate(items: TranslationInput[]): Promise<TranslationBatchResult> {
    return { translated: [], pending: items.map((item) => ({ id: item.id, reason: this.reason })) };
  }
}
