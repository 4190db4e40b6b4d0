import { describe, it, expect } from 'vitest';
import { checkFidelity, hasEnglishNegation, hasFrenchNegation } from '../../src/translate/fidelity.js';

describe('checkFidelity: numbers and percentages', () => {
  it('accepts the English spelling of French numbers', () => {
    expect(checkFidelity('Le chômage a baissé de 3,5 % en un an.', 'Unemployment fell by 3.5% in a year.')).toEqual([]);
    expect(checkFidelity('Il y avait 1 000 manifestants.', 'There were 1,000 protesters.')).toEqual([]);
    expect(checkFidelity('Il y avait 1 000 manifestants.', 'There were 1000 protesters.')).toEqual([]);
    expect(checkFidelity('Une hausse de 12 pour cent.', 'A 12 percent rise.')).toEqual([]);
  });

  it('reports a missing number or a percentage that lost its sign', () => {
    expect(checkFidelity('Le chômage a baissé de 3,5 %.', 'Unemployment fell sharply.')).toEqual(['number missing: 3,5 %']);
    expect(checkFidelity('Le chômage a baissé de 3,5 %.', 'Unemployment fell by 3.5.')).toEqual([
      'number missing: 3,5 %',
      'number added: 3.5',
    ]);
    expect(checkFidelity('Il a 35 ans.', 'He is 3.5 years old.')).toEqual(['number missing: 35', 'number added: 3.5']);
  });

  it('reports a number that appears only in English', () => {
    expect(checkFidelity('Il a signé le contrat.', 'He signed the 2 contracts.')).toEqual(['number added: 2']);
  });
});

describe('checkFidelity: dates', () => {
  it('accepts day-month-year and month-day-year orders', () => {
    expect(checkFidelity('Signé le 28 février 2026.', 'Signed on February 28, 2026.')).toEqual([]);
    expect(checkFidelity('Signé le 28 février 2026.', 'Signed on 28 February 2026.')).toEqual([]);
    expect(checkFidelity('Signé le 1er mars.', 'Signed on March 1st.')).toEqual([]);
    expect(checkFidelity('Depuis février 2026.', 'Since February 2026.')).toEqual([]);
  });

  it('reports a date whose day, month or year changed', () => {
    expect(checkFidelity('Signé le 28 février 2026.', 'Signed on March 28, 2026.')).toEqual(['date missing: 28 février 2026']);
    expect(checkFidelity('Signé le 28 février 2026.', 'Signed on 28 February 2025.')).toEqual(['date missing: 28 février 2026']);
    expect(checkFidelity('Signé le 28 février 2026.', 'Signed last week.')).toEqual(['date missing: 28 février 2026']);
  });
});

describe('checkFidelity: names', () => {
  it('expects French names in the English text', () => {
    expect(checkFidelity('Sam Altman, patron d’OpenAI, a écrit sur X.', 'Sam Altman, head of OpenAI, wrote on X.')).toEqual([]);
    expect(checkFidelity('Sam Altman a parlé à ChatGPT.', 'Altman spoke to the chatbot.')).toEqual([
      'name missing: Sam Altman',
      'name missing: ChatGPT',
    ]);
  });

  it('accepts established English forms and glossary renderings', () => {
    expect(checkFidelity('Un accord avec le Pentagone.', 'An agreement with the Pentagon.')).toEqual([]);
    expect(checkFidelity('Un accord avec le département de la Guerre.', 'An agreement with the Department of War.')).toEqual([]);
    expect(checkFidelity('Les laboratoires d’IA en Allemagne.', 'AI labs in Germany.')).toEqual([]);
  });

  it('still reports a name the glossary rendering does not cover', () => {
    expect(checkFidelity('Un accord avec le département de la Guerre.', 'An agreement with the ministry.')).toEqual([
      'name missing: Guerre',
    ]);
  });
});

describe('checkFidelity: negation', () => {
  it('accepts negation kept on both sides', () => {
    expect(checkFidelity('Nous ne signerons jamais cet accord.', 'We will never sign this agreement.')).toEqual([]);
    expect(checkFidelity('Il n’a rien dit.', 'He said nothing.')).toEqual([]);
    expect(checkFidelity('Aucun accord n’a été signé.', 'No agreement was signed.')).toEqual([]);
    expect(checkFidelity('Elle ne viendra pas.', "She won't come.")).toEqual([]);
    expect(checkFidelity('Sans créer de précédent.', 'Without creating a precedent.')).toEqual([]);
  });

  it('reports negation lost or added', () => {
    expect(checkFidelity('Nous ne signerons pas cet accord.', 'We will sign this agreement.')).toEqual(['negation lost']);
    expect(checkFidelity('Nous signerons cet accord.', 'We will not sign this agreement.')).toEqual(['negation added']);
  });

  it('does not take « ne … que » or « n’importe » for negation', () => {
    expect(hasFrenchNegation('Il n’a que deux contrats.')).toBe(false);
    expect(hasFrenchNegation('N’importe quel modèle.')).toBe(false);
    expect(hasFrenchNegation('Il ne reste plus rien.')).toBe(true);
    expect(hasEnglishNegation('nobody came')).toBe(true);
    expect(hasEnglishNegation('a notable event')).toBe(false);
  });
});

describe('checkFidelity on a faithful translation of the source article', () => {
  it('finds nothing to report', () => {
    const fr =
      '« Ce soir, nous avons conclu un accord avec le département de la Guerre pour déployer nos modèles dans leur réseau classifié », a écrit Sam Altman, patron d’OpenAI, sur X.';
    const en =
      '“Tonight, we reached an agreement with the Department of War to deploy our models in their classified network,” Sam Altman, head of OpenAI, wrote on X.';
    expect(checkFidelity(fr, en)).toEqual([]);
  });
});
