// LlmExtractor: Claude as a claim extractor. One request per document (a long document is cut at paragraph
// boundaries into parts of bounded size, each part's offsets kept), structured output through the forced
// `record_claims` tool call, then every proposal is located verbatim in the document (locate.ts): what is not
// found exactly is rejected and counted, never stored. A reply that does not match the schema is asked again
// once with the problem spelled out; a call that still fails (or fails after the runner's retries) fails the
// document's Claude extraction as a whole — the document keeps its rules claims and is counted, never lost.

import type { AnalyzedDocument, Claim, Span } from '../core/types.js';
import { loadPrompt, type LoadedPrompt } from '../llm/prompts.js';
import type { LlmResult, LlmRunner } from '../llm/runner.js';
import { locateProposals, type LocatedProposal, type RejectedProposal, type RejectionCode } from './locate.js';
import { CLAUDE_EXTRACTOR, claimsFromProposals, mergeClaims } from './merge.js';
import { EXTRACTION_TOOL_NAME, extractionSchema, type Extraction } from './schema.js';

/** The runner's one method the extractor needs, and its model; an LlmRunner in production. */
export type ToolCaller = Pick<LlmRunner, 'callTool' | 'model'>;

export type ExtractorChoice = 'rules' | 'claude' | 'both';
export const EXTRACTOR_CHOICES: readonly ExtractorChoice[] = ['rules', 'claude', 'both'];

export interface LlmExtractorOptions {
  /** Defaults to prompts/extract.md. */
  prompt?: LoadedPrompt | undefined;
  /** A document whose body is longer is sent in parts of at most this many characters (a paragraph or sentence longer than that is sent alone). */
  maxChunkChars?: number | undefined;
}

export interface DocumentExtraction {
  /** Claude's claims, every one found verbatim; empty when `failed` is set. */
  claims: Claim[];
  /** Proposals the model returned, accepted or not. */
  proposals: number;
  rejected: RejectedProposal[];
  /** Set when a call failed after retries: the document keeps its rules claims. */
  failed?: string | undefined;
  /** Parts sent (one request each, retries aside). */
  parts: number;
}

export const DEFAULT_MAX_CHUNK_CHARS = 8_000;
const MAX_TOKENS_CAP = 16_000;

export class LlmExtractor {
  readonly extractor = CLAUDE_EXTRACTOR;
  /** `<model>@<first 12 hex of the prompt's sha256>`. */
  readonly extractorVersion: string;
  private readonly prompt: LoadedPrompt;
  private readonly maxChunkChars: number;

  constructor(
    private readonly runner: ToolCaller,
    options: LlmExtractorOptions = {},
  ) {
    this.prompt = options.prompt ?? loadPrompt('extract');
    this.maxChunkChars = options.maxChunkChars ?? DEFAULT_MAX_CHUNK_CHARS;
    if (!(this.maxChunkChars > 0)) throw new RangeError('LlmExtractor: maxChunkChars must be positive');
    this.extractorVersion = `${runner.model}@${this.prompt.hash.slice(0, 12)}`;
  }

  get promptHash(): string {
    return this.prompt.hash;
  }

  /** Claude's claims for one analysed document. Never throws for an API or output problem. */
  async extract(analyzed: AnalyzedDocument): Promise<DocumentExtraction> {
    const parts = chunkSpans(analyzed, this.maxChunkChars);
    // The runner's queue bounds how many requests run at once, across documents too.
    const replies = await Promise.all(parts.map((part) => this.requestPart(analyzed.doc.text.slice(part.start, part.end))));
    const failure = replies.find((r): r is Extract<LlmResult<Extraction>, { ok: false }> => !r.ok);
    if (failure) {
      const { kind, status, message } = failure.failure;
      return { claims: [], proposals: 0, rejected: [], failed: `claude ${kind}${status ? ` (${status})` : ''}: ${message}`, parts: parts.length };
    }
    const used = new Set<string>();
    const located: LocatedProposal[] = [];
    const rejected: RejectedProposal[] = [];
    let proposals = 0;
    replies.forEach((reply, i) => {
      if (!reply.ok) return;
      proposals += reply.value.claims.length;
      const found = locateProposals(analyzed.doc.text, reply.value.claims, { bodyStart: analyzed.doc.bodyStart, range: parts[i], used });
      located.push(...found.located);
      rejected.push(...found.rejected);
    });
    const claims = claimsFromProposals(located, analyzed, { extractor: this.extractor, extractorVersion: this.extractorVersion });
    return { claims, proposals, rejected, parts: parts.length };
  }

  private async requestPart(text: string): Promise<LlmResult<Extraction>> {
    // English and French run at about a token per four characters; the reply copies the claims, at most about
    // the whole part, plus JSON. The second attempt gets twice the room in case the first was cut.
    const maxTokens = Math.min(MAX_TOKENS_CAP, 1_024 + Math.ceil(text.length / 2));
    const first = await this.request(text, null, maxTokens);
    if (first.ok || first.failure.kind !== 'invalid-output') return first;
    return this.request(text, first.failure.message, Math.min(MAX_TOKENS_CAP, maxTokens * 2));
  }

  private request(text: string, previousProblems: string | null, maxTokens: number): Promise<LlmResult<Extraction>> {
    // JSON inside an element, with '<' escaped, so no article text can close the element and speak as the user.
    const fenced = `<article>\n${JSON.stringify({ text }).replace(/</g, '\\u003c')}\n</article>`;
    const retryNote = previousProblems
      ? `\n\nYour previous answer was rejected: ${previousProblems}. Call record_claims once, with a \`claims\` list whose entries each have kind, text and speaker.`
      : '';
    return this.runner.callTool({
      system: this.prompt.text,
      promptHash: this.prompt.hash,
      user: fenced + retryNote,
      tool: {
        name: EXTRACTION_TOOL_NAME,
        description: 'Record every claim of the article text: kind, the exact text copied from the article, speaker, speaker mention and cue.',
        schema: extractionSchema,
      },
      maxTokens,
    });
  }
}

/**
 * The parts of the document body sent to Claude: runs of whole paragraphs of at most `maxChars` characters
 * (offsets into the document). A longer paragraph is cut between its sentences; a longer sentence goes alone.
 * The metadata header is never sent.
 */
export function chunkSpans(analyzed: AnalyzedDocument, maxChars: number): Span[] {
  const { paragraphs, sentences } = analyzed.segmentation;
  const bodyStart = analyzed.doc.bodyStart;
  const units: Span[] = [];
  for (const p of paragraphs) {
    if (p.end <= bodyStart) continue;
    const start = Math.max(p.start, bodyStart);
    if (p.end - start <= maxChars) {
      units.push({ start, end: p.end });
      continue;
    }
    const inside = sentences.filter((s) => s.paragraph === p.index && s.end > start);
    if (inside.length === 0) {
      units.push({ start, end: p.end });
      continue;
    }
    // Sentences leave out the spaces between them, not text: a part runs from its first unit to its last.
    inside.forEach((s, i) => units.push({ start: i === 0 ? start : Math.max(s.start, start), end: i === inside.length - 1 ? p.end : s.end }));
  }
  const parts: Span[] = [];
  let current: Span | null = null;
  for (const unit of units) {
    if (current && unit.end - current.start <= maxChars) current.end = unit.end;
    else {
      if (current) parts.push(current);
      current = { ...unit };
    }
  }
  if (current) parts.push(current);
  return parts;
}

export interface ClaudeExtractionCounts {
  /** Documents sent to Claude. */
  documents: number;
  proposals: number;
  /** Proposals not found verbatim (or in the header, or duplicates): never stored. */
  rejected: number;
  rejectedBy: Partial<Record<RejectionCode, number>>;
  /** Documents whose Claude extraction failed: they keep their rules claims. */
  failed: number;
  /** Claims stored per extractor: rules, claude, rules+claude. */
  claims: Record<string, number>;
}

export function emptyClaudeCounts(): ClaudeExtractionCounts {
  return { documents: 0, proposals: 0, rejected: 0, rejectedBy: {}, failed: 0, claims: {} };
}

export interface ClaudeBatchFailure {
  doc: AnalyzedDocument;
  reason: string;
}

/**
 * Runs Claude over a batch of analysed documents (concurrently, bounded by the runner's queue) and replaces each
 * document's claims: with Claude's (`claude`) or the merge of both (`both`). Documents the analysis refused
 * (messages of severity error) are passed through untouched; a document whose Claude call failed keeps its rules
 * claims. Adds to `counts` and returns the failures so the caller can name them.
 */
export async function applyClaudeExtractor(
  analysed: readonly AnalyzedDocument[],
  extractor: Pick<LlmExtractor, 'extract'>,
  mode: Exclude<ExtractorChoice, 'rules'>,
  counts: ClaudeExtractionCounts,
): Promise<{ documents: AnalyzedDocument[]; failures: ClaudeBatchFailure[] }> {
  const failures: ClaudeBatchFailure[] = [];
  const documents = await Promise.all(
    analysed.map(async (result): Promise<AnalyzedDocument> => {
      if (result.messages.some((m) => m.severity === 'error')) return result;
      const extraction = await extractor.extract(result);
      counts.documents++;
      counts.proposals += extraction.proposals;
      counts.rejected += extraction.rejected.length;
      for (const r of extraction.rejected) counts.rejectedBy[r.code] = (counts.rejectedBy[r.code] ?? 0) + 1;
      let claims: Claim[];
      if (extraction.failed !== undefined) {
        counts.failed++;
        failures.push({ doc: result, reason: extraction.failed });
        claims = result.claims;
      } else if (mode === 'claude') {
        claims = extraction.claims;
      } else {
        claims = mergeClaims(result.claims, extraction.claims).claims;
      }
      for (const c of claims) counts.claims[c.extractor] = (counts.claims[c.extractor] ?? 0) + 1;
      return { ...result, claims };
    }),
  );
  return { documents, failures };
}

export function formatClaudeCounts(counts: ClaudeExtractionCounts): string {
  return `claude: ${counts.proposals} proposals, ${counts.rejected} rejected (not verbatim), ${counts.failed} documents failed`;
}
