// The data that travels between pipeline stages. Every span is a pair of UTF-16 offsets
// into SourceDocument.text, the document's text exactly as read (BOM dropped, nothing else).

export type ClaimKind = 'direct' | 'mixed' | 'indirect' | 'assertion';
export const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'mixed', 'indirect', 'assertion'];

export type SpeakerKind = 'person' | 'organisation' | 'publication' | 'description';

export interface Span {
  start: number;
  end: number;
}

export interface DocumentMeta {
  title?: string | undefined;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  /** Where the text was read from: a path, or path:line for JSONL. */
  path?: string | undefined;
}

export interface SourceDocument {
  /** sha256 hex of `text`. */
  id: string;
  text: string;
  meta: DocumentMeta;
  /** Offset where the article body starts (after an inline metadata header). */
  bodyStart: number;
}

export interface Paragraph extends Span {
  index: number;
  /** A short line without final punctuation, such as a subheading or headline. */
  heading: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** A pair of quotation marks found in the text; `start`/`end` enclose the inner text (trimmed). */
export interface QuoteSpan extends Span {
  open: number;
  close: number;
  /** True when the closing mark was not found and the span was cut at the paragraph end. */
  unclosed: boolean;
}

/** Who a claim is attributed to, as written at the cue. */
export interface SpeakerMention extends Span {
  text: string;
  /** 'name' for a proper name, 'pronoun', 'description' for a role noun phrase. */
  type: 'name' | 'pronoun' | 'description';
}

export interface ResolvedSpeaker {
  name: string;
  kind: SpeakerKind;
  /** Every form the document uses for this speaker (full name, surname, roles). */
  aliases: string[];
  role?: string | undefined;
}

export interface Claim extends Span {
  id: string;
  doc: string;
  kind: ClaimKind;
  text: string;
  sentence: Span;
  cue: string | null;
  speaker: ResolvedSpeaker | null;
  speakerMention: string | null;
  confidence: number;
  checkWorthiness: number;
  extractor: string;
  extractorVersion: string;
}

/** Problems found in the input become messages with a position, not exceptions. */
export interface Message {
  severity: 'warning' | 'error';
  text: string;
  offset?: number | undefined;
}

export interface AnalyzedDocument {
  doc: SourceDocument;
  lang: string;
  segmentation: Segmentation;
  claims: Claim[];
  messages: Message[];
}

