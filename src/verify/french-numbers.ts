// French numbers as written in news: digits with French separators (« 1 000 », « 3,5 ») and number words
// (« deux », « vingt-trois », « quatre-vingt-dix », « deux cents », « deux milliards »). Values only; where a
// figure sits in a sentence is figures.ts's job.

const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7],
  ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15],
  ['seize', 16], ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  // Belgian and Swiss forms.
  ['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90],
]);

/** Words that scale what precedes them (« deux milliards », « 3,5 millions »). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['mille', 1e3], ['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9],
]);

/** A folded word that is (part of) a number: « deux », « vingt-trois », « cents », « milliards ». */
export function isNumberWord(folded: string): boolean {
  return folded.split('-').every((part) => UNITS.has(part) || part === 'cent' || part === 'cents' || part === 'et' || MULTIPLIERS.has(part)) &&
    !/^(et|-)*$/.test(folded);
}

/**
 * The value of a sequence of folded number words (hyphenated parts split), or null when it is not one.
 * « quatre-vingt-dix » → 90, « deux cents » → 200, « vingt et un » → 21, « deux milliards » → 2e9.
 */
export function numberWordsValue(words: string[]): number | null {
  const parts = words.flatMap((w) => w.split('-')).filter((p) => p !== 'et');
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    const unit = UNITS.get(part);
    if (part.startsWith('vingt') && current % 100 === 4) current += 76; // quatre-vingt(s) = 80
    else if (unit !== undefined) current += unit;
    else if (part === 'cent' || part === 'cents') current = (current || 1) * 100;
    else if (MULTIPLIERS.has(part)) {
      total += (current || 1) * MULTIPLIERS.get(part)!;
      current = 0;
    } else return null;
  }
  return total + current;
}

/**
 * The value of a digit token as the tokenizer cuts them: « 1 000 » (space, no-break or narrow no-break space),
 * « 3,5 » (decimal comma), « 1.000 » (dot before groups of three: thousands), « 10.5 ». Dates and ranges
 * (« 2026-02-28 ») are not one number: null.
 */
export function digitsValue(token: string): number | null {
  const compact = token.replace(/[\s\u00A0\u202F]/g, '');
  if (compact.includes('-')) return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ''));
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
