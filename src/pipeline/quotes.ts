// Finds pairs of quotation marks in one pass with a stack, paragraph by paragraph.
// Unbalanced marks never swallow the rest of the document: a mark left open at the end of
// a paragraph is dropped unless the next paragraph reopens a quote (the French convention
// for a quote running over several paragraphs), in which case it runs to its paragraph end.

import { QUOTE_INNER_SPACES, QUOTE_PAIRS, SYMMETRIC_QUOTES } from '../lang/fr.js';
import type { Paragraph, QuoteSpan } from '../core/types.js';

const CLOSER_OF = new Map<string, string>();
const OPENERS_OF_CLOSER = new Map<string, string[]>();
for (const { open, close } of QUOTE_PAIRS) {
  CLOSER_OF.set(open, close);
  OPENERS_OF_CLOSER.set(close, [...(OPENERS_OF_CLOSER.get(close) ?? []), open]);
}
const SYMMETRIC = new Set(SYMMETRIC_QUOTES);
/** Every character that can be a quotation mark, as one regular expression: the engine skips plain text fast. */
const MARKS = new RegExp(`[${[...new Set([...CLOSER_OF.keys(), ...OPENERS_OF_CLOSER.keys(), ...SYMMETRIC])].join('')}]`, 'g');

interface Open {
  mark: string;
  at: number;
}

export interface QuotePair extends QuoteSpan {
  depth: number;
}

function innerSpan(text: string, open: number, close: number): { start: number; end: number } {
  let start = open + 1;
  let end = close;
  while (start < end && QUOTE_INNER_SPACES.has(text[start]!)) start++;
  while (end > start && (QUOTE_INNER_SPACES.has(text[end - 1]!) || text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { start, end };
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(text[i]!)) i++;
  return i;
}

function isOpeningMark(ch: string): boolean {
  return CLOSER_OF.has(ch) || SYMMETRIC.has(ch);
}

/** Every pair of marks, nested ones included, sorted by opening offset. */
export function findQuotePairs(text: string, paragraphs: Paragraph[]): QuotePair[] {
  const pairs: QuotePair[] = [];
  paragraphs.forEach((para, p) => {
    const stack: Open[] = [];
    MARKS.lastIndex = para.start;
    for (let found = MARKS.exec(text); found !== null && found.index < para.end; found = MARKS.exec(text)) {
      const i = found.index;
      const ch = found[0];
      if (SYMMETRIC.has(ch)) {
        const top = stack[stack.length - 1];
        if (top && top.mark === ch) {
          stack.pop();
          pairs.push({ ...innerSpan(text, top.at, i), open: top.at, close: i, unclosed: false, depth: stack.length });
        } else {
          stack.push({ mark: ch, at: i });
        }
        continue;
      }
      const openers = OPENERS_OF_CLOSER.get(ch);
      // “ is both the closer of „ and the opener of “ …”: prefer closing a pending „.
      if (openers && stack.some((o) => openers.includes(o.mark))) {
        while (stack.length > 0) {
          const top = stack.pop()!;
          if (openers.includes(top.mark)) {
            pairs.push({ ...innerSpan(text, top.at, i), open: top.at, close: i, unclosed: false, depth: stack.length });
            break;
          }
          // An inner mark left open inside a closed quote is stray: drop it.
        }
        continue;
      }
      if (CLOSER_OF.has(ch)) stack.push({ mark: ch, at: i });
      // A closer with no opener is stray: ignored.
    }
    const next = paragraphs[p + 1];
    const reopens = next !== undefined && isOpeningMark(text[firstNonSpace(text, next.start, next.end)] ?? '');
    const outer = stack[0];
    if (outer && reopens) {
      pairs.push({ ...innerSpan(text, outer.at, para.end), open: outer.at, close: para.end, unclosed: true, depth: 0 });
    }
  });
  pairs.sort((a, b) => a.open - b.open);
  return pairs;
}

/** The outermost pairs: the candidates for direct and mixed quotes. */
export function topLevelQuotes(pairs: QuotePair[]): QuotePair[] {
  const out: QuotePair[] = [];
  let coveredUntil = -1;
  for (const pair of pairs) {
    if (pair.open < coveredUntil) continue;
    out.push(pair);
    coveredUntil = pair.close;
  }
  return out;
}
