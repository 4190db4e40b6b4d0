// `npm run bench [-- --docs N]`: ingest speed against the bare cost of the same I/O.
//
// Baseline: read every file, hash it, and insert its document row and its claim rows (the
// very rows the pipeline produced) in one transaction. Pipeline: the real `claimtrail ingest`
// (rules, no translation, no verification) in a fresh database. Then the same ingest again,
// where every document is skipped by hash. Figures are printed side by side; nothing is
// asserted, since machines here are shared and noisy.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { sha256 } from '../core/hash.js';
import { run } from '../cli/program.js';
import { openDatabase } from '../store/db.js';
import { analyzeDocument } from '../pipeline/analyze.js';

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const DOCS = argValue('--docs', 2000);
const GOLD = fileURLToPath(new URL('../../eval/gold/', import.meta.url));

function makeArchive(dir: string, n: number): number {
  mkdirSync(dir, { recursive: true });
  const passages = readdirSync(GOLD).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(GOLD, f), 'utf8'));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = `${passages[i % passages.length]}\n\nDépêche numéro ${i}.\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `a${String(i).padStart(6, '0')}.txt`), text);
  }
  return bytes;
}

async function timeCli(args: string[]): Promise<{ ms: number; cpuMs: number; code: number }> {
  const sink = new PassThrough();
  sink.resume();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await run(args, { stdout: sink, stderr: sink, env: { ...process.env, ANTHROPIC_API_KEY: '' }, cwd: process.cwd() });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, code };
}

function baseline(archive: string, pipelineDb: string, dbFile: string): number {
  const source = openDatabase(pipelineDb);
  const claims = source.prepare('SELECT * FROM claims').all() as Record<string, unknown>[];
  source.close();
  const t0 = performance.now();
  const db = openDatabase(dbFile);
  const insertDoc = db.prepare(
    `INSERT INTO documents (id, path, lang, text, body_start, ingested_at) VALUES (?, ?, 'fra', ?, 0, ?)`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO claims (id, document_id, kind, text, start, end, sentence_start, sentence_end, cue, speaker_id,
       speaker_mention, confidence, check_worthiness, extractor, extractor_version, run_id, created_at)
     VALUES (@id, @document_id, @kind, @text, @start, @end, @sentence_start, @sentence_end, @cue, NULL,
       @speaker_mention, @confidence, @check_worthiness, @extractor, @extractor_version, NULL, @created_at)`,
  );
  const at = new Date().toISOString();
  db.transaction(() => {
    for (const f of readdirSync(archive)) {
      const file = path.join(archive, f);
      const text = readFileSync(file, 'utf8');
      insertDoc.run(sha256(text), file, text, at);
    }
    for (const c of claims) insertClaim.run(c);
  })();
  db.close();
  return performance.now() - t0;
}

function pathological(): { name: string; chars: number; ms: number }[] {
  const cases: Record<string, string> = {
    'run-on paragraph, 3 000 cues': 'Paul Martin a déclaré que la ville investira 3 millions d’euros en 2026 '.repeat(3000),
    'unclosed « in 200 KB': '« ' + 'mot '.repeat(50000),
    '3 000 quotes in one sentence': 'Le maire a déclaré que ' + Array.from({ length: 3000 }, (_, i) => `« fragment ${i} » selon Paul Martin`).join(' et '),
  };
  return Object.entries(cases).map(([name, text]) => {
    const t0 = performance.now();
    analyzeDocument({ id: 'bench', text, meta: {}, bodyStart: 0 });
    return { name, chars: text.length, ms: performance.now() - t0 };
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimtrail-bench-'));
try {
  const archive = path.join(dir, 'archive');
  const bytes = makeArchive(archive, DOCS);
  const pipelineDb = path.join(dir, 'pipeline.sqlite');
  const first = await timeCli(['--db', pipelineDb, 'ingest', archive, '--translator', 'none', '--no-verify']);
  const again = await timeCli(['--db', pipelineDb, 'ingest', archive, '--translator', 'none', '--no-verify']);
  const bare = baseline(archive, pipelineDb, path.join(dir, 'baseline.sqlite'));
  const db = openDatabase(pipelineDb);
  const claimCount = db.prepare('SELECT COUNT(*) FROM claims').pluck().get() as number;
  db.close();
  const mb = (bytes / 1e6).toFixed(1);
  const rssMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  const rows = [
    ['', 'wall ms', 'docs/s', 'vs bare'],
    ['bare: read + hash + insert rows, 1 transaction', bare.toFixed(0), (DOCS / (bare / 1000)).toFixed(0), '1.00×'],
    ['claimtrail ingest (rules, no translation)', first.ms.toFixed(0), (DOCS / (first.ms / 1000)).toFixed(0), `${(first.ms / bare).toFixed(2)}×`],
    ['claimtrail ingest again (all unchanged)', again.ms.toFixed(0), (DOCS / (again.ms / 1000)).toFixed(0), `${(again.ms / bare).toFixed(2)}×`],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(`archive: ${DOCS} documents, ${mb} MB, ${claimCount} claims; ${os.availableParallelism()} cores; node ${process.version}`);
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   '));
  console.log(`main-thread CPU during ingest: ${first.cpuMs.toFixed(0)} ms (workers analyse in parallel); peak RSS of this process: ${rssMb} MB`);
  if (first.code !== 0 || again.code !== 0) console.log(`warning: ingest exit codes ${first.code}, ${again.code}`);
  console.log('\nworst cases for extraction (one document each):');
  for (const p of pathological()) console.log(`  ${p.name.padEnd(34)} ${String(p.chars).padStart(7)} chars  ${p.ms.toFixed(0).padStart(6)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
