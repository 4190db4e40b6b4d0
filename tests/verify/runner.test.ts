import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyWordQuery } from '../../src/verify/evidence.js';
import { verifyAll, verifyPending, type StatementLink } from '../../src/verify/runner.js';
import { claimId, events, secondText, sourceText, status, testDb, type TestDb } from './fixtures.js';

const ALTMAN_QUOTE = 'Ce soir, nous avons conclu un accord';
const MISATTRIBUTED = 'Le département de la Guerre est en accord';
const THREE_SAFEGUARDS = 'OpenAI a obtenu du Pentagone l’inscription dans le contrat, signé vendredi, de trois garde-fous';
const TWO_SAFEGUARDS = 'OpenAI a obtenu du Pentagone l’inscription dans le contrat de deux garde-fous';

const links = (db: TestDb['db'], claim: string, signal: string) => JSON.parse(events(db, claim, signal).at(-1)?.evidence ?? '[]') as StatementLink[];

describe('machine signals on the two corpus articles', () => {
  let t: TestDb;
  let source: string;
  let second: string;
  let firstRun: ReturnType<typeof verifyAll>;
  beforeAll(() => {
    t = testDb();
    source = t.store(sourceText);
    second = t.store(secondText);
    firstRun = verifyAll(t.db, { now: () => '2026-03-02T08:00:00.000Z' });
  });
  afterAll(() => t.close());

  it('checks every claim once and finds its span intact', () => {
    const claims = t.db.prepare('SELECT id FROM claims').pluck().all() as string[];
    expect(firstRun.claims).toBe(claims.length);
    for (const id of claims) {
      const fidelity = events(t.db, id, 'span-fidelity');
      expect(fidelity).toHaveLength(1);
      expect(fidelity[0]).toMatchObject({ kind: 'machine', status: null, evidence: '[]' });
      expect(fidelity[0]!.note).toMatch(/^intact/);
    }
  });

  it('links the repeated Altman quote both ways as corroborated', () => {
    const here = claimId(t.db, source, ALTMAN_QUOTE);
    const there = claimId(t.db, second, ALTMAN_QUOTE);
    expect(links(t.db, here, 'corroborated')).toEqual([expect.objectContaining({ claim: there, document: second, speaker: 'Sam Altman', similarity: 1 })]);
    expect(links(t.db, there, 'corroborated')).toEqual([expect.objectContaining({ claim: here, document: source, speaker: 'Sam Altman' })]);
    // Corroboration is not verification.
    expect(status(t.db, here).status).toBe('unverified');
    expect(status(t.db, here).machine_signals).toMatch(/corroborated\(1\)/);
  });

  it('flags the quote attributed to another speaker, on both sides', () => {
    const altman = claimId(t.db, source, MISATTRIBUTED);
    const spokesman = claimId(t.db, second, MISATTRIBUTED);
    expect(links(t.db, altman, 'conflicting-attribution')).toEqual([expect.objectContaining({ claim: spokesman, speaker: 'porte-parole du Pentagone' })]);
    expect(links(t.db, spokesman, 'conflicting-attribution')).toEqual([expect.objectContaining({ claim: altman, speaker: 'Sam Altman' })]);
    expect(events(t.db, altman, 'conflicting-attribution')[0]!.note).toBe('same statement attributed to porte-parole du Pentagone in 1 other document');
    expect(status(t.db, altman).status).toBe('in-review');
    expect(status(t.db, spokesman).status).toBe('in-review');
    expect(links(t.db, altman, 'corroborated')).toEqual([]);
  });

  it('flags « trois garde-fous » against the sentence that says « deux garde-fous », on both sides', () => {
    const three = claimId(t.db, second, THREE_SAFEGUARDS);
    const two = claimId(t.db, source, TWO_SAFEGUARDS);
    const [link] = links(t.db, three, 'conflicting-figures');
    expect(link).toMatchObject({ claim: two, document: source, speaker: null, figures: [{ here: 'trois garde-fous', there: 'deux garde-fous', about: 'gard-fou' }] });
    expect(sourceText.slice(link!.start, link!.end)).toMatch(/^OpenAI a obtenu du Pentagone l’inscription dans le contrat de deux garde-fous/);
    expect(links(t.db, two, 'conflicting-figures')).toEqual([expect.objectContaining({ claim: three, figures: [{ here: 'deux garde-fous', there: 'trois garde-fous', about: 'gard-fou' }] })]);
    expect(status(t.db, three)).toMatchObject({ status: 'in-review', machine_signals: expect.stringMatching(/^conflicting-figures\(1\)/) });
    expect(status(t.db, two).status).toBe('in-review');
  });

  it('raises no other flag on the corpus', () => {
    const flagged = t.db.prepare("SELECT id FROM claim_rows WHERE status = 'in-review' ORDER BY id").pluck().all();
    const expected = [
      claimId(t.db, source, MISATTRIBUTED), claimId(t.db, second, MISATTRIBUTED), claimId(t.db, second, THREE_SAFEGUARDS), claimId(t.db, source, TWO_SAFEGUARDS),
    ].sort();
    expect(flagged).toEqual(expected);
  });

  it('stores evidence from other documents with offsets that point at its text', () => {
    const rows = t.db.prepare('SELECT e.*, c.document_id AS claim_document FROM evidence e JOIN claims c ON c.id = e.claim_id').all() as {
      id: number; claim_id: string; document_id: string; start: number; end: number; text: string; score: number; claim_document: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    const texts: Record<string, string> = { [source]: sourceText, [second]: secondText };
    for (const e of rows) {
      expect(e.document_id).not.toBe(e.claim_document);
      expect(texts[e.document_id]!.slice(e.start, e.end)).toBe(e.text);
      expect(e.score).toBeGreaterThan(0);
    }
    // The best evidence for the repeated quote is the sentence that repeats it.
    const quote = claimId(t.db, source, ALTMAN_QUOTE);
    const [best] = links(t.db, quote, 'evidence') as unknown as { evidence_id: number; document: string; start: number; end: number }[];
    const bestRow = rows.find((r) => r.id === best!.evidence_id)!;
    expect(bestRow.text).toContain(ALTMAN_QUOTE);
    expect(bestRow).toMatchObject({ document_id: best!.document, start: best!.start, end: best!.end });
  });

  it('gives no evidence to claims below the check-worthiness bar', () => {
    const low = t.db.prepare('SELECT id FROM claims WHERE check_worthiness < 0.25').pluck().all() as string[];
    expect(low.length).toBeGreaterThan(0);
    for (const id of low) expect(events(t.db, id, 'evidence')).toEqual([]);
  });

  it('adds nothing when run again on unchanged data', () => {
    const count = () => t.db.prepare('SELECT COUNT(*) FROM verification_events').pluck().get() as number;
    const evidence = () => t.db.prepare('SELECT COUNT(*) FROM evidence').pluck().get() as number;
    const [beforeEvents, beforeEvidence] = [count(), evidence()];
    const again = verifyAll(t.db);
    expect(again.events).toEqual({});
    expect(again.newEvidence).toBe(0);
    expect(count()).toBe(beforeEvents);
    expect(evidence()).toBe(beforeEvidence);
    expect(verifyPending(t.db).claims).toBe(0);
  });
});

describe('verification as documents arrive', () => {
  let t: TestDb;
  afterAll(() => t.close());

  it('tells an older claim about a newer document that repeats it', () => {
    t = testDb();
    const source = t.store(sourceText);
    verifyPending(t.db);
    const quote = claimId(t.db, source, ALTMAN_QUOTE);
    expect(events(t.db, quote, 'corroborated')).toEqual([]);
    const second = t.store(secondText);
    const run = verifyPending(t.db);
    // Only the new document, plus the three older claims it matched: the quote, the misattributed one, the figures.
    expect(run.claims).toBe((t.db.prepare('SELECT COUNT(*) FROM claims WHERE document_id = ?').pluck().get(second) as number) + 3);
    expect(links(t.db, quote, 'corroborated')).toEqual([expect.objectContaining({ document: second })]);
    expect(status(t.db, claimId(t.db, source, MISATTRIBUTED)).status).toBe('in-review');
    expect(status(t.db, claimId(t.db, source, TWO_SAFEGUARDS)).status).toBe('in-review');
  });
});

describe('span fidelity', () => {
  let t: TestDb;
  afterAll(() => t.close());

  it('flags every claim of a document whose stored text was changed, and records the finding once', () => {
    t = testDb();
    const source = t.store(sourceText);
    verifyAll(t.db);
    const quote = claimId(t.db, source, ALTMAN_QUOTE);
    const { start } = t.db.prepare('SELECT start FROM claims WHERE id = ?').get(quote) as { start: number };
    // Tamper: « Ce soir » becomes « Ce matin » inside the quote, shifting everything after it by one.
    const tampered = sourceText.slice(0, start) + 'Ce matin' + sourceText.slice(start + 'Ce soir'.length);
    t.db.prepare('UPDATE documents SET text = ? WHERE id = ?').run(tampered, source);
    verifyAll(t.db);
    const fidelity = events(t.db, quote, 'span-fidelity');
    expect(fidelity).toHaveLength(2);
    expect(fidelity[1]).toMatchObject({ status: 'in-review' });
    expect(fidelity[1]!.note).toMatch(/document text changed since ingest.*no longer the claim/);
    expect(JSON.parse(fidelity[1]!.evidence)).toEqual([expect.objectContaining({ document_hash_matches: false, found: expect.stringMatching(/^Ce matin,/) })]);
    expect(status(t.db, quote)).toMatchObject({ status: 'in-review', machine_signals: 'span-altered' });
    // A claim before the change still has its words at its offsets, but its document is no longer the one
    // that was ingested: flagged by the hash alone.
    const before = t.db.prepare('SELECT id, text FROM claims WHERE document_id = ? AND end < ? ORDER BY start LIMIT 1').get(source, start) as { id: string; text: string };
    expect(JSON.parse(events(t.db, before.id, 'span-fidelity').at(-1)!.evidence)).toEqual([expect.objectContaining({ document_hash_matches: false, found: before.text.slice(0, 200) })]);
    expect(events(t.db, before.id, 'span-fidelity').at(-1)!.note).toBe('altered: document text changed since ingest (its SHA-256 is no longer its id)');
    verifyAll(t.db);
    expect(events(t.db, quote, 'span-fidelity')).toHaveLength(2);
  });
});

describe('hostile text', () => {
  let t: TestDb;
  afterAll(() => t.close());

  it('never becomes FTS5 syntax, in a claim or in a document', () => {
    for (const text of ['"unbalanced', 'NEAR(a b', 'x OR * AND', "'; DROP TABLE claims; --", 'text_fr:ce ^soir', '{text_fr} : (a)']) {
      const query = anyWordQuery(text);
      if (query !== null) expect(query).toMatch(/^("[\p{L}\p{N}]+"\*?)( OR "[\p{L}\p{N}]+"\*?)*$/u);
    }
    t = testDb();
    t.store(sourceText);
    t.store(
      'Jean Dupont, maire de Lyon, a déclaré : « NEAR(accord "département" OR * AND {text_fr} : ^soir ; DROP TABLE claims; -- nos modèles classifiés sont déployés ». ' +
        'Il a ajouté que le département de la Guerre avait signé un accord "classifié" pour 3 millions de dollars.',
    );
    expect(t.db.prepare("SELECT COUNT(*) FROM claims WHERE text LIKE '%NEAR(%'").pluck().get()).toBe(1);
    const run = verifyAll(t.db);
    expect(run.claims).toBe(t.db.prepare('SELECT COUNT(*) FROM claims').pluck().get());
    expect(t.db.prepare("SELECT COUNT(*) FROM verification_events WHERE signal = 'span-fidelity'").pluck().get()).toBe(run.claims);
  });
});
