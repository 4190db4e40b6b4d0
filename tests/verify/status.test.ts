import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent, type NewEvent } from '../../src/store/verification.js';
import { deriveStatus, statusForRating, type HistoryEvent, type Rating } from '../../src/verify/status.js';
import { recordVerdict } from '../../src/verify/verdict.js';
import { verifyAll } from '../../src/verify/runner.js';
import { events, secondText, sourceText, status, testDb, type TestDb } from './fixtures.js';

const machine = (signal: string, status: string | null): HistoryEvent & { signal: string } => ({ kind: 'machine', signal, status, rating: null });
const human = (rating: Rating): HistoryEvent & { signal: string } => ({ kind: 'human', signal: 'verdict', status: statusForRating(rating), rating });

const SCENARIOS: { name: string; history: (HistoryEvent & { signal: string })[]; status: string; rating: string | null }[] = [
  { name: 'no event', history: [], status: 'unverified', rating: null },
  { name: 'machine signals without a flag', history: [machine('span-fidelity', null), machine('corroborated', null)], status: 'unverified', rating: null },
  { name: 'a machine flag', history: [machine('conflicting-figures', 'in-review')], status: 'in-review', rating: null },
  { name: 'a flag that no longer holds stays until a person decides', history: [machine('conflicting-figures', 'in-review'), machine('conflicting-figures', null)], status: 'in-review', rating: null },
  { name: 'a flag, then a verdict', history: [machine('conflicting-attribution', 'in-review'), human('false')], status: 'disputed', rating: 'false' },
  { name: 'a verdict, then a machine flag', history: [human('true'), machine('span-fidelity', 'in-review')], status: 'verified', rating: 'true' },
  { name: 'the latest verdict wins', history: [human('false'), machine('evidence', null), human('mostly-true')], status: 'verified', rating: 'mostly-true' },
  { name: 'misleading is disputed', history: [human('misleading')], status: 'disputed', rating: 'misleading' },
  { name: 'unverifiable leaves the claim unverified, with its rating', history: [machine('conflicting-figures', 'in-review'), human('unverifiable')], status: 'unverified', rating: 'unverifiable' },
  { name: 'a machine verdict that refutes, after a human verdict', history: [human('true'), { kind: 'machine', signal: 'machine-verdict', status: 'in-review', rating: 'refutes' }], status: 'verified', rating: 'true' },
];

describe('status derivation', () => {
  it('maps ratings to statuses', () => {
    expect(statusForRating('true')).toBe('verified');
    expect(statusForRating('mostly-true')).toBe('verified');
    expect(statusForRating('misleading')).toBe('disputed');
    expect(statusForRating('false')).toBe('disputed');
    expect(statusForRating('unverifiable')).toBe('unverified');
  });

  for (const s of SCENARIOS) {
    it(`derives « ${s.status} » from ${s.name}`, () => {
      expect(deriveStatus(s.history)).toEqual({ status: s.status, rating: s.rating });
    });
  }
});

describe('the claim_rows view', () => {
  let t: TestDb;
  let claims: string[];
  beforeAll(() => {
    t = testDb();
    t.store(sourceText);
    t.store(secondText);
    claims = t.db.prepare('SELECT id FROM claims ORDER BY document_id, start').pluck().all() as string[];
    expect(claims.length).toBeGreaterThan(SCENARIOS.length);
  });
  afterAll(() => t.close());

  it('derives the same status and rating as deriveStatus, scenario by scenario', () => {
    SCENARIOS.forEach((s, i) => {
      const claim = claims[i]!;
      for (const e of s.history) {
        const event: NewEvent = { claim_id: claim, kind: e.kind as 'machine' | 'human', signal: e.signal, status: e.status, rating: e.rating, note: null, evidence: '[]', by: e.kind === 'human' ? 'tester' : null, model: null, prompt_hash: null, at: '2026-03-02T00:00:00.000Z' };
        appendEvent(t.db, event);
      }
      const row = status(t.db, claim);
      expect({ status: row.status, rating: row.rating }, s.name).toEqual({ status: s.status, rating: s.rating });
      expect(deriveStatus(events(t.db, claim)), s.name).toEqual({ status: s.status, rating: s.rating });
    });
  });

  it('keeps a human verdict when machine signals run again afterwards', () => {
    const claim = claims[SCENARIOS.length]!;
    recordVerdict(t.db, claim, { rating: 'false', by: 'desk' });
    // Tamper with the document so the runner raises a flag on every claim.
    t.db.prepare("UPDATE documents SET text = replace(text, 'Sam Altman', 'Sam Altmann')").run();
    verifyAll(t.db);
    expect(events(t.db, claim, 'span-fidelity').at(-1)?.status).toBe('in-review');
    expect(status(t.db, claim)).toMatchObject({ status: 'disputed', rating: 'false' });
  });
});

describe('append-only tables', () => {
  let t: TestDb;
  beforeAll(() => {
    t = testDb();
    t.store(sourceText);
    verifyAll(t.db);
  });
  afterAll(() => t.close());

  it('refuses UPDATE and DELETE on verification_events', () => {
    const before = t.db.prepare('SELECT COUNT(*) FROM verification_events').pluck().get() as number;
    expect(before).toBeGreaterThan(0);
    expect(() => t.db.prepare("UPDATE verification_events SET status = 'verified'").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM verification_events').run()).toThrow(/append-only/);
    expect(t.db.prepare('SELECT COUNT(*) FROM verification_events').pluck().get()).toBe(before);
    expect(t.db.prepare("SELECT COUNT(*) FROM verification_events WHERE status = 'verified'").pluck().get()).toBe(0);
  });

  it('refuses UPDATE and DELETE on evidence', () => {
    t.db
      .prepare(`INSERT INTO evidence (claim_id, document_id, start, end, text, score, created_at)
        SELECT c.id, c.document_id, c.start, c.end, c.text, 1, 'now' FROM claims c LIMIT 1`)
      .run();
    expect(() => t.db.prepare('UPDATE evidence SET score = 0').run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM evidence').run()).toThrow(/append-only/);
    expect(t.db.prepare('SELECT COUNT(*) FROM evidence').pluck().get()).toBe(1);
  });
});
