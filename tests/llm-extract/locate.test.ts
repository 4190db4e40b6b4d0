import { describe, expect, it } from 'vitest';
import { locateProposals, searchableText, type LocateResult } from '../../src/llm-extract/locate.js';
import type { Proposal } from '../../src/llm-extract/schema.js';

const direct = (text: string): Proposal => ({ kind: 'direct', text, speaker: 'Sam Altman' });

function expectExact(source: string, result: LocateResult): void {
  for (const l of result.located) expect(source.slice(l.start, l.end)).toBe(l.text);
}

describe('locateProposals', () => {
  it('finds an exact quote and gives its UTF-16 offsets', () => {
    const source = '« Nous avons conclu un accord », a écrit Sam Altman. L’accord prévoit des garde-fous.';
    const result = locateProposals(source, [direct('Nous avons conclu un accord')], { bodyStart: 0 });
    expect(result.rejected).toEqual([]);
    expect(result.located).toHaveLength(1);
    expect(result.located[0]).toMatchObject({ start: 2, end: 29, text: 'Nous avons conclu un accord' });
    expectExact(source, result);
  });

  it('gives a repeated quote its occurrences in document order, then calls a third proposal a duplicate', () => {
    const source = '« Non », a dit Paul. Plus tard, il a répété : « Non ».';
    const result = locateProposals(source, [direct('Non'), direct('Non'), direct('Non')], { bodyStart: 0 });
    expect(result.located.map((l) => l.start)).toEqual([2, source.lastIndexOf('Non')]);
    expect(result.rejected).toEqual([expect.objectContaining({ text: 'Non', code: 'duplicate' })]);
    expectExact(source, result);
  });

  it('shares the taken occurrences across calls through `used`', () => {
    const source = '« Oui », dit-elle. « Oui », répète-t-elle.';
    const used = new Set<string>();
    const a = locateProposals(source, [direct('Oui')], { bodyStart: 0, used });
    const b = locateProposals(source, [direct('Oui')], { bodyStart: 0, used });
    expect(a.located[0]!.start).toBe(2);
    expect(b.located[0]!.start).toBe(source.lastIndexOf('Oui'));
  });

  it('rejects a text not found, with a reason, and tolerates no altered character', () => {
    const source = '« L’accord est signé », a dit Paul Martin.';
    const result = locateProposals(
      source,
      [
        direct('Nous avons gagné la guerre'),
        direct("L'accord est signé"), // straight apostrophe: the article has ’
        direct('l’accord est signé'), // case
        direct('L’accord  est signé'), // two spaces
      ],
      { bodyStart: 0 },
    );
    expect(result.located).toEqual([]);
    expect(result.rejected.map((r) => r.code)).toEqual(['not-found', 'near-match', 'near-match', 'near-match']);
    for (const r of result.rejected) expect(r.reason).toMatch(/not verbatim/);
  });

  it('rejects a direct or mixed text that keeps its quotation marks, and an empty text', () => {
    const source = '« L’accord est signé », a dit Paul Martin.';
    const result = locateProposals(source, [direct('« L’accord est signé »'), direct('   ')], { bodyStart: 0 });
    expect(result.located).toEqual([]);
    expect(result.rejected.map((r) => r.code)).toEqual(['quotation-marks', 'empty']);
  });

  it('trims surrounding spaces and the final period of reported content, nothing else', () => {
    const source = 'Paul Martin a affirmé que le chômage avait baissé de 3,5 %.';
    const proposal: Proposal = { kind: 'indirect', text: ' le chômage avait baissé de 3,5 %. ', speaker: 'Paul Martin' };
    expect(searchableText(proposal)).toBe('le chômage avait baissé de 3,5 %');
    const result = locateProposals(source, [proposal], { bodyStart: 0 });
    expect(result.located[0]!.text).toBe('le chômage avait baissé de 3,5 %');
    expectExact(source, result);
  });

  it('never uses text of the metadata header before bodyStart', () => {
    const header = 'titre: La réforme est « nécessaire »\n';
    const onlyInHeader = `${header}Le ministre a défendu son texte devant les députés.`;
    const r1 = locateProposals(onlyInHeader, [{ kind: 'mixed', text: 'nécessaire', speaker: 'le ministre' }], { bodyStart: header.length });
    expect(r1.located).toEqual([]);
    expect(r1.rejected[0]).toMatchObject({ code: 'in-header' });

    const alsoInBody = `${header}Le ministre juge la réforme « nécessaire ».`;
    const r2 = locateProposals(alsoInBody, [{ kind: 'mixed', text: 'nécessaire', speaker: 'le ministre' }], { bodyStart: header.length });
    expect(r2.located[0]!.start).toBe(alsoInBody.lastIndexOf('nécessaire'));
    expectExact(alsoInBody, r2);
  });

  it('searches only the part of the document the model was shown', () => {
    const source = '« Oui », dit-elle.\n\n« Oui », répète-t-elle.';
    const second = source.indexOf('\n\n') + 2;
    const result = locateProposals(source, [direct('Oui'), direct('dit-elle')], { bodyStart: 0, range: { start: second, end: source.length } });
    expect(result.located.map((l) => l.start)).toEqual([second + 2]);
    expect(result.rejected.map((r) => r.code)).toEqual(['not-found']);
  });

  it('keeps exact offsets with CRLF line ends', () => {
    const source = 'date 2026-02-28\r\n\r\nPremier paragraphe.\r\n\r\n« Nous restons prudents », a déclaré la ministre.\r\nElle a ajouté que le budget serait voté en mars\r\n';
    const result = locateProposals(
      source,
      [direct('Nous restons prudents'), { kind: 'indirect', text: 'le budget serait voté en mars', speaker: 'la ministre' }],
      { bodyStart: 17 },
    );
    expect(result.rejected).toEqual([]);
    expect(result.located.map((l) => l.start)).toEqual([source.indexOf('Nous restons'), source.indexOf('le budget')]);
    expectExact(source, result);
  });

  it('keeps exact offsets after emoji (surrogate pairs) and never cuts one in half', () => {
    const source = '🔥🔥 Breaking 🇫🇷 : « On ne lâchera rien 💪 », a lancé la députée.';
    const result = locateProposals(source, [direct('On ne lâchera rien 💪'), direct('\uDCAA')], { bodyStart: 0 });
    expect(result.located).toHaveLength(1);
    const [l] = result.located;
    expect(l!.start).toBe(source.indexOf('On ne'));
    expect(l!.end - l!.start).toBe('On ne lâchera rien 💪'.length);
    expectExact(source, result);
    // A lone low surrogate occurs in the UTF-16 text, but only as half of 💪: not a match.
    expect(result.rejected.map((r) => r.text)).toEqual(['\uDCAA']);
  });
});
