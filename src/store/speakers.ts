// Canonical speakers across documents. A document's resolved speaker is matched by its
// folded name, then by an alias; a surname alone joins the one speaker who has it as an
// alias. Different people never merge: two full names stay two speakers.

import type { ResolvedSpeaker } from '../core/types.js';
import { fold, stripDeterminer } from '../pipeline/tokenize.js';
import type { Db } from './db.js';

/** The folded form used for names, aliases and queries: « Le patron d'OpenAI » → « patron d’openai ». */
export function speakerNorm(s: string): string {
  return fold(stripDeterminer(s));
}

export class SpeakerStore {
  private readonly byNorm;
  private readonly byAlias;
  private readonly insertSpeaker;
  private readonly insertAlias;
  private readonly setDescription;
  private readonly bySurname;
  private readonly rename;

  constructor(private readonly db: Db) {
    this.byNorm = db.prepare('SELECT id FROM speakers WHERE norm = ?').pluck();
    this.byAlias = db.prepare('SELECT DISTINCT speaker_id FROM speaker_aliases WHERE norm = ? LIMIT 2').pluck();
    this.insertSpeaker = db.prepare('INSERT INTO speakers (name, norm, kind, description) VALUES (?, ?, ?, ?)');
    this.insertAlias = db.prepare('INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)');
    this.setDescription = db.prepare('UPDATE speakers SET description = ? WHERE id = ? AND description IS NULL');
    this.bySurname = db.prepare("SELECT id FROM speakers WHERE kind = 'person' AND norm LIKE ? ESCAPE '\\' LIMIT 2").pluck();
    this.rename = db.prepare('UPDATE speakers SET name = ?, norm = ? WHERE id = ?');
  }

  /**
   * Speaker ids for one document's claims: a speaker is looked up once per document, and only
   * aliases not yet written for it are added (most claims of a document share a few speakers).
   */
  forDocument(): (speaker: ResolvedSpeaker) => number {
    const seen = new Map<string, { id: number; aliases: Set<string> }>();
    return (speaker) => {
      const key = `${speaker.kind}\u0000${speaker.name}`;
      const known = seen.get(key);
      if (!known) {
        const id = this.upsert(speaker);
        seen.set(key, { id, aliases: new Set([speaker.name, ...speaker.aliases]) });
        return id;
      }
      for (const alias of speaker.aliases) {
        if (known.aliases.has(alias)) continue;
        known.aliases.add(alias);
        this.addAlias(known.id, alias);
      }
      return known.id;
    };
  }

  /** Returns the speaker id, creating or extending the speaker. Call inside the document's transaction. */
  upsert(speaker: ResolvedSpeaker): number {
    const norm = speakerNorm(speaker.name);
    let id = this.byNorm.get(norm) as number | undefined;
    if (id === undefined) {
      const viaAlias = this.byAlias.all(norm) as number[];
      // An alias shared by two speakers (a surname of two people) decides nothing.
      if (viaAlias.length === 1) id = viaAlias[0];
    }
    if (id === undefined && !norm.includes(' ') && speaker.kind === 'person') {
      // A surname alone (« Altman ») joins the one person whose full name ends with it.
      const bySurname = this.bySurname.all('% ' + escapeLike(norm)) as number[];
      if (bySurname.length === 1) id = bySurname[0];
    }
    if (id === undefined && norm.includes(' ') && speaker.kind === 'person') {
      // A full name (« Sam Altman ») absorbs a speaker known so far only by its surname.
      const surname = norm.slice(norm.lastIndexOf(' ') + 1);
      const known = this.byNorm.get(surname) as number | undefined;
      if (known !== undefined && (this.bySurname.all('% ' + escapeLike(surname)) as number[]).length === 0) {
        this.rename.run(speaker.name, norm, known);
        id = known;
      }
    }
    if (id === undefined) {
      id = Number(this.insertSpeaker.run(speaker.name, norm, speaker.kind, speaker.role ?? null).lastInsertRowid);
    } else if (speaker.role) {
      this.setDescription.run(speaker.role, id);
    }
    for (const alias of new Set([speaker.name, ...speaker.aliases])) this.addAlias(id, alias);
    return id;
  }

  private addAlias(id: number, alias: string): void {
    const aliasNorm = speakerNorm(alias);
    if (aliasNorm) this.insertAlias.run(id, alias, aliasNorm);
  }

  /** Speaker ids a user's query names: a name, an alias, or the last words of a name (« altman »). */
  find(query: string): number[] {
    const norm = speakerNorm(query);
    if (!norm) return [];
    const like = '% ' + escapeLike(norm);
    return this.db
      .prepare(
        `SELECT id FROM speakers WHERE norm = ? OR norm LIKE ? ESCAPE '\\'
         UNION SELECT speaker_id FROM speaker_aliases WHERE norm = ? OR norm LIKE ? ESCAPE '\\'`,
      )
      .pluck()
      .all(norm, like, norm, like) as number[];
  }
}

/** Escapes LIKE wildcards so user text matches literally (used with ESCAPE '\\'). */
function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
