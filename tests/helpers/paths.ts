import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_ARTICLE = path.join(ROOT, 'corpus', '000_313602b6c94fb7eb.txt');
export const GOLD_DIR = path.join(ROOT, 'eval', 'gold');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
