import { copyFileSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractClaim } from '../../src/export/contract.js';
import { jsonLines, runCli, tempDir } from '../helpers/cli.js';
import { CORPUS_ARTICLE } from '../helpers/paths.js';

type ContractLine = ContractClaim;

const source = readFileSync(CORPUS_ARTICLE, 'utf8');
const offline = { CLAIMTRAIL_DB: '', ANTHROPIC_API_KEY: '' };

describe('claimtrail CLI on the source article', () => {
  const dir = tempDir();
  const db = path.join(dir, 'claims.sqlite');
  const corpus = path.join(dir, 'corpus');
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    mkdirSync(corpus);
    copyFileSync(CORPUS_ARTICLE, path.join(corpus, 'article.txt'));
    first = await runCli(['--db', db, 'ingest', corpus, '--translator', 'none'], { env: offline });
  });

  it('ingests and prints a summary', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/documents: 1 new, 0 unchanged, 0 failed/);
    expect(first.stdout).toMatch(/claims added: direct 3, mixed \d+, indirect \d+/);
  });

  it('adds nothing when the same corpus is ingested again', async () => {
    const before = jsonLines(( await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout).length;
    const again = await runCli(['--db', db, 'ingest', corpus, '--translator', 'none'], { env: offline });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/documents: 0 new, 1 unchanged, 0 failed/);
    const after = jsonLines((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout).length;
    expect(after).toBe(before);
  });

  it('says when stored documents keep claims made by older rules (they are not analysed again)', async () => {
    const { openDatabase } = await import('../../src/store/db.js');
    const store = openDatabase(db);
    const docs = store.prepare('SELECT COUNT(DISTINCT document_id) FROM claims').pluck().get() as number;
    const copy = path.join(dir, 'older.sqlite');
    await store.backup(copy);
    store.close();
    const older = openDatabase(copy);
    older.prepare("UPDATE claims SET extractor_version = '0.0.1' WHERE extractor = 'rules'").run();
    older.close();
    const again = await runCli(['--db', copy, 'ingest', corpus, '--translator', 'none'], { env: offline });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`claimtrail: ${docs} stored document(s) keep claims made by rules@0.0.1; unchanged documents are not analysed again by rules@`);
    const current = await runCli(['--db', db, 'ingest', corpus, '--translator', 'none'], { env: offline });
    expect(current.stderr).toBe('');
  });

  it('finds Sam Altman by surname, full name and role, with exact offsets', async () => {
    const results = await Promise.all(['altman', 'Sam Altman', "le patron d'OpenAI", 'SAM ALTMAN'].map((s) => runCli(['--db', db, 'claims', '--speaker', s, '--format', 'jsonl'])));
    const lists = results.map((r) => jsonLines<ContractLine>(r.stdout));
    for (const list of lists) expect(list.map((c) => c.id)).toEqual(lists[0]!.map((c) => c.id));
    const claims = lists[0]!;
    expect(claims.filter((c) => c.kind === 'direct')).toHaveLength(3);
    expect(claims.find((c) => c.kind === 'mixed' && c.text === 'aider avec nos modèles et assurer leur sécurité')).toBeDefined();
    for (const c of claims) {
      expect(c.speaker).toBe('Sam Altman');
      expect(source.slice(c.start, c.end)).toBe(c.text);
      expect(Object.keys(c).sort()).toEqual(['confidence', 'cue', 'doc', 'end', 'extractor', 'id', 'kind', 'speaker', 'speaker_mention', 'start', 'status', 'text', 'translation']);
      expect(c.extractor).toMatch(/^rules@\d+\.\d+\.\d+$/);
      expect(c.status).toBe('unverified');
    }
  });

  it('treats --search text as words, accent-insensitive, never as FTS syntax', async () => {
    const plain = jsonLines<ContractLine>((await runCli(['--db', db, 'claims', '--search', 'securite', '--format', 'jsonl'])).stdout);
    expect(plain.map((c) => c.text)).toContain('aider avec nos modèles et assurer leur sécurité');
    for (const hostile of ['"unbalanced', 'NEAR(a b', 'sécurité OR *', "'; DROP TABLE claims; --", 'text_fr:ce', '^soir']) {
      const r = await runCli(['--db', db, 'claims', '--search', hostile, '--format', 'jsonl']);
      expect(r.code, hostile).toBe(0);
      expect(r.stderr, hostile).toBe('');
    }
    const stillThere = jsonLines((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout);
    expect(stillThere.length).toBeGreaterThan(0);
  });

  it('lists speakers with aliases and counts', async () => {
    const r = await runCli(['--db', db, 'speakers', '--format', 'jsonl']);
    const speakers = jsonLines<{ name: string; aliases: string[]; claims: number }>(r.stdout);
    const altman = speakers.find((s) => s.name === 'Sam Altman');
    expect(altman?.claims).toBeGreaterThanOrEqual(5);
    expect(altman?.aliases).toContain('patron d’OpenAI');
  });

  it('shows one claim with its sentence marked and its history', async () => {
    const [claim] = jsonLines<ContractLine>((await runCli(['--db', db, 'claims', '--speaker', 'altman', '--kind', 'direct', '--format', 'jsonl'])).stdout);
    const r = await runCli(['--db', db, 'show', claim!.id.slice(0, 8)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`⟦${claim!.text}⟧`);
    expect(r.stdout).toMatch(/machine extracted: rules@/);
    const missing = await runCli(['--db', db, 'show', 'ffffffffffff']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^claimtrail: no claim with id/);
  });

  it('exports an RFC 4180 CSV whose rows parse intact', async () => {
    const out = path.join(dir, 'desk.csv');
    const r = await runCli(['--db', db, 'export', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const all = jsonLines<ContractLine>((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout);
    expect(rows).toHaveLength(all.length);
    for (const row of rows) {
      const claim = all.find((c) => c.id === row.claim_id)!;
      expect(row.text_fr).toBe(claim.text);
      expect(Number(row.start)).toBe(claim.start);
      expect(row.sentence).toContain(claim.text);
      expect(row.extractor).toBe('rules');
    }
  });
});

describe('CSV formula neutralisation', () => {
  it('prefixes cells a spreadsheet would run', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    const file = path.join(dir, 'formulas.jsonl');
    const text = '=HYPERLINK("http://evil") et la suite. Paul Martin, maire de Lyon, a déclaré : « =1+2 et @SUM(A1) sont des formules. » Il a ajouté que -5 % était un recul important.';
    writeFileSync(file, JSON.stringify({ text, title: '+cmd|calc', url: '@evil' }) + '\n');
    const ingest = await runCli(['--db', db, 'ingest', file, '--translator', 'none']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const r = await runCli(['--db', db, 'export']);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const value of Object.values(row)) expect(value, value).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((row) => row.text_fr === "'=1+2 et @SUM(A1) sont des formules.")).toBe(true);
    expect(rows.every((row) => row.document_title === "'+cmd|calc")).toBe(true);
  });
});

describe('extract', () => {
  it('prints only JSON lines on stdout', async () => {
    const r = await runCli(['extract', CORPUS_ARTICLE, '--format', 'jsonl', '--translator', 'none']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    for (const line of lines) {
      const c = JSON.parse(line) as ContractLine;
      expect(source.slice(c.start, c.end)).toBe(c.text);
    }
    expect(lines.length).toBeGreaterThanOrEqual(7);
  });
});

describe('bad input', () => {
  it('names each bad file with its cause, goes on with the rest, and exits 1', async () => {
    const dir = tempDir();
    const inputs = path.join(dir, 'in');
    mkdirSync(inputs);
    copyFileSync(CORPUS_ARTICLE, path.join(inputs, 'good.txt'));
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    writeFileSync(path.join(inputs, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(inputs, 'latin1.txt'), Buffer.from('Le pr\xe9sident a d\xe9clar\xe9 que tout va bien.', 'latin1'));
    writeFileSync(path.join(inputs, 'english.txt'), 'The minister said on Tuesday that the budget would be presented in June, officials confirmed after the meeting in London.');
    writeFileSync(
      path.join(inputs, 'batch.jsonl'),
      [
        JSON.stringify({ text: 'Paul Martin a annoncé mardi que la piscine municipale rouvrirait en septembre après deux ans de travaux.', title: 'Piscine' }),
        '{"text": "broken',
        JSON.stringify({ title: 'no text' }),
      ].join('\n'),
    );
    const unreadable = path.join(inputs, 'secret.txt');
    writeFileSync(unreadable, 'Paul Martin a déclaré que la réunion avait eu lieu.');
    chmodSync(unreadable, 0o000);
    const db = path.join(dir, 'db.sqlite');
    const r = await runCli(['--db', db, 'ingest', inputs, path.join(dir, 'missing.txt'), '--translator', 'none']);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n');
    const expectError = (file: string, cause: RegExp) => expect(errors.some((l) => l.includes(file) && cause.test(l)), `${file} ${cause}\n${r.stderr}`).toBe(true);
    expectError('empty.txt', /empty file/);
    expectError('binary.txt', /binary/);
    expectError('latin1.txt', /invalid UTF-8/);
    expectError('english.txt', /not French/);
    expectError('batch.jsonl:2', /malformed JSON/);
    expectError('batch.jsonl:3', /text/);
    expectError('missing.txt', /no such file/);
    if (process.getuid?.() !== 0) expectError('secret.txt', /permission denied/);
    expect(errors.every((l) => l.startsWith('claimtrail: '))).toBe(true);
    expect(r.stdout).toMatch(/documents: [23] new/);
    const claims = jsonLines<ContractLine>((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout);
    expect(claims.some((c) => c.text.startsWith('la piscine municipale rouvrirait'))).toBe(true);
    expect(claims.some((c) => c.speaker === 'Sam Altman')).toBe(true);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const r = await runCli(['claims', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});
