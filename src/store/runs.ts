// One row per command run: what was asked, what it counted, what the LLM cost.

import type { Db } from './db.js';

export interface RunUsage {
  tokensIn: number;
  tokensOut: number;
  cacheReadTokens: number;
  costUsd: number;
}

export function startRun(db: Db, command: string, options: Record<string, unknown>): number {
  const result = db
    .prepare('INSERT INTO runs (started_at, command, options) VALUES (?, ?, ?)')
    .run(new Date().toISOString(), command, JSON.stringify(options));
  return Number(result.lastInsertRowid);
}

export function finishRun(db: Db, runId: number, counts: Record<string, unknown>, usage?: RunUsage): void {
  db.prepare(
    `UPDATE runs SET finished_at = ?, counts = ?, tokens_in = ?, tokens_out = ?, cache_read_tokens = ?, cost_usd = ? WHERE id = ?`,
  ).run(
    new Date().toISOString(),
    JSON.stringify(counts),
    usage?.tokensIn ?? 0,
    usage?.tokensOut ?? 0,
    usage?.cacheReadTokens ?? 0,
    usage?.costUsd ?? 0,
    runId,
  );
}
