// schema.org ClaimReview JSON-LD for claims a person has rated, shaped for Google's fact-check rich results
// (https://developers.google.com/search/docs/appearance/structured-data/factcheck): required claimReviewed,
// reviewRating (alternateName required; ratingValue with bestRating and worstRating for numeric ratings) and
// url; recommended author, datePublished and itemReviewed, a Claim with its author, datePublished and
// appearance. Pure: the reviewing organisation comes in as options (the CLI reads it from the environment).

import type { Rating } from './status.js';

/**
 * The numeric scale: worst 1 (false) to best 4 (true). Unverifiable has no place on a truth scale, so it is
 * published as text only (Google shows the textual rating, alternateName, and requires only that).
 */
export const RATING_SCALE: Readonly<Record<Rating, { value: number | null; label: string }>> = {
  false: { value: 1, label: 'False' },
  misleading: { value: 2, label: 'Misleading' },
  'mostly-true': { value: 3, label: 'Mostly true' },
  true: { value: 4, label: 'True' },
  unverifiable: { value: null, label: 'Unverifiable' },
};
export const BEST_RATING = 4;
export const WORST_RATING = 1;

export interface ReviewingOrganisation {
  name: string;
  /** The organisation's site: the author's url, and the base of each review's url. */
  url: string;
  /** The page of one review; default: the organisation's url with `#claim-<id>` (a « page jump » anchor). */
  reviewUrl?: (claimId: string) => string;
}

export interface ReviewedClaim {
  claimId: string;
  text: string;
  speaker: { name: string; kind: string | null } | null;
  document: { url: string | null; title: string | null; date: string | null; source: string | null };
  verdict: { rating: Rating; at: string; note: string | null };
}

export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLd | JsonLdValue[];

export class OrganisationError extends Error {}

/** Checks the organisation before any review is built: its url must be an absolute http(s) URL. */
export function checkOrganisation(org: ReviewingOrganisation): void {
  if (!org.name.trim()) throw new OrganisationError('the reviewing organisation needs a name');
  let url: URL;
  try {
    url = new URL(org.url);
  } catch {
    throw new OrganisationError(`the reviewing organisation's url is not a URL: ${JSON.stringify(org.url)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new OrganisationError(`the reviewing organisation's url must be http(s): ${JSON.stringify(org.url)}`);
}

/** `https://desk.example/checks/{id}` → a function of the claim id. */
export function reviewUrlFromTemplate(template: string): (claimId: string) => string {
  return (claimId) => template.split('{id}').join(encodeURIComponent(claimId));
}

function defaultReviewUrl(org: ReviewingOrganisation, claimId: string): string {
  const url = new URL(org.url);
  url.hash = `claim-${claimId}`;
  return url.toString();
}

/** A person for a person, an organisation for an organisation or a publication. */
function speakerThing(speaker: { name: string; kind: string | null }): JsonLd {
  const type = speaker.kind === 'organisation' || speaker.kind === 'publication' ? 'Organization' : 'Person';
  return { '@type': type, name: speaker.name };
}

function isoDate(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

export function buildClaimReview(claim: ReviewedClaim, org: ReviewingOrganisation): JsonLd {
  const scale = RATING_SCALE[claim.verdict.rating];
  const rating: JsonLd = { '@type': 'Rating', alternateName: scale.label };
  if (scale.value !== null) Object.assign(rating, { ratingValue: scale.value, bestRating: BEST_RATING, worstRating: WORST_RATING });
  if (claim.verdict.note) rating.ratingExplanation = claim.verdict.note;

  const item: JsonLd = { '@type': 'Claim' };
  // The article's own assertion is the publication's claim; an attributed one is its speaker's.
  const author = claim.speaker ? speakerThing(claim.speaker) : claim.document.source ? { '@type': 'Organization', name: claim.document.source } : null;
  if (author) item.author = author;
  const claimDate = isoDate(claim.document.date);
  if (claimDate) item.datePublished = claimDate;
  if (claim.document.url) {
    const appearance: JsonLd = { '@type': 'CreativeWork', url: claim.document.url };
    if (claim.document.title) appearance.headline = claim.document.title;
    if (claimDate) appearance.datePublished = claimDate;
    if (claim.document.source) appearance.publisher = { '@type': 'Organization', name: claim.document.source };
    item.appearance = appearance;
  }

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: org.reviewUrl ? org.reviewUrl(claim.claimId) : defaultReviewUrl(org, claim.claimId),
    claimReviewed: claim.text,
    itemReviewed: item,
    author: { '@type': 'Organization', name: org.name, url: org.url },
    datePublished: claim.verdict.at.slice(0, 10),
    reviewRating: rating,
  };
}

/**
 * JSON text for a <script type="application/ld+json"> block: still plain JSON, but with <, >, & and the JS line
 * separators escaped, so a claim or a note containing « </script> » cannot end the block it is pasted into.
 */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
