import { describe, it, expect } from 'vitest';
import { restorePlaceholders, shieldForApertium, uninvertSubjects } from '../../src/translate/shield.js';

describe('shieldForApertium', () => {
  it('replaces names, terms, numbers and links with tokens and restores their English forms', () => {
    const source = 'Sam Altman, patron d’OpenAI, cite 3,5 % et 1 000 cas sur https://openai.com/blog.';
    const shielded = shieldForApertium(source);
    expect(shielded.text).not.toMatch(/Altman|OpenAI|3,5|1 000|https/);
    expect(shielded.placeholders.map((p) => [p.kind, p.source, p.english])).toEqual([
      ['entity', 'Sam Altman', 'Sam Altman'],
      ['term', 'patron d’OpenAI', 'head of OpenAI'],
      ['number', '3,5 %', '3.5%'],
      ['number', '1 000', '1,000'],
      ['link', 'https://openai.com/blog', 'https://openai.com/blog'],
    ]);
    const restored = restorePlaceholders(shielded.text, shielded.placeholders);
    expect(restored.lost).toEqual([]);
    expect(restored.text).toBe('Sam Altman, head of OpenAI, cite 3.5% et 1,000 cas sur https://openai.com/blog.');
  });

  it('uses letter tokens for words and digit tokens for numbers', () => {
    const { placeholders } = shieldForApertium('Donald Trump a vu 28 personnes.');
    expect(placeholders[0]!.token).toMatch(/^XQZ\d+$/);
    expect(placeholders[1]!.token).toMatch(/^9\d{5}$/);
  });

  it('never picks a token that already occurs in the text', () => {
    const source = 'XQZ1 et 900001 et Sam Altman';
    const shielded = shieldForApertium(source);
    const tokens = shielded.placeholders.map((p) => p.token);
    expect(tokens).not.toContain('XQZ1');
    expect(tokens).not.toContain('900001');
    expect(new Set(tokens).size).toBe(3);
    expect(restorePlaceholders(shielded.text, shielded.placeholders).text).toBe(source);
  });

  it('keeps a token apart from the word after an elided term', () => {
    const { text } = shieldForApertium('Le département de la Guerre a fait preuve d’un profond respect.');
    expect(text).toMatch(/XQZ\d+ un profond/);
  });

  it('shields plural subject pronouns but not object ones', () => {
    const subject = shieldForApertium('Ce soir, nous avons conclu un accord.');
    expect(subject.placeholders.map((p) => p.english)).toEqual(['Tonight', 'we']);
    const object = shieldForApertium('Il nous a dit.');
    expect(object.placeholders).toEqual([]);
  });

  it('shields @handles and #tags, whose first character Apertium uses as a mark', () => {
    const { placeholders } = shieldForApertium('Voir @sama et #IA.');
    expect(placeholders.map((p) => p.source)).toEqual(['@sama', '#IA']);
  });

  it('reports placeholders missing from the output', () => {
    const shielded = shieldForApertium('Sam Altman a parlé.');
    expect(restorePlaceholders('has spoken.', shielded.placeholders).lost.map((p) => p.source)).toEqual(['Sam Altman']);
  });
});

describe('uninvertSubjects', () => {
  it('puts inverted subjects back in front of the verb', () => {
    expect(uninvertSubjects('« Non », a-t-il précisé, dit-elle, estime-t-on.')).toBe('« Non », il a précisé, elle dit, on estime.');
    expect(uninvertSubjects('peut-être un rendez-vous')).toBe('peut-être un rendez-vous');
  });
});
