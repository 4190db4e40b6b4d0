// Is another text the same statement as a claim, and if so, does it agree? Pure: texts and speakers in,
// a relation out. Similarity is computed over stemmed content-word sets (normalize.ts) with figures left out,
// so « deux garde-fous » and « trois garde-fous » are one statement whose figures conflict.

import { conflictingFigures, extractFigures, type Figure, type FigureConflict } from './figures.js';
import { stemSet } from './normalize.js';

export type Relation = 'corroborated' | 'conflicting-attribution' | 'conflicting-figures';
export const RELATIONS: readonly Relation[] = ['corroborated', 'conflicting-attribution', 'conflicting-figures'];

/**
 * Thresholds, chosen on the principle that a false « corroborated » or « conflicting » costs a reviewer more
 * than a missed one:
 * - two claims are the same statement when their stem sets have a Jaccard index ≥ 0.6 (a verbatim repeat is
 *   1.0; a light rewording of a 10-word quote keeps ≥ 0.6), or when the shorter one (≥ 5 stems) is at least
 *   90 % inside the longer (a quoted fragment of a longer quote);
 * - a claim and another document's sentence make the same statement when ≥ 60 % of the claim's stems are in
 *   the sentence (a sentence carries more than the claim, so Jaccard would punish it for its context);
 * - fewer than 3 stems is too little to call anything the same statement (« à toutes fins légales »).
 */
export const SAME_STATEMENT_JACCARD = 0.6;
export const FRAGMENT_CONTAINMENT = 0.9;
export const FRAGMENT_MIN_STEMS = 5;
export const PASSAGE_CONTAINMENT = 0.6;
export const MIN_STEMS = 3;

export interface StatementProfile {
  stems: Set<string>;
  figures: Figure[];
}

export function profile(text: string): StatementProfile {
  return { stems: stemSet(text), figures: extractFigures(text) };
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The share of `part`'s stems that are in `whole`. */
export function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const s of part) if (whole.has(s)) shared++;
  return shared / part.size;
}

export interface ClaimSide {
  profile: StatementProfile;
  /** Canonical speaker id, or null for the article's own assertion or an unresolved speaker. */
  speakerId: number | null;
}

export interface Comparison {
  relation: Relation;
  /** Jaccard index of the two stem sets, rounded to 2 decimals. */
  similarity: number;
  figures: FigureConflict[];
}

/** The same statement as two claims of different documents, or null when they are not one statement. */
export function compareClaims(here: ClaimSide, there: ClaimSide): Comparison | null {
  const a = here.profile.stems;
  const b = there.profile.stems;
  if (a.size < MIN_STEMS || b.size < MIN_STEMS) return null;
  const similarity = jaccard(a, b);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const fragment = small.size >= FRAGMENT_MIN_STEMS && containment(small, large) >= FRAGMENT_CONTAINMENT;
  if (similarity < SAME_STATEMENT_JACCARD && !fragment) return null;
  const rounded = Math.round(similarity * 100) / 100;
  // Different figures make the statements disagree whoever said them.
  const figures = conflictingFigures(here.profile.figures, there.profile.figures);
  if (figures.length > 0) return { relation: 'conflicting-figures', similarity: rounded, figures };
  if (here.speakerId !== null && there.speakerId !== null) {
    return { relation: here.speakerId === there.speakerId ? 'corroborated' : 'conflicting-attribution', similarity: rounded, figures: [] };
  }
  // Two articles asserting the same thing on their own account corroborate each other; an article asserting
  // what another attributes to someone says nothing about who said it.
  if (here.speakerId === null && there.speakerId === null) return { relation: 'corroborated', similarity: rounded, figures: [] };
  return null;
}

/**
 * A conflict of figures between a claim and a sentence of another document (which need not be a claim itself),
 * or null. Only figures are compared: a sentence is not attributed, so it cannot corroborate a speaker.
 */
export function compareWithPassage(claim: StatementProfile, passage: StatementProfile): Comparison | null {
  if (claim.stems.size < MIN_STEMS || containment(claim.stems, passage.stems) < PASSAGE_CONTAINMENT) return null;
  const figures = conflictingFigures(claim.figures, passage.figures);
  if (figures.length === 0) return null;
  return { relation: 'conflicting-figures', similarity: Math.round(containment(claim.stems, passage.stems) * 100) / 100, figures };
}
