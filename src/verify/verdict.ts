// A person's verdict on a claim: appended as a human event, never replacing anything. The note, the name and
// the evidence URLs are stored exactly as given; they are data, and each output (CSV, terminal, JSON-LD) makes
// them safe for itself.

import { z } from 'zod';
import type { Db } from '../store/db.js';
import { appendEvent, eventsOf } from '../store/verification.js';
import { deriveStatus, RATINGS, statusForRating, type Rating, type Status } from './status.js';

/** Evidence a reader can open: http or https only (no javascript:, file:, data:). */
export const WebUrl = z.url({ protocol: /^https?$/ });

export const VerdictInput = z.object({
  rating: z.enum(RATINGS),
  note: z.string().nullable().default(null),
  evidence: z.array(WebUrl).default([]),
  /** Who decided: required, because an unsigned verdict is not an audit trail. */
  by: z.string().refine((s) => s.trim().length > 0, 'the reviewer name is empty'),
});
export type VerdictInput = z.input<typeof VerdictInput>;

export interface RecordedVerdict {
  eventId: number;
  rating: Rating;
  status: Status;
  previousStatus: string;
}

/** Appends a verdict on an existing claim (the caller resolves the id). Throws a ZodError on invalid input. */
export function recordVerdict(db: Db, claimId: string, input: VerdictInput, at = new Date().toISOString()): RecordedVerdict {
  const verdict = VerdictInput.parse(input);
  const status = statusForRating(verdict.rating);
  return db
    .transaction(() => {
      const previousStatus = deriveStatus(eventsOf(db, claimId)).status;
      const eventId = appendEvent(db, {
        claim_id: claimId,
        kind: 'human',
        signal: 'verdict',
        status,
        rating: verdict.rating,
        note: verdict.note,
        evidence: JSON.stringify(verdict.evidence),
        by: verdict.by,
        model: null,
        prompt_hash: null,
        at,
      });
      return { eventId, rating: verdict.rating, status, previousStatus };
    })
    .immediate();
}
