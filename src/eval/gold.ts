// Reads the gold set: passages (`NNN-slug.txt`) and their statements (`NNN-slug.gold.jsonl`),
// located in the text by exact quote and occurrence.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GoldStatement } from './score.js';

const GoldLine = z.object({
  kind: z.enum(['direct', 'mixed', 'indirect']),
  quote: z.string().min(1),
  speaker: z.string(),
  speaker_aliases: z.array(z.string()).default([]),
  cue: z.string().nullable().optional(),
  optional: z.boolean().default(false),
  occurrence: z.number().int().positive().optional(),
});

export interface GoldPassage {
  name: string;
  file: string;
  text: string;
  statements: GoldStatement[];
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function loadGoldSet(dir: string): GoldPassage[] {
  const passages: GoldPassage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const text = readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    const goldFile = path.join(dir, `${name}.gold.jsonl`);
    const statements: GoldStatement[] = [];
    readFileSync(goldFile, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        const g = GoldLine.parse(JSON.parse(line));
        const start = nthIndexOf(text, g.quote, g.occurrence ?? 1);
        if (start < 0) throw new Error(`${goldFile}:${i + 1}: quote not found in the passage`);
        statements.push({ kind: g.kind, start, end: start + g.quote.length, quote: g.quote, speaker: g.speaker, aliases: g.speaker_aliases, optional: g.optional });
      });
    passages.push({ name, file: path.join(dir, file), text, statements });
  }
  return passages;
}
