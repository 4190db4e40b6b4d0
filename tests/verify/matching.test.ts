import { describe, expect, it } from 'vitest';
import { compareClaims, compareWithPassage, jaccard, profile } from '../../src/verify/corroborate.js';
import { conflictingFigures, extractFigures } from '../../src/verify/figures.js';
import { digitsValue, numberWordsValue } from '../../src/verify/french-numbers.js';
import { stemSet } from '../../src/verify/normalize.js';

const figure = (text: string) => extractFigures(text).map((f) => ({ value: f.value, unit: f.unit, about: f.about }));

describe('French numbers', () => {
  it.each([
    ['1 000', 1000],
    ['1\u202F000', 1000],
    ['3,5', 3.5],
    ['1.000', 1000],
    ['10.5', 10.5],
    ['2026-02-28', null],
  ])('reads the digits %j as %j', (text, value) => expect(digitsValue(text)).toBe(value));

  it.each([
    [['deux'], 2],
    [['vingt-trois'], 23],
    [['vingt', 'et', 'un'], 21],
    [['soixante-dix'], 70],
    [['quatre-vingt-dix-neuf'], 99],
    [['deux', 'cents'], 200],
    [['mille', 'deux', 'cents'], 1200],
    [['deux', 'milliards'], 2e9],
    [['nonante'], 90],
  ])('reads the words %j as %j', (words, value) => expect(numberWordsValue(words)).toBe(value));
});

describe('figures', () => {
  it('reads values, units and what they count', () => {
    expect(figure('de trois garde-fous qui')).toEqual([{ value: 3, unit: '', about: 'gard-fou' }]);
    expect(figure('3,5 % des voix')).toEqual([{ value: 3.5, unit: '%', about: 'voi' }]);
    expect(figure('40 pour cent des électeurs')).toEqual([{ value: 40, unit: '%', about: 'electeur' }]);
    expect(figure('1 000 emplois')).toEqual([{ value: 1000, unit: '', about: 'emploi' }]);
    expect(figure('deux milliards de dollars')).toEqual([{ value: 2e9, unit: '', about: 'dollar' }]);
    expect(figure('2 milliards de dollars')).toEqual([{ value: 2e9, unit: '', about: 'dollar' }]);
    expect(figure('300 € pour')).toEqual([{ value: 300, unit: '', about: 'euro' }]);
  });

  it('does not take an article for a figure', () => {
    expect(extractFigures('un accord avec une entreprise')).toEqual([]);
    expect(figure('un million de votes')).toEqual([{ value: 1e6, unit: '', about: 'vot' }]);
  });

  it('keeps offsets into the text and the phrase as written', () => {
    const text = 'Le contrat prévoit 2 milliards de dollars.';
    const [f] = extractFigures(text);
    expect(text.slice(f!.start, f!.end)).toBe('2 milliards');
    expect(f!.phrase).toBe('2 milliards de dollars');
  });

  it('sees a conflict only between different values of the same quantity', () => {
    const conflicts = (a: string, b: string) => conflictingFigures(extractFigures(a), extractFigures(b));
    expect(conflicts('deux garde-fous', 'trois garde-fous')).toEqual([{ here: 'deux garde-fous', there: 'trois garde-fous', about: 'gard-fou' }]);
    expect(conflicts('2 milliards de dollars', 'deux milliards de dollars')).toEqual([]);
    expect(conflicts('3,5 % des voix', '3,5 pour cent des voix')).toEqual([]);
    // Different things, different units, or a figure simply left out: no conflict.
    expect(conflicts('deux garde-fous', 'trois contrats')).toEqual([]);
    expect(conflicts('3 % des voix', '3 000 voix')).toEqual([]);
    expect(conflicts('deux garde-fous', 'des garde-fous')).toEqual([]);
    // Both values given on one side: that side does not contradict the other.
    expect(conflicts('deux garde-fous, puis trois garde-fous', 'trois garde-fous')).toEqual([]);
  });
});

describe('statement matching', () => {
  const altman = 'Ce soir, nous avons conclu un accord avec le département de la Guerre pour déployer nos modèles dans leur réseau classifié';

  it('stems and folds content words, dropping function words and numbers', () => {
    expect([...stemSet('Les garde-fous du département, le garde-fou des départements')].sort()).toEqual(['depart', 'gard-fou']);
    expect(stemSet('deux garde-fous')).toEqual(stemSet('trois garde-fous'));
  });

  it('calls a verbatim repeat by the same speaker corroborated, by another speaker a conflicting attribution', () => {
    expect(compareClaims({ profile: profile(altman), speakerId: 1 }, { profile: profile(altman), speakerId: 1 })).toEqual({ relation: 'corroborated', similarity: 1, figures: [] });
    expect(compareClaims({ profile: profile(altman), speakerId: 1 }, { profile: profile(altman), speakerId: 2 })?.relation).toBe('conflicting-attribution');
  });

  it('matches a light rewording but not a different statement on the same topic', () => {
    const reworded = 'Nous avons conclu ce soir un accord avec le département de la Guerre afin de déployer nos modèles sur leur réseau classifié';
    const a = profile(altman);
    expect(jaccard(a.stems, profile(reworded).stems)).toBeGreaterThanOrEqual(0.6);
    expect(compareClaims({ profile: a, speakerId: 1 }, { profile: profile(reworded), speakerId: 1 })?.relation).toBe('corroborated');
    const other = 'Le département de la Guerre a fait preuve d’un profond respect pour la sécurité';
    expect(compareClaims({ profile: a, speakerId: 1 }, { profile: profile(other), speakerId: 1 })).toBeNull();
  });

  it('reports different figures in the same statement whoever said it', () => {
    const here = profile('OpenAI a obtenu l’inscription dans le contrat de trois garde-fous refusés à Anthropic');
    const there = profile('OpenAI a obtenu l’inscription dans le contrat de deux garde-fous refusés à Anthropic');
    const result = compareClaims({ profile: here, speakerId: 1 }, { profile: there, speakerId: 1 });
    expect(result?.relation).toBe('conflicting-figures');
    expect(result?.figures).toEqual([{ here: 'trois garde-fous', there: 'deux garde-fous', about: 'gard-fou' }]);
  });

  it('says nothing about a claim too short to be a statement, or an assertion against a quote', () => {
    const short = profile('à toutes fins légales');
    expect(compareClaims({ profile: short, speakerId: 1 }, { profile: short, speakerId: 2 })).toBeNull();
    expect(compareClaims({ profile: profile(altman), speakerId: null }, { profile: profile(altman), speakerId: 1 })).toBeNull();
    expect(compareClaims({ profile: profile(altman), speakerId: null }, { profile: profile(altman), speakerId: null })?.relation).toBe('corroborated');
  });

  it('finds conflicting figures between a claim and a longer sentence that contains its statement', () => {
    const claim = profile('Le contrat comporte trois garde-fous refusés à Anthropic');
    const sentence = profile('Il y a un paradoxe : selon le texte, le contrat comporte deux garde-fous qui avaient été refusés à Anthropic en janvier.');
    expect(compareWithPassage(claim, sentence)?.figures).toEqual([{ here: 'trois garde-fous', there: 'deux garde-fous', about: 'gard-fou' }]);
    expect(compareWithPassage(claim, profile('Le contrat comporte trois garde-fous, ajoute le texte.'))).toBeNull();
    expect(compareWithPassage(claim, profile('Deux garde-fous ont été installés sur le pont.'))).toBeNull();
  });
});
