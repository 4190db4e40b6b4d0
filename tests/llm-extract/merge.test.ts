import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/core/hash.js';
import type { Claim, ClaimKind, ResolvedSpeaker, Segmentation } from '../../src/core/types.js';
import { locateProposals } from '../../src/llm-extract/locate.js';
import { claimsFromProposals, mergeClaims, sentenceSpanFor, SpeakerMapper } from '../../src/llm-extract/merge.js';
import { analyzeText, expectOffsetsExact } from '../helpers/analyze.js';
import { CORPUS_ARTICLE } from '../helpers/paths.js';

const DOC = 'd0c';
const CLAUDE = { extractor: 'claude', extractorVersion: 'claude-test@0123456789ab' };
const ALTMAN: ResolvedSpeaker = { name: 'Sam Altman', kind: 'person', aliases: ['Sam Altman', 'patron d’OpenAI'], role: 'patron d’OpenAI' };

function claim(kind: ClaimKind, start: number, end: number, extra: Partial<Claim> = {}): Claim {
  return {
    id: claimId(DOC, kind, start, end),
    doc: DOC,
    kind,
    text: `t${start}-${end}`,
    start,
    end,
    sentence: { start: Math.max(0, start - 5), end: end + 5 },
    cue: null,
    speaker: null,
    speakerMention: null,
    confidence: 0.8,
    checkWorthiness: 0.5,
    extractor: 'rules',
    extractorVersion: '0.1.0',
    ...extra,
  };
}
const rules = (kind: ClaimKind, start: number, end: number, extra: Partial<Claim> = {}) => claim(kind, start, end, { confidence: 0.9, ...extra });
const claude = (kind: ClaimKind, start: number, end: number, extra: Partial<Claim> = {}) => claim(kind, start, end, { ...CLAUDE, ...extra });

describe('mergeClaims', () => {
  it('makes one rules+claude claim with the rules offsets when the overlap covers more than half of each span', () => {
    const r = rules('direct', 100, 200, { cue: 'a écrit', speakerMention: 'il', speaker: ALTMAN });
    const c = claude('direct', 110, 200, { cue: 'a écrit', speaker: { name: 'Sam Altman', kind: 'person', aliases: ['Sam Altman'] } });
    const { claims, stats } = mergeClaims([r], [c]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      id: r.id,
      kind: 'direct',
      start: 100,
      end: 200,
      sentence: r.sentence,
      text: r.text,
      speakerMention: 'il',
      extractor: 'rules+claude',
      extractorVersion: '0.1.0+claude-test@0123456789ab',
      confidence: 0.98,
    });
    expect(claims[0]!.speaker?.name).toBe('Sam Altman');
    expect(stats).toEqual({ merged: 1, rulesOnly: 0, claudeOnly: 0, duplicates: 0 });
  });

  it("keeps Claude's offsets and id when the two overlap by half or less", () => {
    const r = rules('indirect', 100, 140);
    const c = claude('indirect', 100, 200, { cue: 'a indiqué' });
    const { claims } = mergeClaims([r], [c]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ id: claimId(DOC, 'indirect', 100, 200), start: 100, end: 200, text: c.text, sentence: c.sentence, cue: 'a indiqué', extractor: 'rules+claude' });
  });

  it('keeps claims of different kinds apart, and non-overlapping claims with their own extractor', () => {
    const { claims, stats } = mergeClaims([rules('assertion', 0, 80), rules('direct', 300, 340)], [claude('indirect', 20, 60), claude('mixed', 500, 520)]);
    expect(claims.map((c) => [c.kind, c.start, c.extractor])).toEqual([
      ['assertion', 0, 'rules'],
      ['indirect', 20, 'claude'],
      ['direct', 300, 'rules'],
      ['mixed', 500, 'claude'],
    ]);
    expect(stats).toEqual({ merged: 0, rulesOnly: 2, claudeOnly: 2, duplicates: 0 });
  });

  it('merges a direct/mixed disagreement on exactly the same span, keeping the rules kind', () => {
    const { claims } = mergeClaims([rules('mixed', 50, 90)], [claude('direct', 50, 90)]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'mixed', id: claimId(DOC, 'mixed', 50, 90), extractor: 'rules+claude' });
  });

  it('matches one to one, best overlap first, and drops another Claude claim over the merged one', () => {
    const r = rules('direct', 100, 200);
    const { claims, stats } = mergeClaims([r], [claude('direct', 150, 200), claude('direct', 100, 190)]);
    expect(stats).toEqual({ merged: 1, rulesOnly: 0, claudeOnly: 0, duplicates: 1 });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ id: r.id, start: 100, end: 200, extractor: 'rules+claude' });
  });

  it("keeps the model's split of a quote the rules kept whole, with no overlapping claims of one kind", () => {
    // « A, dit-il, B »: neither half covers more than half of the rules span, so the better half gives the offsets.
    const { claims, stats } = mergeClaims([rules('direct', 100, 200)], [claude('direct', 100, 140), claude('direct', 150, 200)]);
    expect(stats).toEqual({ merged: 1, rulesOnly: 0, claudeOnly: 1, duplicates: 0 });
    expect(claims.map((c) => [c.start, c.end, c.extractor])).toEqual([
      [100, 140, 'claude'],
      [150, 200, 'rules+claude'],
    ]);
  });

  it('keeps the rules split when one Claude claim spans several rules claims, and never drops a rules claim', () => {
    const rulesClaims = [rules('direct', 0, 10), rules('direct', 20, 30), rules('indirect', 40, 60)];
    const { claims } = mergeClaims(rulesClaims, [claude('direct', 0, 30)]);
    expect(claims.map((c) => [c.kind, c.start, c.end, c.extractor])).toEqual([
      ['direct', 0, 10, 'rules+claude'],
      ['direct', 20, 30, 'rules'],
      ['indirect', 40, 60, 'rules'],
    ]);
  });
});

describe('sentenceSpanFor', () => {
  const seg: Segmentation = {
    paragraphs: [{ start: 0, end: 60, index: 0, heading: false }],
    sentences: [
      { start: 0, end: 20, index: 0, paragraph: 0 },
      { start: 21, end: 40, index: 1, paragraph: 0 },
      { start: 41, end: 60, index: 2, paragraph: 0 },
    ],
  };
  it('is the run of whole sentences the claim touches', () => {
    expect(sentenceSpanFor({ start: 5, end: 10 }, seg)).toEqual({ start: 0, end: 20 });
    expect(sentenceSpanFor({ start: 15, end: 45 }, seg)).toEqual({ start: 0, end: 60 });
  });
  it('always contains the claim', () => {
    expect(sentenceSpanFor({ start: 58, end: 70 }, seg)).toEqual({ start: 41, end: 70 });
  });
});

describe('SpeakerMapper', () => {
  const mapper = new SpeakerMapper([rules('direct', 0, 10, { speaker: ALTMAN })]);
  it("gives Claude's name the rules' speaker when it is that speaker's name, alias or surname", () => {
    expect(mapper.map('Sam Altman')).toBe(ALTMAN);
    expect(mapper.map('Altman')).toBe(ALTMAN);
    expect(mapper.map('le patron d’OpenAI')).toBe(ALTMAN);
  });
  it('makes a new speaker for another name, once per name, and none for a pronoun or nothing', () => {
    const hegseth = mapper.map('Pete Hegseth');
    expect(hegseth).toEqual({ name: 'Pete Hegseth', kind: 'person', aliases: ['Pete Hegseth'] });
    expect(mapper.map('pete  hegseth')).toBe(hegseth);
    expect(mapper.map('Anthropic')?.kind).toBe('organisation');
    expect(mapper.map('il')).toBeNull();
    expect(mapper.map(' ')).toBeNull();
    expect(mapper.map(null)).toBeNull();
  });
});

describe('claimsFromProposals on the source article', () => {
  const analyzed = analyzeText(readFileSync(CORPUS_ARTICLE, 'utf8'));
  const text = analyzed.doc.text;

  it('builds claims with exact offsets, whole sentences, verified cue and mention, claimId ids', () => {
    const proposals = [
      { kind: 'indirect' as const, text: 'attaquer le Pentagone en justice après sa mise sur liste noire par Pete Hegseth, le secrétaire à la Défense', speaker: 'Anthropic', speaker_mention: 'Anthropic', cue: 'annonçait son intention d’' },
      { kind: 'mixed' as const, text: 'aider avec nos modèles et assurer leur sécurité', speaker: 'Altman', speaker_mention: 'Sam Altman', cue: 'selon' },
      { kind: 'direct' as const, text: 'Tout au long de nos discussions', speaker: 'Sam Altman', speaker_mention: 'le PDG', cue: 'a martelé' },
    ];
    const { located, rejected } = locateProposals(text, proposals, { bodyStart: analyzed.doc.bodyStart });
    expect(rejected).toEqual([]);
    const claims = claimsFromProposals(located, analyzed, CLAUDE);
    expectOffsetsExact({ ...analyzed, claims });
    expect(claims.map((c) => c.kind)).toEqual(['direct', 'mixed', 'indirect']);
    for (const c of claims) {
      expect(c.id).toBe(claimId(analyzed.doc.id, c.kind, c.start, c.end));
      expect(c).toMatchObject({ extractor: 'claude', extractorVersion: CLAUDE.extractorVersion, confidence: 0.8 });
      expect(analyzed.segmentation.sentences.some((s) => s.start === c.sentence.start)).toBe(true);
    }
    const [quote, mixed] = claims;
    // « le PDG » and « a martelé » are not in the article: not stored.
    expect(quote).toMatchObject({ cue: null, speakerMention: null });
    expect(mixed).toMatchObject({ cue: 'selon', speakerMention: 'Sam Altman' });
    // « Altman » is the rules' Sam Altman, aliases and role included.
    expect(mixed!.speaker).toMatchObject({ name: 'Sam Altman', role: 'patron d’OpenAI' });
  });

  it('gives an assertion no speaker, cue or mention', () => {
    const sentence = 'C’est une disposition réclamée par le Pentagone.';
    const { located } = locateProposals(text, [{ kind: 'assertion', text: sentence, speaker: 'OpenAI', cue: 'a' }], { bodyStart: analyzed.doc.bodyStart });
    const [a] = claimsFromProposals(located, analyzed, CLAUDE);
    expect(a).toMatchObject({ kind: 'assertion', text: sentence, speaker: null, cue: null, speakerMention: null });
  });
});
