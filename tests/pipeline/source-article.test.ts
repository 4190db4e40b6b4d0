import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, expectOffsetsExact } from '../helpers/analyze.js';
import { CORPUS_ARTICLE } from '../helpers/paths.js';

const text = readFileSync(CORPUS_ARTICLE, 'utf8');
const result = analyzeText(text);
const byText = (start: string) => result.claims.find((c) => c.text.startsWith(start));

describe('the source article', () => {
  it('parses the inline date header and keeps offsets into the file as read', () => {
    expect(result.doc.meta.date).toBe('2026-02-28');
    expect(result.doc.bodyStart).toBe(text.indexOf('Quelques'));
    expect(result.lang).toBe('fra');
    expectOffsetsExact(result);
    expect(result.claims.every((c) => c.start >= result.doc.bodyStart)).toBe(true);
  });

  it('finds the three direct quotes of Sam Altman, including the uncued one that continues him', () => {
    for (const start of ['Ce soir, nous avons conclu', 'Tout au long de nos discussions', 'Le département de la Guerre est en accord']) {
      const claim = byText(start);
      expect(claim, start).toBeDefined();
      expect(claim!.kind).toBe('direct');
      expect(claim!.speaker?.name).toBe('Sam Altman');
    }
    expect(byText('Tout au long')!.cue).toBeNull();
    expect(byText('Ce soir')!.cue).toBe('a écrit');
    expect(byText('Le département de la Guerre est en accord')!.cue).toBe('a précisé');
  });

  it('takes the mixed quote after « pour » with « selon Sam Altman », marks excluded', () => {
    const claim = byText('aider avec nos modèles');
    expect(claim?.kind).toBe('mixed');
    expect(claim?.text).toBe('aider avec nos modèles et assurer leur sécurité');
    expect(claim?.speaker?.name).toBe('Sam Altman');
  });

  it('resolves « Le patron d’OpenAI » to Sam Altman through the apposition', () => {
    const claim = byText('à toutes fins légales');
    expect(claim?.speaker?.name).toBe('Sam Altman');
    expect(claim?.speaker?.aliases).toContain('patron d’OpenAI');
  });

  it('takes the reported speech « a par ailleurs indiqué souhaiter que … » without the final period', () => {
    const claim = result.claims.find((c) => c.kind === 'indirect' && c.speaker?.name === 'Sam Altman');
    expect(claim?.text.startsWith('souhaiter que les termes de son accord')).toBe(true);
    expect(claim?.text.endsWith('laboratoires d’IA')).toBe(true);
    expect(claim?.cue).toBe('a par ailleurs indiqué');
  });

  it('attributes Anthropic’s announced intention to Anthropic', () => {
    const claim = result.claims.find((c) => c.kind === 'indirect' && c.speaker?.name === 'Anthropic');
    expect(claim?.text.startsWith('attaquer le Pentagone en justice')).toBe(true);
  });

  it('does not take the designation « risque pour la chaîne … » as anyone’s words', () => {
    expect(result.claims.find((c) => c.text.startsWith('risque pour la chaîne'))).toBeUndefined();
  });

  it('gives every claim a stable id and a check-worthiness in [0, 1]', () => {
    const again = analyzeText(text);
    expect(again.claims.map((c) => c.id)).toEqual(result.claims.map((c) => c.id));
    for (const c of result.claims) {
      expect(c.checkWorthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkWorthiness).toBeLessThanOrEqual(1);
    }
  });
});
