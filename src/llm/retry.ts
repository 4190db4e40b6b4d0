// Which failures are worth another attempt, and how long to wait before it. Errors are told apart by the
// SDK's error classes and HTTP status, never by message text, whose wording the SDK does not promise.

import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk';

export type LlmFailureKind =
  | 'rate-limited'
  | 'overloaded'
  | 'server-error'
  | 'timeout'
  | 'connection'
  | 'auth'
  | 'request-rejected'
  | 'invalid-output'
  | 'unexpected';

export interface ClassifiedError {
  kind: LlmFailureKind;
  retryable: boolean;
  status?: number | undefined;
  /** Server-requested wait (retry-after / retry-after-ms), when the response carried one. */
  retryAfterMs?: number | undefined;
}

export function classifyLlmError(error: unknown, now: Date = new Date()): ClassifiedError {
  // Subclasses before their parents: OverloadedError extends InternalServerError,
  // APIConnectionTimeoutError extends APIConnectionError, and all of them extend APIError.
  if (error instanceof APIUserAbortError) return { kind: 'unexpected', retryable: false };
  if (error instanceof APIConnectionTimeoutError) return { kind: 'timeout', retryable: true };
  if (error instanceof APIConnectionError) return { kind: 'connection', retryable: true };
  if (error instanceof RateLimitError) return withRetryAfter({ kind: 'rate-limited', retryable: true, status: 429 }, error, now);
  if (error instanceof OverloadedError) return withRetryAfter({ kind: 'overloaded', retryable: true, status: 529 }, error, now);
  if (error instanceof InternalServerError) return withRetryAfter({ kind: 'server-error', retryable: true, status: error.status }, error, now);
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return { kind: 'auth', retryable: false, status: error.status };
  }
  if (error instanceof BadRequestError) return { kind: 'request-rejected', retryable: false, status: 400 };
  if (error instanceof APIError) {
    const status = error.status;
    // 408 (request timeout) and 409 (conflict) are transient, as the SDK's own policy also holds.
    if (status === 408 || status === 409) return withRetryAfter({ kind: 'server-error', retryable: true, status }, error, now);
    if (status !== undefined && status >= 500) return withRetryAfter({ kind: 'server-error', retryable: true, status }, error, now);
    return { kind: 'request-rejected', retryable: false, status };
  }
  return { kind: 'unexpected', retryable: false };
}

function withRetryAfter(base: ClassifiedError, error: APIError, now: Date): ClassifiedError {
  const retryAfterMs = retryAfterFromHeaders(error.headers, now);
  return retryAfterMs === undefined ? base : { ...base, retryAfterMs };
}

/** Reads `retry-after-ms`, then `retry-after` as seconds or as an HTTP date. */
export function retryAfterFromHeaders(headers: Headers | undefined, now: Date): number | undefined {
  if (!headers) return undefined;
  const millis = headers.get('retry-after-ms');
  if (millis !== null) {
    const value = Number(millis);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const header = headers.get('retry-after');
  return header === null ? undefined : parseRetryAfter(header, now);
}

export function parseRetryAfter(value: string, now: Date): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now.getTime());
}

export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** Upper bound for the exponential part. */
  maxMs: number;
  /** Upper bound for a server-requested wait, so a bad header cannot stall a run for hours. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 30_000, maxRetryAfterMs: 120_000 };

/**
 * Wait before retry number `retry` (0 for the first retry): the server's retry-after when given, otherwise
 * exponential backoff with "equal jitter" (half fixed, half random) so parallel callers do not retry in step.
 */
export function backoffDelayMs(
  retry: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** retry);
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
