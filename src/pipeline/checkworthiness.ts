// A transparent check-worthiness score in [0, 1]: figures, dates, named entities and
// factual vocabulary raise it; opinion, questions and scene-setting lower it. Used to rank
// assertions and quotes for review, not to decide truth.

import { FACT_MARKERS, MONTH_SET, NOT_NAMES, NUMBER_WORDS, OPINION_MARKERS } from '../lang/fr.js';
import { tokenize, type Token } from './tokenize.js';

const CURRENCY = /[€$£]|\b(euros?|dollars?|livres?)\b/i;
const PERCENT = /\d\s*%|\bpour\s?cent\b/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

export function checkWorthiness(text: string): number {
  return checkWorthinessOfTokens(text, tokenize(text));
}

/** The same score from tokens already made (the sentence's own, or the slice of them a claim covers). */
export function checkWorthinessOfTokens(text: string, tokens: readonly Token[]): number {
  const words = tokens.filter((t) => t.kind !== 'punct');
  if (words.length === 0) return 0;
  let score = 0.15;
  const numbers = tokens.filter((t) => t.kind === 'number' || NUMBER_WORDS.has(t.lower)).length;
  if (numbers > 0) score += 0.25 + Math.min(0.1, 0.05 * (numbers - 1));
  if (PERCENT.test(text)) score += 0.15;
  if (CURRENCY.test(text)) score += 0.1;
  if (YEAR.test(text) || tokens.some((t) => MONTH_SET.has(t.lower))) score += 0.1;
  const names = tokens.filter((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.lower)).length;
  score += Math.min(0.2, 0.07 * names);
  const facts = tokens.filter((t) => FACT_MARKERS.has(t.lower)).length;
  score += Math.min(0.2, 0.07 * facts);
  const opinions = tokens.filter((t) => OPINION_MARKERS.has(t.lower)).length;
  score -= Math.min(0.4, 0.2 * opinions);
  if (text.trim().endsWith('?')) score -= 0.3;
  if (words.length < 6) score -= 0.2;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
