// A real SQLite file in a temporary folder with the 001 migration applied, as the LLM cache expects it.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const MIGRATION = new URL('../../db/migrations/001_init.sql', import.meta.url);

export interface TempDb {
  db: Database.Database;
  file: string;
  cleanup(): void;
}

export function openTempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-test-'));
  const file = join(dir, 'test.sqlite');
  const db = new Database(file);
  db.exec(readFileSync(MIGRATION, 'utf8'));
  return {
    db,
    file,
    cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
