// `npm run eval`: runs the offline extractor over the gold set and prints precision, recall
// and F1 at both overlap thresholds, speaker accuracy, recall by kind, and the misses.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../core/hash.js';
import { analyzeDocument } from '../pipeline/analyze.js';
import { parseHeader } from '../pipeline/header.js';
import { loadGoldSet } from './gold.js';
import { addCounts, prf, scoreDocument, type Counts, type PredictedStatement, type StatementKind } from './score.js';

const ROOT = fileURLToPath(new URL('../../eval/', import.meta.url));
/**
 * Sets in the order they were written. Each held-out set was scored blind once, then its errors
 * were studied and the rules tuned: only the newest one that has not been studied is blind (README).
 */
const SETS = [
  { name: 'gold (dev, tuned on)', dir: `${ROOT}gold/` },
  { name: 'holdout v1 (studied after its blind score)', dir: `${ROOT}holdout/` },
  { name: 'holdout v2 (studied after its blind score)', dir: `${ROOT}holdout-v2/` },
  { name: 'holdout v3 (studied after its blind score)', dir: `${ROOT}holdout-v3/` },
  { name: 'holdout v4 (studied after its blind score)', dir: `${ROOT}holdout-v4/` },
  { name: 'holdout v5 (studied after its blind score)', dir: `${ROOT}holdout-v5/` },
  { name: 'holdout v6 (studied after its blind score)', dir: `${ROOT}holdout-v6/` },
  { name: 'holdout v7 (studied after its blind score)', dir: `${ROOT}holdout-v7/` },
  { name: 'holdout v8 (studied after its blind score)', dir: `${ROOT}holdout-v8/` },
  { name: 'holdout v9 (studied after its blind score)', dir: `${ROOT}holdout-v9/` },
  { name: 'holdout v10 (studied after its blind score)', dir: `${ROOT}holdout-v10/` },
  { name: 'holdout v11 (studied after its blind score)', dir: `${ROOT}holdout-v11/` },
  { name: 'holdout v12 (studied after its blind score)', dir: `${ROOT}holdout-v12/` },
  { name: 'holdout v13 (studied after its blind score)', dir: `${ROOT}holdout-v13/` },
  { name: 'holdout v14 (studied after its blind score)', dir: `${ROOT}holdout-v14/` },
  { name: 'holdout v15 (studied after its blind score)', dir: `${ROOT}holdout-v15/` },
  { name: 'holdout v16 (studied after its blind score)', dir: `${ROOT}holdout-v16/` },
  { name: 'holdout v17 (studied after its blind score)', dir: `${ROOT}holdout-v17/` },
  { name: 'holdout v18 (studied after its blind score)', dir: `${ROOT}holdout-v18/` },
  { name: 'holdout v19 (studied after its blind score)', dir: `${ROOT}holdout-v19/` },
  { name: 'holdout v20 (studied after its blind score)', dir: `${ROOT}holdout-v20/` },
  { name: 'holdout v21 (studied after its blind score)', dir: `${ROOT}holdout-v21/` },
  { name: 'holdout v22 (studied after its blind score)', dir: `${ROOT}holdout-v22/` },
  { name: 'holdout v23 (studied after its blind score)', dir: `${ROOT}holdout-v23/` },
  { name: 'holdout v24 (studied after its blind score)', dir: `${ROOT}holdout-v24/` },
  { name: 'holdout v25 (studied after its blind score)', dir: `${ROOT}holdout-v25/` },
  { name: 'holdout v26 (studied after its blind score)', dir: `${ROOT}holdout-v26/` },
  { name: 'holdout v27 (studied after its blind score)', dir: `${ROOT}holdout-v27/` },
  { name: 'holdout v28 (studied after its blind score)', dir: `${ROOT}holdout-v28/` },
  { name: 'holdout v29 (studied after its blind score)', dir: `${ROOT}holdout-v29/` },
  { name: 'holdout v30 (studied after its blind score)', dir: `${ROOT}holdout-v30/` },
  { name: 'holdout v31 (studied after its blind score)', dir: `${ROOT}holdout-v31/` },
  { name: 'holdout v32 (studied after its blind score)', dir: `${ROOT}holdout-v32/` },
  { name: 'holdout v33 (studied after its blind score)', dir: `${ROOT}holdout-v33/` },
  { name: 'holdout v34 (blind: not studied; first scored at dcc7824)', dir: `${ROOT}holdout-v34/` },
  { name: 'holdout v35 (blind: not studied; first scored at dcc7824)', dir: `${ROOT}holdout-v35/` },
  { name: 'holdout v36 (blind: not studied; first scored at dcc7824)', dir: `${ROOT}holdout-v36/` },
  { name: 'holdout v37 (studied after its blind score)', dir: `${ROOT}holdout-v37/` },
  { name: 'holdout v38 (studied after its blind score)', dir: `${ROOT}holdout-v38/` },
  { name: 'holdout v39 (studied after its blind score)', dir: `${ROOT}holdout-v39/` },
  { name: 'holdout v40 (studied after its blind score)', dir: `${ROOT}holdout-v40/` },
  { name: 'holdout v41 (studied after its blind score)', dir: `${ROOT}holdout-v41/` },
  { name: 'holdout v42 (studied after its blind score)', dir: `${ROOT}holdout-v42/` },
  { name: 'holdout v43 (studied after its blind score)', dir: `${ROOT}holdout-v43/` },
  { name: 'holdout v44 (studied after its blind score)', dir: `${ROOT}holdout-v44/` },
  { name: 'holdout v45 (studied after its blind score)', dir: `${ROOT}holdout-v45/` },
  { name: 'holdout v46 (studied after its blind score)', dir: `${ROOT}holdout-v46/` },
  { name: 'holdout v47 (studied after its blind score)', dir: `${ROOT}holdout-v47/` },
  { name: 'holdout v48 (studied after its blind score)', dir: `${ROOT}holdout-v48/` },
  { name: 'holdout v49 (studied after its blind score)', dir: `${ROOT}holdout-v49/` },
  { name: 'holdout v50 (studied after its blind score)', dir: `${ROOT}holdout-v50/` },
  { name: 'holdout v51 (studied after its blind score)', dir: `${ROOT}holdout-v51/` },
  { name: 'holdout v52 (studied after its blind score)', dir: `${ROOT}holdout-v52/` },
  { name: 'holdout v53 (blind at 76e2370, then studied)', dir: `${ROOT}holdout-v53/` },
  { name: 'holdout v54 (blind at 76e2370, then studied)', dir: `${ROOT}holdout-v54/` },
  { name: 'holdout v55 (blind at 76e2370, then studied)', dir: `${ROOT}holdout-v55/` },
  { name: 'holdout v56 (blind at 76e2370, then studied)', dir: `${ROOT}holdout-v56/` },
  { name: 'holdout v57 (blind: not studied; scored at 2212815)', dir: `${ROOT}holdout-v57/` },
  { name: 'holdout v58 (blind: not studied; scored at 2212815)', dir: `${ROOT}holdout-v58/` },
  { name: 'holdout v59 (blind: not studied; scored at 5523b23)', dir: `${ROOT}holdout-v59/` },
  { name: 'holdout v60 (blind: not studied; scored at 5523b23)', dir: `${ROOT}holdout-v60/` },
  { name: 'holdout v61 (blind: not studied; scored at 5523b23)', dir: `${ROOT}holdout-v61/` },
  { name: 'holdout v62 (blind: not studied; scored at 5523b23)', dir: `${ROOT}holdout-v62/` },
  { name: 'holdout v63 (blind at d63a8f8, then studied)', dir: `${ROOT}holdout-v63/` },
  { name: 'holdout v64 (blind at d63a8f8, then studied)', dir: `${ROOT}holdout-v64/` },
  { name: 'holdout v65 (blind at d63a8f8, then studied)', dir: `${ROOT}holdout-v65/` },
  { name: 'holdout v66 (blind at d63a8f8, then studied)', dir: `${ROOT}holdout-v66/` },
  { name: 'holdout v67 (blind at 56bb4e4, then studied)', dir: `${ROOT}holdout-v67/` },
  { name: 'holdout v68 (blind at 56bb4e4, then studied)', dir: `${ROOT}holdout-v68/` },
  { name: 'holdout v69 (blind at 56bb4e4, then studied)', dir: `${ROOT}holdout-v69/` },
  { name: 'holdout v70 (blind at 56bb4e4, then studied)', dir: `${ROOT}holdout-v70/` },
  { name: 'holdout v71 (blind at f2d1900, then studied)', dir: `${ROOT}holdout-v71/` },
  { name: 'holdout v72 (blind at f2d1900, then studied)', dir: `${ROOT}holdout-v72/` },
  { name: 'holdout v73 (blind at f2d1900, then studied)', dir: `${ROOT}holdout-v73/` },
  { name: 'holdout v74 (blind at f2d1900, then studied)', dir: `${ROOT}holdout-v74/` },
  { name: 'holdout v75 (blind at 6de3b0e, then studied)', dir: `${ROOT}holdout-v75/` },
  { name: 'holdout v76 (blind at 6de3b0e, then studied)', dir: `${ROOT}holdout-v76/` },
  { name: 'holdout v77 (blind at 6de3b0e, then studied)', dir: `${ROOT}holdout-v77/` },
  { name: 'holdout v78 (blind at 6de3b0e, then studied)', dir: `${ROOT}holdout-v78/` },
  { name: 'holdout v79 (blind at 9f621a9, then studied)', dir: `${ROOT}holdout-v79/` },
  { name: 'holdout v80 (blind at 9f621a9, then studied)', dir: `${ROOT}holdout-v80/` },
  { name: 'holdout v81 (blind at 9f621a9, then studied)', dir: `${ROOT}holdout-v81/` },
  { name: 'holdout v82 (blind at 9f621a9, then studied)', dir: `${ROOT}holdout-v82/` },
  { name: 'holdout v83 (blind at 71de513, then studied)', dir: `${ROOT}holdout-v83/` },
  { name: 'holdout v84 (blind at 71de513, then studied)', dir: `${ROOT}holdout-v84/` },
  { name: 'holdout v85 (blind at 71de513, then studied)', dir: `${ROOT}holdout-v85/` },
  { name: 'holdout v86 (blind at 71de513, then studied)', dir: `${ROOT}holdout-v86/` },
  { name: 'holdout v87 (blind at 18ca9c4, then studied)', dir: `${ROOT}holdout-v87/` },
  { name: 'holdout v88 (blind at 18ca9c4, then studied)', dir: `${ROOT}holdout-v88/` },
  { name: 'holdout v89 (blind at 18ca9c4, then studied)', dir: `${ROOT}holdout-v89/` },
  { name: 'holdout v90 (blind at 18ca9c4, then studied)', dir: `${ROOT}holdout-v90/` },
  { name: 'holdout v91 (blind at 7f67adb, then studied)', dir: `${ROOT}holdout-v91/` },
  { name: 'holdout v92 (blind at 7f67adb, then studied)', dir: `${ROOT}holdout-v92/` },
  { name: 'holdout v93 (blind at 7f67adb, then studied)', dir: `${ROOT}holdout-v93/` },
  { name: 'holdout v94 (blind at 7f67adb, then studied)', dir: `${ROOT}holdout-v94/` },
  { name: 'holdout v95 (blind: not studied; scored at 8f8409b)', dir: `${ROOT}holdout-v95/` },
  { name: 'holdout v96 (blind: not studied; scored at 8f8409b)', dir: `${ROOT}holdout-v96/` },
  { name: 'holdout v97 (blind: not studied; scored at 8f8409b)', dir: `${ROOT}holdout-v97/` },
  { name: 'holdout v98 (blind: not studied; scored at 8f8409b)', dir: `${ROOT}holdout-v98/` },
];
const only = process.argv.find((a) => a.startsWith('--gold='))?.slice(7);
const verbose = process.argv.includes('--misses') || process.argv.includes('-v');
const asJson = process.argv.includes('--json');
const pct = (x: number) => x.toFixed(3);

interface SetResult {
  name: string;
  passages: number;
  lenient: Counts;
  strict: Counts;
  speakerRight: number;
  speakerTotal: number;
  byKind: Record<StatementKind, { found: number; total: number }>;
  report: string[];
}

function evaluate(name: string, dir: string): SetResult {
  const passages = loadGoldSet(dir);
  const result: SetResult = {
    name,
    passages: passages.length,
    lenient: { tp: 0, fp: 0, fn: 0 },
    strict: { tp: 0, fp: 0, fn: 0 },
    speakerRight: 0,
    speakerTotal: 0,
    byKind: { direct: { found: 0, total: 0 }, mixed: { found: 0, total: 0 }, indirect: { found: 0, total: 0 } },
    report: [],
  };
  for (const passage of passages) {
    const header = parseHeader(passage.text);
    const analysed = analyzeDocument({ id: sha256(passage.text), text: passage.text, meta: header.meta, bodyStart: header.bodyStart });
    const predicted: PredictedStatement[] = analysed.claims
      .filter((c) => c.kind !== 'assertion')
      .map((c) => ({ kind: c.kind as StatementKind, start: c.start, end: c.end, text: c.text, speaker: c.speaker?.name ?? null }));
    const score = scoreDocument(passage.statements, predicted);
    result.lenient = addCounts(result.lenient, score.lenient);
    result.strict = addCounts(result.strict, score.strict);
    result.speakerRight += score.speakerRight;
    result.speakerTotal += score.speakerTotal;
    for (const k of Object.keys(result.byKind) as StatementKind[]) {
      result.byKind[k].found += score.recallByKind[k].found;
      result.byKind[k].total += score.recallByKind[k].total;
    }
    for (const g of score.missed) result.report.push(`${passage.name}  MISSED   ${g.kind.padEnd(8)} ${g.speaker.padEnd(24)} ${JSON.stringify(g.quote.slice(0, 100))}`);
    for (const p of score.spurious) result.report.push(`${passage.name}  SPURIOUS ${p.kind.padEnd(8)} ${(p.speaker ?? '—').padEnd(24)} ${JSON.stringify(p.text.slice(0, 100))}`);
    for (const w of score.wrongSpeaker) result.report.push(`${passage.name}  SPEAKER  ${w.gold.kind.padEnd(8)} gold ${w.gold.speaker} ≠ ${w.pred.speaker ?? '—'}  ${JSON.stringify(w.gold.quote.slice(0, 60))}`);
  }
  return result;
}

function format(r: SetResult): string {
  const l = prf(r.lenient);
  const s = prf(r.strict);
  return [
    `${r.name}: ${r.passages} passages, ${r.lenient.tp + r.lenient.fn} required statements`,
    '                      precision  recall  F1',
    `lenient (>30% gold)   ${pct(l.precision)}      ${pct(l.recall)}   ${pct(l.f1)}    tp ${r.lenient.tp} fp ${r.lenient.fp} fn ${r.lenient.fn}`,
    `strict (>80% both)    ${pct(s.precision)}      ${pct(s.recall)}   ${pct(s.f1)}    tp ${r.strict.tp} fp ${r.strict.fp} fn ${r.strict.fn}`,
    `speaker accuracy on lenient matches: ${pct(r.speakerRight / Math.max(1, r.speakerTotal))} (${r.speakerRight}/${r.speakerTotal})`,
    `recall by kind: ${(Object.keys(r.byKind) as StatementKind[]).map((k) => `${k} ${pct(r.byKind[k].found / Math.max(1, r.byKind[k].total))} (${r.byKind[k].found}/${r.byKind[k].total})`).join(', ')}`,
  ].join('\n');
}

const sets = only ? [{ name: only, dir: only }] : SETS.filter((set) => existsSync(set.dir));
const results = sets.map((set) => evaluate(set.name, set.dir));
if (asJson) {
  for (const r of results) {
    process.stdout.write(JSON.stringify({ set: r.name, passages: r.passages, lenient: { ...r.lenient, ...prf(r.lenient) }, strict: { ...r.strict, ...prf(r.strict) }, speakerAccuracy: r.speakerRight / Math.max(1, r.speakerTotal), recallByKind: r.byKind }) + '\n');
  }
} else {
  process.stdout.write(results.map(format).join('\n\n') + '\n');
  if (verbose) for (const r of results) process.stdout.write(`\n${r.name}\n${r.report.join('\n')}\n`);
  else process.stdout.write('\n(run with -- --misses to list misses, spurious claims and wrong speakers)\n');
}
