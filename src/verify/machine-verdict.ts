// The shape of a machine verdict, as the Claude judge (claude-judge.ts, run by judge-claims.ts) writes it:
// given a claim and its evidence candidates, a model answers supports / refutes / not-enough-evidence, citing
// evidence ids. The answer is validated here before it touches the database, and every cited id must be an
// evidence candidate of that claim. It is a machine event, so it never overrides a human verdict; « refutes »
// puts the claim in review like any other flag.
//
// Event: kind 'machine', signal 'machine-verdict', rating = the verdict, note = the model's rationale,
// evidence = the cited candidates [{evidence_id, document, start, end}], model and prompt_hash set.

import { z } from 'zod';
import type { Db } from '../store/db.js';
import { appendEvent, evidenceOfClaim, latestEvent } from '../store/verification.js';

export const MACHINE_VERDICTS = ['supports', 'refutes', 'not-enough-evidence'] as const;

/** What the judge must answer. */
export const MachineVerdictAnswer = z.object({
  verdict: z.enum(MACHINE_VERDICTS),
  evidence_ids: z.array(z.number().int().positive()).max(20),
  rationale: z.string().min(1).max(2000),
});
export type MachineVerdictAnswer = z.infer<typeof MachineVerdictAnswer>;

export class UnknownEvidenceError extends Error {
  constructor(readonly claimId: string, readonly ids: number[]) {
    super(`machine verdict on ${claimId} cites evidence that does not exist for it: ${ids.map((id) => `#${id}`).join(', ')}`);
  }
}

/**
 * Records a judge's answer for a claim, unless the latest machine verdict already says the same with the same
 * model and prompt, on the same evidence set (it is newer than the claim's latest 'evidence' event: the same
 * answer on a changed set is recorded, so the history shows the judge looked again). Returns the new event id,
 * or null when nothing changed. Throws a ZodError on a malformed answer and UnknownEvidenceError when it cites
 * evidence the claim does not have.
 */
export function recordMachineVerdict(db: Db, claimId: string, answer: unknown, provenance: { model: string; promptHash: string; at?: string }): number | null {
  const parsed = MachineVerdictAnswer.parse(answer);
  const cited = [...new Set(parsed.evidence_ids)].sort((a, b) => a - b);
  return db
    .transaction(() => {
      const rows = evidenceOfClaim(db, claimId, cited);
      const unknown = cited.filter((id) => !rows.some((r) => r.id === id));
      if (unknown.length > 0) throw new UnknownEvidenceError(claimId, unknown);
      const evidence = JSON.stringify(rows.map((e) => ({ evidence_id: e.id, document: e.document_id, start: e.start, end: e.end })));
      const latest = latestEvent(db, claimId, 'machine-verdict');
      const evidenceSet = latestEvent(db, claimId, 'evidence');
      const sameSet = latest !== undefined && (evidenceSet === undefined || latest.id > evidenceSet.id);
      const unchanged = sameSet && latest.rating === parsed.verdict && latest.evidence === evidence && latest.model === provenance.model && latest.prompt_hash === provenance.promptHash;
      if (unchanged) return null;
      return appendEvent(db, {
        claim_id: claimId,
        kind: 'machine',
        signal: 'machine-verdict',
        status: parsed.verdict === 'refutes' ? 'in-review' : null,
        rating: parsed.verdict,
        note: parsed.rationale,
        evidence,
        by: null,
        model: provenance.model,
        prompt_hash: provenance.promptHash,
        at: provenance.at ?? new Date().toISOString(),
      });
    })
    .immediate();
}
