// Wires the real SDK client and an LlmRunner to a mock Messages server and a temporary database, with a
// recorded, instant sleep so retry tests run fast and can check the waits.

import { createAnthropicClient } from '../../src/llm/client.js';
import { LlmRunner, type LlmRunnerOptions } from '../../src/llm/runner.js';
import { startMockMessagesServer, type MockMessagesServer, type MockStep } from './mock-messages-server.js';
import { openTempDb, type TempDb } from './temp-db.js';

export const TEST_API_KEY = 'sk-ant-test-0123456789abcdef-SECRET';

export interface LlmFixture {
  server: MockMessagesServer;
  runner: LlmRunner;
  temp: TempDb;
  sleeps: number[];
  close(): Promise<void>;
}

export async function llmFixture(
  script: MockStep[],
  options: Partial<Omit<LlmRunnerOptions, 'client' | 'db'>> & { timeoutMs?: number } = {},
): Promise<LlmFixture> {
  const server = await startMockMessagesServer(script);
  const temp = openTempDb();
  const sleeps: number[] = [];
  const { timeoutMs, ...runnerOptions } = options;
  const client = createAnthropicClient({ apiKey: TEST_API_KEY, baseURL: server.baseURL, timeoutMs: timeoutMs ?? 5_000 });
  const runner = new LlmRunner({
    client,
    db: temp.db,
    maxRetries: 3,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...runnerOptions,
  });
  return {
    server,
    runner,
    temp,
    sleeps,
    async close() {
      await server.close();
      temp.cleanup();
    },
  };
}
