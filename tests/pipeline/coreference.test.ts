// Speaker resolution beyond the cue itself: who a pronoun, a description or an uncued quote
// refers to. Sentences are written for these tests (not taken from the gold sets).
import { describe, expect, it } from 'vitest';
import { analyzeText, expectOffsetsExact } from '../helpers/analyze.js';

const statements = (text: string) => {
  const result = analyzeText(text);
  expectOffsetsExact(result);
  return result.claims.filter((c) => c.kind !== 'assertion');
};
const speakerOf = (text: string, quote: string) => statements(text).find((c) => c.text.startsWith(quote))?.speaker;

describe('organisation names', () => {
  it('keeps a parenthesised acronym out of the canonical name and as an alias', () => {
    const text = 'Selon l’Office national des forêts (ONF), les coupes devraient reprendre « dès la fin de l’hiver ». L’ONF promet que les chemins resteront ouverts.';
    const claims = statements(text);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) {
      expect(c.speaker?.name).toBe('Office national des forêts');
      expect(c.speaker?.aliases).toContain('ONF');
    }
  });
});

describe('live-blog testimony', () => {
  it('gives a colon quote after « Témoignage de X » to X, not to the previous speaker', () => {
    const text = '14 h 10 La préfecture a déclaré : « Les routes restent fermées. »\n\n14 h 25 Témoignage de Lucie, coincée à la sortie 12 : « On attend depuis trois heures. »';
    expect(speakerOf(text, 'On attend')?.name).toBe('Lucie');
  });

  it('reads an unnamed witness after « Réaction d’un »', () => {
    const text = 'Le maire a promis que le gymnase serait chauffé. Réaction d’un bénévole de la Croix-Rouge : « Il faudra bien plus que ça. »';
    expect(speakerOf(text, 'Il faudra')?.name).toBe('bénévole de la Croix-Rouge');
  });
});
