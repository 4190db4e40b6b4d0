// Language detection on a bounded sample of the body: franc's cost grows with the text, and a
// thousand characters decide as well as the whole article. Most news is plainly French: a
// count of French function words settles that before franc is asked at all.

import { francAll } from 'franc';
import { ENGLISH_FUNCTION_WORDS, FRENCH_FUNCTION_WORDS } from '../lang/fr.js';

const SAMPLE_CHARS = 1000;
const CANDIDATES = ['fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld'];
/**
 * On a short text the trigram scores of close Romance languages are near each other
 * (« Selon Paul Martin, … » scores Italian 1.0, French 0.95): a language this close to the
 * best counts as detected.
 */
const NEAR_BEST = 0.9;
/** Share of French function words above which a sample is French without asking franc. */
const PLAINLY_FRENCH = 0.25;
const MIN_WORDS_FOR_SHORTCUT = 40;

export interface LanguageGuess {
  /** The best guess, ISO 639-3 ('und' when the text is too short to tell). */
  best: string;
  /** Every language whose score is within NEAR_BEST of the best. */
  plausible: string[];
}

function sampleOf(text: string, from: number): string {
  const body = text.slice(from, from + SAMPLE_CHARS * 3);
  return body.length <= SAMPLE_CHARS ? body : body.slice(0, SAMPLE_CHARS);
}

function plainlyFrench(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < MIN_WORDS_FOR_SHORTCUT) return false;
  let french = 0;
  let english = 0;
  for (const w of words) {
    if (FRENCH_FUNCTION_WORDS.has(w)) french++;
    else if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
  }
  return french / words.length >= PLAINLY_FRENCH && english < french / 10;
}

export function detectLanguage(text: string, from = 0): LanguageGuess {
  const sample = sampleOf(text, from);
  if (plainlyFrench(sample)) return { best: 'fra', plausible: ['fra'] };
  const scores = francAll(sample, { minLength: 20, only: CANDIDATES });
  const best = scores[0]?.[0] ?? 'und';
  return { best, plausible: scores.filter(([, score]) => score >= NEAR_BEST).map(([lang]) => lang) };
}

/** The accepted language the text is written in, or null when it is plainly another language. */
export function acceptedLanguage(guess: LanguageGuess, accepted: string[]): string | null {
  if (guess.best === 'und') return accepted[0] ?? null; // too short to tell: let extraction decide
  return accepted.find((lang) => guess.plausible.includes(lang)) ?? null;
}
