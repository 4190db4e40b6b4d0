// LlmRunner: every Claude call goes through here. It rate-limits (p-queue), retries transient failures with
// backoff, answers repeated calls from llm_cache, validates the structured reply with zod, and keeps the token
// totals. A call never throws for an API or output problem: it returns a typed failure, so callers keep the
// work they have and mark the rest pending.

import type Anthropic from '@anthropic-ai/sdk';
import type { Database } from 'better-sqlite3';
import PQueue from 'p-queue';
import { z } from 'zod';
import { LlmCache, llmCacheKey } from './cache.js';
import { DEFAULT_MAX_RETRIES, redactSecrets } from './client.js';
import { DEFAULT_MODEL } from './models.js';
import {
  backoffDelayMs,
  classifyLlmError,
  DEFAULT_BACKOFF,
  type BackoffPolicy,
  type LlmFailureKind,
} from './retry.js';
import { UsageMeter, type LlmUsage } from './usage.js';

type MessageParams = Anthropic.MessageCreateParamsNonStreaming;
type Message = Anthropic.Message;

/** The subset of the SDK client the runner uses, so tests could pass a stand-in; normally an `Anthropic`. */
export interface MessagesClient {
  messages: { create(params: MessageParams): PromiseLike<Message> };
  apiKey?: string | null;
}

export interface LlmRunnerOptions {
  client: MessagesClient;
  /** Holds llm_cache. null turns the cache off (e.g. `extract`, which works without a database). */
  db: Database | null;
  model?: string | undefined;
  /** Requests in flight at once. */
  concurrency?: number | undefined;
  /** HTTP attempts started per minute (retries count too). */
  requestsPerMinute?: number | undefined;
  /** The window requestsPerMinute applies to; one minute unless a test shortens it. */
  rateWindowMs?: number | undefined;
  /** Retries after the first attempt for 429, 529, 5xx, connection errors and timeouts. */
  maxRetries?: number | undefined;
  backoff?: Partial<BackoffPolicy> | undefined;
  /** Injected so tests run the retry loop without waiting. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  random?: (() => number) | undefined;
  now?: (() => Date) | undefined;
}

export interface ToolCallRequest<T> {
  /** System text (a prompt file) and its sha256; the hash names the prompt in the cache and the store. */
  system: string;
  promptHash: string;
  /** User message: the data to work on. */
  user: string;
  /** The tool the model must call; its input is the structured output. The JSON schema is derived from `schema`. */
  tool: { name: string; description: string; schema: z.ZodType<T> };
  /** Checks the schema cannot express (e.g. "one entry per input id"). Any problem rejects the reply. */
  check?: ((value: T) => string[]) | undefined;
  maxTokens: number;
}

export interface LlmFailure {
  kind: LlmFailureKind;
  /** Human-readable and redacted: never contains the API key. */
  message: string;
  status?: number | undefined;
  attempts: number;
}

export type LlmResult<T> =
  | { ok: true; value: T; model: string; cached: boolean }
  | { ok: false; failure: LlmFailure };

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_REQUESTS_PER_MINUTE = 50;

export class LlmRunner {
  readonly model: string;
  private readonly client: MessagesClient;
  private readonly cache: LlmCache | null;
  private readonly queue: PQueue;
  private readonly meter: UsageMeter;
  private readonly maxRetries: number;
  private readonly backoff: BackoffPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => Date;

  constructor(options: LlmRunnerOptions) {
    this.client = options.client;
    this.model = options.model ?? DEFAULT_MODEL;
    this.now = options.now ?? (() => new Date());
    this.cache = options.db ? new LlmCache(options.db, this.now) : null;
    this.queue = new PQueue({
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      intervalCap: options.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
      interval: options.rateWindowMs ?? 60_000,
    });
    this.meter = new UsageMeter(this.model);
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  usage(): LlmUsage {
    return this.meter.snapshot();
  }

  async callTool<T>(request: ToolCallRequest<T>): Promise<LlmResult<T>> {
    this.meter.countCall();
    const params = this.buildParams(request);
    const { model: _model, ...input } = params;
    const key = llmCacheKey(this.model, request.promptHash, input);

    const cached = this.cache?.get(key);
    if (cached) {
      const parsed = readToolReply(cached.response as Message, request);
      // A cached reply that no longer validates (the schema or checks changed) is a miss, not an answer.
      if (parsed.ok) {
        this.meter.countCacheHit();
        return { ok: true, value: parsed.value, model: this.model, cached: true };
      }
    }

    const sent = await this.sendWithRetries(params);
    if (!sent.ok) {
      this.meter.countFailure();
      return sent;
    }
    this.meter.addReplyUsage(sent.message.usage ?? { input_tokens: 0, output_tokens: 0 });
    const parsed = readToolReply(sent.message, request);
    if (!parsed.ok) {
      this.meter.countFailure();
      return {
        ok: false,
        failure: { kind: 'invalid-output', message: this.redact(parsed.problems.join('; ')), attempts: sent.attempts },
      };
    }
    this.cache?.put(key, this.model, request.promptHash, params, sent.message);
    return { ok: true, value: parsed.value, model: this.model, cached: false };
  }

  private buildParams<T>(request: ToolCallRequest<T>): MessageParams {
    const { $schema: _dialect, ...inputSchema } = z.toJSONSchema(request.tool.schema) as Record<string, unknown>;
    return {
      model: this.model,
      max_tokens: request.maxTokens,
      system: request.system,
      messages: [{ role: 'user', content: request.user }],
      tools: [
        {
          name: request.tool.name,
          description: request.tool.description,
          input_schema: { ...inputSchema, type: 'object' },
        },
      ],
      tool_choice: { type: 'tool', name: request.tool.name },
    };
  }

  private async sendWithRetries(
    params: MessageParams,
  ): Promise<{ ok: true; message: Message; attempts: number } | { ok: false; failure: LlmFailure }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const message = await this.queue.add(() => {
          this.meter.countHttpRequest();
          return this.client.messages.create(params);
        });
        return { ok: true, message, attempts: attempt };
      } catch (error) {
        const classified = classifyLlmError(error, this.now());
        if (!classified.retryable || attempt > this.maxRetries) {
          return {
            ok: false,
            failure: {
              kind: classified.kind,
              message: this.redact(describeError(error)),
              status: classified.status,
              attempts: attempt,
            },
          };
        }
        this.meter.countRetry();
        // The wait happens outside the queue so a backing-off call does not hold a concurrency slot.
        await this.sleep(backoffDelayMs(attempt - 1, this.backoff, this.random, classified.retryAfterMs));
      }
    }
  }

  private redact(text: string): string {
    return redactSecrets(text, [this.client.apiKey]);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
  return String(error);
}

type ToolReply<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function readToolReply<T>(message: Message, request: ToolCallRequest<T>): ToolReply<T> {
  // Cached rows come back as plain JSON: check the shape before trusting it as a Message.
  if (!Array.isArray((message as { content?: unknown }).content)) return { ok: false, problems: ['reply has no content'] };
  const call = message.content.find(
    (block): block is Anthropic.ToolUseBlock => block.type === 'tool_use' && block.name === request.tool.name,
  );
  if (!call) {
    const cut = message.stop_reason === 'max_tokens' ? ' (reply cut at max_tokens)' : '';
    return { ok: false, problems: [`reply has no ${request.tool.name} tool call${cut}`] };
  }
  const parsed = request.tool.schema.safeParse(call.input);
  if (!parsed.success) return { ok: false, problems: [`tool input does not match the schema: ${z.prettifyError(parsed.error)}`] };
  const problems = request.check?.(parsed.data) ?? [];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}
