import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prf, scoreDocument, speakerCorrect, type GoldStatement, type PredictedStatement } from '../../src/eval/score.js';
import { ROOT } from '../helpers/paths.js';

const gold = (start: number, end: number, extra: Partial<GoldStatement> = {}): GoldStatement => ({
  kind: 'direct',
  start,
  end,
  quote: 'x'.repeat(end - start),
  speaker: 'Sam Altman',
  aliases: ['patron d’OpenAI'],
  optional: false,
  ...extra,
});
const pred = (start: number, end: number, speaker: string | null = 'Sam Altman'): PredictedStatement => ({ kind: 'direct', start, end, text: '', speaker });

describe('the ANNOTATION.md scorer', () => {
  it('matches leniently above 30 % of the gold quote, strictly above 80 % of both spans', () => {
    const g = [gold(0, 100)];
    expect(scoreDocument(g, [pred(0, 31)]).lenient).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreDocument(g, [pred(0, 30)]).lenient).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreDocument(g, [pred(0, 81)]).strict).toEqual({ tp: 1, fp: 0, fn: 0 });
    // covers the gold but is more than 25 % longer: lenient yes, strict no
    expect(scoreDocument(g, [pred(0, 130)]).strict).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreDocument(g, [pred(0, 130)]).lenient.tp).toBe(1);
  });

  it('matches one to one, best overlap first', () => {
    const s = scoreDocument([gold(0, 100)], [pred(0, 50), pred(0, 100)]);
    expect(s.lenient).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.spurious.map((p) => p.end)).toEqual([50]);
  });

  it('neither rewards nor punishes optional statements', () => {
    const g = [gold(0, 100), gold(200, 300, { optional: true })];
    expect(scoreDocument(g, [pred(0, 100), pred(200, 300)]).lenient).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreDocument(g, [pred(0, 100)]).lenient).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('judges speakers by name, alias or trailing part, never by pronoun', () => {
    const g = gold(0, 10, { speaker: 'l’opposition de droite', aliases: [] });
    expect(speakerCorrect('opposition de droite', g)).toBe(true);
    const altman = gold(0, 10);
    expect(speakerCorrect('altman', altman)).toBe(true);
    expect(speakerCorrect('SAM ÂLTMAN', altman)).toBe(true);
    expect(speakerCorrect('Patron d’OpenAI', altman)).toBe(true);
    expect(speakerCorrect('man', altman)).toBe(false);
    expect(speakerCorrect('il', altman)).toBe(false);
    expect(speakerCorrect(null, altman)).toBe(false);
  });

  it('takes no complement at the end of a noun phrase for its trailing part', () => {
    const expert = gold(0, 10, { speaker: 'un expert mandaté par la commune', aliases: [] });
    expect(speakerCorrect('commune', expert)).toBe(false);
    expect(speakerCorrect('la commune', expert)).toBe(false);
    expect(speakerCorrect('expert mandaté par la commune', expert)).toBe(true);
    const cpam = gold(0, 10, { speaker: 'la caisse primaire d’assurance maladie de l’Aveyron', aliases: [] });
    expect(speakerCorrect('Aveyron', cpam)).toBe(false);
    expect(speakerCorrect('assurance maladie de l’Aveyron', cpam)).toBe(false);
    expect(speakerCorrect('caisse primaire d’assurance maladie de l’Aveyron', cpam)).toBe(true);
    const trainer = gold(0, 10, { speaker: 'son préparateur physique', aliases: [] });
    expect(speakerCorrect('préparateur physique', trainer)).toBe(true);
    const region = gold(0, 10, { speaker: 'la région Occitanie', aliases: [] });
    expect(speakerCorrect('Occitanie', region)).toBe(true);
  });

  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 8, fp: 2, fn: 8 })).toEqual({ precision: 0.8, recall: 0.5, f1: 2 * 0.8 * 0.5 / 1.3 });
  });

  it('keeps every gold set valid (exact quotes, occurrences, kinds)', () => {
    const sets = readdirSync(path.join(ROOT, 'eval'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(ROOT, 'eval', d.name));
    expect(sets.length).toBeGreaterThanOrEqual(20);
    for (const set of sets) {
      const out = execFileSync(process.execPath, [path.join(ROOT, 'eval', 'validate.mjs'), set], { encoding: 'utf8' });
      expect(out, set).toMatch(/^0 error\(s\)/m);
    }
  });
});
