import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { CLI, GOLD_DIR } from '../helpers/paths.js';

/** n distinct French articles made from the gold passages (a numbered line keeps each text unique). */
function writeArchive(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const passages = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(GOLD_DIR, f), 'utf8'));
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.txt`), `${passages[i % passages.length]}\n\nDépêche numéro ${i}.\n`);
}

function consistency(dbFile: string): { documents: number; orphanClaims: number; claimsWithoutEvent: number; runsOpen: number } {
  const db = new Database(dbFile, { readonly: true });
  const row = {
    documents: db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number,
    orphanClaims: db.prepare('SELECT COUNT(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)').pluck().get() as number,
    claimsWithoutEvent: db.prepare("SELECT COUNT(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM verification_events e WHERE e.claim_id = c.id AND e.signal = 'extracted')").pluck().get() as number,
    runsOpen: db.prepare('SELECT COUNT(*) FROM runs WHERE finished_at IS NULL').pluck().get() as number,
  };
  const integrity = db.prepare('PRAGMA integrity_check').pluck().get();
  db.close();
  expect(integrity).toBe('ok');
  return row;
}

describe('faults', () => {
  it('two writers ingesting the same archive at once both finish, and each document is stored once', async () => {
    const dir = tempDir();
    const archive = path.join(dir, 'archive');
    writeArchive(archive, 60);
    const db = path.join(dir, 'shared.sqlite');
    const [a, b] = await Promise.all([runCli(['--db', db, 'ingest', archive, '--translator', 'none']), runCli(['--db', db, 'ingest', archive, '--translator', 'none'])]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const state = consistency(db);
    expect(state.documents).toBe(60);
    expect(state.orphanClaims).toBe(0);
    expect(state.claimsWithoutEvent).toBe(0);
    const newA = Number(/documents: (\d+) new/.exec(a.stdout)?.[1]);
    const newB = Number(/documents: (\d+) new/.exec(b.stdout)?.[1]);
    expect(newA + newB).toBe(60);
  });

  it('kill -9 in the middle of an ingest leaves a consistent database that the next run completes', async () => {
    const dir = tempDir();
    const archive = path.join(dir, 'archive');
    writeArchive(archive, 400);
    const db = path.join(dir, 'killed.sqlite');
    const child = spawn(process.execPath, [CLI, '--db', db, 'ingest', archive, '--translator', 'none'], { stdio: 'ignore' });
    // Kill once some documents are in: poll the database until it has rows, then SIGKILL.
    const deadline = Date.now() + 30_000;
    let stored = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const probe = new Database(db, { readonly: true, fileMustExist: true });
        stored = probe.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
        probe.close();
      } catch {
        continue;
      }
      if (stored > 0) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const partial = consistency(db);
    expect(partial.orphanClaims).toBe(0);
    expect(partial.claimsWithoutEvent).toBe(0);
    expect(partial.documents).toBeLessThan(400);

    const resumed = await runCli(['--db', db, 'ingest', archive, '--translator', 'none']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`documents: ${400 - partial.documents} new, ${partial.documents} unchanged`));
    const done = consistency(db);
    expect(done.documents).toBe(400);
    expect(done.orphanClaims).toBe(0);
  });
});
