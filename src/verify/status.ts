// The vocabulary of verification and how a claim's status follows from its history. The claim_rows view
// (db/migrations/002_verification.sql) computes the same thing in SQL; tests hold the two together.
//
// Rules:
// - a human verdict decides: true, mostly-true → verified; false, misleading → disputed; unverifiable →
//   unverified (a person looked and found nothing to settle it: the claim stays unverified, the rating says
//   why, and it leaves the review queue because it has a verdict);
// - the latest human verdict wins over any earlier one, and no machine event can change it;
// - without a human verdict, a machine flag (span no longer intact, conflicting attribution or figures, a
//   machine verdict that refutes) puts the claim in review; flags are sticky: only a human takes a claim out;
// - otherwise the claim is unverified.

export const RATINGS = ['true', 'mostly-true', 'misleading', 'false', 'unverifiable'] as const;
export type Rating = (typeof RATINGS)[number];

export const STATUSES = ['unverified', 'in-review', 'verified', 'disputed'] as const;
export type Status = (typeof STATUSES)[number];

/** Signals the runner records as machine events; 'machine-verdict' is reserved for the Claude judge. */
export const MACHINE_SIGNALS = ['span-fidelity', 'corroborated', 'conflicting-attribution', 'conflicting-figures', 'evidence', 'machine-verdict'] as const;
export type MachineSignal = (typeof MACHINE_SIGNALS)[number];

/** Signals whose findings need a person: any finding puts the claim in review. */
const FLAGGING_SIGNALS: ReadonlySet<string> = new Set(['span-fidelity', 'conflicting-attribution', 'conflicting-figures']);

export function isRating(value: string): value is Rating {
  return (RATINGS as readonly string[]).includes(value);
}

export function statusForRating(rating: Rating): Status {
  switch (rating) {
    case 'true':
    case 'mostly-true':
      return 'verified';
    case 'false':
    case 'misleading':
      return 'disputed';
    case 'unverifiable':
      return 'unverified';
  }
}

/** The status a machine event carries: 'in-review' when a flagging signal found something, else none. */
export function machineEventStatus(signal: string, findings: number): Status | null {
  return FLAGGING_SIGNALS.has(signal) && findings > 0 ? 'in-review' : null;
}

export interface HistoryEvent {
  kind: 'machine' | 'human' | string;
  status: string | null;
  rating: string | null;
}

export interface DerivedState {
  status: string;
  /** The latest human rating, or null. */
  rating: string | null;
}

/** A claim's status and rating from its events, oldest first. */
export function deriveStatus(events: readonly HistoryEvent[]): DerivedState {
  let human: string | null = null;
  let latest: string | null = null;
  let rating: string | null = null;
  for (const e of events) {
    if (e.status !== null) latest = e.status;
    if (e.kind === 'human' && e.status !== null) human = e.status;
    if (e.kind === 'human' && e.rating !== null) rating = e.rating;
  }
  return { status: human ?? latest ?? 'unverified', rating };
}
