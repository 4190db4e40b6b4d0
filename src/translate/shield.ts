// Placeholders that carry what Apertium must not touch through both hops (fr→es→en): links, glossary terms,
// numbers, numeric dates and named entities. Each is replaced by a token Apertium passes through unchanged
// and, after translation, by its English form (the French text for names and links, the glossary's English
// for terms, the English spelling for numbers).
//
// Token shapes were chosen by running both hops: an all-caps letters+digits token (XQZ12) passes unchanged and
// is read as a proper noun, which suits names and terms; a digits-only token (900012) passes unchanged and is
// read as a number, which keeps agreement right (« 900018 personnes » → "900018 people", where a letter token
// gives "There is XQZ18 people"). Dates with a month name keep the month word, which Apertium translates
// correctly for all twelve months and which makes it choose "on 28 February" for « le 28 février »; their day
// and year are shielded as numbers.
//
// Plural subject pronouns are shielded too: Spanish drops subject pronouns and spa-eng restores them only
// sometimes (« Ce soir, nous avons conclu » came out "Tonight, have concluded"); a token in subject position
// keeps the verb's person and the token becomes "we". Singular ones are left to Apertium, which keeps « je »
// and whose « il » may be "he" or "it".

import { findNamedEntities } from './entities.js';
import { FRENCH_ENGLISH_GLOSSARY, type Glossary } from './glossary.js';
import { findFrenchNumbers, formatEnglishNumber, FRENCH_MONTHS, foldAccents } from './numbers.js';

export type PlaceholderKind = 'link' | 'term' | 'pronoun' | 'date' | 'number' | 'entity';

export interface Placeholder {
  token: string;
  kind: PlaceholderKind;
  /** The French text it replaced. */
  source: string;
  /** What the token becomes in the English output. */
  english: string;
}

export interface ShieldedText {
  text: string;
  placeholders: Placeholder[];
}

interface Span {
  start: number;
  end: number;
  kind: PlaceholderKind;
  english: string;
}

const LINK_PATTERNS = [
  /\bhttps?:\/\/[^\s<>«»"“”]+/gu,
  /\bwww\.[^\s<>«»"“”]+/gu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // @handles and #hashtags: Apertium's unknown-word marks are @ and #, so these must not reach the cleanup.
  /(?<![\p{L}\p{N}_&])[@#][\p{L}\p{N}_]+/gu,
];

const NUMERIC_DATE = /(?<![\p{L}\p{N}])(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?![\p{L}\p{N}])/gu;
// « 1er mars »: the ordinal day, which the number pattern leaves alone because it is glued to letters.
const MONTH_NAMES = [...new Set([...FRENCH_MONTHS, ...FRENCH_MONTHS.map(foldAccents)])].join('|');
const FIRST_OF_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])1(?:er|re)(?=[ \\u00A0\\u202F]+(?:${MONTH_NAMES})(?![\\p{L}]))`, 'giu');

const SUBJECT_PRONOUNS: Readonly<Record<string, string>> = { nous: 'we', vous: 'you', ils: 'they', elles: 'they' };
// A subject pronoun opens a clause: text start, punctuation, a conjunction, or an elided « qu' ». After a
// noun or another pronoun (« il nous a dit ») it is an object and stays with Apertium.
const SUBJECT_PRONOUN = /(?<=^\s*|[.!?,;:«“"(]\s*|(?<![\p{L}])(?:et|mais|ou|que|quand|si|car|donc|où|comme|lorsque|puisque|alors|puis)\s+|(?<![\p{L}])(?:qu|lorsqu|puisqu)['’])(nous|vous|ils|elles)(?=[\s\u00A0])/giu;

function pronounSpans(text: string): Span[] {
  return [...text.matchAll(SUBJECT_PRONOUN)].map((m) => {
    const english = SUBJECT_PRONOUNS[m[0].toLowerCase()] ?? m[0];
    const capitalised = /^\p{Lu}/u.test(m[0]) ? english[0]!.toUpperCase() + english.slice(1) : english;
    return { start: m.index, end: m.index + m[0].length, kind: 'pronoun' as const, english: capitalised };
  });
}

/**
 * « a-t-il précisé » → « il a précisé », « dit-elle » → « elle dit »: Apertium mangles inverted subjects
 * (« a-t-il précisé » came out "haprecisado"); the plain order translates.
 */
export function uninvertSubjects(text: string): string {
  return text.replace(/(?<![\p{L}-])(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)(?![\p{L}-])/gu, '$2 $1');
}

function linkSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of LINK_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      // A sentence's final period or comma is not part of the link.
      const raw = match[0].replace(/[.,;:!?)\]]+$/u, '');
      spans.push({ start: match.index, end: match.index + raw.length, kind: 'link', english: raw });
    }
  }
  return spans;
}

function candidateSpans(text: string, glossary: Glossary): Span[][] {
  return [
    linkSpans(text),
    glossary.find(text).map((m) => ({ start: m.start, end: m.end, kind: 'term' as const, english: m.english })),
    pronounSpans(text),
    [...text.matchAll(NUMERIC_DATE)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'date' as const, english: m[0] })),
    [...text.matchAll(FIRST_OF_MONTH)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'date' as const, english: '1' })),
    findFrenchNumbers(text).map((m) => ({ start: m.start, end: m.end, kind: 'number' as const, english: formatEnglishNumber(m) })),
    findNamedEntities(text).map((m) => ({ start: m.start, end: m.end, kind: 'entity' as const, english: m.text })),
  ];
}

/** Replaces what Apertium must not translate with placeholder tokens. Earlier kinds win where spans overlap. */
export function shieldForApertium(french: string, glossary: Glossary = FRENCH_ENGLISH_GLOSSARY): ShieldedText {
  const text = uninvertSubjects(french);
  const accepted: Span[] = [];
  for (const group of candidateSpans(text, glossary)) {
    for (const span of group) {
      if (span.end > span.start && !accepted.some((other) => span.start < other.end && other.start < span.end)) {
        accepted.push(span);
      }
    }
  }
  accepted.sort((a, b) => a.start - b.start);

  const placeholders: Placeholder[] = [];
  let letterIndex = 0;
  let numberIndex = 0;
  const nextToken = (kind: PlaceholderKind): string => {
    for (;;) {
      const token = kind === 'number' || kind === 'date' ? String(900001 + numberIndex++) : `XQZ${++letterIndex}`;
      if (!text.includes(token)) return token;
    }
  };

  let out = '';
  let cursor = 0;
  for (const span of accepted) {
    const token = nextToken(span.kind);
    placeholders.push({ token, kind: span.kind, source: text.slice(span.start, span.end), english: span.english });
    // A token glued to a letter would merge with it (« fait preuve d'un » → "XQZ3un"): keep it a separate word.
    const before = /[\p{L}\p{N}]$/u.test(text.slice(0, span.start)) ? ' ' : '';
    const after = /^[\p{L}\p{N}]/u.test(text.slice(span.end)) ? ' ' : '';
    out += text.slice(cursor, span.start) + before + token + after;
    cursor = span.end;
  }
  return { text: out + text.slice(cursor), placeholders };
}

/** Puts the English form of each placeholder back; reports those Apertium dropped. */
export function restorePlaceholders(output: string, placeholders: readonly Placeholder[]): { text: string; lost: Placeholder[] } {
  if (placeholders.length === 0) return { text: output, lost: [] };
  const byToken = new Map(placeholders.map((p) => [p.token, p]));
  const tokens = [...byToken.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${tokens.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const seen = new Set<string>();
  const text = output.replace(pattern, (token) => {
    seen.add(token);
    return byToken.get(token)?.english ?? token;
  });
  return { text, lost: placeholders.filter((p) => !seen.has(p.token)) };
}
