// Reads input files into SourceDocuments. Every problem becomes a LoadError naming the file
// (and line) and the cause; a bad file or line never stops the rest of the batch.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { z } from 'zod';
import type { DocumentMeta, SourceDocument } from '../core/types.js';
import { sha256 } from '../core/hash.js';
import { parseHeader } from '../pipeline/header.js';
import { htmlToText } from './html.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'];

export interface LoadError {
  /** path, or path:line for a JSONL line */
  where: string;
  cause: string;
}

export interface LoadResult {
  documents: SourceDocument[];
  errors: LoadError[];
}

const JsonlArticle = z.object({
  text: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Files, folders (recursive) and globs → supported files, sorted, deduplicated. Missing paths are errors. */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; errors: LoadError[] }> {
  const files = new Set<string>();
  const errors: LoadError[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      if (/[*?[\]{}]/.test(input)) {
        const matches = await glob(input, { onlyFiles: true, absolute: false, expandDirectories: false });
        if (matches.length === 0) errors.push({ where: input, cause: 'no file matches this pattern' });
        for (const m of matches) if (isSupported(m)) files.add(path.normalize(m));
        continue;
      }
      errors.push({ where: input, cause: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const matches = await glob('**/*', { cwd: input, onlyFiles: true, dot: false });
      for (const m of matches) if (isSupported(m) && !isFolderNote(m)) files.add(path.join(input, m));
    } else {
      if (!isSupported(input)) errors.push({ where: input, cause: `unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})` });
      else files.add(path.normalize(input));
    }
  }
  return { files: [...files].sort(), errors };
}

/**
 * A folder's README or LICENSE describes the folder (where the articles came from); it is not an
 * article. Skipped when a folder is expanded; still read when named explicitly.
 */
function isFolderNote(file: string): boolean {
  return /^(readme|license|licence|sources|changelog)(\.[a-z]+)?$/i.test(path.basename(file));
}

function isSupported(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Decodes bytes as strict UTF-8 with the BOM dropped; anything else is an error with a cause. */
export function decodeText(bytes: Uint8Array): { text: string } | { cause: string } {
  if (bytes.length === 0) return { cause: 'empty file' };
  if (bytes.subarray(0, 8192).includes(0)) return { cause: 'binary file (NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { cause: 'invalid UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { cause: 'empty file (whitespace only)' };
  return { text };
}

function makeDocument(text: string, meta: DocumentMeta): SourceDocument {
  const header = parseHeader(text);
  return { id: sha256(text), text, meta: { ...header.meta, ...definedOnly(meta) }, bodyStart: header.bodyStart };
}

function definedOnly(meta: DocumentMeta): DocumentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as DocumentMeta;
}

export async function loadFile(file: string): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { documents: [], errors: [{ where: file, cause: describeFsError(error) }] };
  }
  const decoded = decodeText(bytes);
  if ('cause' in decoded) return { documents: [], errors: [{ where: file, cause: decoded.cause }] };
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl') return parseJsonl(file, decoded.text);
  if (ext === '.html' || ext === '.htm') {
    const html = htmlToText(decoded.text);
    if (html.text.trim() === '') return { documents: [], errors: [{ where: file, cause: 'no visible text in HTML' }] };
    return { documents: [makeDocument(html.text, { ...html.meta, path: file })], errors: [] };
  }
  return { documents: [makeDocument(decoded.text, { path: file })], errors: [] };
}

export function parseJsonl(file: string, content: string): LoadResult {
  const documents: SourceDocument[] = [];
  const errors: LoadError[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push({ where, cause: `malformed JSON (${(error as Error).message.split('\n')[0]})` });
      return;
    }
    const parsed = JsonlArticle.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ where, cause: `invalid article: ${issue ? `${issue.path.join('.') || 'line'} ${issue.message}` : 'bad shape'}` });
      return;
    }
    const text = parsed.data.text.replace(/^\uFEFF/, '');
    if (text.trim() === '') {
      errors.push({ where, cause: 'empty text' });
      return;
    }
    const date = parsed.data.date && /^\d{4}-\d{2}-\d{2}/.test(parsed.data.date) ? parsed.data.date.slice(0, 10) : undefined;
    documents.push(makeDocument(text, { title: parsed.data.title, date, url: parsed.data.url, source: parsed.data.source, path: where }));
  });
  if (documents.length === 0 && errors.length === 0) errors.push({ where: file, cause: 'no article in JSONL file' });
  return { documents, errors };
}
