// Prompt files live in the repository's prompts/ folder, outside the code, so a change to a prompt is a
// reviewable diff and changes its hash. The folder is found from this module's own location, which is two
// levels below the repository root both as src/llm/prompts.ts and as dist/llm/prompts.js.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

export interface LoadedPrompt {
  name: string;
  text: string;
  /** sha256 hex of the file's text: the prompt's identity in llm_cache and translations.prompt_hash. */
  hash: string;
}

export function promptHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Loads `prompts/<name>.md`. Throws when the file is missing: a missing prompt is an installation error. */
export function loadPrompt(name: string, dir: string = PROMPTS_DIR): LoadedPrompt {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new TypeError(`loadPrompt: invalid prompt name ${JSON.stringify(name)}`);
  const text = readFileSync(join(dir, `${name}.md`), 'utf8');
  return { name, text, hash: promptHash(text) };
}
