import { describe, it, expect } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import { backoffDelayMs, classifyLlmError, DEFAULT_BACKOFF, parseRetryAfter } from '../../src/llm/retry.js';

const NOW = new Date('2026-02-28T12:00:00Z');

function statusError(status: number, headers: Record<string, string> = {}): APIError {
  return APIError.generate(status, { type: 'error', error: { type: 'x', message: 'm' } }, undefined, new Headers(headers));
}

describe('classifyLlmError', () => {
  it('retries 429, 529, 5xx, 408, connection errors and timeouts', () => {
    expect(classifyLlmError(statusError(429), NOW)).toMatchObject({ kind: 'rate-limited', retryable: true, status: 429 });
    expect(classifyLlmError(statusError(529), NOW)).toMatchObject({ kind: 'overloaded', retryable: true, status: 529 });
    expect(classifyLlmError(statusError(500), NOW)).toMatchObject({ kind: 'server-error', retryable: true, status: 500 });
    expect(classifyLlmError(statusError(503), NOW)).toMatchObject({ kind: 'server-error', retryable: true });
    expect(classifyLlmError(statusError(408), NOW)).toMatchObject({ retryable: true });
    expect(classifyLlmError(new APIConnectionTimeoutError(), NOW)).toMatchObject({ kind: 'timeout', retryable: true });
    expect(classifyLlmError(new APIConnectionError({ message: 'reset' }), NOW)).toMatchObject({ kind: 'connection', retryable: true });
  });

  it('does not retry client errors or unknown throws', () => {
    expect(classifyLlmError(statusError(400), NOW)).toMatchObject({ kind: 'request-rejected', retryable: false });
    expect(classifyLlmError(statusError(401), NOW)).toMatchObject({ kind: 'auth', retryable: false });
    expect(classifyLlmError(statusError(404), NOW)).toMatchObject({ kind: 'request-rejected', retryable: false });
    expect(classifyLlmError(new TypeError('rate limit overloaded timeout'), NOW)).toMatchObject({ kind: 'unexpected', retryable: false });
  });

  it('reads retry-after in seconds, as an HTTP date, and retry-after-ms', () => {
    expect(classifyLlmError(statusError(429, { 'retry-after': '7' }), NOW).retryAfterMs).toBe(7_000);
    const date = new Date(NOW.getTime() + 30_000).toUTCString();
    expect(classifyLlmError(statusError(529, { 'retry-after': date }), NOW).retryAfterMs).toBe(30_000);
    expect(classifyLlmError(statusError(429, { 'retry-after-ms': '250', 'retry-after': '9' }), NOW).retryAfterMs).toBe(250);
    expect(classifyLlmError(statusError(429), NOW).retryAfterMs).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('ignores garbage and clamps past dates to zero', () => {
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(new Date(NOW.getTime() - 5_000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1_500);
  });
});

describe('backoffDelayMs', () => {
  const policy = { baseMs: 1_000, maxMs: 8_000, maxRetryAfterMs: 60_000 };

  it('doubles per retry with jitter between half and all of the step, capped', () => {
    expect(backoffDelayMs(0, policy, () => 0)).toBe(500);
    expect(backoffDelayMs(0, policy, () => 1)).toBe(1_000);
    expect(backoffDelayMs(2, policy, () => 0)).toBe(2_000);
    expect(backoffDelayMs(2, policy, () => 1)).toBe(4_000);
    expect(backoffDelayMs(10, policy, () => 1)).toBe(8_000);
  });

  it('uses the server wait when there is one, within a bound', () => {
    expect(backoffDelayMs(0, policy, () => 0.5, 12_000)).toBe(12_000);
    expect(backoffDelayMs(0, policy, () => 0.5, 3_600_000)).toBe(60_000);
    expect(DEFAULT_BACKOFF.maxRetryAfterMs).toBeGreaterThan(DEFAULT_BACKOFF.maxMs);
  });
});
