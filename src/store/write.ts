// Writes analysed documents: the document row, its speakers and claims, and an
// 'extracted' event per claim, all in one IMMEDIATE transaction per document. A document
// another writer stored first is skipped inside the same transaction, so two concurrent
// ingests of one archive both finish and store each document once.

import type { AnalyzedDocument } from '../core/types.js';
import type { Db } from './db.js';
import { SpeakerStore } from './speakers.js';

export interface WriteOutcome {
  stored: boolean;
  claims: number;
}

export class DocumentWriter {
  private readonly speakers: SpeakerStore;
  private readonly insertDocument;
  private readonly insertClaim;
  private readonly insertEvents;
  private readonly write;
  private readonly writeMany;
  private readonly writeOne: (analyzed: AnalyzedDocument, runId: number | null) => WriteOutcome;

  constructor(db: Db) {
    this.speakers = new SpeakerStore(db);
    this.insertDocument = db.prepare(
      `INSERT OR IGNORE INTO documents (id, path, title, published_at, url, source, lang, text, body_start, ingested_at, run_id)
       VALUES (@id, @path, @title, @date, @url, @source, @lang, @text, @bodyStart, @at, @runId)`,
    );
    this.insertClaim = db.prepare(
      `INSERT OR IGNORE INTO claims (id, document_id, kind, text, start, end, sentence_start, sentence_end, cue, speaker_id,
         speaker_mention, confidence, check_worthiness, extractor, extractor_version, run_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // One statement per document: the document is new, so every claim stored for it is new too.
    this.insertEvents = db.prepare(
      `INSERT INTO verification_events (claim_id, kind, signal, status, note, at)
       SELECT id, 'machine', 'extracted', NULL, extractor || '@' || extractor_version, ? FROM claims WHERE document_id = ? ORDER BY rowid`,
    );
    this.writeMany = db.transaction((batch: AnalyzedDocument[], runId: number | null): WriteOutcome[] => batch.map((a) => this.writeOne(a, runId)));
    this.write = db.transaction((analyzed: AnalyzedDocument, runId: number | null): WriteOutcome => this.writeOne(analyzed, runId));
    this.writeOne = (analyzed: AnalyzedDocument, runId: number | null): WriteOutcome => {
      const at = new Date().toISOString();
      const { doc } = analyzed;
      const inserted = this.insertDocument.run({
        id: doc.id,
        path: doc.meta.path ?? null,
        title: doc.meta.title ?? null,
        date: doc.meta.date ?? null,
        url: doc.meta.url ?? null,
        source: doc.meta.source ?? null,
        lang: analyzed.lang,
        text: doc.text,
        bodyStart: doc.bodyStart,
        at,
        runId,
      });
      if (inserted.changes === 0) return { stored: false, claims: 0 };
      let claims = 0;
      const speakerIdOf = this.speakers.forDocument();
      for (const claim of analyzed.claims) {
        const speakerId = claim.speaker ? speakerIdOf(claim.speaker) : null;
        // Positional parameters: 20 000 claims in an ingest make the named form's objects show up.
        const result = this.insertClaim.run(
          claim.id, claim.doc, claim.kind, claim.text, claim.start, claim.end, claim.sentence.start, claim.sentence.end, claim.cue, speakerId,
          claim.speakerMention, claim.confidence, claim.checkWorthiness, claim.extractor, claim.extractorVersion, runId, at,
        );
        if (result.changes > 0) claims++;
      }
      this.insertEvents.run(at, doc.id);
      return { stored: true, claims };
    };
  }

  writeDocument(analyzed: AnalyzedDocument, runId: number | null): WriteOutcome {
    return this.write.immediate(analyzed, runId);
  }

  /**
   * Several documents in one transaction: each is still written whole or not at all, and one
   * commit per batch instead of per document is what keeps a large ingest near the bare cost
   * of inserting its rows. If the batch fails, its documents are retried one by one so a single
   * bad document costs only itself; `failed` names those.
   */
  writeDocuments(batch: AnalyzedDocument[], runId: number | null): { outcomes: (WriteOutcome | null)[]; failed: { doc: AnalyzedDocument; error: Error }[] } {
    try {
      return { outcomes: this.writeMany.immediate(batch, runId), failed: [] };
    } catch {
      const failed: { doc: AnalyzedDocument; error: Error }[] = [];
      const outcomes = batch.map((doc) => {
        try {
          return this.writeDocument(doc, runId);
        } catch (error) {
          failed.push({ doc, error: error as Error });
          return null;
        }
      });
      return { outcomes, failed };
    }
  }
}

/** Which of these document ids are already stored: one query per batch, not per document. */
export function knownDocumentIds(db: Db, ids: string[]): Set<string> {
  const known = new Set<string>();
  const CHUNK = 500;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = db
      .prepare(`SELECT id FROM documents WHERE id IN (${chunk.map(() => '?').join(',')})`)
      .pluck()
      .all(...chunk) as string[];
    for (const id of rows) known.add(id);
  }
  return known;
}

/**
 * Which of the stored documents `ids` keep rules claims made by another version of the rules than `version`: ingest
 * skips unchanged documents by hash, so an upgrade does not re-analyse them, and the user should know.
 */
export function documentsByOtherRules(db: Db, extractor: string, version: string, ids: readonly string[]): { documents: number; versions: string[] } {
  // Only the given documents (those an ingest skipped as unchanged), through the claims_document index: the cost
  // follows the run, not the size of the archive.
  const CHUNK = 500;
  const documents = new Set<string>();
  const versions = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = db
      .prepare(`SELECT DISTINCT document_id AS id, extractor_version AS version FROM claims WHERE document_id IN (${chunk.map(() => '?').join(',')}) AND extractor = ? AND extractor_version <> ?`)
      .all(...chunk, extractor, version) as { id: string; version: string }[];
    for (const r of rows) {
      documents.add(r.id);
      versions.add(r.version);
    }
  }
  return { documents: documents.size, versions: [...versions].sort() };
}
