// Cost estimates for the runs table. Prices are list prices in USD per million tokens, per model family;
// they are an estimate (batch, priority tiers and regional pricing are ignored), so a run records what it
// probably cost, not an invoice.

import { modelFamily, type ModelFamily } from './models.js';

export interface TokenPrices {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

export const PRICES_PER_MILLION_TOKENS: Readonly<Record<ModelFamily, TokenPrices>> = {
  opus: { input: 5, output: 25, cacheRead: 0.5, cacheWrite: 6.25 },
  sonnet: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  haiku: { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
};

export interface TokenCounts {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

/** Estimated cost in USD, or null when the model's family has no price (the caller decides how to report it). */
export function estimateCostUsd(
  model: string,
  tokens: TokenCounts,
  prices: Readonly<Record<ModelFamily, TokenPrices>> = PRICES_PER_MILLION_TOKENS,
): number | null {
  const family = modelFamily(model);
  if (!family) return null;
  const price = prices[family];
  return (
    (tokens.inputTokens * price.input +
      tokens.outputTokens * price.output +
      tokens.cacheReadTokens * price.cacheRead +
      tokens.cacheWriteTokens * price.cacheWrite) /
    1_000_000
  );
}
