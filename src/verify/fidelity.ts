// Span fidelity: a claim cites its document by offsets, so it is only as good as the stored text. The document
// id is the SHA-256 of the text at ingest; if the text no longer hashes to it, or no longer has the claim's words
// at the claim's offsets, every offset-based citation of that document is suspect.

import { sha256 } from '../core/hash.js';

export interface SpanInput {
  documentId: string;
  /** The document's text as stored now, or null when the document row is gone. */
  documentText: string | null;
  start: number;
  end: number;
  text: string;
}

export type SpanCheck =
  | { intact: true }
  | { intact: false; documentHashMatches: boolean; found: string | null; reason: string };

export function checkSpan(input: SpanInput): SpanCheck {
  if (input.documentText === null) return { intact: false, documentHashMatches: false, found: null, reason: 'document missing' };
  const documentHashMatches = sha256(input.documentText) === input.documentId;
  const found = input.documentText.slice(input.start, input.end);
  const spanMatches = found === input.text;
  if (documentHashMatches && spanMatches) return { intact: true };
  const reasons: string[] = [];
  if (!documentHashMatches) reasons.push('document text changed since ingest (its SHA-256 is no longer its id)');
  if (!spanMatches) reasons.push(`the text at ${input.start}–${input.end} is no longer the claim`);
  return { intact: false, documentHashMatches, found, reason: reasons.join('; ') };
}
