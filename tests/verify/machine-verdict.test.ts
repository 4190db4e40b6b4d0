import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { recordMachineVerdict, UnknownEvidenceError } from '../../src/verify/machine-verdict.js';
import { verifyAll } from '../../src/verify/runner.js';
import { recordVerdict } from '../../src/verify/verdict.js';
import { claimId, events, secondText, sourceText, status, testDb, type TestDb } from './fixtures.js';

// The event shape the Claude judge writes (tests/verify/claude-judge.test.ts runs the judge itself).
describe('machine verdicts', () => {
  let t: TestDb;
  let claim: string;
  let evidenceIds: number[];
  const provenance = { model: 'claude-test', promptHash: 'a'.repeat(64), at: '2026-03-02T10:00:00.000Z' };

  beforeAll(() => {
    t = testDb();
    const source = t.store(sourceText);
    t.store(secondText);
    verifyAll(t.db);
    claim = claimId(t.db, source, 'Ce soir, nous avons conclu');
    evidenceIds = t.db.prepare('SELECT id FROM evidence WHERE claim_id = ? ORDER BY id').pluck().all(claim) as number[];
    expect(evidenceIds.length).toBeGreaterThan(0);
  });
  afterAll(() => t.close());

  it('records a verdict citing the claim’s evidence, with model and prompt hash', () => {
    const id = recordMachineVerdict(t.db, claim, { verdict: 'supports', evidence_ids: [evidenceIds[0]], rationale: 'Repris mot pour mot.' }, provenance);
    expect(id).not.toBeNull();
    const [event] = events(t.db, claim, 'machine-verdict');
    expect(event).toMatchObject({ kind: 'machine', status: null, rating: 'supports', note: 'Repris mot pour mot.' });
    expect(t.db.prepare('SELECT model, prompt_hash FROM verification_events WHERE id = ?').get(id)).toEqual({ model: 'claude-test', prompt_hash: provenance.promptHash });
    expect(JSON.parse(event!.evidence)).toEqual([expect.objectContaining({ evidence_id: evidenceIds[0] })]);
    expect(status(t.db, claim).machine_signals).toMatch(/machine-verdict:supports/);
    // The same answer again adds nothing.
    expect(recordMachineVerdict(t.db, claim, { verdict: 'supports', evidence_ids: [evidenceIds[0]], rationale: 'Repris mot pour mot.' }, provenance)).toBeNull();
  });

  it('refuses evidence ids the claim does not have, and malformed answers', () => {
    const other = t.db.prepare('SELECT id FROM evidence WHERE claim_id <> ? LIMIT 1').pluck().get(claim) as number;
    expect(() => recordMachineVerdict(t.db, claim, { verdict: 'refutes', evidence_ids: [other], rationale: 'x' }, provenance)).toThrow(UnknownEvidenceError);
    expect(() => recordMachineVerdict(t.db, claim, { verdict: 'refutes', evidence_ids: [999_999], rationale: 'x' }, provenance)).toThrow(/#999999/);
    expect(() => recordMachineVerdict(t.db, claim, { verdict: 'probably', evidence_ids: [], rationale: 'x' }, provenance)).toThrow(ZodError);
    expect(events(t.db, claim, 'machine-verdict')).toHaveLength(1);
  });

  it('puts a refuted claim in review, but never overrides a human verdict', () => {
    recordMachineVerdict(t.db, claim, { verdict: 'refutes', evidence_ids: evidenceIds, rationale: 'Contredit.' }, provenance);
    expect(status(t.db, claim).status).toBe('in-review');
    recordVerdict(t.db, claim, { rating: 'true', by: 'desk' });
    recordMachineVerdict(t.db, claim, { verdict: 'refutes', evidence_ids: [evidenceIds[0]], rationale: 'Toujours contredit.' }, provenance);
    expect(status(t.db, claim)).toMatchObject({ status: 'verified', rating: 'true' });
  });
});
