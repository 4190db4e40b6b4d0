// Evidence retrieval, the pure half: the FTS5 query for a claim and the choice among retrieved passages. The
// query is built from the claim's content words only, each one a quoted FTS5 string, so nothing the claim
// says can become query syntax (same quoting rule as src/store/fts.ts, but any word may match: bm25 ranks
// passages that share more, and rarer, words first).

import { containment, type StatementProfile } from './corroborate.js';
import { contentWords } from './normalize.js';

/** A claim below this check-worthiness gets no evidence search: the base score is 0.15, so 0.25 needs at
 * least two concrete features (a name, a fact word; a figure alone is worth more). See checkworthiness.ts. */
export const CHECK_WORTHY = 0.25;
/** Evidence candidates kept per claim. */
export const EVIDENCE_PER_CLAIM = 3;
/** A passage must share this share of the claim's stems, and at least two of them, to count as evidence. */
export const EVIDENCE_MIN_CONTAINMENT = 0.3;
export const EVIDENCE_MIN_SHARED = 2;
/** Bounds the query: a long assertion does not need all its words to find its passages. */
const MAX_QUERY_WORDS = 10;
/** Below this length a stem prefix matches too much (« co* »). */
const MIN_PREFIX = 4;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * An FTS5 expression matching passages that share any content word with `text`: each folded word as a quoted
 * string, and its stem as a quoted prefix (« "deploi"* » finds « déploiement »). Null when there is no word.
 */
export function anyWordQuery(text: string): string | null {
  // The longest words are the rarest and most telling: keep those, so a long claim does not turn into
  // a query that matches half the archive (the cost of an OR query grows with the rows it matches).
  const words = contentWords(text)
    .filter((w, i, all) => all.findIndex((o) => o.stem === w.stem) === i)
    .sort((a, b) => b.folded.length - a.folded.length)
    .slice(0, MAX_QUERY_WORDS);
  const terms = new Set<string>();
  for (const word of words) {
    for (const piece of word.folded.match(/[\p{L}\p{N}]+/gu) ?? []) terms.add(quote(piece));
    const stem = word.stem.match(/[\p{L}\p{N}]+/gu)?.[0];
    if (stem && stem.length >= MIN_PREFIX) terms.add(`${quote(stem)}*`);
  }
  return terms.size > 0 ? [...terms].join(' OR ') : null;
}

export interface Passage {
  id: number;
  documentId: string;
  start: number;
  end: number;
  text: string;
  /** -bm25: higher is better. */
  score: number;
}

/** The best passages that really share the claim's content, at most `limit`, best first. */
export function selectEvidence(claim: StatementProfile, passages: readonly { passage: Passage; profile: StatementProfile }[], limit = EVIDENCE_PER_CLAIM): Passage[] {
  return passages
    .filter(({ profile }) => {
      const share = containment(claim.stems, profile.stems);
      return share >= EVIDENCE_MIN_CONTAINMENT && Math.round(share * claim.stems.size) >= EVIDENCE_MIN_SHARED;
    })
    .sort((a, b) => b.passage.score - a.passage.score || a.passage.documentId.localeCompare(b.passage.documentId) || a.passage.start - b.passage.start)
    .slice(0, limit)
    .map(({ passage }) => passage);
}
