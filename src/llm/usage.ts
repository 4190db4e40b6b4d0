// Running totals for one runner: what the CLI writes to the runs table (tokens_in, tokens_out,
// cache_read_tokens, cost_usd) plus call counts that explain them.

import { estimateCostUsd, type TokenCounts } from './pricing.js';

export interface LlmUsage extends TokenCounts {
  model: string;
  /** Calls made through the runner, cached or not. */
  calls: number;
  /** Calls answered from llm_cache without an HTTP request. */
  cacheHits: number;
  /** HTTP attempts, retries included. */
  httpRequests: number;
  retries: number;
  /** Calls that ended in a failure (after retries). */
  failures: number;
  /** Estimated; 0 when the model has no entry in the price table (then costKnown is false). */
  costUsd: number;
  costKnown: boolean;
}

/** The usage block of a Messages API reply, as far as accounting needs it. */
export interface ReplyUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens?: number | null | undefined;
  cache_creation_input_tokens?: number | null | undefined;
}

export class UsageMeter {
  private readonly totals: Omit<LlmUsage, 'costUsd' | 'costKnown' | 'model'> = {
    calls: 0,
    cacheHits: 0,
    httpRequests: 0,
    retries: 0,
    failures: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  };

  constructor(private readonly model: string) {}

  countCall(): void {
    this.totals.calls += 1;
  }
  countCacheHit(): void {
    this.totals.cacheHits += 1;
  }
  countHttpRequest(): void {
    this.totals.httpRequests += 1;
  }
  countRetry(): void {
    this.totals.retries += 1;
  }
  countFailure(): void {
    this.totals.failures += 1;
  }

  addReplyUsage(usage: ReplyUsage): void {
    this.totals.inputTokens += usage.input_tokens;
    this.totals.outputTokens += usage.output_tokens;
    this.totals.cacheReadTokens += usage.cache_read_input_tokens ?? 0;
    this.totals.cacheWriteTokens += usage.cache_creation_input_tokens ?? 0;
  }

  snapshot(): LlmUsage {
    const cost = estimateCostUsd(this.model, this.totals);
    return { model: this.model, ...this.totals, costUsd: cost ?? 0, costKnown: cost !== null };
  }
}
