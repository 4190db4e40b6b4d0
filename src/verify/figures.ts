// Figures in a statement and whether two statements disagree on one. A figure is a value with its unit
// (« 3,5 % », « deux milliards », « 1 000 ») and what it counts: the first content word after it
// (« trois garde-fous » counts « gard-fou »). Two statements conflict when they give different values to the
// same thing in the same unit; a figure one of them simply leaves out is no conflict.

import { fold, tokenize, type Token } from '../pipeline/tokenize.js';
import { digitsValue, isNumberWord, MULTIPLIERS, numberWordsValue } from './french-numbers.js';
import { contentWords } from './normalize.js';

export interface Figure {
  value: number;
  /** '%' for percentages, '' for counts and amounts. */
  unit: '' | '%';
  /** The stem of what the figure counts, or null when nothing follows it in its clause. */
  about: string | null;
  /** The figure as written, unit included: « 3,5 % », « deux milliards de dollars » is « deux milliards ». */
  text: string;
  /** The figure with what it counts, as written: « trois garde-fous », « 2 milliards de dollars ». */
  phrase: string;
  start: number;
  end: number;
}

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([['€', 'euro'], ['$', 'dollar'], ['£', 'livr']]);
/** How far after a figure its noun may be: « trois garde-fous », « 2 milliards de dollars », « 40 % des voix ». */
const ABOUT_LOOKAHEAD_TOKENS = 4;

function foldedWord(token: Token | undefined): string | null {
  return token && token.kind === 'word' ? fold(token.lower) : null;
}

/** Every figure in `text`, offsets relative to `text`. */
export function extractFigures(text: string): Figure[] {
  const tokens = tokenize(text);
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    let value: number | null = null;
    let next = i + 1;
    if (token.kind === 'number') {
      value = digitsValue(token.text);
    } else if (token.kind === 'word' && isNumberWord(fold(token.lower)) && foldedWord(tokens[i - 1]) !== 'pour') {
      // A run of number words, « et » allowed inside (« vingt et un »).
      const words: string[] = [];
      let j = i;
      while (j < tokens.length) {
        const w = foldedWord(tokens[j]);
        if (w === null) break;
        if (w === 'et' && words.length > 0 && isNumberWord(foldedWord(tokens[j + 1]) ?? '')) {
          j++;
          continue;
        }
        if (w === 'et' || !isNumberWord(w)) break;
        words.push(w);
        j++;
      }
      // « un », « une » alone are articles, not figures: only « un million » counts.
      const isArticle = words.length === 1 && (words[0] === 'un' || words[0] === 'une');
      value = isArticle ? null : numberWordsValue(words);
      next = j;
    }
    if (value === null) {
      i++;
      continue;
    }
    // « 3,5 milliards », « 2 millions »: the multiplier words after digits.
    const multiplier = MULTIPLIERS.get(foldedWord(tokens[next]) ?? '');
    if (token.kind === 'number' && multiplier !== undefined && foldedWord(tokens[next]) !== 'mille') {
      value *= multiplier;
      next++;
    }
    let unit: Figure['unit'] = '';
    if (tokens[next]?.text === '%') {
      unit = '%';
      next++;
    } else if (foldedWord(tokens[next]) === 'pour' && foldedWord(tokens[next + 1]) === 'cent') {
      unit = '%';
      next += 2;
    } else if (foldedWord(tokens[next]) === 'pourcent' || foldedWord(tokens[next]) === 'pourcents') {
      unit = '%';
      next++;
    }
    const end = tokens[next - 1]!.end;
    const about = aboutAfter(text, tokens, next);
    figures.push({ value, unit, about: about?.stem ?? null, text: text.slice(token.start, end), phrase: text.slice(token.start, about?.end ?? end), start: token.start, end });
    i = next;
  }
  return figures;
}

/** The first content word within a few tokens after a figure, before any punctuation: its stem and end. */
function aboutAfter(text: string, tokens: Token[], from: number): { stem: string; end: number } | null {
  for (let k = from; k < Math.min(tokens.length, from + ABOUT_LOOKAHEAD_TOKENS); k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct') {
      const currency = CURRENCY_SYMBOLS.get(token.text);
      return currency ? { stem: currency, end: token.end } : null;
    }
    if (token.kind !== 'word') return null;
    const [word] = contentWords(text.slice(token.start, token.end));
    if (word) return { stem: word.stem, end: token.end };
  }
  return null;
}

export interface FigureConflict {
  /** The figure with what it counts, as this statement gives it and as the other one does. */
  here: string;
  there: string;
  /** The stem both count. */
  about: string;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sameQuantity = (a: Figure, b: Figure) => a.about !== null && a.about === b.about && a.unit === b.unit;

/**
 * Figures that count the same thing in the same unit with different values, where neither statement also gives
 * the other's value (« deux garde-fous » vs « trois garde-fous »; not « deux garde-fous, puis trois »).
 */
export function conflictingFigures(here: Figure[], there: Figure[]): FigureConflict[] {
  const conflicts: FigureConflict[] = [];
  for (const a of here) {
    if (a.about === null || there.some((b) => sameQuantity(a, b) && sameValue(a.value, b.value))) continue;
    for (const b of there) {
      if (!sameQuantity(a, b) || sameValue(a.value, b.value)) continue;
      if (here.some((x) => sameQuantity(x, b) && sameValue(x.value, b.value))) continue;
      if (!conflicts.some((c) => c.here === a.phrase && c.there === b.phrase)) conflicts.push({ here: a.phrase, there: b.phrase, about: a.about });
    }
  }
  return conflicts;
}
