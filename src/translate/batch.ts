// Batch hygiene shared by the engines: an id must appear once per batch, and an empty text has nothing to
// translate. Both go to `pending` with a reason instead of being sent, so every input id is accounted for.

import type { TranslationBatchResult, TranslationInput } from './types.js';

export function partitionBatch(items: readonly TranslationInput[]): {
  sendable: TranslationInput[];
  pending: TranslationBatchResult['pending'];
} {
  const seen = new Set<string>();
  const sendable: TranslationInput[] = [];
  const pending: TranslationBatchResult['pending'] = [];
  for (const item of items) {
    if (seen.has(item.id)) {
      pending.push({ id: item.id, reason: 'duplicate id in the batch: only the first occurrence was translated' });
      continue;
    }
    seen.add(item.id);
    if (item.text.trim() === '') pending.push({ id: item.id, reason: 'empty text: nothing to translate' });
    else sendable.push(item);
  }
  return { sendable, pending };
}

/** One line per text: Apertium and line-oriented engines need the text's own line breaks flattened. */
export function toSingleLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f\0]/g, ' ');
}
