// Runs the machine signals over stored claims and appends what changed to verification_events. Per document:
// the signals are computed first (reads only), then one IMMEDIATE transaction compares each signal's findings
// with that signal's latest event for the claim and appends an event only when they differ. Running twice adds
// nothing; a finding that disappears is recorded as « no longer found »; nothing is ever updated or deleted.

import { segment } from '../pipeline/segment.js';
import type { Db } from '../store/db.js';
import {
  appendEvent,
  claimAtSpan,
  claimsByIds,
  claimsOfDocument,
  documentForVerification,
  documentIds,
  documentsPendingVerification,
  documentsWithoutPassages,
  latestEvent,
  searchClaims,
  searchPassages,
  storeEvidence,
  storePassages,
  type ClaimForVerification,
  type PassageRow,
} from '../store/verification.js';
import { compareClaims, compareWithPassage, profile, RELATIONS, type Comparison, type Relation } from './corroborate.js';
import { anyWordQuery, CHECK_WORTHY, EVIDENCE_PER_CLAIM, selectEvidence, type Passage } from './evidence.js';
import { checkSpan, type SpanCheck } from './fidelity.js';
import { machineEventStatus } from './status.js';

export interface VerifyOptions {
  /** ISO timestamp for the events; injectable so tests are reproducible. */
  now?: () => string;
  checkWorthy?: number;
  evidencePerClaim?: number;
}

export interface VerifySummary {
  documents: number;
  claims: number;
  passagesIndexed: number;
  /** Events appended, by signal. */
  events: Record<string, number>;
  /** Evidence candidates seen for the first time. */
  newEvidence: number;
}

/** How many claims and passages FTS5 hands to the (more exact) comparisons in corroborate.ts. */
const CANDIDATE_CLAIMS = 30;
const CANDIDATE_PASSAGES = 12;

/** A link from a claim to the same statement elsewhere: another claim, or a sentence of another document. */
export interface StatementLink {
  claim?: string;
  passage?: number;
  document: string;
  start: number;
  end: number;
  speaker?: string | null;
  similarity: number;
  figures?: { here: string; there: string; about: string }[];
}

/** An evidence candidate as an 'evidence' event cites it. */
export interface EvidenceLink {
  evidence_id: number;
  document: string;
  start: number;
  end: number;
}

interface ClaimFindings {
  claim: ClaimForVerification;
  span: SpanCheck;
  links: Record<Relation, StatementLink[]>;
  evidence: Passage[];
}

export class VerificationRunner {
  private readonly now: () => string;
  private readonly checkWorthy: number;
  private readonly evidencePerClaim: number;
  private readonly summary: VerifySummary = { documents: 0, claims: 0, passagesIndexed: 0, events: {}, newEvidence: 0 };

  constructor(private readonly db: Db, options: VerifyOptions = {}) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.checkWorthy = options.checkWorthy ?? CHECK_WORTHY;
    this.evidencePerClaim = options.evidencePerClaim ?? EVIDENCE_PER_CLAIM;
  }

  /** Verifies every claim of these documents, then the claims elsewhere they were found to match. */
  run(documents: readonly string[]): VerifySummary {
    this.indexPassages();
    const done = new Set(documents);
    const counterparts = new Map<string, Set<string>>();
    for (const documentId of documents) {
      for (const other of this.verifyClaims(documentId, claimsOfDocument(this.db, documentId))) {
        if (done.has(other.document)) continue;
        if (!counterparts.has(other.document)) counterparts.set(other.document, new Set());
        counterparts.get(other.document)!.add(other.claim);
      }
    }
    // A match is symmetric: the older claim learns about the newer document too.
    for (const [documentId, ids] of counterparts) this.verifyClaims(documentId, claimsByIds(this.db, [...ids]));
    return this.summary;
  }

  /** Every document has its sentences in documents_fts before any search: evidence may be in any of them. */
  private indexPassages(): void {
    for (const id of documentsWithoutPassages(this.db)) {
      const doc = documentForVerification(this.db, id);
      if (!doc) continue;
      const sentences = segment(doc.text, doc.body_start).sentences;
      this.summary.passagesIndexed += storePassages(
        this.db,
        id,
        sentences.map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) })),
      );
    }
  }

  /** Computes and records the signals of some claims of one document; returns the claims they matched. */
  private verifyClaims(documentId: string, claims: ClaimForVerification[]): { claim: string; document: string }[] {
    if (claims.length === 0) return [];
    const doc = documentForVerification(this.db, documentId);
    const findings = claims.map((claim) => this.findings(claim, doc?.text ?? null));
    this.record(findings);
    this.summary.documents++;
    this.summary.claims += claims.length;
    return findings.flatMap((f) =>
      RELATIONS.flatMap((r) => f.links[r].filter((l) => l.claim !== undefined).map((l) => ({ claim: l.claim!, document: l.document }))),
    );
  }

  private findings(claim: ClaimForVerification, documentText: string | null): ClaimFindings {
    const span = checkSpan({ documentId: claim.document_id, documentText, start: claim.start, end: claim.end, text: claim.text });
    const links: Record<Relation, StatementLink[]> = { corroborated: [], 'conflicting-attribution': [], 'conflicting-figures': [] };
    const here = profile(claim.text);
    const query = anyWordQuery(claim.text);
    if (query === null) return { claim, span, links, evidence: [] };

    for (const other of searchClaims(this.db, query, claim.document_id, CANDIDATE_CLAIMS)) {
      const comparison = compareClaims({ profile: here, speakerId: claim.speaker_id }, { profile: profile(other.text), speakerId: other.speaker_id });
      if (comparison) links[comparison.relation].push(claimLink(other, comparison));
    }

    const passages = searchPassages(this.db, query, claim.document_id, CANDIDATE_PASSAGES).map((p) => ({ passage: toPassage(p), profile: profile(p.text) }));
    for (const { passage, profile: there } of passages) {
      const comparison = compareWithPassage(here, there);
      // A claim already linked inside this sentence says it better (it has a speaker).
      if (comparison && !links['conflicting-figures'].some((l) => l.document === passage.documentId && l.start < passage.end && passage.start < l.end)) {
        // A sentence that is itself a claim (an assertion) is linked as that claim, so it learns of this one too.
        const asClaim = claimAtSpan(this.db, passage.documentId, passage.start, passage.end);
        links['conflicting-figures'].push(asClaim ? claimLink(asClaim, comparison) : passageLink(passage, comparison));
      }
    }
    for (const list of Object.values(links)) list.sort(byPlace);
    const evidence = claim.check_worthiness >= this.checkWorthy ? selectEvidence(here, passages, this.evidencePerClaim) : [];
    return { claim, span, links, evidence };
  }

  private record(findings: ClaimFindings[]): void {
    const at = this.now();
    this.db
      .transaction(() => {
        for (const f of findings) {
          this.append(f.claim.id, 'span-fidelity', spanFindings(f), spanNote(f), at, true);
          for (const relation of RELATIONS) this.append(f.claim.id, relation, f.links[relation], relationNote(relation, f.links[relation]), at, false);
          const cited = f.evidence.map((p): EvidenceLink => ({ evidence_id: this.evidenceRow(f.claim.id, p, at), document: p.documentId, start: p.start, end: p.end }));
          this.append(f.claim.id, 'evidence', cited, evidenceNote(cited), at, false);
        }
      })
      .immediate();
  }

  /**
   * Appends an event when the findings differ from the signal's latest event. Without an earlier event, an
   * empty result is recorded only for signals that always report (span fidelity: « checked, intact »).
   */
  private append(claimId: string, signal: string, findings: unknown[], note: string, at: string, alwaysReport: boolean): void {
    const evidence = JSON.stringify(findings);
    const latest = latestEvent(this.db, claimId, signal);
    if (latest ? latest.evidence === evidence : findings.length === 0 && !alwaysReport) return;
    appendEvent(this.db, {
      claim_id: claimId,
      kind: 'machine',
      signal,
      status: machineEventStatus(signal, findings.length),
      rating: null,
      note: latest && findings.length === 0 && !alwaysReport ? 'no longer found' : note,
      evidence,
      by: null,
      model: null,
      prompt_hash: null,
      at,
    });
    this.summary.events[signal] = (this.summary.events[signal] ?? 0) + 1;
  }

  private evidenceRow(claimId: string, p: Passage, at: string): number {
    const { id, created } = storeEvidence(this.db, { claim_id: claimId, document_id: p.documentId, start: p.start, end: p.end, text: p.text, score: p.score, created_at: at });
    if (created) this.summary.newEvidence++;
    return id;
  }
}

/** Verifies every claim of the given documents (and the claims elsewhere they match). */
export function verifyDocuments(db: Db, documents: readonly string[], options: VerifyOptions = {}): VerifySummary {
  return new VerificationRunner(db, options).run(documents);
}

/** Verifies documents with claims never checked, such as those an ingest has just stored. */
export function verifyPending(db: Db, options: VerifyOptions = {}): VerifySummary {
  return verifyDocuments(db, documentsPendingVerification(db), options);
}

/** Verifies every claim of every document (or of the documents whose id starts with `prefix`). */
export function verifyAll(db: Db, options: VerifyOptions & { documentPrefix?: string } = {}): VerifySummary {
  return verifyDocuments(db, documentIds(db, options.documentPrefix), options);
}

function toPassage(p: PassageRow): Passage {
  return { id: p.id, documentId: p.document_id, start: p.start, end: p.end, text: p.text, score: Math.round(p.score * 10_000) / 10_000 };
}

function claimLink(other: ClaimForVerification, c: Comparison): StatementLink {
  return {
    claim: other.id,
    document: other.document_id,
    start: other.start,
    end: other.end,
    speaker: other.speaker,
    similarity: c.similarity,
    ...(c.figures.length ? { figures: c.figures } : {}),
  };
}

function passageLink(p: Passage, c: Comparison): StatementLink {
  return { passage: p.id, document: p.documentId, start: p.start, end: p.end, similarity: c.similarity, figures: c.figures };
}

const byPlace = (a: StatementLink, b: StatementLink) => a.document.localeCompare(b.document) || a.start - b.start || a.end - b.end;

function spanFindings(f: ClaimFindings): unknown[] {
  if (f.span.intact) return [];
  return [{ document: f.claim.document_id, start: f.claim.start, end: f.claim.end, document_hash_matches: f.span.documentHashMatches, found: f.span.found?.slice(0, 200) ?? null }];
}

function spanNote(f: ClaimFindings): string {
  return f.span.intact ? `intact: the claim is at ${f.claim.start}–${f.claim.end} and the document still hashes to its id` : `altered: ${f.span.reason}`;
}

const documents = (links: StatementLink[]) => {
  const n = new Set(links.map((l) => l.document)).size;
  return `${n} other document${n === 1 ? '' : 's'}`;
};

function relationNote(relation: Relation, links: StatementLink[]): string {
  switch (relation) {
    case 'corroborated':
      return `same statement, same speaker, in ${documents(links)}`;
    case 'conflicting-attribution': {
      const speakers = [...new Set(links.map((l) => l.speaker ?? 'unknown'))];
      return `same statement attributed to ${speakers.join(', ')} in ${documents(links)}`;
    }
    case 'conflicting-figures': {
      const pairs = links.flatMap((l) => l.figures ?? []).slice(0, 3).map((f) => `« ${f.here} » here, « ${f.there} » there`);
      return `same statement with different figures in ${documents(links)}: ${pairs.join('; ')}`;
    }
  }
}

function evidenceNote(cited: EvidenceLink[]): string {
  return `${cited.length} passage${cited.length === 1 ? '' : 's'} from ${new Set(cited.map((c) => c.document)).size} other document(s)`;
}
