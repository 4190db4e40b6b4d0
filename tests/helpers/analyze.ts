import { sha256 } from '../../src/core/hash.js';
import type { AnalyzedDocument } from '../../src/core/types.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { parseHeader } from '../../src/pipeline/header.js';

export function analyzeText(text: string): AnalyzedDocument {
  const header = parseHeader(text);
  return analyzeDocument({ id: sha256(text), text, meta: header.meta, bodyStart: header.bodyStart });
}

/** The invariant every claim keeps: its offsets point at its text in the source. */
export function expectOffsetsExact(result: AnalyzedDocument): void {
  for (const claim of result.claims) {
    if (result.doc.text.slice(claim.start, claim.end) !== claim.text) {
      throw new Error(`offsets of ${claim.kind} claim ${JSON.stringify(claim.text)} point at ${JSON.stringify(result.doc.text.slice(claim.start, claim.end))}`);
    }
    if (claim.sentence.start > claim.start || claim.sentence.end < claim.end) {
      throw new Error(`sentence ${claim.sentence.start}-${claim.sentence.end} does not contain claim ${claim.start}-${claim.end}`);
    }
  }
}
