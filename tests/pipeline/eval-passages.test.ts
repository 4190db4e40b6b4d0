// Every passage of every gold set (about 400 articles written in many house styles) goes through
// the whole pipeline: none may throw, and every claim keeps exact offsets. A rule that crashes on
// one unusual sentence would otherwise only show up as a failed document in someone's ingest.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, expectOffsetsExact } from '../helpers/analyze.js';
import { ROOT } from '../helpers/paths.js';

const EVAL = path.join(ROOT, 'eval');
const sets = readdirSync(EVAL, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('every gold passage', () => {
  it('finds the gold sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(20);
  });

  for (const set of sets) {
    it(`analyses ${set} without an error, with exact offsets`, () => {
      const files = readdirSync(path.join(EVAL, set)).filter((f) => f.endsWith('.txt') && !f.startsWith('SOURCES'));
      expect(files.length).toBeGreaterThan(0);
      let statements = 0;
      for (const file of files) {
        const result = analyzeText(readFileSync(path.join(EVAL, set, file), 'utf8'));
        expectOffsetsExact(result);
        expect(result.messages.filter((m) => m.severity === 'error'), file).toEqual([]);
        statements += result.claims.filter((c) => c.kind !== 'assertion').length;
      }
      // Each set holds about ten attributed statements per passage; nearly all are found.
      expect(statements).toBeGreaterThan(files.length * 5);
    });
  }
});
