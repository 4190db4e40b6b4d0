// These tests run the real Apertium binaries (fr-es, spa-eng). Where Apertium is missing they fail, unless
// CLAIMTRAIL_SKIP_APERTIUM=1 is set: CI installs it, so a silent skip would hide a broken setup.

import { spawn } from 'node:child_process';
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { ApertiumTranslator } from '../../src/translate/apertium.js';
import { APERTIUM_INSTALL_HINT, isApertiumAvailable } from '../../src/translate/apertium-process.js';
import type { TranslationBatchResult } from '../../src/translate/types.js';

// Count process starts while keeping the real spawn.
vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  return { ...actual, spawn: vi.fn(actual.spawn) };
});
const spawnMock = vi.mocked(spawn);

const installed = isApertiumAvailable();
const skipRequested = process.env['CLAIMTRAIL_SKIP_APERTIUM'] === '1';

describe('Apertium on this machine', () => {
  it.skipIf(skipRequested)('is installed with the fr-es and spa-eng modes', () => {
    expect(installed, `Apertium is missing; install it with: ${APERTIUM_INSTALL_HINT} (or set CLAIMTRAIL_SKIP_APERTIUM=1)`).toBe(true);
  });
});

function textOf(result: TranslationBatchResult, id: string): string {
  const found = result.translated.find((t) => t.id === id);
  if (!found) throw new Error(`no translation for ${id}: ${JSON.stringify(result.pending)}`);
  return found.text;
}

describe.skipIf(!installed && skipRequested)('ApertiumTranslator with the real binaries', () => {
  beforeEach(() => {
    spawnMock.mockClear();
  });

  it('translates the source article’s quotes keeping names, glossary terms and pronouns', async () => {
    const result = await new ApertiumTranslator().translate([
      {
        id: 'q1',
        text: '« Ce soir, nous avons conclu un accord avec le département de la Guerre pour déployer nos modèles dans leur réseau classifié », a écrit Sam Altman, patron d’OpenAI, sur X.',
      },
      {
        id: 'q2',
        text: '« Tout au long de nos discussions, le département de la Guerre a fait preuve d’un profond respect pour la sécurité et d’une volonté de collaborer pour obtenir le meilleur résultat possible ».',
      },
      {
        id: 'q3',
        text: '« Le département de la Guerre est en accord avec ces principes, les reflète dans ses lois et politiques, et nous les avons inscrits dans notre accord », a précisé Sam Altman.',
      },
    ]);
    expect(result.pending).toEqual([]);
    const q1 = textOf(result, 'q1');
    expect(q1).toContain('Tonight, we have concluded an agreement with the Department of War');
    expect(q1).toContain('our models in their classified network');
    expect(q1).toContain('Sam Altman, head of OpenAI');
    expect(textOf(result, 'q2')).toContain('the Department of War has shown a deep respect for safety');
    expect(textOf(result, 'q3')).toMatch(/^“The Department of War .* we have .*”, said Sam Altman\.$/);
    for (const t of result.translated) {
      expect(t.text).not.toMatch(/XQZ\d|9000\d\d|[«»]/);
      expect(t.fidelityIssues).toEqual([]);
      expect(t).toMatchObject({ engine: 'apertium', quality: 'machine-gloss', promptHash: null });
      expect(t.model).toMatch(/^fr-es(@\S+)?\+spa-eng(@\S+)?$/);
    }
  });

  it('keeps numbers, percentages, dates, links and handles', async () => {
    const result = await new ApertiumTranslator().translate([
      { id: 'n', text: 'Le 28 février 2026, le chômage a baissé de 3,5 % pour 1 000 personnes, selon https://example.org/stats?id=7 et @insee_fr.' },
      { id: 'd', text: 'OpenAI a signé le 1er mars.' },
    ]);
    const n = textOf(result, 'n');
    expect(n).toContain('28 February 2026');
    expect(n).toContain('3.5%');
    expect(n).toContain('1,000');
    expect(n).toContain('https://example.org/stats?id=7');
    expect(n).toContain('@insee_fr');
    expect(textOf(result, 'd')).toBe('OpenAI has signed on 1 March.');
    expect(result.translated.flatMap((t) => t.fidelityIssues)).toEqual([]);
  });

  it('applies the glossary with either apostrophe', async () => {
    const result = await new ApertiumTranslator().translate([
      { id: 'straight', text: "Le patron d'OpenAI défend les garde-fous." },
      { id: 'curly', text: 'Le patron d’OpenAI défend un garde-fou.' },
    ]);
    expect(textOf(result, 'straight')).toContain('head of OpenAI');
    expect(textOf(result, 'straight')).toContain('safeguards');
    expect(textOf(result, 'curly')).toContain('head of OpenAI');
    expect(textOf(result, 'curly')).toMatch(/\bsafeguard\b/);
  });

  it('translates 50 claims through one process pair, line for line', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, text: `Le ministre a signé ${101 + i} contrats avec Sam Altman.` }));
    const result = await new ApertiumTranslator().translate(items);
    expect(result.pending).toEqual([]);
    expect(result.translated.map((t) => t.id)).toEqual(items.map((i) => i.id));
    result.translated.forEach((t, i) => {
      expect(t.text).toContain(String(101 + i));
      expect(t.text).toContain('Sam Altman');
    });
    const apertiumStarts = spawnMock.mock.calls.filter(([command]) => command === 'apertium');
    expect(apertiumStarts.map(([, args]) => args?.[1])).toEqual(['fr-es', 'spa-eng']);
  });

  it('flattens a line break inside a claim without shifting the others', async () => {
    const result = await new ApertiumTranslator().translate([
      { id: 'before', text: 'Il y a 11 contrats.' },
      { id: 'broken', text: 'Sam Altman a écrit :\n« nous avons conclu 22 accords »' },
      { id: 'after', text: 'Il y a 33 contrats.' },
    ]);
    expect(textOf(result, 'broken')).not.toContain('\n');
    expect(textOf(result, 'broken')).toMatch(/^Sam Altman .*: “we have concluded 22 agreements”$/);
    expect(textOf(result, 'before')).toContain('11');
    expect(textOf(result, 'after')).toContain('33');
  });

  it('puts every id in pending when a mode is missing', async () => {
    const result = await new ApertiumTranslator({ modes: ['fr-es', 'xx-yy'] }).translate([
      { id: 'a', text: 'Bonjour.' },
      { id: 'b', text: 'Au revoir.' },
    ]);
    expect(result.translated).toEqual([]);
    expect(result.pending.map((p) => p.id)).toEqual(['a', 'b']);
    expect(result.pending[0]!.reason).toMatch(/^apertium failed: apertium xx-yy exited with 1/);
  });
});

describe('ApertiumTranslator without a binary', () => {
  it('puts every id in pending with the reason', async () => {
    const result = await new ApertiumTranslator({ command: '/nonexistent/apertium', model: 'test' }).translate([
      { id: 'a', text: 'Bonjour.' },
    ]);
    expect(result.translated).toEqual([]);
    expect(result.pending).toEqual([{ id: 'a', reason: expect.stringMatching(/^apertium failed: apertium fr-es could not run/) }]);
  });

  it('reports the binary and modes as unavailable', () => {
    expect(isApertiumAvailable({ command: '/nonexistent/apertium' })).toBe(false);
    expect(isApertiumAvailable({ modes: ['fr-es', 'xx-yy'] })).toBe(false);
  });
});
