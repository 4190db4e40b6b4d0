import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/hash.js';
import { checkSpan } from '../../src/verify/fidelity.js';

const text = 'Paul Martin a déclaré : « La piscine rouvrira en septembre. » Fin.';
const start = text.indexOf('La piscine');
const end = text.indexOf(' »');
const claim = { documentId: sha256(text), start, end, text: text.slice(start, end) };

describe('span fidelity', () => {
  it('is intact when the document still hashes to its id and has the claim at its offsets', () => {
    expect(checkSpan({ ...claim, documentText: text })).toEqual({ intact: true });
  });

  it('catches a change outside the claim through the document hash', () => {
    const edited = text.replace('Fin.', 'Fin!');
    expect(checkSpan({ ...claim, documentText: edited })).toEqual({
      intact: false,
      documentHashMatches: false,
      found: claim.text,
      reason: 'document text changed since ingest (its SHA-256 is no longer its id)',
    });
  });

  it('catches a change inside the claim and says what is there now', () => {
    const edited = text.replace('septembre', 'octobre');
    const result = checkSpan({ ...claim, documentText: edited });
    expect(result).toMatchObject({ intact: false, documentHashMatches: false, found: edited.slice(start, end) });
    expect(result.intact === false && result.reason).toMatch(/no longer the claim/);
  });

  it('catches offsets that no longer fit an unchanged document', () => {
    expect(checkSpan({ ...claim, start: start + 1, documentText: text })).toMatchObject({ intact: false, documentHashMatches: true });
    expect(checkSpan({ ...claim, documentText: null })).toMatchObject({ intact: false, reason: 'document missing' });
  });
});
