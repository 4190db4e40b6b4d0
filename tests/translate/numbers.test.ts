import { describe, it, expect } from 'vitest';
import {
  findEnglishDates,
  findEnglishNumbers,
  findFrenchDates,
  findFrenchNumbers,
  formatEnglishNumber,
} from '../../src/translate/numbers.js';

describe('French numbers', () => {
  it('reads decimal commas, spaced thousands and percentages', () => {
    const found = findFrenchNumbers('3,5 % de 1 000 personnes, soit 10\u202F000\u00A0000 euros et 42 pour cent.');
    expect(found.map((n) => [n.raw, n.value, n.percent, n.grouped])).toEqual([
      ['3,5 %', '3.5', true, false],
      ['1 000', '1000', false, true],
      ['10\u202F000\u00A0000', '10000000', false, true],
      ['42 pour cent', '42', true, false],
    ]);
  });

  it('leaves numbers glued to letters alone', () => {
    expect(findFrenchNumbers('L’A320 du 1er rang, 10e fois.')).toEqual([]);
  });

  it('does not join a year and the next number', () => {
    expect(findFrenchNumbers('en 2025 300 personnes').map((n) => n.raw)).toEqual(['2025', '300']);
  });

  it('spells them the English way', () => {
    const [percent, thousands, year] = findFrenchNumbers('3,5 % et 1 000 en 2026');
    expect([percent, thousands, year].map((n) => formatEnglishNumber(n!))).toEqual(['3.5%', '1,000', '2026']);
  });
});

describe('English numbers', () => {
  it('reads comma thousands, decimal points, percent words and ordinals', () => {
    expect(findEnglishNumbers('3.5% of 1,000 people, 7 per cent, the 28th').map((n) => [n.value, n.percent])).toEqual([
      ['3.5', true],
      ['1000', false],
      ['7', true],
      ['28', false],
    ]);
  });
});

describe('dates', () => {
  it('reads French dates with and without day or year', () => {
    expect(findFrenchDates('le 28 février 2026, le 1er mars, en août 2025, le 2026-02-28').map((d) => [d.day, d.month, d.year])).toEqual([
      [28, 2, 2026],
      [1, 3, null],
      [null, 8, 2025],
      [28, 2, 2026],
    ]);
  });

  it('does not take a bare month name for a date', () => {
    expect(findFrenchDates('la planète mars')).toEqual([]);
  });

  it('reads English dates in both orders', () => {
    expect(findEnglishDates('February 28, 2026; 28 February 2026; the 1st of March; Aug. 2025').map((d) => [d.day, d.month, d.year])).toEqual([
      [28, 2, 2026],
      [28, 2, 2026],
      [1, 3, null],
      [null, 8, 2025],
    ]);
  });
});
