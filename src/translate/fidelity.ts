// A mechanical check that a translation kept what a fact-checker relies on: numbers and percentages, dates,
// names, and negation. It runs on every translation whatever the engine and returns issue strings (empty
// when nothing is missing). It cannot judge meaning; it catches the losses that are easy to miss when
// reading fast, such as a dropped "not" or a percentage that became a plain number.

import { findNamedEntities, type EntityMention } from './entities.js';
import { FRENCH_ENGLISH_GLOSSARY, type Glossary } from './glossary.js';
import {
  findEnglishDates,
  findEnglishNumbers,
  findFrenchDates,
  findFrenchNumbers,
  foldAccents,
  type DateMention,
  type NumberMention,
} from './numbers.js';

// Place and institution names whose English form shares too little with the French for the prefix rule below.
const ENGLISH_NAMES: Readonly<Record<string, readonly string[]>> = {
  allemagne: ['germany', 'german'],
  angleterre: ['england', 'english'],
  autriche: ['austria'],
  belgique: ['belgium'],
  bruxelles: ['brussels'],
  chine: ['china', 'chinese'],
  espagne: ['spain', 'spanish'],
  grece: ['greece', 'greek'],
  hongrie: ['hungary'],
  inde: ['india', 'indian'],
  irlande: ['ireland', 'irish'],
  italie: ['italy', 'italian'],
  japon: ['japan', 'japanese'],
  londres: ['london'],
  maroc: ['morocco'],
  mexique: ['mexico'],
  moscou: ['moscow'],
  pekin: ['beijing'],
  pologne: ['poland', 'polish'],
  suede: ['sweden', 'swedish'],
  suisse: ['switzerland', 'swiss'],
  'etats-unis': ['united states', 'us', 'u.s.', 'usa', 'america'],
  'royaume-uni': ['united kingdom', 'uk', 'britain'],
  'pays-bas': ['netherlands', 'dutch'],
  'maison-blanche': ['white house'],
  ue: ['eu', 'european union'],
  onu: ['un', 'united nations'],
  otan: ['nato'],
  ia: ['ai'],
};

const NAME_PARTICLES = new Set(['de', 'du', 'd', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'del', 'da', 'di']);

// French negation: « ne/n' » with its partner, or words that negate on their own. « ne … que » (only) and
// « n'importe » (any) are not negations.
const FRENCH_NEGATION_PARTNER = /(?<![\p{L}])(?:pas|jamais|plus|rien|personne|aucune?|nulle?|gu[èe]re|point|ni)(?![\p{L}])/iu;
const FRENCH_NE = /(?<![\p{L}])(?:ne(?![\p{L}])|n['’](?!importe))/iu;
const FRENCH_STANDALONE_NEGATION = /(?<![\p{L}])(?:sans|non|aucune?|jamais|rien)(?![\p{L}])/iu;
const ENGLISH_NEGATION =
  /(?<![\p{L}])(?:not|never|no|none|nothing|nobody|no one|neither|nor|without|cannot|non)(?![\p{L}])|n['’]t(?![\p{L}])|(?<![\p{L}])non-/iu;

export function hasFrenchNegation(text: string): boolean {
  if (FRENCH_STANDALONE_NEGATION.test(text)) return true;
  const ne = FRENCH_NE.exec(text);
  return ne !== null && FRENCH_NEGATION_PARTNER.test(text.slice(ne.index));
}

export function hasEnglishNegation(text: string): boolean {
  return ENGLISH_NEGATION.test(text);
}

function outside<T extends { start: number; end: number }>(items: T[], spans: readonly { start: number; end: number }[]): T[] {
  return items.filter((item) => !spans.some((span) => item.start >= span.start && item.end <= span.end));
}

function sameNumber(fr: NumberMention, en: NumberMention): boolean {
  return fr.value === en.value && fr.percent === en.percent;
}

function sameDate(fr: DateMention, en: DateMention): boolean {
  return fr.month === en.month && (fr.day === null || fr.day === en.day) && (fr.year === null || fr.year === en.year);
}

function englishWords(text: string): string[] {
  return (foldAccents(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/** A French name word is present when the English has it, or a word sharing its start (Pentagone/Pentagon). */
function nameWordPresent(word: string, english: string[]): boolean {
  const folded = foldAccents(word).toLowerCase();
  return english.some((candidate) => {
    if (candidate === folded) return true;
    const needed = Math.min(5, folded.length - 1, candidate.length - 1);
    return needed >= 3 && commonPrefixLength(candidate, folded) >= needed;
  });
}

function entityPresent(entity: EntityMention, english: string, englishTokens: string[]): boolean {
  const known = ENGLISH_NAMES[foldAccents(entity.text).toLowerCase()];
  if (known?.some((name) => new RegExp(`(?<![\\p{L}])${name.replace(/\./g, '\\.')}(?![\\p{L}])`, 'iu').test(english))) return true;
  const parts = entity.text.split(/[\s\u00A0\u202F'’]+/).filter((part) => part && !NAME_PARTICLES.has(part.toLowerCase()));
  return parts.every((part) => nameWordPresent(part, englishTokens));
}

export interface FidelityOptions {
  /** French terms whose English rendering is fixed; a name inside one is satisfied by that rendering. */
  glossary?: Glossary | undefined;
}

/** Issue strings such as 'number missing: 3,5 %', 'date missing: 28 février 2026', 'negation lost'. */
export function checkFidelity(fr: string, en: string, options: FidelityOptions = {}): string[] {
  const glossary = options.glossary ?? FRENCH_ENGLISH_GLOSSARY;
  const issues: string[] = [];

  const frDates = findFrenchDates(fr);
  const enDates = findEnglishDates(en);
  for (const date of frDates) {
    if (!enDates.some((candidate) => sameDate(date, candidate))) issues.push(`date missing: ${date.raw}`);
  }

  // Numbers inside dates were checked with the date.
  const frNumbers = outside(findFrenchNumbers(fr), frDates);
  const enNumbers = outside(findEnglishNumbers(en), enDates);
  for (const number of frNumbers) {
    if (!enNumbers.some((candidate) => sameNumber(number, candidate))) issues.push(`number missing: ${number.raw}`);
  }
  for (const number of enNumbers) {
    if (!frNumbers.some((candidate) => sameNumber(candidate, number))) issues.push(`number added: ${number.raw}`);
  }

  // A glossary term rendered as the glossary says covers the names inside it (« département de la Guerre »
  // → "Department of War": « Guerre » is not expected to appear).
  const englishLower = en.toLowerCase();
  const rendered = glossary.find(fr).filter((term) => englishLower.includes(term.english.toLowerCase()));
  const englishTokens = englishWords(en);
  const reported = new Set<string>();
  for (const entity of outside(findNamedEntities(fr, { includeSingleWords: true }), rendered)) {
    if (reported.has(entity.text) || entityPresent(entity, en, englishTokens)) continue;
    reported.add(entity.text);
    issues.push(`name missing: ${entity.text}`);
  }

  const frNegated = hasFrenchNegation(fr);
  const enNegated = hasEnglishNegation(en);
  if (frNegated && !enNegated) issues.push('negation lost');
  if (!frNegated && enNegated) issues.push('negation added');

  return issues;
}
