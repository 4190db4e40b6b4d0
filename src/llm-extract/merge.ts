// Turns located proposals into claims, and merges Claude's claims with the rules' claims. Pure.
//
// Claims from proposals: the sentence span is the union of the document's sentences the claim overlaps
// (a quote may run over several), the id is claimId(doc, kind, start, end), the speaker is Claude's name
// mapped onto the speaker the rules resolved in the same document when the names agree (so the store files both
// under one canonical speaker), and the cue and speaker mention are kept only when they occur verbatim in the
// claim's paragraph — like the claim text, nothing the model did not copy from the article is stored.
//
// Merge rules (mergeClaims):
// - A rules claim and a Claude claim that overlap and have the same kind are one claim, extractor
//   `rules+claude`. So are two claims on exactly the same span whose kinds differ (direct vs mixed on the same
//   marks): the rules' kind is kept.
// - Pairs are matched one to one, the best overlap first (the gold scorer's matching).
// - Offsets: when the overlap covers more than half of each span (overlap > 50 % of the longer one), the rules'
//   offsets, text and sentence are kept, so the claim keeps the id it has with `--extractor rules`. Otherwise
//   the two disagree on the boundaries and Claude's offsets are kept: the rules' known weakness is boundaries of
//   reported speech and mixed quotes, and Claude's span is verbatim-checked like any other. Except when Claude's
//   claim overlaps several rules claims of its kind: the model joined what the rules split (« A, dit-il, B » is
//   two claims), and the rules' offsets are kept — the finer split wins either way.
// - Speaker: Claude's when it named one (it resolves pronouns and descriptions over the whole article), else the
//   rules'. Cue and mention: from the side whose offsets were kept, else the other's.
// - Confidence: the two extractors' confidences combined as independent evidence, 1 − (1 − r)(1 − c).
// - A Claude claim left unmatched that overlaps a merged claim of the same kind is a duplicate and dropped (the
//   model split a quote the rules kept whole, or the reverse). Every other claim is kept as it is, with
//   extractor `rules` or `claude`. A rules claim is never dropped: it is kept alone or inside a merged claim.

import { claimId } from '../core/hash.js';
import type { AnalyzedDocument, Claim, ResolvedSpeaker, Segmentation, Span } from '../core/types.js';
import { STRESSED_PRONOUNS, SUBJECT_PRONOUNS } from '../lang/fr.js';
import { speakerKindOf } from '../pipeline/attribute.js';
import { checkWorthiness } from '../pipeline/checkworthiness.js';
import { fold, stripDeterminer } from '../pipeline/tokenize.js';
import type { LocatedProposal } from './locate.js';

export const CLAUDE_EXTRACTOR = 'claude';
export const MERGED_EXTRACTOR = 'rules+claude';
/** Claude gives no confidence of its own; a verbatim-checked proposal gets this. */
export const CLAUDE_CONFIDENCE = 0.8;
/** Keep the rules' offsets when the overlap covers more than this share of the longer span. */
export const KEEP_RULES_OFFSETS_ABOVE = 0.5;

export interface ExtractorIdentity {
  extractor: string;
  extractorVersion: string;
}

/** The smallest run of whole sentences holding the span; its paragraph, or the span itself, when none does. */
export function sentenceSpanFor(span: Span, segmentation: Segmentation): Span {
  const overlapping = segmentation.sentences.filter((s) => s.start < span.end && s.end > span.start);
  let start: number;
  let end: number;
  if (overlapping.length > 0) {
    start = overlapping[0]!.start;
    end = overlapping[overlapping.length - 1]!.end;
  } else {
    const paragraph = segmentation.paragraphs.find((p) => p.start <= span.start && p.end >= span.end);
    start = paragraph?.start ?? span.start;
    end = paragraph?.end ?? span.end;
  }
  return { start: Math.min(start, span.start), end: Math.max(end, span.end) };
}

/** Builds Claude's claims for one analysed document from its located proposals, in document order. */
export function claimsFromProposals(located: readonly LocatedProposal[], analyzed: AnalyzedDocument, identity: ExtractorIdentity): Claim[] {
  const { doc, segmentation } = analyzed;
  const speakers = new SpeakerMapper(analyzed.claims);
  const claims = located.map((item): Claim => {
    const { proposal, start, end, text } = item;
    const sentence = sentenceSpanFor({ start, end }, segmentation);
    const window = paragraphWindow(sentence, segmentation, doc.text);
    const assertion = proposal.kind === 'assertion';
    return {
      id: claimId(doc.id, proposal.kind, start, end),
      doc: doc.id,
      kind: proposal.kind,
      text,
      start,
      end,
      sentence,
      cue: assertion ? null : verbatimIn(window, proposal.cue),
      speaker: assertion ? null : speakers.map(proposal.speaker),
      speakerMention: assertion ? null : verbatimIn(window, proposal.speaker_mention),
      confidence: CLAUDE_CONFIDENCE,
      checkWorthiness: checkWorthiness(text),
      extractor: identity.extractor,
      extractorVersion: identity.extractorVersion,
    };
  });
  return claims.sort(byPosition);
}

export interface MergeStats {
  /** Claims both extractors found (one row each, extractor `rules+claude`). */
  merged: number;
  rulesOnly: number;
  claudeOnly: number;
  /** Claude claims dropped because they overlap a merged claim of the same kind. */
  duplicates: number;
}

export interface MergeResult {
  claims: Claim[];
  stats: MergeStats;
}

export function mergeClaims(rules: readonly Claim[], claude: readonly Claim[]): MergeResult {
  const pairs: { r: number; c: number; overlap: number; share: number }[] = [];
  rules.forEach((r, ri) =>
    claude.forEach((c, ci) => {
      if (!(r.kind === c.kind || (r.start === c.start && r.end === c.end))) return;
      const overlap = Math.min(r.end, c.end) - Math.max(r.start, c.start);
      if (overlap <= 0) return;
      pairs.push({ r: ri, c: ci, overlap, share: overlap / Math.max(r.end - r.start, c.end - c.start) });
    }),
  );
  pairs.sort((a, b) => b.share - a.share || b.overlap - a.overlap || a.r - b.r || a.c - b.c);

  // Claude claims that overlap more than one rules claim of their kind: they never impose their offsets.
  const overlapsSeveral = new Set<number>();
  const partners = new Map<number, number>();
  for (const p of pairs) partners.set(p.c, (partners.get(p.c) ?? 0) + 1);
  for (const [c, n] of partners) if (n > 1) overlapsSeveral.add(c);

  const rulesTaken = new Set<number>();
  const claudeTaken = new Set<number>();
  const out: Claim[] = [];
  const mergedClaims: Claim[] = [];
  for (const pair of pairs) {
    if (rulesTaken.has(pair.r) || claudeTaken.has(pair.c)) continue;
    rulesTaken.add(pair.r);
    claudeTaken.add(pair.c);
    const merged = mergePair(rules[pair.r]!, claude[pair.c]!, pair.share > KEEP_RULES_OFFSETS_ABOVE || overlapsSeveral.has(pair.c));
    out.push(merged);
    mergedClaims.push(merged);
  }
  const stats: MergeStats = { merged: mergedClaims.length, rulesOnly: 0, claudeOnly: 0, duplicates: 0 };
  rules.forEach((r, i) => {
    if (rulesTaken.has(i)) return;
    out.push(r);
    stats.rulesOnly++;
  });
  claude.forEach((c, i) => {
    if (claudeTaken.has(i)) return;
    if (mergedClaims.some((m) => m.kind === c.kind && m.start < c.end && c.start < m.end)) {
      stats.duplicates++;
      return;
    }
    out.push(c);
    stats.claudeOnly++;
  });
  // Two claims can only share an id if they share kind and span; keep the first (merged, then rules).
  const seen = new Set<string>();
  const claims = out.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true))).sort(byPosition);
  return { claims, stats };
}

function mergePair(r: Claim, c: Claim, keepRules: boolean): Claim {
  const base = keepRules ? r : c;
  const other = keepRules ? c : r;
  const kind = r.kind;
  return {
    ...base,
    id: claimId(base.doc, kind, base.start, base.end),
    kind,
    speaker: c.speaker ?? r.speaker,
    cue: base.cue ?? other.cue,
    speakerMention: base.speakerMention ?? other.speakerMention,
    confidence: round(1 - (1 - r.confidence) * (1 - c.confidence)),
    extractor: MERGED_EXTRACTOR,
    extractorVersion: `${r.extractorVersion}+${c.extractorVersion}`,
  };
}

function byPosition(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The text of the paragraphs the sentence span touches: where a claim's cue and speaker are written. */
function paragraphWindow(sentence: Span, segmentation: Segmentation, text: string): string {
  const paragraphs = segmentation.paragraphs.filter((p) => p.start < sentence.end && p.end > sentence.start);
  const start = Math.min(sentence.start, paragraphs[0]?.start ?? sentence.start);
  const end = Math.max(sentence.end, paragraphs[paragraphs.length - 1]?.end ?? sentence.end);
  return text.slice(start, end);
}

function verbatimIn(window: string, value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && window.includes(trimmed) ? trimmed : null;
}

const PRONOUNS = new Set([...SUBJECT_PRONOUNS.keys(), ...STRESSED_PRONOUNS.keys()]);

/**
 * Claude's speaker names → ResolvedSpeaker. A name that is the rules' speaker in this document (its name, an
 * alias, or its last words, « Altman ») becomes that very speaker, aliases and role included; another name
 * becomes a new speaker with that name only (the model's mentions are not turned into aliases: a loose alias
 * such as « l'entreprise » would join unrelated speakers across documents). A pronoun is no speaker.
 */
export class SpeakerMapper {
  private readonly known: ResolvedSpeaker[];
  private readonly made = new Map<string, ResolvedSpeaker>();

  constructor(rulesClaims: readonly Claim[]) {
    const byName = new Map<string, ResolvedSpeaker>();
    for (const claim of rulesClaims) if (claim.speaker && !byName.has(claim.speaker.name)) byName.set(claim.speaker.name, claim.speaker);
    this.known = [...byName.values()];
  }

  map(name: string | null | undefined): ResolvedSpeaker | null {
    const clean = name?.trim().replace(/\s+/g, ' ');
    if (!clean) return null;
    const norm = speakerFold(clean);
    if (!norm || PRONOUNS.has(norm)) return null;
    const exact = this.known.filter((s) => [s.name, ...s.aliases].some((a) => speakerFold(a) === norm));
    if (exact.length === 1) return exact[0]!;
    if (exact.length === 0) {
      const bySurname = this.known.filter((s) => speakerFold(s.name).endsWith(` ${norm}`));
      if (bySurname.length === 1) return bySurname[0]!;
    }
    let made = this.made.get(norm);
    if (!made) {
      made = { name: clean, kind: speakerKindOf(clean), aliases: [clean] };
      this.made.set(norm, made);
    }
    return made;
  }
}

function speakerFold(s: string): string {
  return fold(stripDeterminer(s));
}
