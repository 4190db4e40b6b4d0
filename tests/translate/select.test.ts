import { afterAll, describe, it, expect } from 'vitest';
import { createAnthropicClient } from '../../src/llm/client.js';
import { LlmRunner } from '../../src/llm/runner.js';
import { ApertiumTranslator } from '../../src/translate/apertium.js';
import { ClaudeTranslator } from '../../src/translate/claude.js';
import { NoneTranslator } from '../../src/translate/none.js';
import { createTranslator } from '../../src/translate/select.js';
import { openTempDb } from '../helpers/temp-db.js';

const temp = openTempDb();
// Never called: selection only builds the translator.
const llm = new LlmRunner({ client: createAnthropicClient({ apiKey: 'sk-ant-unused', baseURL: 'http://127.0.0.1:9' }), db: temp.db });
afterAll(() => temp.cleanup());
const yes = () => true;
const no = () => false;

describe('createTranslator', () => {
  it('auto: Claude when a key is configured', () => {
    const selection = createTranslator('auto', { llm, apertiumAvailable: yes });
    expect(selection).toMatchObject({ ok: true, message: null });
    expect(selection.ok && selection.translator).toBeInstanceOf(ClaudeTranslator);
  });

  it('auto: Apertium without a key when it is installed', () => {
    const selection = createTranslator('auto', { llm: null, apertiumAvailable: yes });
    expect(selection.ok && selection.translator).toBeInstanceOf(ApertiumTranslator);
    expect(selection.ok && selection.message).toBeNull();
  });

  it('auto: none with an install hint when neither is there', async () => {
    const selection = createTranslator('auto', { llm: null, apertiumAvailable: no });
    expect(selection.ok).toBe(true);
    if (!selection.ok) return;
    expect(selection.translator).toBeInstanceOf(NoneTranslator);
    expect(selection.message).toContain('sudo apt-get install -y apertium apertium-fr-es apertium-eng-spa');
    expect(selection.message).not.toContain('\n');
    const result = await selection.translator.translate([{ id: 'a', text: 'Bonjour.' }]);
    expect(result.pending[0]?.reason).toMatch(/ANTHROPIC_API_KEY|Apertium/);
  });

  it('an explicit engine that is not available is an error with the reason', () => {
    expect(createTranslator('claude', { llm: null, apertiumAvailable: yes })).toEqual({
      ok: false,
      message: expect.stringContaining('ANTHROPIC_API_KEY'),
    });
    expect(createTranslator('apertium', { llm, apertiumAvailable: no })).toEqual({
      ok: false,
      message: expect.stringContaining('apt-get install -y apertium'),
    });
  });

  it('explicit engines that are available, and none', () => {
    const claude = createTranslator('claude', { llm, apertiumAvailable: no });
    expect(claude.ok && claude.translator.name).toBe('claude');
    const apertium = createTranslator('apertium', { llm, apertiumAvailable: yes });
    expect(apertium.ok && apertium.translator.name).toBe('apertium');
    const none = createTranslator('none', { llm, apertiumAvailable: yes });
    expect(none.ok && none.translator.name).toBe('none');
  });
});

describe('NoneTranslator', () => {
  it('leaves every claim pending with its reason', async () => {
    const result = await new NoneTranslator('switched off').translate([
      { id: 'a', text: 'Un.' },
      { id: 'b', text: 'Deux.' },
    ]);
    expect(result).toEqual({
      translated: [],
      pending: [
        { id: 'a', reason: 'switched off' },
        { id: 'b', reason: 'switched off' },
      ],
    });
  });
});
