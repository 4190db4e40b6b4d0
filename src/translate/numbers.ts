// Numbers, percentages and dates as written in French and in English, with the offsets where they occur.
// Shared by the Apertium shield (which rewrites French numbers the English way) and the fidelity check
// (which looks for each French number and date on the English side).

import { MONTHS } from '../lang/fr.js';

export interface NumberMention {
  start: number;
  end: number;
  raw: string;
  /** Canonical decimal value: '3.5', '1000'. */
  value: string;
  percent: boolean;
  /** Written with thousands separators ('1 000'), so the English form groups too ('1,000'). */
  grouped: boolean;
}

export interface DateMention {
  start: number;
  end: number;
  raw: string;
  day: number | null;
  /** 1–12 */
  month: number;
  year: number | null;
}

const THIN_SPACES = ' \u00A0\u202F\u2009';

// A French number: digits with optional space-grouped thousands, optional decimal comma, optional percent.
// Not glued to letters on either side ('A320', '1er', '10e' are not numbers here) nor part of a longer number.
const FRENCH_NUMBER =
  /(?<![\p{L}\p{N},.])(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:,(\d+))?(?:[ \u00A0\u202F\u2009]?(%|pour[ \u00A0]?cent\b))?(?![\p{L}\p{N}])/gu;

// An English number: comma-grouped thousands, decimal point, optional percent; ordinals ('28th') count too.
const ENGLISH_NUMBER =
  /(?<![\p{L}\p{N},.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(%|percent\b|per[ ]cent\b)|(?:st|nd|rd|th)\b)?(?![\p{L}\p{N}])/gu;

function canonical(integer: string, fraction: string | undefined): string {
  const digits = integer.replace(/[^\d]/g, '');
  const text = fraction ? `${digits}.${fraction}` : digits;
  const value = Number(text);
  return Number.isFinite(value) ? String(value) : text;
}

function findNumbers(text: string, pattern: RegExp, groupSeparator: RegExp): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const integer = match[1] ?? '';
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      raw: match[0],
      value: canonical(integer, match[2]),
      percent: match[3] !== undefined,
      grouped: groupSeparator.test(integer),
    });
  }
  return found;
}

export function findFrenchNumbers(text: string): NumberMention[] {
  return findNumbers(text, FRENCH_NUMBER, new RegExp(`[${THIN_SPACES}]`));
}

export function findEnglishNumbers(text: string): NumberMention[] {
  return findNumbers(text, ENGLISH_NUMBER, /,/);
}

/** The English spelling of a number found in French: '3,5 %' → '3.5%', '1 000' → '1,000', '2026' → '2026'. */
export function formatEnglishNumber(mention: Pick<NumberMention, 'value' | 'percent' | 'grouped'>): string {
  const [integer = '', fraction] = mention.value.split('.');
  const grouped = mention.grouped ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : integer;
  return `${grouped}${fraction ? `.${fraction}` : ''}${mention.percent ? '%' : ''}`;
}

/** The French month names are language data of the rules (src/lang/fr.ts); dates are read with the same list. */
export const FRENCH_MONTHS = MONTHS;

export const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const FRENCH_MONTH_PATTERN = `(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)`;
const ENGLISH_MONTH_PATTERN =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

// « 28 février 2026 », « 1er mars », « février 2026 » (a bare month name is not a date: « mars » is also Mars).
const FRENCH_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2}|1er|1re)[${THIN_SPACES}]+${FRENCH_MONTH_PATTERN}(?:[${THIN_SPACES}]+(\\d{4}))?|${FRENCH_MONTH_PATTERN}[${THIN_SPACES}]+(\\d{4}))(?![\\p{L}\\p{N}])`,
  'giu',
);

const ENGLISH_DATES = [
  // 28 February 2026, 28th of February
  { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${ENGLISH_MONTH_PATTERN}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, 'gu'), day: 1, month: 2, year: 3 },
  // February 28, 2026
  { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${ENGLISH_MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, 'gu'), day: 2, month: 1, year: 3 },
  // February 2026
  { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${ENGLISH_MONTH_PATTERN}\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'gu'), day: 0, month: 1, year: 2 },
];

// 2026-02-28, and 28/02/2026 (day first in French; in English either order is accepted when matching).
const NUMERIC_DATE = /(?<![\p{L}\p{N}])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4}))(?![\p{L}\p{N}])/gu;

function monthIndex(name: string, months: readonly string[]): number {
  const folded = foldAccents(name).toLowerCase().replace(/\.$/, '');
  return months.findIndex((month) => foldAccents(month).toLowerCase().startsWith(folded.slice(0, 3))) + 1;
}

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Numeric dates; `dayFirst` false also accepts month-first readings (02/28/2026), as English text may use either. */
function numericDates(text: string, dayFirst: boolean): DateMention[] {
  const found: DateMention[] = [];
  const valid = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const span = { start: match.index, end: match.index + match[0].length, raw: match[0] };
    if (match[1]) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (valid(day, month)) found.push({ ...span, day, month, year });
      continue;
    }
    const [first, second, year] = [Number(match[4]), Number(match[5]), Number(match[6])];
    if (valid(first, second)) found.push({ ...span, day: first, month: second, year });
    if (!dayFirst && first !== second && valid(second, first)) found.push({ ...span, day: second, month: first, year });
  }
  return found;
}

export function findFrenchDates(text: string): DateMention[] {
  const found = numericDates(text, true);
  for (const match of text.matchAll(FRENCH_DATE)) {
    const dayText = match[1];
    const monthName = match[2] ?? match[4] ?? '';
    const yearText = match[3] ?? match[5];
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      raw: match[0],
      day: dayText ? Number.parseInt(dayText, 10) : null,
      month: monthIndex(monthName, FRENCH_MONTHS),
      year: yearText ? Number(yearText) : null,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findEnglishDates(text: string): DateMention[] {
  const found = numericDates(text, false);
  for (const { pattern, day, month, year } of ENGLISH_DATES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      const dayText = day ? match[day] : undefined;
      const yearText = match[year];
      found.push({
        start,
        end,
        raw: match[0],
        day: dayText ? Number(dayText) : null,
        month: monthIndex(match[month] ?? '', ENGLISH_MONTHS),
        year: yearText ? Number(yearText) : null,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
