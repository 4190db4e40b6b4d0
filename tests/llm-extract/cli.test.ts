// `--extractor` through the built CLI, as a real process, against the mock Messages server (ANTHROPIC_BASE_URL).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTION_TOOL_NAME, type Proposal } from '../../src/llm-extract/schema.js';
import { jsonLines, runCli, tempDir } from '../helpers/cli.js';
import { TEST_API_KEY } from '../helpers/llm-fixture.js';
import { reply, startMockMessagesServer, type MockMessagesServer } from '../helpers/mock-messages-server.js';
import { CORPUS_ARTICLE } from '../helpers/paths.js';

const SOURCE = readFileSync(CORPUS_ARTICLE, 'utf8');
const PROPOSALS: Proposal[] = [
  { kind: 'mixed', text: 'aider avec nos modèles et assurer leur sécurité', speaker: 'Sam Altman', speaker_mention: 'Sam Altman', cue: 'selon' },
  { kind: 'mixed', text: 'risque pour la chaîne d’approvisionnement en matière de sécurité nationale', speaker: 'Pentagone', cue: null },
  { kind: 'direct', text: 'Nous ne travaillerons jamais pour l’armée', speaker: 'Sam Altman', cue: 'a juré' },
];

let server: MockMessagesServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const claudeEnv = (baseURL: string) => ({ CLAIMTRAIL_DB: '', ANTHROPIC_API_KEY: TEST_API_KEY, ANTHROPIC_BASE_URL: baseURL });

describe('--extractor', () => {
  it('ingest --extractor both stores merged, rules and Claude claims, and never an invented quote', async () => {
    server = await startMockMessagesServer([reply.toolUse(EXTRACTION_TOOL_NAME, { claims: PROPOSALS })]);
    const dir = tempDir();
    const db = path.join(dir, 'claims.sqlite');
    const r = await runCli(['--db', db, 'ingest', CORPUS_ARTICLE, '--extractor', 'both', '--translator', 'none'], { env: claudeEnv(server.baseURL) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('claude: 3 proposals, 1 rejected (not verbatim), 0 documents failed');
    expect(r.stdout).toMatch(/claude: 100 input tokens, 50 output/);
    expect(server.requests).toHaveLength(1);

    const claims = jsonLines<{ text: string; start: number; end: number }>((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout);
    for (const c of claims) expect(SOURCE.slice(c.start, c.end)).toBe(c.text);
    expect(claims.map((c) => c.text)).not.toContain(PROPOSALS[2]!.text);

    const rows = new Database(db, { readonly: true });
    const extractors = rows.prepare('SELECT extractor, COUNT(*) AS n FROM claims GROUP BY extractor ORDER BY extractor').all() as { extractor: string; n: number }[];
    const byText = rows.prepare('SELECT extractor, extractor_version FROM claims WHERE text = ?');
    const merged = byText.get(PROPOSALS[0]!.text) as { extractor: string; extractor_version: string };
    const claudeOnly = byText.get(PROPOSALS[1]!.text) as { extractor: string; extractor_version: string };
    const run = rows.prepare("SELECT options, tokens_in FROM runs WHERE command = 'ingest'").get() as { options: string; tokens_in: number };
    rows.close();
    expect(extractors.map((e) => e.extractor)).toEqual(['claude', 'rules', 'rules+claude']);
    expect(merged.extractor).toBe('rules+claude');
    expect(merged.extractor_version).toMatch(/^0\.\d+\.\d+\+claude-[a-z0-9-]+@[0-9a-f]{12}$/);
    expect(claudeOnly.extractor).toBe('claude');
    expect(JSON.parse(run.options)).toMatchObject({ extractor: 'both' });
    expect(run.tokens_in).toBe(100);
  });

  it('extract --extractor claude prints only Claude claims, with the counts on stderr', async () => {
    server = await startMockMessagesServer([reply.toolUse(EXTRACTION_TOOL_NAME, { claims: PROPOSALS })]);
    const r = await runCli(['extract', CORPUS_ARTICLE, '--extractor', 'claude', '--translator', 'none'], { env: claudeEnv(server.baseURL) });
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe('claimtrail: claude: 3 proposals, 1 rejected (not verbatim), 0 documents failed');
    expect(jsonLines<{ text: string }>(r.stdout).map((c) => c.text)).toEqual([PROPOSALS[0]!.text, PROPOSALS[1]!.text]);
  });

  it('keeps the rules claims of a document whose Claude call fails, and says so', async () => {
    server = await startMockMessagesServer([reply.badRequest('prompt is too long')]);
    const rules = jsonLines((await runCli(['extract', CORPUS_ARTICLE, '--translator', 'none'], { env: { ANTHROPIC_API_KEY: '' } })).stdout);
    const r = await runCli(['extract', CORPUS_ARTICLE, '--extractor', 'claude', '--translator', 'none'], { env: claudeEnv(server.baseURL) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/claude extraction failed, rules claims kept: claude request-rejected \(400\)/);
    expect(r.stderr).toMatch(/claude: 0 proposals, 0 rejected \(not verbatim\), 1 documents failed/);
    expect(jsonLines(r.stdout)).toEqual(rules);
  });

  it.each(['claude', 'both'])('refuses --extractor %s without ANTHROPIC_API_KEY with exit code 2 and one line', async (choice) => {
    const dir = tempDir();
    const db = path.join(dir, 'claims.sqlite');
    const ingest = await runCli(['--db', db, 'ingest', CORPUS_ARTICLE, '--extractor', choice], { env: { ANTHROPIC_API_KEY: '' } });
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toBe(`claimtrail: --extractor ${choice} needs ANTHROPIC_API_KEY to be set (or use --extractor rules)\n`);
    expect(ingest.stdout).toBe('');
    expect(existsSync(db)).toBe(false);
    const extract = await runCli(['extract', CORPUS_ARTICLE, '--extractor', choice], { env: { ANTHROPIC_API_KEY: '' } });
    expect(extract.code).toBe(2);
    expect(extract.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown extractor as a usage error', async () => {
    const r = await runCli(['extract', CORPUS_ARTICLE, '--extractor', 'gpt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--extractor/);
  });
});
