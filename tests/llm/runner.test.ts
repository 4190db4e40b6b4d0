import { afterEach, describe, it, expect, vi } from 'vitest';
import { z } from 'zod';
import { createAnthropicClient } from '../../src/llm/client.js';
import { DEFAULT_MODEL } from '../../src/llm/models.js';
import { LlmRunner } from '../../src/llm/runner.js';
import { estimateCostUsd } from '../../src/llm/pricing.js';
import type { ToolCallRequest } from '../../src/llm/runner.js';
import { reply, sentApiKey, startMockMessagesServer } from '../helpers/mock-messages-server.js';
import { llmFixture, TEST_API_KEY, type LlmFixture } from '../helpers/llm-fixture.js';

const answerSchema = z.object({ answer: z.string() });

function request(overrides: Partial<ToolCallRequest<{ answer: string }>> = {}): ToolCallRequest<{ answer: string }> {
  return {
    system: 'You answer.',
    promptHash: 'hash-1',
    user: '<data>bonjour</data>',
    tool: { name: 'record_answer', description: 'Record the answer.', schema: answerSchema },
    maxTokens: 256,
    ...overrides,
  };
}

const ok = (answer = 'hello', usage?: Parameters<typeof reply.toolUse>[2]) => reply.toolUse('record_answer', { answer }, usage);

let fixture: LlmFixture | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await fixture?.close();
  fixture = null;
});

describe('LlmRunner retries', () => {
  it('waits for retry-after on a 429, then succeeds', async () => {
    fixture = await llmFixture([reply.rateLimited('2'), ok()]);
    const result = await fixture.runner.callTool(request());
    expect(result).toMatchObject({ ok: true, value: { answer: 'hello' }, cached: false });
    expect(fixture.server.requests).toHaveLength(2);
    expect(fixture.sleeps).toEqual([2_000]);
    expect(fixture.runner.usage()).toMatchObject({ calls: 1, httpRequests: 2, retries: 1, failures: 0 });
  });

  it('backs off exponentially on 529 and 500', async () => {
    fixture = await llmFixture([reply.overloaded(), reply.serverError(), ok()], { backoff: { baseMs: 1_000, maxMs: 10_000 } });
    const result = await fixture.runner.callTool(request());
    expect(result.ok).toBe(true);
    // random() is 0.5: three quarters of 1 s, then of 2 s.
    expect(fixture.sleeps).toEqual([750, 1_500]);
  });

  it('retries an attempt that outlives the client timeout', async () => {
    fixture = await llmFixture([reply.hang(3_000), ok()], { timeoutMs: 200 });
    const result = await fixture.runner.callTool(request());
    expect(result.ok).toBe(true);
    expect(fixture.server.requests).toHaveLength(2);
  });

  it('returns a typed failure once retries are exhausted', async () => {
    fixture = await llmFixture([reply.serverError(), reply.serverError(), reply.serverError()], { maxRetries: 2 });
    const result = await fixture.runner.callTool(request());
    expect(result).toMatchObject({ ok: false, failure: { kind: 'server-error', status: 500, attempts: 3 } });
    expect(fixture.server.requests).toHaveLength(3);
    expect(fixture.runner.usage()).toMatchObject({ failures: 1, retries: 2 });
  });

  it('does not retry a rejected request, and never shows the key', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    fixture = await llmFixture([reply.badRequest(`invalid x-api-key ${TEST_API_KEY}`)]);
    const result = await fixture.runner.callTool(request());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('request-rejected');
    expect(fixture.server.requests).toHaveLength(1);
    expect(result.failure.message).toContain('invalid x-api-key');
    expect(result.failure.message).not.toContain(TEST_API_KEY);
    expect(sentApiKey(fixture.server.requests[0]!.headers)).toBe(TEST_API_KEY);
    const printed = [...log.mock.calls, ...warn.mock.calls, ...error.mock.calls].flat().map(String).join('\n');
    expect(printed).not.toContain(TEST_API_KEY);
  });
});

describe('LlmRunner structured output', () => {
  it('sends the tool, forces it, and uses the default model without a deprecation warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    fixture = await llmFixture([ok()]);
    await fixture.runner.callTool(request());
    const body = fixture.server.requests[0]!.body;
    expect(body.model).toBe(DEFAULT_MODEL);
    expect(body.system).toBe('You answer.');
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'record_answer' });
    expect(body.tools?.[0]).toMatchObject({
      name: 'record_answer',
      input_schema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('rejects a reply without the tool call or with input that fails the schema', async () => {
    fixture = await llmFixture([reply.text('{"answer": '), reply.toolUse('record_answer', { answer: 42 })]);
    const first = await fixture.runner.callTool(request());
    const second = await fixture.runner.callTool(request());
    expect(first).toMatchObject({ ok: false, failure: { kind: 'invalid-output' } });
    expect(second).toMatchObject({ ok: false, failure: { kind: 'invalid-output' } });
    if (!second.ok) expect(second.failure.message).toContain('answer');
  });

  it('applies the caller’s check and reports its problems', async () => {
    fixture = await llmFixture([ok('non')]);
    const result = await fixture.runner.callTool(request({ check: (v) => (v.answer === 'oui' ? [] : ['answer must be oui']) }));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'invalid-output', message: 'answer must be oui' } });
  });
});

describe('LlmRunner cache', () => {
  it('answers an identical call from llm_cache without an HTTP request', async () => {
    fixture = await llmFixture([ok('first')]);
    const first = await fixture.runner.callTool(request());
    const second = await fixture.runner.callTool(request());
    expect(first).toMatchObject({ ok: true, cached: false, value: { answer: 'first' } });
    expect(second).toMatchObject({ ok: true, cached: true, value: { answer: 'first' } });
    expect(fixture.server.requests).toHaveLength(1);
    const row = fixture.temp.db.prepare('SELECT model, prompt_hash FROM llm_cache').get();
    expect(row).toEqual({ model: DEFAULT_MODEL, prompt_hash: 'hash-1' });
    expect(fixture.runner.usage()).toMatchObject({ calls: 2, cacheHits: 1, httpRequests: 1 });
  });

  it('keys on the prompt hash, the input and the model', async () => {
    fixture = await llmFixture([ok('a'), ok('b'), ok('c')]);
    await fixture.runner.callTool(request());
    await fixture.runner.callTool(request({ promptHash: 'hash-2' }));
    await fixture.runner.callTool(request({ user: '<data>salut</data>' }));
    expect(fixture.server.requests).toHaveLength(3);
  });

  it('runs without a cache when given no database', async () => {
    const server = await startMockMessagesServer([ok('a'), ok('b')]);
    try {
      const runner = new LlmRunner({ client: createAnthropicClient({ apiKey: TEST_API_KEY, baseURL: server.baseURL }), db: null });
      expect(await runner.callTool(request())).toMatchObject({ ok: true, value: { answer: 'a' } });
      expect(await runner.callTool(request())).toMatchObject({ ok: true, cached: false, value: { answer: 'b' } });
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('treats a cached row that no longer validates as a miss', async () => {
    fixture = await llmFixture([ok('old'), ok('new')]);
    await fixture.runner.callTool(request());
    fixture.temp.db.prepare("UPDATE llm_cache SET response = '{}'").run();
    expect(await fixture.runner.callTool(request())).toMatchObject({ ok: true, cached: false, value: { answer: 'new' } });
    expect(fixture.server.requests).toHaveLength(2);
  });

  it('does not cache a reply that failed validation', async () => {
    fixture = await llmFixture([reply.toolUse('record_answer', {}), ok('fixed')]);
    expect((await fixture.runner.callTool(request())).ok).toBe(false);
    expect(await fixture.runner.callTool(request())).toMatchObject({ ok: true, cached: false, value: { answer: 'fixed' } });
    expect(fixture.server.requests).toHaveLength(2);
  });
});

describe('LlmRunner usage', () => {
  it('adds up tokens over calls and estimates the cost from the price table', async () => {
    fixture = await llmFixture([
      ok('a', { input_tokens: 1_000, output_tokens: 200, cache_read_input_tokens: 300, cache_creation_input_tokens: 0 }),
      reply.serverError(),
      ok('b', { input_tokens: 500, output_tokens: 100, cache_read_input_tokens: 0, cache_creation_input_tokens: 40 }),
    ]);
    await fixture.runner.callTool(request());
    await fixture.runner.callTool(request({ user: 'other' }));
    const usage = fixture.runner.usage();
    expect(usage).toMatchObject({ inputTokens: 1_500, outputTokens: 300, cacheReadTokens: 300, cacheWriteTokens: 40, costKnown: true });
    const expected = estimateCostUsd(DEFAULT_MODEL, { inputTokens: 1_500, outputTokens: 300, cacheReadTokens: 300, cacheWriteTokens: 40 });
    expect(usage.costUsd).toBeCloseTo(expected!, 10);
    // Sonnet list prices: $3 in, $15 out, $0.30 cache read, $3.75 cache write per million tokens.
    expect(usage.costUsd).toBeCloseTo((1_500 * 3 + 300 * 15 + 300 * 0.3 + 40 * 3.75) / 1e6, 10);
  });

  it('prices an unknown model at zero and says so', async () => {
    fixture = await llmFixture([ok()], { model: 'mystery-model-1' });
    await fixture.runner.callTool(request());
    expect(fixture.runner.usage()).toMatchObject({ model: 'mystery-model-1', costUsd: 0, costKnown: false });
    expect(fixture.server.requests[0]?.body.model).toBe('mystery-model-1');
  });
});

describe('LlmRunner queue', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    const slow = () => ({ ...ok(), delayMs: 80 });
    fixture = await llmFixture([slow(), slow(), slow(), slow(), slow()], { concurrency: 2 });
    const users = ['a', 'b', 'c', 'd', 'e'];
    const results = await Promise.all(users.map((user) => fixture!.runner.callTool(request({ user }))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fixture.server.maxConcurrent()).toBe(2);
  });

  it('starts no more than requestsPerMinute attempts per window', async () => {
    fixture = await llmFixture([ok(), ok(), ok()], { requestsPerMinute: 2, rateWindowMs: 400 });
    const started = Date.now();
    const finished: number[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map(async (user) => {
        await fixture!.runner.callTool(request({ user }));
        finished.push(Date.now() - started);
      }),
    );
    finished.sort((a, b) => a - b);
    expect(finished[1]!).toBeLessThan(350);
    expect(finished[2]!).toBeGreaterThanOrEqual(350);
  });
});
