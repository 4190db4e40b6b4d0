// A local stand-in for the Messages API (POST /v1/messages) that replays a script of replies, one per request,
// and records what it received. The real SDK is pointed at it with `baseURL`, so retries, timeouts and error
// classes are exercised through the SDK's own HTTP code.

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (model, system, messages, tools…). */
  body: MessagesRequestBody;
}

export interface MessagesRequestBody {
  model: string;
  max_tokens: number;
  system?: string;
  messages: { role: string; content: string }[];
  tools?: { name: string; input_schema: unknown }[];
  tool_choice?: unknown;
}

/** The key a request carried: the SDK sends it as `x-api-key` or as `Authorization: Bearer …` depending on version. */
export function sentApiKey(headers: IncomingHttpHeaders): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string') return apiKey;
  const auth = headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
}

export interface MockUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens?: number;
  cache_creation_input_tokens?: number;
}

export type MockReply =
  | { type: 'message'; content: unknown[]; usage: MockUsage; stopReason?: string; delayMs?: number }
  | { type: 'error'; status: number; errorType: string; message: string; headers?: Record<string, string> }
  /** Accept the request and answer nothing for `ms` (longer than the client timeout). */
  | { type: 'hang'; ms: number };

/** A scripted step: a fixed reply, or one computed from the request (e.g. echoing the claim ids). */
export type MockStep = MockReply | ((request: RecordedRequest) => MockReply);

const DEFAULT_USAGE: MockUsage = { input_tokens: 100, output_tokens: 50, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 };

export const reply = {
  toolUse(name: string, input: unknown, usage: MockUsage = DEFAULT_USAGE): MockReply {
    return { type: 'message', content: [{ type: 'tool_use', id: 'toolu_mock', name, input }], usage, stopReason: 'tool_use' };
  },
  text(text: string, usage: MockUsage = DEFAULT_USAGE): MockReply {
    return { type: 'message', content: [{ type: 'text', text }], usage, stopReason: 'end_turn' };
  },
  rateLimited(retryAfter?: string): MockReply {
    return {
      type: 'error',
      status: 429,
      errorType: 'rate_limit_error',
      message: 'Number of requests has exceeded your rate limit',
      ...(retryAfter === undefined ? {} : { headers: { 'retry-after': retryAfter } }),
    };
  },
  overloaded(): MockReply {
    return { type: 'error', status: 529, errorType: 'overloaded_error', message: 'Overloaded' };
  },
  serverError(): MockReply {
    return { type: 'error', status: 500, errorType: 'api_error', message: 'Internal server error' };
  },
  badRequest(message: string): MockReply {
    return { type: 'error', status: 400, errorType: 'invalid_request_error', message };
  },
  hang(ms: number): MockReply {
    return { type: 'hang', ms };
  },
};

export interface MockMessagesServer {
  /** Pass as the SDK's baseURL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Script steps not yet used. */
  remaining(): number;
  /** The most requests that were open at the same time. */
  maxConcurrent(): number;
  close(): Promise<void>;
}

export async function startMockMessagesServer(script: MockStep[]): Promise<MockMessagesServer> {
  const steps = [...script];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let open = 0;
  let maxOpen = 0;

  const server = createServer((req, res) => {
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    res.on('close', () => {
      open -= 1;
    });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: MessagesRequestBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as MessagesRequestBody;
      } catch {
        sendJson(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'body is not JSON' } });
        return;
      }
      const request: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(request);
      if (request.method !== 'POST' || !request.path.startsWith('/v1/messages')) {
        sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: `no route ${request.path}` } });
        return;
      }
      const step = steps.shift();
      if (!step) {
        // An exhausted script is a test bug; a 400 is not retried, so it surfaces at once.
        sendJson(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'mock script exhausted' } });
        return;
      }
      const answer = typeof step === 'function' ? step(request) : step;
      respond(res, answer, body.model, timers);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    remaining: () => steps.length,
    maxConcurrent: () => maxOpen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        // Hanging requests keep their sockets open; close them so the server can stop.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, answer: MockReply, model: string, timers: Set<NodeJS.Timeout>): void {
  switch (answer.type) {
    case 'message': {
      const send = () => sendJson(res, 200, {
        id: `msg_mock_${Math.random().toString(36).slice(2, 10)}`,
        type: 'message',
        role: 'assistant',
        model,
        content: answer.content,
        stop_reason: answer.stopReason ?? 'end_turn',
        stop_sequence: null,
        usage: { cache_read_input_tokens: 0, cache_creation_input_tokens: 0, ...answer.usage },
      });
      if (!answer.delayMs) {
        send();
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) send();
      }, answer.delayMs);
      timers.add(timer);
      return;
    }
    case 'error':
      sendJson(res, answer.status, { type: 'error', error: { type: answer.errorType, message: answer.message } }, answer.headers);
      return;
    case 'hang': {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.writableEnded && !res.destroyed) sendJson(res, 500, { type: 'error', error: { type: 'api_error', message: 'late' } });
      }, answer.ms);
      timers.add(timer);
      return;
    }
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
