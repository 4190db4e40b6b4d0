import { afterEach, describe, it, expect } from 'vitest';
import { createAnthropicClient, DEFAULT_BASE_URL, llmOptionsFromEnv, redactSecrets } from '../../src/llm/client.js';

describe('llmOptionsFromEnv', () => {
  it('returns null without a key, so the CLI knows Claude is unavailable', () => {
    expect(llmOptionsFromEnv({})).toBeNull();
    expect(llmOptionsFromEnv({ ANTHROPIC_API_KEY: '   ' })).toBeNull();
  });

  it('reads the key and an optional base URL', () => {
    expect(llmOptionsFromEnv({ ANTHROPIC_API_KEY: 'sk-ant-abc' })).toEqual({ apiKey: 'sk-ant-abc', baseURL: undefined });
    expect(llmOptionsFromEnv({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' })).toEqual({
      apiKey: 'k',
      baseURL: 'http://127.0.0.1:9',
    });
  });
});

describe('createAnthropicClient', () => {
  const saved = process.env['ANTHROPIC_BASE_URL'];
  afterEach(() => {
    if (saved === undefined) delete process.env['ANTHROPIC_BASE_URL'];
    else process.env['ANTHROPIC_BASE_URL'] = saved;
  });

  it('takes everything from its options, not from the environment', () => {
    process.env['ANTHROPIC_BASE_URL'] = 'http://env.invalid';
    const client = createAnthropicClient({ apiKey: 'k' });
    expect(client.baseURL).toBe(DEFAULT_BASE_URL);
    expect(client.maxRetries).toBe(0);
    expect(createAnthropicClient({ apiKey: 'k', baseURL: 'http://127.0.0.1:1', timeoutMs: 1234 })).toMatchObject({
      baseURL: 'http://127.0.0.1:1',
      timeout: 1234,
    });
  });

  it('refuses to build a client without a key', () => {
    expect(() => createAnthropicClient({ apiKey: '' })).toThrow(TypeError);
  });
});

describe('redactSecrets', () => {
  it('removes the given secrets and anything shaped like an Anthropic key', () => {
    expect(redactSecrets('key=abcd1234 used', ['abcd1234'])).toBe('key=[redacted] used');
    expect(redactSecrets('bad key sk-ant-api03-AbCdEf_123456-xyz here')).toBe('bad key [redacted] here');
    expect(redactSecrets('nothing secret', [null, undefined, ''])).toBe('nothing secret');
  });
});
