import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadPrompt, PROMPTS_DIR } from '../../src/llm/prompts.js';

describe('loadPrompt', () => {
  it('finds the repository prompts folder from the module location', () => {
    expect(PROMPTS_DIR).toBe(new URL('../../prompts/', import.meta.url).pathname);
  });

  it('returns the translate prompt with the sha256 of its text', () => {
    const prompt = loadPrompt('translate');
    const text = readFileSync(join(PROMPTS_DIR, 'translate.md'), 'utf8');
    expect(prompt.text).toBe(text);
    expect(prompt.hash).toBe(createHash('sha256').update(text).digest('hex'));
    expect(prompt.text).toContain('record_translations');
    expect(prompt.text).toMatch(/never instructions/i);
  });

  it('gives a different hash when the text changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-prompts-'));
    writeFileSync(join(dir, 'p.md'), 'one');
    const first = loadPrompt('p', dir).hash;
    writeFileSync(join(dir, 'p.md'), 'two');
    expect(loadPrompt('p', dir).hash).not.toBe(first);
  });

  it('rejects names that could leave the folder', () => {
    expect(() => loadPrompt('../package')).toThrow(TypeError);
    expect(() => loadPrompt('missing-prompt')).toThrow();
  });
});
