// Paragraphs, headings and sentences with offsets. A sentence never ends inside a pair of
// quotation marks, so a quote of several sentences stays in the sentence of its cue.

import { ABBREVIATIONS, SENTENCE_OPENING_WORDS } from '../lang/fr.js';
import type { Paragraph, Segmentation, Sentence, Span } from '../core/types.js';
import { findQuotePairs, topLevelQuotes, type QuotePair } from './quotes.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const TERMINAL_OR_QUOTE = /[.!?…]/g;
const CLOSING_MARKS = new Set(['»', '”', '"', '›', ')']);
const OPENING_MARKS = new Set(['«', '“', '"', '‹', '(', '—', '–', '-']);

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Paragraphs are blocks separated by blank lines; when a document has no blank line at all,
 * each line is a paragraph (one paragraph per line is the common archive format).
 */
export function splitParagraphs(text: string, from = 0): Paragraph[] {
  const body = text.slice(from);
  const blankLineSeparated = /\n[ \t\r\u00A0]*\n/.test(body);
  const separator = blankLineSeparated ? /\n[ \t\r\u00A0]*\n[\s]*/g : /\n/g;
  const paragraphs: Paragraph[] = [];
  let cursor = from;
  const push = (start: number, end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) {
      paragraphs.push({ ...span, index: paragraphs.length, heading: isHeading(text.slice(span.start, span.end)) });
    }
  };
  for (const match of body.matchAll(separator)) {
    const at = from + match.index!;
    push(cursor, at);
    cursor = at + match[0].length;
  }
  push(cursor, text.length);
  return paragraphs;
}

function isHeading(paragraph: string): boolean {
  const last = paragraph[paragraph.length - 1]!;
  if (TERMINAL.has(last) || CLOSING_MARKS.has(last) || last === ':' || last === ',') return false;
  return paragraph.split(/\s+/).length <= 20;
}

function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && /[\p{L}\-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function nextNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(text[i]!)) i++;
  return i;
}

/** Whether the character at `at` can open a sentence: a capital, a digit, an opening mark or a live blog's emoji (« 💬 Dimanche, … »). */
function startsSentence(text: string, at: number): boolean {
  const cp = text.codePointAt(at);
  if (cp === undefined) return false;
  const ch = String.fromCodePoint(cp);
  return /\p{Lu}|\d|\p{Extended_Pictographic}/u.test(ch) || OPENING_MARKS.has(ch);
}

/** Splits one paragraph into sentences, never inside a top-level quote. */
function splitSentences(text: string, para: Paragraph, quotes: QuotePair[]): Span[] {
  const spans: Span[] = [];
  let sentenceStart = para.start;
  let q = 0;
  for (let i = para.start; i < para.end; i++) {
    while (q < quotes.length && quotes[q]!.close < i) q++;
    const quote = quotes[q];
    if (quote && quote.open <= i && i <= quote.close) {
      // Inside a quote: jump to its end; a sentence may end right after the closing mark
      // when the quote itself ended with terminal punctuation (« … possible. » Il a …).
      const closeAt = Math.min(quote.close, para.end - 1);
      const innerLast = text[quote.end - 1];
      i = closeAt;
      // (« … aux toilettes 😔" Le message de Karima … »: a post's closing emoji ends its sentence too.)
      const emojiLast = /\p{Extended_Pictographic}\uFE0F?\s*$/u.test(text.slice(Math.max(quote.start, quote.end - 4), quote.end));
      if (innerLast && (TERMINAL.has(innerLast) || emojiLast) && !quote.unclosed) {
        const after = nextNonSpace(text, closeAt + 1, para.end);
        if (after > closeAt + 1 && after < para.end && /\p{Lu}/u.test(text[after]!)) {
          spans.push(trimSpan(text, sentenceStart, closeAt + 1));
          sentenceStart = after;
        }
      }
      continue;
    }
    const ch = text[i]!;
    if (!TERMINAL.has(ch)) {
      // Jump to the next terminal mark or quote opening: most characters are neither.
      TERMINAL_OR_QUOTE.lastIndex = i + 1;
      const next = TERMINAL_OR_QUOTE.exec(text);
      const stop = Math.min(para.end, next === null ? para.end : next.index, quote && quote.open > i ? quote.open : para.end);
      i = stop - 1;
      continue;
    }
    let end = i + 1;
    while (end < para.end && (TERMINAL.has(text[end]!) || CLOSING_MARKS.has(text[end]!))) end++;
    const after = nextNonSpace(text, end, para.end);
    if (after === end || after >= para.end) continue;
    if (!startsSentence(text, after)) continue;
    if (ch === '.') {
      const word = wordBefore(text, i, para.start).toLowerCase();
      if (ABBREVIATIONS.has(word)) continue;
      // Initials (« J. K. Rowling ») are followed by a name; « sur X. « … » » is a sentence end.
      // (« une plainte contre X. Selon lui, … »: a word that opens sentences, not a name, ends one.)
      if (word.length === 1 && /\p{Lu}/u.test(wordBefore(text, i, para.start)) && /\p{Lu}/u.test(text[after]!) && !SENTENCE_OPENING_WORDS.has(wordAt(text, after, para.end).toLowerCase())) continue;
    }
    spans.push(trimSpan(text, sentenceStart, end));
    sentenceStart = after;
    i = after - 1;
  }
  spans.push(trimSpan(text, sentenceStart, para.end));
  return spans.filter((s) => s.end > s.start);
}

/**
 * « 12h40 - Le confinement prolongé⏎La préfecture annonce … »: inside a paragraph, a line that reads as a heading (no
 * closing punctuation, a few words, no quote running over the line break) is a sentence of its own, so its words do
 * not become the subject of the next line's first sentence.
 */
function headingLines(text: string, para: Paragraph, quotes: QuotePair[]): Paragraph[] {
  const pieces: Paragraph[] = [];
  let start = para.start;
  for (let nl = text.indexOf('\n', para.start); nl !== -1 && nl < para.end; nl = text.indexOf('\n', nl + 1)) {
    const line = text.slice(start, nl).trim();
    const crossed = quotes.some((q) => q.open < nl && q.close > nl);
    if (line.length > 0 && !crossed && isHeading(line) && startsSentence(text, nextNonSpace(text, nl, para.end))) {
      pieces.push({ ...para, start, end: nl });
      start = nextNonSpace(text, nl, para.end);
    }
  }
  if (pieces.length === 0) return [para];
  pieces.push({ ...para, start, end: para.end });
  return pieces;
}

/**
 * Index of the last span that starts at or before `offset`, in spans sorted by start (paragraphs, sentences):
 * a binary search, 0 when none does. The caller checks that the span really contains what it looks for.
 */
export function lastSpanStartingBy(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface SegmentedText extends Segmentation {
  /** All quote pairs (nested included), computed once and shared with the extractor. */
  quotePairs: QuotePair[];
}

export function segment(text: string, bodyStart: number): SegmentedText {
  const paragraphs = splitParagraphs(text, bodyStart);
  const quotePairs = findQuotePairs(text, paragraphs);
  const top = topLevelQuotes(quotePairs);
  const sentences: Sentence[] = [];
  let q = 0;
  for (const para of paragraphs) {
    while (q < top.length && top[q]!.open < para.start) q++;
    const inPara: QuotePair[] = [];
    for (let k = q; k < top.length && top[k]!.open < para.end; k++) inPara.push(top[k]!);
    for (const piece of headingLines(text, para, inPara)) {
      for (const span of splitSentences(text, piece, inPara)) {
        sentences.push({ ...span, index: sentences.length, paragraph: para.index });
      }
    }
  }
  return { paragraphs, sentences, quotePairs };
}

/** The word starting at `from` (letters and apostrophes), up to `end`. */
function wordAt(text: string, from: number, end: number): string {
  let to = from;
  while (to < end && /[\p{L}’']/u.test(text[to]!)) to++;
  return text.slice(from, to);
}
