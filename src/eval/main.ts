// `npm run eval`: runs the offline extractor over the gold set and prints precision, recall
// and F1 at both overlap thresholds, speaker accuracy, recall by kind, and the misses.

import { fileURLToPath } from 'node:url';
import { sha256 } from '../core/hash.js';
import { analyzeDocument } from '../pipeline/analyze.js';
import { parseHeader } from '../pipeline/header.js';
import { loadGoldSet } from './gold.js';
import { addCounts, prf, scoreDocument, type Counts, type PredictedStatement, type StatementKind } from './score.js';

const dir = process.argv.find((a) => a.startsWith('--gold='))?.slice(7) ?? fileURLToPath(new URL('../../eval/gold/', import.meta.url));
const verbose = process.argv.includes('--misses') || process.argv.includes('-v');
const asJson = process.argv.includes('--json');

const passages = loadGoldSet(dir);
let lenient: Counts = { tp: 0, fp: 0, fn: 0 };
let strict: Counts = { tp: 0, fp: 0, fn: 0 };
let speakerRight = 0;
let speakerTotal = 0;
const byKind: Record<StatementKind, { found: number; total: number }> = { direct: { found: 0, total: 0 }, mixed: { found: 0, total: 0 }, indirect: { found: 0, total: 0 } };
const report: string[] = [];

for (const passage of passages) {
  const header = parseHeader(passage.text);
  const analysed = analyzeDocument({ id: sha256(passage.text), text: passage.text, meta: header.meta, bodyStart: header.bodyStart });
  const predicted: PredictedStatement[] = analysed.claims
    .filter((c) => c.kind !== 'assertion')
    .map((c) => ({ kind: c.kind as StatementKind, start: c.start, end: c.end, text: c.text, speaker: c.speaker?.name ?? null }));
  const score = scoreDocument(passage.statements, predicted);
  lenient = addCounts(lenient, score.lenient);
  strict = addCounts(strict, score.strict);
  speakerRight += score.speakerRight;
  speakerTotal += score.speakerTotal;
  for (const k of Object.keys(byKind) as StatementKind[]) {
    byKind[k].found += score.recallByKind[k].found;
    byKind[k].total += score.recallByKind[k].total;
  }
  if (verbose) {
    for (const g of score.missed) report.push(`${passage.name}  MISSED   ${g.kind.padEnd(8)} ${g.speaker.padEnd(24)} ${JSON.stringify(g.quote.slice(0, 100))}`);
    for (const p of score.spurious) report.push(`${passage.name}  SPURIOUS ${p.kind.padEnd(8)} ${(p.speaker ?? '—').padEnd(24)} ${JSON.stringify(p.text.slice(0, 100))}`);
    for (const w of score.wrongSpeaker) report.push(`${passage.name}  SPEAKER  ${w.gold.kind.padEnd(8)} gold ${w.gold.speaker} ≠ ${w.pred.speaker ?? '—'}  ${JSON.stringify(w.gold.quote.slice(0, 60))}`);
  }
}

const l = prf(lenient);
const s = prf(strict);
const pct = (x: number) => x.toFixed(3);
if (asJson) {
  process.stdout.write(JSON.stringify({ passages: passages.length, lenient: { ...lenient, ...l }, strict: { ...strict, ...s }, speakerAccuracy: speakerRight / Math.max(1, speakerTotal), recallByKind: byKind }) + '\n');
} else {
  const lines = [
    `gold set: ${passages.length} passages, ${lenient.tp + lenient.fn} required statements (${dir})`,
    '',
    '                      precision  recall  F1',
    `lenient (>30% gold)   ${pct(l.precision)}      ${pct(l.recall)}   ${pct(l.f1)}    tp ${lenient.tp} fp ${lenient.fp} fn ${lenient.fn}`,
    `strict (>80% both)    ${pct(s.precision)}      ${pct(s.recall)}   ${pct(s.f1)}    tp ${strict.tp} fp ${strict.fp} fn ${strict.fn}`,
    '',
    `speaker accuracy on lenient matches: ${pct(speakerRight / Math.max(1, speakerTotal))} (${speakerRight}/${speakerTotal})`,
    `recall by kind: ${(Object.keys(byKind) as StatementKind[]).map((k) => `${k} ${pct(byKind[k].found / Math.max(1, byKind[k].total))} (${byKind[k].found}/${byKind[k].total})`).join(', ')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (verbose) process.stdout.write('\n' + report.join('\n') + '\n');
  else process.stdout.write('\n(run with -- --misses to list misses, spurious claims and wrong speakers)\n');
}
