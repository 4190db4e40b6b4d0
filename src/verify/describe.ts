// Verification events as lines for a terminal (`show`, `review`). Pure. Notes and names are typed by people
// and stored verbatim, so control characters are escaped here: a note cannot move the cursor or recolour the
// terminal of the next reviewer.

import type { StoredEvent } from '../store/verification.js';

export type DescribableEvent = Pick<StoredEvent, 'at' | 'kind' | 'signal' | 'status' | 'rating' | 'note' | 'evidence' | 'by' | 'model'>;

/** Escapes C0/C1 control characters (newlines included) so one value stays on one line. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const shortId = (id: unknown) => (typeof id === 'string' ? id.slice(0, 12) : '?');

interface LinkLike {
  claim?: string;
  passage?: number;
  evidence_id?: number;
  document?: string;
  start?: number;
  end?: number;
  speaker?: string | null;
  similarity?: number;
  figures?: { here: string; there: string }[];
  found?: string | null;
}

/** One line per item an event cites: links to the same statement, evidence candidates, URLs. */
export function evidenceLines(e: Pick<DescribableEvent, 'signal' | 'evidence'>): string[] {
  let items: unknown[];
  try {
    items = JSON.parse(e.evidence) as unknown[];
  } catch {
    return [];
  }
  if (!Array.isArray(items)) return [];
  return items.map((item) => {
    if (typeof item === 'string') return `evidence: ${printable(item)}`;
    const l = item as LinkLike;
    const where = `doc ${shortId(l.document)} chars ${l.start}–${l.end}`;
    if (e.signal === 'span-fidelity') return `found at ${l.start}–${l.end}: « ${printable(l.found ?? '')} »`;
    if (l.evidence_id !== undefined) return `evidence #${l.evidence_id}: ${where}`;
    const what = l.claim ? `claim ${l.claim}${l.speaker !== undefined ? ` (${printable(l.speaker ?? 'no speaker')})` : ''}` : 'sentence';
    const figures = l.figures?.length ? `; ${l.figures.map((f) => `« ${printable(f.here)} » vs « ${printable(f.there)} »`).join(', ')}` : '';
    return `→ ${what} in ${where}${l.similarity !== undefined ? `, similarity ${l.similarity}` : ''}${figures}`;
  });
}

/** The history line of `show` (« 2026-…  machine corroborated: note ») followed by the items it cites. */
export function historyLines(e: DescribableEvent): string[] {
  const details = [e.status && `status ${e.status}`, e.rating && `rating ${e.rating}`, e.note, e.by && `by ${e.by}`, e.model && `model ${e.model}`]
    .filter((d): d is string => Boolean(d))
    .map(printable)
    .join(', ');
  return [`${e.at}  ${e.kind} ${e.signal}${details ? `: ${details}` : ''}`, ...evidenceLines(e).map((l) => `    ${l}`)];
}
