import { describe, it, expect } from 'vitest';
import { findNamedEntities } from '../../src/translate/entities.js';

const texts = (text: string, includeSingleWords = false) =>
  findNamedEntities(text, { includeSingleWords }).map((e) => `${e.kind}:${e.text}`);

describe('findNamedEntities', () => {
  it('finds multi-word names, products and acronyms', () => {
    expect(texts('Sam Altman, patron d’OpenAI, a présenté ChatGPT à l’ONU et GPT-4 à xAI.')).toEqual([
      'name:Sam Altman',
      'product:OpenAI',
      'product:ChatGPT',
      'acronym:ONU',
      'acronym:GPT-4',
      'product:xAI',
    ]);
  });

  it('joins name particles but not a product to its owner', () => {
    expect(texts('Charles de Gaulle, Ursula von der Leyen et Valéry Giscard d’Estaing.')).toEqual([
      'name:Charles de Gaulle',
      'name:Ursula von der Leyen',
      'name:Valéry Giscard d’Estaing',
    ]);
    expect(texts('Google et xAI d’Elon Musk')).toEqual(['product:xAI', 'name:Elon Musk']);
  });

  it('does not take a capitalised sentence opener for a name', () => {
    expect(texts('Le Pentagone a signé. « Ce soir, nous signons ». Selon Donald Trump, non.')).toEqual(['name:Donald Trump']);
  });

  it('reports single capitalised words inside a sentence only on request', () => {
    expect(texts('Un accord avec le Pentagone et Anthropic.')).toEqual([]);
    expect(texts('Un accord avec le Pentagone et Anthropic.', true)).toEqual(['capitalised:Pentagone', 'capitalised:Anthropic']);
  });

  it('gives offsets into the text', () => {
    const text = 'Hier, Sam Altman a parlé.';
    const [entity] = findNamedEntities(text);
    expect(text.slice(entity!.start, entity!.end)).toBe('Sam Altman');
  });
});
