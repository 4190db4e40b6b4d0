// Builds the one Anthropic SDK client. Everything the client needs arrives as options, so tests can point it at
// a local server with `baseURL`; the environment is read only by llmOptionsFromEnv, which the CLI calls.

import Anthropic from '@anthropic-ai/sdk';

export const DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 4;

export interface LlmClientOptions {
  apiKey: string;
  /** Defaults to the public API; set to a local server in tests. */
  baseURL?: string | undefined;
  /** Per HTTP attempt. A timed-out attempt is retried by the runner like a connection error. */
  timeoutMs?: number | undefined;
  /**
   * Retries after the first attempt. The SDK's own retry loop is switched off and LlmRunner does the retrying,
   * so that backoff goes through an injectable sleep and every attempt passes the rate limiter.
   */
  maxRetries?: number | undefined;
}

/**
 * Reads the client options from an environment object (pass `process.env`). Returns null when no API key is
 * set, which is how the CLI knows Claude is not available.
 */
export function llmOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): LlmClientOptions | null {
  const apiKey = env['ANTHROPIC_API_KEY']?.trim();
  if (!apiKey) return null;
  const baseURL = env['ANTHROPIC_BASE_URL']?.trim();
  return { apiKey, baseURL: baseURL || undefined };
}

export function createAnthropicClient(options: LlmClientOptions): Anthropic {
  if (!options.apiKey) throw new TypeError('createAnthropicClient: apiKey is required');
  return new Anthropic({
    apiKey: options.apiKey,
    // Passed explicitly so the SDK does not fall back to reading ANTHROPIC_BASE_URL itself.
    baseURL: options.baseURL ?? DEFAULT_BASE_URL,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: 0,
    // The SDK's info/debug logs print request details; keep only its warnings.
    logLevel: 'warn',
  });
}

const KEY_PATTERN = /sk-ant-[A-Za-z0-9_-]{8,}/g;

/** Removes API keys (the given secrets and anything shaped like an Anthropic key) from text meant for humans. */
export function redactSecrets(text: string, secrets: readonly (string | null | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.replace(KEY_PATTERN, '[redacted]');
}
