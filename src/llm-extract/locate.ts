// Finds each of Claude's proposals verbatim in the document and gives it offsets. Pure.
//
// The check is exact: the proposal's text must occur in the document character for character (same accents,
// apostrophes, spaces, case, Unicode form). The only changes made to a proposal before the search are at its
// ends and keep it a substring of what the model wrote: surrounding whitespace is trimmed, and an indirect
// claim loses one final period (the contract stores reported content without it). Anything else not found
// exactly is rejected with a reason, so no invented or altered quote can reach the database.
//
// A text that occurs several times is given the first occurrence, in document order, that no earlier
// proposal took: two proposals of the same repeated quote get its two occurrences; a third is a duplicate.
// Occurrences inside the metadata header (before bodyStart) or outside the part of the document that was
// sent (range) are never used.

import type { ClaimKind, Span } from '../core/types.js';
import type { Proposal } from './schema.js';

export interface LocatedProposal {
  proposal: Proposal;
  /** Exactly `source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

export type RejectionCode = 'empty' | 'quotation-marks' | 'near-match' | 'not-found' | 'in-header' | 'duplicate';

export interface RejectedProposal {
  /** The text as the model proposed it. */
  text: string;
  kind: ClaimKind;
  code: RejectionCode;
  /** One line for humans. */
  reason: string;
}

export interface LocateOptions {
  /** Offset where the article body starts; text before it is the metadata header. */
  bodyStart: number;
  /** The part of the document the model was shown; occurrences outside it are not used. Whole text by default. */
  range?: Span | undefined;
  /** Spans (`start:end`) already given to earlier proposals; shared across the parts of one document. */
  used?: Set<string> | undefined;
}

export interface LocateResult {
  located: LocatedProposal[];
  rejected: RejectedProposal[];
}

const QUOTATION_MARKS = new Set(['«', '»', '“', '”', '„', '‹', '›', '"']);

export function locateProposals(source: string, proposals: readonly Proposal[], options: LocateOptions): LocateResult {
  const range = options.range ?? { start: 0, end: source.length };
  const used = options.used ?? new Set<string>();
  const located: LocatedProposal[] = [];
  const rejected: RejectedProposal[] = [];
  let looseSource: string | null = null;
  const reject = (proposal: Proposal, code: RejectionCode, reason: string) =>
    rejected.push({ text: proposal.text, kind: proposal.kind, code, reason });

  for (const proposal of proposals) {
    const text = searchableText(proposal);
    if (text === '') {
      reject(proposal, 'empty', 'empty text');
      continue;
    }
    if ((proposal.kind === 'direct' || proposal.kind === 'mixed') && (QUOTATION_MARKS.has(text[0]!) || QUOTATION_MARKS.has(text[text.length - 1]!))) {
      reject(proposal, 'quotation-marks', 'the text includes its quotation marks');
      continue;
    }
    const found = firstFreeOccurrence(source, text, range, options.bodyStart, used);
    if (found.at !== null) {
      used.add(spanKey(found.at, found.at + text.length));
      located.push({ proposal, text, start: found.at, end: found.at + text.length });
    } else if (found.usedOnly) {
      reject(proposal, 'duplicate', 'every occurrence of the text is already taken by an earlier proposal');
    } else if (found.headerOnly) {
      reject(proposal, 'in-header', 'the text occurs only in the metadata header, not in the article body');
    } else {
      looseSource ??= loose(source.slice(range.start, range.end));
      if (looseSource.includes(loose(text))) {
        reject(proposal, 'near-match', 'not verbatim: the article has it with other apostrophes, quotation marks, spaces, case or Unicode form');
      } else {
        reject(proposal, 'not-found', 'not verbatim: the text does not occur in the article');
      }
    }
  }
  return { located, rejected };
}

/** The proposal's text as searched: trimmed, and without the final period of reported content. */
export function searchableText(proposal: Pick<Proposal, 'kind' | 'text'>): string {
  let text = proposal.text.trim();
  if (proposal.kind === 'indirect' && text.endsWith('.') && !text.endsWith('..')) text = text.slice(0, -1).trimEnd();
  return text;
}

export function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}

interface Occurrence {
  at: number | null;
  /** Found, but each occurrence was already taken. */
  usedOnly: boolean;
  /** Found, but only before bodyStart. */
  headerOnly: boolean;
}

function firstFreeOccurrence(source: string, text: string, range: Span, bodyStart: number, used: Set<string>): Occurrence {
  let usedSeen = false;
  let headerSeen = false;
  for (let from = range.start; ; ) {
    const at = source.indexOf(text, from);
    if (at < 0 || at + text.length > range.end) break;
    from = at + 1;
    if (splitsSurrogatePair(source, at) || splitsSurrogatePair(source, at + text.length)) continue;
    if (at < bodyStart) {
      headerSeen = true;
      continue;
    }
    if (used.has(spanKey(at, at + text.length))) {
      usedSeen = true;
      continue;
    }
    return { at, usedOnly: false, headerOnly: false };
  }
  return { at: null, usedOnly: usedSeen, headerOnly: headerSeen && !usedSeen };
}

/** True when `offset` falls between the two halves of an astral character (an emoji, say). */
function splitsSurrogatePair(source: string, offset: number): boolean {
  if (offset <= 0 || offset >= source.length) return false;
  const before = source.charCodeAt(offset - 1);
  const after = source.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Only to explain a rejection (never to accept one): the differences models commonly introduce, erased. */
function loose(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[’‘`ʼ′]/g, "'")
    .replace(/[«»“”„‹›"]/g, '"')
    .replace(/[\s\u00A0\u202F\u2009]+/g, ' ')
    .toLowerCase();
}
