import { describe, expect, it } from 'vitest';
import { checkWorthiness } from '../../src/pipeline/checkworthiness.js';
import { analyzeText } from '../helpers/analyze.js';

describe('check-worthiness', () => {
  const factual = [
    'Le chômage a atteint 7,4 % au troisième trimestre 2025, son plus haut niveau depuis 2021.',
    'Le budget de la ville s’élève à 1,2 milliard d’euros, en hausse de 3 % sur un an.',
    'OpenAI a obtenu du Pentagone l’inscription dans le contrat de deux garde-fous qui avaient été refusés à Anthropic.',
  ];
  const soft = [
    'Il y a un paradoxe dans cette affaire.',
    'La salle était comble et l’ambiance électrique.',
    'Que répond-elle à ceux qui l’accusent de catastrophisme ?',
    'Ironiquement, le créateur obtient le contrat en défendant les mêmes principes.',
  ];

  it('ranks figures, dates and named events above opinion, questions and scene-setting', () => {
    const lowestFactual = Math.min(...factual.map(checkWorthiness));
    const highestSoft = Math.max(...soft.map(checkWorthiness));
    expect(lowestFactual).toBeGreaterThan(highestSoft);
    for (const s of [...factual, ...soft]) {
      expect(checkWorthiness(s)).toBeGreaterThanOrEqual(0);
      expect(checkWorthiness(s)).toBeLessThanOrEqual(1);
    }
  });

  it('emits factual sentences as assertions and leaves scene-setting out', () => {
    const text = `${factual[0]} ${soft[0]} ${soft[1]}`;
    const assertions = analyzeText(text).claims.filter((c) => c.kind === 'assertion');
    expect(assertions.map((a) => a.text)).toEqual([factual[0]]);
  });
});
