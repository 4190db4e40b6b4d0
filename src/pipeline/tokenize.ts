// A single-pass French word tokenizer that keeps offsets. Elisions (« d’ », « qu’ ») are
// tokens of their own; inverted subject pronouns (« a-t-il », « indique-t-elle ») are split
// from their verb so the verb can be looked up; other hyphenated words stay whole.

import { memoizeString } from '../core/memo.js';
import { WEEKDAYS } from '../lang/fr.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'inversion';

export interface Token {
  text: string;
  /** Lower case, typographic apostrophe normalised to ’. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const ELISIONS = new Set(['l', 'd', 'qu', 'n', 's', 'c', 'j', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
/** Words written with an elided article that are one word (« d’après », « d’ailleurs »). */
const ELIDED_COMPOUNDS = new Set(['d’après', 'd’ailleurs', 'd’abord', 'd’emblée', 'd’autant', 'd’ores', 'd’office']);

function wordEnd(text: string, from: number, to: number): number {
  let j = from;
  while (j < to && (isLetter(text[j]!) || isDigit(text[j]!))) j++;
  return j;
}
const INVERTED_PRONOUN = /^(.+?)(-t)?-(il|elle|ils|elles|on)$/i;

const LETTER = /\p{L}|\p{M}/u;
const SPACE = /\s/u;
/** ASCII first: most characters of French text are, and a regular expression per character is slow. */
const isLetter = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
};
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isApostrophe = (ch: string) => ch === '’' || ch === "'";
const isSpace = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
};

export function normalizeApostrophes(s: string): string {
  return s.includes("'") ? s.replace(/'/g, '’') : s;
}

function pushWord(tokens: Token[], text: string, start: number): void {
  const inversion = INVERTED_PRONOUN.exec(text);
  if (inversion && inversion[1]) {
    const verb = inversion[1];
    tokens.push({ text: verb, lower: normalizeApostrophes(verb.toLowerCase()), start, end: start + verb.length, kind: 'word' });
    const rest = text.slice(verb.length);
    tokens.push({
      text: rest,
      lower: rest.toLowerCase(),
      start: start + verb.length,
      end: start + text.length,
      kind: 'inversion',
    });
    return;
  }
  tokens.push({ text, lower: normalizeApostrophes(text.toLowerCase()), start, end: start + text.length, kind: 'word' });
}

/** Tokenizes text[from, to). Linear in the length of the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (isDigit(ch)) {
      let j = i + 1;
      // 1 000, 3,5, 2026-02-28, 10.5
      while (j < to) {
        const c = text[j]!;
        if (isDigit(c)) j++;
        else if ((c === ',' || c === '.' || c === '\u00A0' || c === '\u202F' || c === ' ' || c === '-') && j + 1 < to && isDigit(text[j + 1]!)) {
          if (c === ' ' && !(j + 3 < to && isDigit(text[j + 2]!) && isDigit(text[j + 3]!))) break;
          j++;
        } else break;
      }
      tokens.push({ text: text.slice(i, j), lower: text.slice(i, j), start: i, end: j, kind: 'number' });
      i = j;
      continue;
    }
    if (isLetter(ch)) {
      let j = i + 1;
      while (j < to) {
        const c = text[j]!;
        if (isLetter(c) || isDigit(c)) j++;
        else if (c === '-' && j + 1 < to && isLetter(text[j + 1]!)) j++;
        else if (isApostrophe(c)) {
          const head = text.slice(i, j).toLowerCase();
          if (ELISIONS.has(head)) {
            const rest = wordEnd(text, j + 1, to);
            if (ELIDED_COMPOUNDS.has(`${head}’${text.slice(j + 1, rest).toLowerCase()}`)) {
              j = rest;
              continue;
            }
            j++;
            break;
          }
          if (j + 1 < to && isLetter(text[j + 1]!)) j++;
          else break;
        } else break;
      }
      pushWord(tokens, text.slice(i, j), i);
      i = j;
      continue;
    }
    // « @mirabelle_plays »: a social-media handle is one word (a trailing period ends the sentence).
    if (ch === '@' && i + 1 < to && (isLetter(text[i + 1]!) || isDigit(text[i + 1]!))) {
      let j = i + 1;
      while (j < to && (isLetter(text[j]!) || isDigit(text[j]!) || text[j] === '_' || (text[j] === '.' && j + 1 < to && isLetter(text[j + 1]!)))) j++;
      tokens.push({ text: text.slice(i, j), lower: text.slice(i, j).toLowerCase(), start: i, end: j, kind: 'word' });
      i = j;
      continue;
    }
    // Punctuation: one character each, except runs of periods (…, ...).
    let j = i + 1;
    if (ch === '.') while (j < to && text[j] === '.') j++;
    tokens.push({ text: text.slice(i, j), lower: text.slice(i, j), start: i, end: j, kind: 'punct' });
    i = j;
  }
  return tokens;
}

/** Lower case without accents, apostrophes unified: for matching names and aliases. */
export const fold: (s: string) => string = memoizeString(
  (s) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/['’`]/g, '’')
      .replace(/[\s\u00A0\u202F]+/g, ' ')
      .trim()
      .toLowerCase(),
  50_000,
);

/**
 * Drops a leading determiner before a lower-case word (« le patron d’OpenAI » → « patron d’OpenAI »)
 * but keeps it in a name (« Le Pen », « La Fontaine »).
 */
export function stripDeterminer(s: string): string {
  const trimmed = s.trim();
  const det = /^(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s+|l['’]\s*)(?=\p{Ll})/iu.exec(trimmed);
  return det ? trimmed.slice(det[0].length) : trimmed;
}

/** A live blog's time stamp or decoration (« 17 h 20 », « – », « ⚠️ »): numbers, punctuation, « h », no letter at all. */
function isStampToken(t: Token): boolean {
  return t.kind === 'number' || t.kind === 'punct' || /^h\d*$/.test(t.lower) || !/\p{L}/u.test(t.text);
}

/** The first token at or after `from` (and before `limit`) that is not a time stamp or decoration. */
export function skipStamps(tokens: Token[], from: number, limit: number): number {
  const end = Math.min(limit, tokens.length);
  let i = from;
  while (i < end && isStampToken(tokens[i]!)) i++;
  // « Dimanche, 4 h 10 — Selon les organisateurs, … »: a day before the hour belongs to the stamp.
  if (i < end && WEEKDAYS.has(tokens[i]!.lower) && tokens[i + 1]?.text === ',' && tokens[i + 2]?.kind === 'number') {
    i += 2;
    while (i < end && isStampToken(tokens[i]!)) i++;
  }
  // « 15 h 40 – Alerte rouge prolongée ⚠️ L’institut … »: a short entry title closed by an emoji.
  if (i > from && ['–', '—', '-'].includes(tokens[i - 1]!.text)) {
    // (The title may run past `limit`, which bounds where the stamp starts; punctuation still stops it.)
    for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && /[.,;:!?«»"“”]/u.test(t.text)) break;
      if (!/[\p{L}\p{N}]/u.test(t.text)) {
        i = j;
        while (i < tokens.length && isStampToken(tokens[i]!)) i++;
        break;
      }
    }
  }
  return i;
}
