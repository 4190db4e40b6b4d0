// ClaimReview JSON-LD against Google's fact-check structured data documentation
// (developers.google.com/search/docs/appearance/structured-data/factcheck):
//   ClaimReview  required: claimReviewed, reviewRating, url; recommended: author, datePublished, itemReviewed
//   Rating       required: alternateName; recommended: ratingValue, bestRating (> worstRating), worstRating (≥ 1)
//   Claim        recommended: author, datePublished, appearance (a URL or a CreativeWork with one)

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BEST_RATING, buildClaimReview, checkOrganisation, jsonLdText, RATING_SCALE, WORST_RATING, type JsonLd, type ReviewedClaim } from '../../src/verify/claimreview.js';
import { RATINGS } from '../../src/verify/status.js';
import { jsonLines, runCli, tempDir } from '../helpers/cli.js';

const ORG = { name: 'Desk Vérif', url: 'https://verif.example.org/' };

/** Every property Google requires, and the recommended ones claimtrail always has the data for. */
function expectGoogleFactCheck(review: JsonLd, org: { name: string; url: string }): void {
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  // Required: claimReviewed, a non-empty text without the rating in it.
  expect(typeof review.claimReviewed).toBe('string');
  expect((review.claimReviewed as string).length).toBeGreaterThan(0);
  // Required: url, the page of the fact check, on the organisation's domain.
  const url = new URL(review.url as string);
  expect(url.protocol).toBe('https:');
  expect(url.hostname).toBe(new URL(org.url).hostname);
  // Required: reviewRating with alternateName; numeric values inside the declared scale.
  const rating = review.reviewRating as JsonLd;
  expect(rating['@type']).toBe('Rating');
  expect(typeof rating.alternateName).toBe('string');
  expect((rating.alternateName as string).length).toBeGreaterThan(0);
  if (rating.ratingValue !== undefined) {
    expect(typeof rating.ratingValue).toBe('number');
    expect(typeof rating.bestRating).toBe('number');
    expect(typeof rating.worstRating).toBe('number');
    expect(rating.worstRating as number).toBeGreaterThanOrEqual(1);
    expect(rating.bestRating as number).toBeGreaterThan(rating.worstRating as number);
    expect(rating.ratingValue as number).toBeGreaterThanOrEqual(rating.worstRating as number);
    expect(rating.ratingValue as number).toBeLessThanOrEqual(rating.bestRating as number);
  }
  // Recommended: author (the reviewing organisation) and datePublished.
  expect(review.author).toEqual({ '@type': 'Organization', name: org.name, url: org.url });
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // Recommended: itemReviewed, a Claim.
  expect((review.itemReviewed as JsonLd)['@type']).toBe('Claim');
}

const claim = (over: Partial<ReviewedClaim> = {}): ReviewedClaim => ({
  claimId: '4a5b40f88ba4166b',
  text: 'Ce soir, nous avons conclu un accord avec le département de la Guerre',
  speaker: { name: 'Sam Altman', kind: 'person' },
  document: { url: 'https://news.example.fr/openai-pentagone', title: 'OpenAI et le Pentagone', date: '2026-02-28', source: 'Le Quotidien' },
  verdict: { rating: 'mostly-true', at: '2026-03-02T09:30:00.000Z', note: null },
  ...over,
});

describe('buildClaimReview', () => {
  it('fills every field Google requires or recommends', () => {
    const review = buildClaimReview(claim(), ORG);
    expectGoogleFactCheck(review, ORG);
    expect(review).toMatchObject({
      url: 'https://verif.example.org/#claim-4a5b40f88ba4166b',
      claimReviewed: claim().text,
      datePublished: '2026-03-02',
      reviewRating: { alternateName: 'Mostly true', ratingValue: 3, bestRating: 4, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Sam Altman' },
        datePublished: '2026-02-28',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example.fr/openai-pentagone', headline: 'OpenAI et le Pentagone', publisher: { '@type': 'Organization', name: 'Le Quotidien' } },
      },
    });
  });

  it('puts every rating on one scale, from False (worst) to True (best); unverifiable as text only', () => {
    expect(RATING_SCALE.false.value).toBe(WORST_RATING);
    expect(RATING_SCALE.true.value).toBe(BEST_RATING);
    const values = RATINGS.map((r) => RATING_SCALE[r].value).filter((v): v is number => v !== null);
    expect(new Set(values).size).toBe(values.length);
    for (const rating of RATINGS) expectGoogleFactCheck(buildClaimReview(claim({ verdict: { rating, at: '2026-03-02T00:00:00Z', note: null } }), ORG), ORG);
    const unverifiable = buildClaimReview(claim({ verdict: { rating: 'unverifiable', at: '2026-03-02T00:00:00Z', note: null } }), ORG).reviewRating as JsonLd;
    expect(unverifiable).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
  });

  it('makes an organisation the author of its claims and the publication the author of its own assertions', () => {
    const org = buildClaimReview(claim({ speaker: { name: 'OpenAI', kind: 'organisation' } }), ORG).itemReviewed as JsonLd;
    expect(org.author).toEqual({ '@type': 'Organization', name: 'OpenAI' });
    const assertion = buildClaimReview(claim({ speaker: null }), ORG).itemReviewed as JsonLd;
    expect(assertion.author).toEqual({ '@type': 'Organization', name: 'Le Quotidien' });
  });

  it('uses a review URL template when the organisation has one, and refuses an organisation without a web URL', () => {
    const review = buildClaimReview(claim(), { ...ORG, reviewUrl: (id) => `https://verif.example.org/checks/${id}` });
    expect(review.url).toBe('https://verif.example.org/checks/4a5b40f88ba4166b');
    expect(() => checkOrganisation({ name: 'x', url: 'verif.example.org' })).toThrow(/not a URL/);
    expect(() => checkOrganisation({ name: 'x', url: 'javascript:alert(1)' })).toThrow(/http/);
  });

  it('serialises so that nothing in a claim or a note can close the script block it is pasted into', () => {
    const hostile = buildClaimReview(claim({ text: '</script><script>alert(1)</script>', verdict: { rating: 'false', at: '2026-03-02T00:00:00Z', note: '<b>&' } }), ORG);
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe('export --format claimreview', () => {
  const dir = tempDir();
  const db = path.join(dir, 'claims.sqlite');
  const env = { CLAIMTRAIL_ORG_NAME: ORG.name, CLAIMTRAIL_ORG_URL: ORG.url };
  let quoteId = '';
  let assertionCount = 0;

  beforeAll(async () => {
    const file = path.join(dir, 'articles.jsonl');
    writeFileSync(
      file,
      JSON.stringify({
        text: 'Paul Martin, maire de Lyon, a déclaré mardi : « La ville a construit 1 200 logements sociaux en 2025, un record depuis vingt ans. » Le budget municipal atteint 900 millions d’euros.',
        title: 'Logement : le bilan du maire',
        date: '2026-01-13',
        url: 'https://news.example.fr/lyon-logement',
        source: 'Le Progrès de test',
      }) + '\n',
    );
    const ingest = await runCli(['--db', db, 'ingest', file, '--translator', 'none']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const claims = jsonLines<{ id: string; kind: string }>((await runCli(['--db', db, 'claims', '--format', 'jsonl'])).stdout);
    quoteId = claims.find((c) => c.kind === 'direct')!.id;
    assertionCount = claims.length;
  });

  it('refuses to export without the reviewing organisation (exit 2)', async () => {
    const r = await runCli(['--db', db, 'export', '--format', 'claimreview'], { env: { CLAIMTRAIL_ORG_URL: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/CLAIMTRAIL_ORG_URL/);
  });

  it('exports an empty array while nobody has given a verdict', async () => {
    const r = await runCli(['--db', db, 'export', '--format', 'claimreview'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('exports one ClaimReview per rated claim, with every field Google requires', async () => {
    expect(assertionCount).toBeGreaterThan(1);
    const verdict = await runCli(['--db', db, 'verdict', quoteId, '--rating', 'misleading', '--by', 'Camille', '--note', 'Chiffre de 2024, pas 2025.']);
    expect(verdict.code, verdict.stderr).toBe(0);
    const out = path.join(dir, 'reviews.json');
    const r = await runCli(['--db', db, 'export', '--format', 'claimreview', '--out', out], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/exported 1 ClaimReview to/);
    const reviews = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')) as JsonLd[];
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expectGoogleFactCheck(review!, ORG);
    expect(review).toMatchObject({
      claimReviewed: 'La ville a construit 1 200 logements sociaux en 2025, un record depuis vingt ans.',
      reviewRating: { alternateName: 'Misleading', ratingValue: 2, bestRating: 4, worstRating: 1, ratingExplanation: 'Chiffre de 2024, pas 2025.' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Paul Martin' },
        datePublished: '2026-01-13',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example.fr/lyon-logement', headline: 'Logement : le bilan du maire' },
      },
    });
  });
});
