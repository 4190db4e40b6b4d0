// Output formatters shared by every query command: pure functions from rows to text.

import type { ContractClaim } from '../export/contract.js';

export type OutputFormat = 'table' | 'csv' | 'jsonl';
export const OUTPUT_FORMATS: OutputFormat[] = ['table', 'csv', 'jsonl'];

export function jsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}

function truncate(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : flat.slice(0, width - 1) + '…';
}

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** A fixed-width table for people: id, kind, speaker, status, text. */
export function claimTableHeader(): string {
  return `${pad('ID', 16)}  ${pad('KIND', 9)}  ${pad('SPEAKER', 22)}  ${pad('STATUS', 10)}  TEXT\n`;
}

export function claimTableLine(c: ContractClaim): string {
  return `${c.id}  ${pad(c.kind, 9)}  ${pad(truncate(c.speaker ?? '—', 22), 22)}  ${pad(c.status, 10)}  ${truncate(c.text, 90)}\n`;
}
