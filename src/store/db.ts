// Opens the SQLite database with the settings every command relies on: WAL so readers and
// a writer never block each other and a kill -9 loses at most the open transaction, a busy
// timeout so two writers queue instead of failing, foreign keys on.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = path.join('db', 'claimtrail.sqlite');

export function openDatabase(file: string, options: { mustExist?: boolean } = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { fileMustExist: options.mustExist ?? false });
  db.pragma('busy_timeout = 30000');
  enableWal(db);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/**
 * Switching a new database to WAL needs an exclusive lock, and SQLite reports SQLITE_BUSY at once instead of
 * waiting for it: two processes creating the same database together (two ingests started at once) would see
 * « database is locked ». Retry for as long as the busy timeout would have waited.
 */
export function enableWal(db: Pick<Db, 'pragma'>, timeoutMs = 30_000): void {
  const deadline = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, Math.min(200, 10 * 2 ** Math.min(attempt, 5)));
    }
  }
}
