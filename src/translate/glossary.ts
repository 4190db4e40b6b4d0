// French terms with a fixed English rendering (institutions, terms of art, words Apertium gets wrong).
// The data is in glossary.fr-en.json; this module only finds the terms in a text.
// Matching: whole words, longest term first, ' and ’ interchangeable, any space (including no-break spaces)
// matching any space, and the first letter in either case (« Garde-fous » at a sentence start → "Safeguards").

import glossaryData from './glossary.fr-en.json' with { type: 'json' };

export interface GlossaryMatch {
  start: number;
  end: number;
  text: string;
  english: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(term: string): string {
  const [first = '', ...rest] = [...term];
  const head = first.toLowerCase() === first.toUpperCase() ? escapeRegExp(first) : `[${first.toLowerCase()}${first.toUpperCase()}]`;
  const tail = rest
    .map((char) => (char === "'" || char === '’' ? "['’]" : /\s/.test(char) ? '[\\s\\u00A0\\u202F]+' : escapeRegExp(char)))
    .join('');
  return head + tail;
}

/** Whole words only; a term that ends in an elision (« fait preuve d' ») is followed directly by the next word. */
function bounded(term: string): string {
  const before = /^[\p{L}\p{N}]/u.test(term) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(term) ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${termPattern(term)}${after}`;
}

export class Glossary {
  private readonly pattern: RegExp | null;
  private readonly lookup: Map<string, string>;

  constructor(readonly entries: Readonly<Record<string, string>>) {
    const terms = Object.keys(entries).sort((a, b) => b.length - a.length);
    this.lookup = new Map(terms.map((term) => [normalise(term), entries[term]!]));
    this.pattern =
      terms.length === 0
        ? null
        : new RegExp(terms.map(bounded).join('|'), 'gu');
  }

  find(text: string): GlossaryMatch[] {
    if (!this.pattern) return [];
    const found: GlossaryMatch[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const english = this.lookup.get(normalise(match[0]));
      if (english === undefined) continue;
      const capitalise = /^\p{Lu}/u.test(match[0]) && /^\p{Ll}/u.test(english);
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        english: capitalise ? english[0]!.toUpperCase() + english.slice(1) : english,
      });
    }
    return found;
  }
}

function normalise(term: string): string {
  const flat = term.replace(/’/g, "'").replace(/[\s\u00A0\u202F]+/g, ' ');
  return flat.charAt(0).toLowerCase() + flat.slice(1);
}

export const FRENCH_ENGLISH_GLOSSARY = new Glossary(glossaryData);
