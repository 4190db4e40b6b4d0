// Language detection on a bounded sample: franc's cost grows with the text, and a few
// kilobytes from the body decide as well as the whole article.

import { francAll } from 'franc';

const SAMPLE_CHARS = 3000;
const CANDIDATES = ['fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld'];
/**
 * On a short text the trigram scores of close Romance languages are near each other
 * (« Selon Paul Martin, … » scores Italian 1.0, French 0.95): a language this close to the
 * best counts as detected.
 */
const NEAR_BEST = 0.9;

export interface LanguageGuess {
  /** The best guess, ISO 639-3 ('und' when the text is too short to tell). */
  best: string;
  /** Every language whose score is within NEAR_BEST of the best. */
  plausible: string[];
}

export function detectLanguage(text: string, from = 0): LanguageGuess {
  const body = text.slice(from);
  const sample = body.length <= SAMPLE_CHARS ? body : body.slice(0, SAMPLE_CHARS / 2) + ' ' + body.slice(body.length - SAMPLE_CHARS / 2);
  const scores = francAll(sample, { minLength: 20, only: CANDIDATES });
  const best = scores[0]?.[0] ?? 'und';
  return { best, plausible: scores.filter(([, score]) => score >= NEAR_BEST).map(([lang]) => lang) };
}

/** The accepted language the text is written in, or null when it is plainly another language. */
export function acceptedLanguage(guess: LanguageGuess, accepted: string[]): string | null {
  if (guess.best === 'und') return accepted[0] ?? null; // too short to tell: let extraction decide
  return accepted.find((lang) => guess.plausible.includes(lang)) ?? null;
}
