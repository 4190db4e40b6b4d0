import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedSpeaker } from '../../src/core/types.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { SpeakerStore } from '../../src/store/speakers.js';
import { tempDir } from '../helpers/cli.js';

const person = (name: string, aliases: string[] = [], role?: string): ResolvedSpeaker => ({ name, kind: 'person', aliases, role });

describe('canonical speakers across documents', () => {
  let db: Db;
  afterEach(() => db?.close());
  const store = () => {
    db = openDatabase(path.join(tempDir(), 'speakers.sqlite'));
    return new SpeakerStore(db);
  };

  it('merges forms of one person: case, accents, surname, role', () => {
    const s = store();
    const id = s.upsert(person('Sam Altman', ['patron d’OpenAI'], 'patron d’OpenAI'));
    expect(s.upsert(person('SAM ALTMAN'))).toBe(id);
    expect(s.upsert(person('Altman'))).toBe(id);
    expect(s.find("le patron d'OpenAI")).toEqual([id]);
    expect(s.find('altman')).toEqual([id]);
    expect(s.find('Sâm Altmân')).toEqual([id]);
  });

  it('lets a full name absorb a speaker first known by surname only', () => {
    const s = store();
    const id = s.upsert(person('Hegseth'));
    expect(s.upsert(person('Pete Hegseth'))).toBe(id);
    expect(db.prepare('SELECT name FROM speakers WHERE id = ?').pluck().get(id)).toBe('Pete Hegseth');
  });

  it('keeps two people with the same surname apart, and a bare shared surname joins neither', () => {
    const s = store();
    const jm = s.upsert(person('Jean-Marie Le Pen'));
    const marine = s.upsert(person('Marine Le Pen'));
    expect(jm).not.toBe(marine);
    const bare = s.upsert(person('Pen'));
    expect([jm, marine]).not.toContain(bare);
  });

  it('treats LIKE wildcards in a query as text', () => {
    const s = store();
    s.upsert(person('Sam Altman'));
    expect(s.find('%')).toEqual([]);
    expect(s.find('_ltman')).toEqual([]);
  });
});
