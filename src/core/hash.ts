import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Stable claim id: the same span of the same document always gets the same id. */
export function claimId(doc: string, kind: string, start: number, end: number): string {
  return sha256(`${doc}:${kind}:${start}:${end}`).slice(0, 16);
}
