// The one place where the stages are composed. Pure: a document in, claims and messages out.
// Safe to run in a worker thread: it reads no file, environment or database.

import type { AnalyzedDocument, Claim, Message, Sentence, SourceDocument } from '../core/types.js';
import { claimId } from '../core/hash.js';
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from '../core/version.js';
import { attributeSpeakers } from './attribute.js';
import { checkWorthinessOfTokens } from './checkworthiness.js';
import { extractStatements } from './extract.js';
import { acceptedLanguage, detectLanguage } from './language.js';
import { lastSpanStartingBy, segment } from './segment.js';
import { topLevelQuotes } from './quotes.js';
import { tokenize, type Token } from './tokenize.js';

/** Assertions below this check-worthiness are scene-setting or opinion, not worth a claim row. */
export const ASSERTION_THRESHOLD = 0.45;

export interface AnalyzeOptions {
  /** Languages accepted; others yield an error message and no claims. */
  languages?: string[];
  assertions?: boolean;
}

export function analyzeDocument(doc: SourceDocument, options: AnalyzeOptions = {}): AnalyzedDocument {
  const messages: Message[] = [];
  const guess = detectLanguage(doc.text, doc.bodyStart);
  const accepted = options.languages ?? ['fra'];
  const seg = segment(doc.text, doc.bodyStart);
  const lang = acceptedLanguage(guess, accepted);
  if (lang === null) {
    messages.push({ severity: 'error', text: `not French: the language detected is ${guess.best}` });
    return { doc, lang: guess.best, segmentation: { paragraphs: seg.paragraphs, sentences: seg.sentences }, claims: [], messages };
  }
  // Each sentence is tokenized once, for extraction and attribution alike.
  const sentenceTokens = seg.sentences.map((s) => tokenize(doc.text, s.start, s.end));
  const statements = extractStatements({ text: doc.text, paragraphs: seg.paragraphs, sentences: seg.sentences, quotePairs: seg.quotePairs, sentenceTokens });
  const quoteSpans = topLevelQuotes(seg.quotePairs).map((q) => ({ start: q.open, end: q.close + 1 }));
  const speakers = attributeSpeakers(doc.text, seg.sentences, statements, quoteSpans, sentenceTokens);
  const claims: Claim[] = statements.map((st, i) => ({
    id: claimId(doc.id, st.kind, st.start, st.end),
    doc: doc.id,
    kind: st.kind,
    text: st.text,
    start: st.start,
    end: st.end,
    sentence: st.sentence,
    cue: st.cue,
    speaker: speakers[i] ?? null,
    speakerMention: st.mention?.text ?? null,
    confidence: st.confidence,
    // The claim's words are a slice of its sentence's tokens: no second tokenization.
    checkWorthiness: checkWorthinessOfTokens(st.text, tokensWithin(sentenceTokens, seg.sentences, st.start, st.end) ?? tokenize(st.text)),
    extractor: EXTRACTOR_NAME,
    extractorVersion: EXTRACTOR_VERSION,
  }));

  if (options.assertions !== false) {
    const paragraphIsHeading = seg.paragraphs.map((p) => p.heading);
    let k = 0;
    const sorted = [...statements].sort((a, b) => a.sentence.start - b.sentence.start);
    for (const sentence of seg.sentences) {
      while (k < sorted.length && sorted[k]!.sentence.end <= sentence.start) k++;
      const attributed = k < sorted.length && sorted[k]!.sentence.start < sentence.end;
      if (attributed || paragraphIsHeading[sentence.paragraph]) continue;
      const text = doc.text.slice(sentence.start, sentence.end);
      const score = checkWorthinessOfTokens(text, sentenceTokens[sentence.index]!);
      if (score < ASSERTION_THRESHOLD) continue;
      claims.push({
        id: claimId(doc.id, 'assertion', sentence.start, sentence.end),
        doc: doc.id,
        kind: 'assertion',
        text,
        start: sentence.start,
        end: sentence.end,
        sentence: { start: sentence.start, end: sentence.end },
        cue: null,
        speaker: null,
        speakerMention: null,
        confidence: score,
        checkWorthiness: score,
        extractor: EXTRACTOR_NAME,
        extractorVersion: EXTRACTOR_VERSION,
      });
    }
    claims.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return { doc, lang, segmentation: { paragraphs: seg.paragraphs, sentences: seg.sentences }, claims, messages };
}

/** The tokens of the sentence containing [start, end) that lie inside it, or null when no sentence contains it. */
function tokensWithin(sentenceTokens: Token[][], sentences: readonly Sentence[], start: number, end: number): Token[] | null {
  const sentence = sentences[lastSpanStartingBy(sentences, start)];
  if (!sentence || sentence.start > start || sentence.end < end) return null;
  // Binary searches, not a filter: a run-on sentence may hold thousands of claims.
  const tokens = sentenceTokens[sentence.index]!;
  const first = firstIndexWhere(tokens, (t) => t.start >= start);
  const after = firstIndexWhere(tokens, (t) => t.end > end);
  return tokens.slice(first, Math.max(first, after));
}

/** The first index whose token satisfies a predicate that is false, then true, along the array. */
function firstIndexWhere(tokens: Token[], satisfied: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (satisfied(tokens[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
