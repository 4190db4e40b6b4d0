import { describe, it, expect } from 'vitest';
import { FRENCH_ENGLISH_GLOSSARY, Glossary } from '../../src/translate/glossary.js';

const english = (text: string) => FRENCH_ENGLISH_GLOSSARY.find(text).map((m) => m.english);

describe('the French→English glossary', () => {
  it('has the required terms', () => {
    expect(english('le département de la Guerre')).toEqual(['Department of War']);
    expect(english('le département de la Défense')).toEqual(['Department of Defense']);
    expect(english('des garde-fous')).toEqual(['safeguards']);
    expect(english('un garde-fou')).toEqual(['safeguard']);
  });

  it('matches both apostrophes and no-break spaces', () => {
    expect(english("le patron d'OpenAI")).toEqual(['head of OpenAI']);
    expect(english('le patron d’OpenAI')).toEqual(['head of OpenAI']);
    expect(english('le département\u00A0de la Guerre')).toEqual(['Department of War']);
  });

  it('prefers the longest term and matches whole words only', () => {
    expect(english('le département de la Défense américain')).toEqual(['US Department of Defense']);
    expect(english('les garde-fous')).toEqual(['safeguards']);
    expect(english('une IAlgorithmique')).toEqual([]);
  });

  it('capitalises the English at a capitalised French term', () => {
    expect(english('Garde-fous identiques')).toEqual(['Safeguards']);
  });

  it('gives offsets of the French term', () => {
    const text = 'Le patron d’OpenAI a parlé.';
    const [match] = FRENCH_ENGLISH_GLOSSARY.find(text);
    expect(text.slice(match!.start, match!.end)).toBe('patron d’OpenAI');
  });

  it('takes terms that end in an elision', () => {
    const glossary = new Glossary({ "fait preuve d'": 'shown' });
    expect(glossary.find('a fait preuve d’un respect').map((m) => m.text)).toEqual(['fait preuve d’']);
  });
});
