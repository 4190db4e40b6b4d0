// Runs the Claude judge over stored claims and records its answers as machine verdicts. The claims are those
// claimsToJudge picks (check-worthy, with evidence candidates, no human verdict, not yet judged on their
// current evidence set), so running twice judges nothing the second time. Requests run concurrently, bounded by
// the runner's queue; each answer is recorded as soon as it arrives, in its own transaction
// (recordMachineVerdict), so an interrupted run keeps what it has and the next run judges the rest. A failed
// judgement records nothing.

import type { Db } from '../store/db.js';
import { claimsToJudge, currentEvidence, type ClaimToJudge } from '../store/verification.js';
import type { ClaudeJudge, JudgeFailure, JudgeInput } from './claude-judge.js';
import { CHECK_WORTHY } from './evidence.js';
import { MACHINE_VERDICTS, recordMachineVerdict, UnknownEvidenceError } from './machine-verdict.js';

export interface JudgeSummary {
  /** Claims sent to the judge (or answered from the cache). */
  claims: number;
  /** Claims with a valid answer. */
  judged: number;
  /** Answers by verdict. */
  verdicts: Record<(typeof MACHINE_VERDICTS)[number], number>;
  /** Events appended (an answer identical to the claim's latest verdict on the same evidence adds none). */
  recorded: number;
  /** Answers served from llm_cache. */
  cached: number;
  failed: number;
}

export interface JudgeClaimFailure {
  claimId: string;
  failure: JudgeFailure;
}

export interface JudgeClaimsOptions {
  /** Only claims of these documents; every document when undefined. */
  documents?: readonly string[] | undefined;
  checkWorthy?: number | undefined;
  /** ISO timestamp for the events; injectable so tests are reproducible. */
  now?: (() => string) | undefined;
  /** Called once per failed claim, as it fails (the CLI names it on stderr). */
  onFailure?: ((failure: JudgeClaimFailure) => void) | undefined;
}

/** Claims whose requests are in flight at once, at most: bounds memory; the runner's queue bounds the HTTP. */
const BATCH = 64;

export function emptyJudgeSummary(): JudgeSummary {
  return { claims: 0, judged: 0, verdicts: { supports: 0, refutes: 0, 'not-enough-evidence': 0 }, recorded: 0, cached: 0, failed: 0 };
}

export async function judgeClaims(db: Db, judge: Pick<ClaudeJudge, 'judge'>, options: JudgeClaimsOptions = {}): Promise<JudgeSummary> {
  const summary = emptyJudgeSummary();
  const now = options.now ?? (() => new Date().toISOString());
  const claims = claimsToJudge(db, { checkWorthy: options.checkWorthy ?? CHECK_WORTHY, documents: options.documents });
  const fail = (claimId: string, failure: JudgeFailure) => {
    summary.failed++;
    options.onFailure?.({ claimId, failure });
  };

  for (let i = 0; i < claims.length; i += BATCH) {
    await Promise.all(
      claims.slice(i, i + BATCH).map(async (claim) => {
        const input = judgeInput(db, claim);
        summary.claims++;
        const result = await judge.judge(input);
        if (!result.ok) return fail(claim.id, result.failure);
        try {
          const id = recordMachineVerdict(db, claim.id, result.answer, { model: result.model, promptHash: result.promptHash, at: now() });
          if (id !== null) summary.recorded++;
        } catch (error) {
          // The judge checked the ids against this very evidence; this means the rows changed under us.
          if (!(error instanceof UnknownEvidenceError)) throw error;
          return fail(claim.id, { kind: 'invalid-output', message: error.message, attempts: 0 });
        }
        summary.judged++;
        summary.verdicts[result.answer.verdict]++;
        if (result.cached) summary.cached++;
      }),
    );
  }
  return summary;
}

/** A stored claim and its current evidence candidates, as the judge receives them. */
export function judgeInput(db: Db, claim: ClaimToJudge): JudgeInput {
  return {
    claim: {
      id: claim.id,
      kind: claim.kind,
      text: claim.text,
      translation: claim.text_en,
      speaker: claim.speaker,
      date: claim.doc_date,
      document: claim.doc_title,
    },
    evidence: currentEvidence(db, claim.id).map((e) => ({ id: e.id, text: e.text, document: e.doc_title, date: e.doc_date })),
  };
}

export function formatJudgeCounts(s: JudgeSummary): string {
  const v = s.verdicts;
  return `${s.judged} claims judged (supports ${v.supports}, refutes ${v.refutes}, not enough evidence ${v['not-enough-evidence']}), ${s.failed} failed`;
}
