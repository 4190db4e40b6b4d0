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
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
