// A real SQLite file with every migration, filled through the same writer ingest uses, for the verify tests.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../src/store/db.js';
import type { StoredEvent } from '../../src/store/verification.js';
import { DocumentWriter } from '../../src/store/write.js';
import { analyzeText } from '../helpers/analyze.js';
import { CORPUS_ARTICLE, ROOT } from '../helpers/paths.js';

export const SECOND_ARTICLE = path.join(ROOT, 'corpus', '001_openai_pentagone_contrat_equipe.txt');
export const sourceText = readFileSync(CORPUS_ARTICLE, 'utf8');
export const secondText = readFileSync(SECOND_ARTICLE, 'utf8');

export interface TestDb {
  db: Db;
  file: string;
  dir: string;
  /** Analyses and stores a document as ingest would; returns its id. */
  store(text: string): string;
  close(): void;
}

export function testDb(): TestDb {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimtrail-verify-'));
  const file = path.join(dir, 'test.sqlite');
  const db = openDatabase(file);
  const writer = new DocumentWriter(db);
  return {
    db,
    file,
    dir,
    store(text) {
      const analysed = analyzeText(text);
      writer.writeDocument(analysed, null);
      return analysed.doc.id;
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A claim's events as stored (the row type is the store's own). */
export function events(db: Db, claimId: string, signal?: string): StoredEvent[] {
  return (signal
    ? db.prepare('SELECT * FROM verification_events WHERE claim_id = ? AND signal = ? ORDER BY id').all(claimId, signal)
    : db.prepare('SELECT * FROM verification_events WHERE claim_id = ? ORDER BY id').all(claimId)) as StoredEvent[];
}

export function claimId(db: Db, documentId: string, textStart: string): string {
  const id = db.prepare(`SELECT id FROM claims WHERE document_id = ? AND substr(text, 1, ${textStart.length}) = ?`).pluck().get(documentId, textStart) as string | undefined;
  if (!id) throw new Error(`no claim starting with ${JSON.stringify(textStart)}`);
  return id;
}

export function status(db: Db, id: string): { status: string; rating: string | null; machine_signals: string | null } {
  return db.prepare('SELECT status, rating, machine_signals FROM claim_rows WHERE id = ?').get(id) as { status: string; rating: string | null; machine_signals: string | null };
}
