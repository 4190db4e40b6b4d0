// `claimtrail translate --translator claude` through the built CLI against the mock Messages server:
// the best translation becomes Claude's, Apertium's (if any) stays in the history, tokens land in `runs`.

import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { TRANSLATION_TOOL_NAME } from '../../src/translate/claude.js';
import { jsonLines, runCli, tempDir } from '../helpers/cli.js';
import { TEST_API_KEY } from '../helpers/llm-fixture.js';
import { reply, startMockMessagesServer, type MockMessagesServer } from '../helpers/mock-messages-server.js';
import { CORPUS_ARTICLE } from '../helpers/paths.js';

let server: MockMessagesServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('translate --translator claude', () => {
  it('adds Claude translations, records tokens on the run, and a second run makes no call', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'claims.sqlite');
    const ingest = await runCli(['--db', db, 'ingest', CORPUS_ARTICLE, '--translator', 'none', '--no-verify']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const claims = jsonLines<{ id: string }>((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout);
    const translations = claims.map((_, i) => ({ id: `c${i + 1}`, text: `English text ${i + 1}` }));
    server = await startMockMessagesServer([reply.toolUse(TRANSLATION_TOOL_NAME, { translations })]);
    const env = { ANTHROPIC_API_KEY: TEST_API_KEY, ANTHROPIC_BASE_URL: server.baseURL };

    const r = await runCli(['--db', db, 'translate', '--translator', 'claude'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`translation \\(claude\\): ${claims.length} translated, 0 pending`));
    expect(r.stdout).toMatch(/claude: 100 input tokens, 50 output/);
    expect(server.requests).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toContain(TEST_API_KEY);

    const listed = jsonLines<{ translation: { engine: string; text: string } | null }>((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout);
    expect(listed.every((c) => c.translation?.engine === 'claude')).toBe(true);
    const rows = new Database(db, { readonly: true });
    const run = rows.prepare("SELECT tokens_in, tokens_out, cost_usd FROM runs WHERE command = 'translate'").get() as { tokens_in: number; tokens_out: number; cost_usd: number };
    rows.close();
    expect(run.tokens_in).toBe(100);
    expect(run.tokens_out).toBe(50);
    expect(run.cost_usd).toBeGreaterThan(0);

    const again = await runCli(['--db', db, 'translate', '--translator', 'claude'], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/translation \(claude\): 0 translated, 0 pending/);
    expect(server.requests).toHaveLength(1);
  });
});
