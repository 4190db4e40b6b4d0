import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, tempDir } from '../helpers/cli.js';
import { CORPUS_ARTICLE } from '../helpers/paths.js';
import { SECOND_ARTICLE } from './fixtures.js';

interface Claim {
  id: string;
  kind: string;
  text: string;
  speaker: string | null;
  status: string;
}

interface QueueEntry {
  id: string;
  text: string;
  check_worthiness: number;
  status: string;
  machine_signals: string | null;
  links: { signal: string; items: string[] }[];
  evidence: { id: number; start: number; end: number; text: string }[];
}

interface HistoryEvent {
  kind: string;
  signal: string;
  status: string | null;
  rating: string | null;
  note: string | null;
  by: string | null;
  evidence: unknown[];
}

function corpusDir(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'corpus'));
  copyFileSync(CORPUS_ARTICLE, path.join(dir, 'corpus', path.basename(CORPUS_ARTICLE)));
  copyFileSync(SECOND_ARTICLE, path.join(dir, 'corpus', path.basename(SECOND_ARTICLE)));
  return dir;
}

describe('verification from the command line', () => {
  const dir = corpusDir();
  const db = path.join(dir, 'claims.sqlite');
  const cli = (...args: string[]) => runCli(['--db', db, ...args]);
  let ingest: Awaited<ReturnType<typeof runCli>>;
  let claims: Claim[];
  const find = (speaker: string, start: string) => claims.find((c) => c.speaker === speaker && c.text.startsWith(start))!;

  beforeAll(async () => {
    ingest = await cli('ingest', path.join(dir, 'corpus'), '--translator', 'none');
    claims = jsonLines<Claim>((await cli('claims', '--format', 'jsonl')).stdout);
  });

  it('runs the machine signals at the end of ingest and says what it found', () => {
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stderr).toBe('');
    const line = ingest.stdout.split('\n').find((l) => l.startsWith('verification: '));
    expect(line).toMatch(new RegExp(`^verification: ${claims.length} claims checked in 2 documents; events added: `));
    expect(line).toMatch(/corroborated 2\b/);
    expect(line).toMatch(/conflicting-attribution 2\b/);
    expect(line).toMatch(/conflicting-figures 2\b/);
  });

  it('lists the flagged claims with --status in-review', async () => {
    const flagged = jsonLines<Claim>((await cli('claims', '--status', 'in-review', '--format', 'jsonl')).stdout);
    expect(flagged.map((c) => c.speaker).sort((a, b) => String(a).localeCompare(String(b)))).toEqual([null, null, 'porte-parole du Pentagone', 'Sam Altman']);
    expect(flagged.filter((c) => c.speaker === null).map((c) => c.text.match(/(deux|trois) garde-fous/)?.[0]).sort()).toEqual(['deux garde-fous', 'trois garde-fous']);
  });

  it('shows the review queue, most check-worthy first, with links and evidence', async () => {
    const r = await cli('review', '--format', 'jsonl', '--limit', '50');
    expect(r.code).toBe(0);
    const queue = jsonLines<QueueEntry>(r.stdout);
    expect(queue).toHaveLength(claims.length);
    const worthiness = queue.map((e) => e.check_worthiness);
    expect(worthiness).toEqual([...worthiness].sort((a, b) => b - a));
    const figures = queue.find((e) => e.text.includes('trois garde-fous'))!;
    expect(figures.machine_signals).toMatch(/^conflicting-figures\(1\)/);
    expect(figures.links).toEqual([{ signal: 'conflicting-figures', items: [expect.stringMatching(/« trois garde-fous » vs « deux garde-fous »/)] }]);
    expect(figures.evidence[0]!.text).toMatch(/deux garde-fous/);
    const text = await cli('review', '--limit', '3');
    expect(text.stdout).toMatch(new RegExp(`^${claims.length} claims awaiting a verdict; the 3 most check-worthy first`));
    expect(text.stdout.match(/^\d+\. [0-9a-f]{16} /gm)).toHaveLength(3);
  });

  it('records a verdict, derives the status from it, and keeps it when the machine runs again', async () => {
    const altman = find('Sam Altman', 'Le département de la Guerre est en accord');
    expect(altman.status).toBe('in-review');
    const r = await cli('verdict', altman.id.slice(0, 10), '--rating', 'true', '--by', 'Camille', '--note', 'Publié par Sam Altman sur X le 27 février.', '--evidence', 'https://x.com/sama/status/1', '--evidence', 'https://openai.com/index/our-agreement');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`claim ${altman.id}: rated true by Camille; status verified (was in-review)`);
    const again = await cli('verify');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/events added: none/);
    const [row] = jsonLines<Claim>((await cli('claims', '--rating', 'true', '--format', 'jsonl')).stdout);
    expect(row).toMatchObject({ id: altman.id, status: 'verified' });
    const verified = jsonLines<Claim>((await cli('claims', '--status', 'verified', '--format', 'jsonl')).stdout);
    expect(verified.map((c) => c.id)).toEqual([altman.id]);
  });

  it('appends a second verdict without deleting the first; show prints the whole history', async () => {
    const spokesman = find('porte-parole du Pentagone', 'Le département de la Guerre est en accord');
    expect((await cli('verdict', spokesman.id, '--rating', 'unverifiable', '--by', 'Camille')).code).toBe(0);
    expect((await cli('verdict', spokesman.id, '--rating', 'false', '--by', 'Dominique', '--note', 'Citation de Sam Altman, pas du Pentagone.')).code).toBe(0);
    const json = JSON.parse((await cli('show', spokesman.id, '--format', 'json')).stdout) as { status: string; history: HistoryEvent[] };
    expect(json.status).toBe('disputed');
    expect(json.history.map((e) => `${e.kind} ${e.signal}`)).toEqual([
      'machine extracted', 'machine span-fidelity', 'machine conflicting-attribution', 'machine evidence', 'human verdict', 'human verdict',
    ]);
    expect(json.history.slice(-2).map((e) => [e.rating, e.status, e.by])).toEqual([['unverifiable', 'unverified', 'Camille'], ['false', 'disputed', 'Dominique']]);
    const text = (await cli('show', spokesman.id)).stdout;
    expect(text).toMatch(/machine conflicting-attribution: status in-review, same statement attributed to Sam Altman in 1 other document\n {6}→ claim [0-9a-f]{16} \(Sam Altman\) in doc [0-9a-f]{12} chars \d+–\d+, similarity 1/);
    expect(text).toMatch(/human verdict: status disputed, rating false, Citation de Sam Altman, pas du Pentagone\., by Dominique/);
    expect(text).toMatch(/^status {4}disputed {2}verdict: false$/m);
  });

  it('answers with the documented exit codes', async () => {
    const id = claims[0]!.id;
    const expectExit = async (args: string[], code: number, stderr: RegExp) => {
      const r = await cli(...args);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(code);
      expect(r.stderr).toMatch(stderr);
    };
    await expectExit(['verdict', id, '--rating', 'maybe', '--by', 'x'], 2, /argument 'maybe' is invalid/);
    await expectExit(['verdict', id, '--rating', 'true'], 2, /required option '--by <name>'/);
    await expectExit(['verdict', id, '--rating', 'true', '--by', '   '], 2, /expected a name/);
    await expectExit(['verdict', id, '--by', 'x'], 2, /required option '--rating <rating>'/);
    await expectExit(['verdict', id, '--rating', 'true', '--by', 'x', '--evidence', 'javascript:alert(1)'], 2, /expected an http\(s\) URL/);
    await expectExit(['verdict', 'ffffffffffff', '--rating', 'true', '--by', 'x'], 3, /^claimtrail: no claim with id "ffffffffffff"/);
    const first = claims.map((c) => c.id[0]!).find((ch, _, all) => all.filter((x) => x === ch).length > 1)!;
    await expectExit(['verdict', first, '--rating', 'true', '--by', 'x'], 2, /ambiguous/);
    await expectExit(['verify', '--doc', 'ffffffff'], 3, /no document with id/);
    const missing = await runCli(['--db', path.join(dir, 'none.sqlite'), 'verdict', id, '--rating', 'true', '--by', 'x']);
    expect(missing.code).toBe(3);
    expect((await runCli(['--db', path.join(dir, 'none.sqlite'), 'review'])).code).toBe(3);
  });

  it('stores hostile notes and names verbatim, neutralises them in the CSV, escapes them on the terminal', async () => {
    const target = claims.find((c) => c.kind === 'assertion')!;
    const note = '=HYPERLINK("http://evil.example","clic") \u001b[2J';
    const by = "Robert'); DROP TABLE claims;--";
    const r = await cli('verdict', target.id, '--rating', 'misleading', '--by', by, '--note', note);
    expect(r.code, r.stderr).toBe(0);
    const other = claims.find((c) => c.kind === 'indirect')!;
    expect((await cli('verdict', other.id, '--rating', 'false', '--by', '@SUM(A1)', '--note', '+cmd|calc')).code).toBe(0);

    const json = JSON.parse((await cli('show', target.id, '--format', 'json')).stdout) as { history: HistoryEvent[] };
    expect(json.history.at(-1)).toMatchObject({ note, by, rating: 'misleading' });
    const listed = await cli('claims', '--format', 'jsonl');
    expect(listed.stderr).toBe('');
    expect(jsonLines(listed.stdout)).toHaveLength(claims.length);
    const shown = (await cli('show', target.id)).stdout;
    expect(shown).not.toContain('\u001b');
    expect(shown).toContain('\\u001b[2J');

    const csv = parse((await cli('export', '--format', 'csv')).stdout, { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(claims.length);
    for (const row of csv) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    const targetRow = csv.find((row) => row.claim_id === target.id)!;
    expect(targetRow).toMatchObject({ verification_status: 'disputed', verdict: 'misleading', verdict_by: by, verdict_note: `'${note}` });
    expect(csv.find((row) => row.claim_id === other.id)).toMatchObject({ verdict_by: "'@SUM(A1)", verdict_note: "'+cmd|calc" });
  });

  it('adds machine signals and evidence to the CSV', async () => {
    const csv = parse((await cli('export')).stdout, { columns: true }) as Record<string, string>[];
    const figures = csv.find((row) => (row.text_fr ?? '').includes('trois garde-fous'))!;
    expect(figures.machine_signals).toBe('conflicting-figures(1); evidence(1)');
    expect(figures.machine_evidence).toMatch(/^[0-9a-f]{16}:\d+-\d+$/);
    const quote = csv.find((row) => row.speaker === 'Sam Altman' && (row.text_fr ?? '').startsWith('Ce soir'))!;
    expect(quote.machine_signals).toMatch(/^corroborated\(1\); evidence\([1-3]\)$/);
    expect(quote.verification_status).toBe('unverified');
  });
});

describe('ingest --no-verify', () => {
  it('leaves the signals for `verify --pending`', async () => {
    const dir = corpusDir();
    const db = path.join(dir, 'claims.sqlite');
    const ingest = await runCli(['--db', db, 'ingest', path.join(dir, 'corpus'), '--translator', 'none', '--no-verify']);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).not.toMatch(/verification:/);
    expect(jsonLines<Claim>((await runCli(['--db', db, 'claims', '--status', 'in-review', '--format', 'jsonl'])).stdout)).toHaveLength(0);
    const verify = await runCli(['--db', db, 'verify', '--pending', '--json']);
    expect(verify.code).toBe(0);
    const summary = JSON.parse(verify.stdout) as { documents: number; events: Record<string, number> };
    expect(summary.documents).toBe(2);
    expect(summary.events).toMatchObject({ corroborated: 2, 'conflicting-attribution': 2, 'conflicting-figures': 2 });
    expect(jsonLines<Claim>((await runCli(['--db', db, 'claims', '--status', 'in-review', '--format', 'jsonl'])).stdout)).toHaveLength(4);
  });
});
