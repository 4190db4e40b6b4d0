#!/usr/bin/env node
// Validates claimtrail gold sets (no dependencies).
// Usage: node eval/validate.mjs [--verbose] [DIR…]   (default: every set under eval/)
// Checks, for every NNN-slug.txt: a NNN-slug.gold.jsonl exists; each line parses as JSON with exactly the
// fields of /work/shared/ANNOTATION.md (+ optional "occurrence"); kind is direct|mixed|indirect; quote is a
// non-empty exact substring of the passage, without leading/trailing whitespace or quote marks; when the quote
// occurs several times, "occurrence" is given and within range; direct/mixed quotes sit between quote marks
// (or open a paragraph reopened by «); indirect quotes do not end with a period. Exits 1 on any error.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('--verbose');
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dirs = named.length > 0 ? named : readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(here, d.name));
const KINDS = new Set(['direct', 'mixed', 'indirect']);
const FIELDS = ['kind', 'quote', 'speaker', 'speaker_aliases', 'cue', 'optional'];
const OPEN = new Set(['«', '“', '"', '‹', '‘']);
const CLOSE = new Set(['»', '”', '"', '›', '’']);
const SPACE = /[\s\u00a0\u202f]/u;
let errors = 0, warnings = 0;
const err = (f, m) => { errors++; console.log(`ERROR ${f}: ${m}`); };
const warn = (f, m) => { warnings++; console.log(`warn  ${f}: ${m}`); };

function positions(text, q) {
  const out = [];
  for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) out.push(i);
  return out;
}
function prevChar(text, i) { while (i > 0 && SPACE.test(text[i - 1]) && text[i - 1] !== '\n') i--; return i > 0 ? text[i - 1] : '\n'; }
function nextChar(text, j) { while (j < text.length && SPACE.test(text[j]) && text[j] !== '\n' && text[j] !== '\r') j++; return j < text.length ? text[j] : '\n'; }

const totals = { direct: 0, mixed: 0, indirect: 0 }, optTotals = { direct: 0, mixed: 0, indirect: 0 };
let passages = 0, empty = 0;
for (const dir of dirs) {
  const txts = readdirSync(dir).filter((f) => /^\d{3,4}-[a-z0-9-]+\.txt$/.test(f)).sort();
  for (const f of txts) {
    passages++;
    const buf = readFileSync(join(dir, f));
    const text = buf.toString('utf8');
    if (Buffer.compare(Buffer.from(text, 'utf8'), buf) !== 0) err(f, 'not valid UTF-8');
    const gold = f.replace(/\.txt$/, '.gold.jsonl');
    if (!existsSync(join(dir, gold))) { err(f, `missing ${gold}`); continue; }
    const lines = readFileSync(join(dir, gold), 'utf8').split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) empty++;
    const seen = new Set();
    lines.forEach((line, n) => {
      const where = `${gold}:${n + 1}`;
      let o;
      try { o = JSON.parse(line); } catch (e) { err(where, `JSON: ${e.message}`); return; }
      for (const k of FIELDS) if (!(k in o)) err(where, `missing field ${k}`);
      for (const k of Object.keys(o)) if (!FIELDS.includes(k) && k !== 'occurrence') err(where, `unknown field ${k}`);
      if (!KINDS.has(o.kind)) err(where, `bad kind ${o.kind}`);
      if (typeof o.quote !== 'string' || !o.quote) { err(where, 'empty quote'); return; }
      if (typeof o.speaker !== 'string' || !o.speaker.trim()) err(where, 'empty speaker');
      if (!Array.isArray(o.speaker_aliases) || o.speaker_aliases.some((a) => typeof a !== 'string' || !a.trim())) err(where, 'speaker_aliases must be an array of non-empty strings');
      if (!(o.cue === null || (typeof o.cue === 'string' && o.cue.trim()))) err(where, 'cue must be a non-empty string or null');
      if (typeof o.optional !== 'boolean') err(where, 'optional must be a boolean');
      if (SPACE.test(o.quote[0]) || SPACE.test(o.quote[o.quote.length - 1])) err(where, 'quote starts or ends with whitespace');
      if (OPEN.has(o.quote[0]) && o.quote[0] !== '‘') err(where, 'quote starts with a quotation mark');
      // an indirect clause may legitimately end with a quoted term (« association de malfaiteurs »)
      if (o.kind !== 'indirect' && ['»', '”', '›'].includes(o.quote[o.quote.length - 1])) err(where, 'quote ends with a quotation mark');
      const pos = positions(text, o.quote);
      if (pos.length === 0) { err(where, `quote not found: ${o.quote.slice(0, 60)}`); return; }
      if ('occurrence' in o && !(Number.isInteger(o.occurrence) && o.occurrence >= 1 && o.occurrence <= pos.length)) err(where, `occurrence ${o.occurrence} out of range 1..${pos.length}`);
      if (pos.length > 1 && !('occurrence' in o)) err(where, `quote occurs ${pos.length} times: add "occurrence"`);
      const start = pos[(o.occurrence ?? 1) - 1], end = start + o.quote.length;
      const key = `${start}:${end}`;
      if (seen.has(key)) err(where, 'duplicate span'); seen.add(key);
      if (o.kind !== 'indirect') {
        const p = prevChar(text, start), q = nextChar(text, end);
        const okOpen = OPEN.has(p);
        const okClose = CLOSE.has(q) || ((q === '\n' || q === '\r') && text.slice(0, start).search(/«[\s\u00a0\u202f]*$/u) !== -1);
        if (!okOpen || !okClose) {
          // split quotes (« A, dit-il, B ») and stray marks are expected to fail one side
          (verbose ? warn : () => {})(where, `${o.kind} quote not enclosed by marks (before ${JSON.stringify(p)}, after ${JSON.stringify(q)})`);
        }
      } else if (!o.optional && /\.$/.test(o.quote)) err(where, 'indirect quote ends with a period');
      (o.optional ? optTotals : totals)[o.kind]++;
    });
  }
}
const sum = (t) => t.direct + t.mixed + t.indirect;
console.log(`${passages} passages (${empty} without statements)`);
console.log(`required: ${sum(totals)} (direct ${totals.direct}, mixed ${totals.mixed}, indirect ${totals.indirect})`);
console.log(`optional: ${sum(optTotals)} (direct ${optTotals.direct}, mixed ${optTotals.mixed}, indirect ${optTotals.indirect})`);
console.log(`${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
