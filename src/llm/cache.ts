// Response cache in the llm_cache table. A response is stored only after it passed validation, so a bad reply
// is never replayed, and the key covers everything that shapes the reply: model, prompt hash and the full
// request input (system text, messages, tool schema, token limit).

import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';

export function llmCacheKey(model: string, promptHash: string, input: unknown): string {
  return createHash('sha256').update(JSON.stringify([model, promptHash, input])).digest('hex');
}

export interface CachedResponse {
  request: unknown;
  response: unknown;
}

export class LlmCache {
  private readonly select: Statement<[string], { request: string; response: string }>;
  private readonly insert: Statement<[string, string, string, string, string, string]>;

  constructor(
    db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.select = db.prepare('SELECT request, response FROM llm_cache WHERE key = ?');
    this.insert = db.prepare(
      'INSERT OR REPLACE INTO llm_cache (key, model, prompt_hash, request, response, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  get(key: string): CachedResponse | null {
    const row = this.select.get(key);
    if (!row) return null;
    try {
      return { request: JSON.parse(row.request) as unknown, response: JSON.parse(row.response) as unknown };
    } catch {
      // A row that no longer parses is treated as a miss; the next good response overwrites it.
      return null;
    }
  }

  put(key: string, model: string, promptHash: string, request: unknown, response: unknown): void {
    this.insert.run(key, model, promptHash, JSON.stringify(request), JSON.stringify(response), this.now().toISOString());
  }
}
