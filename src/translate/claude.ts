// ClaudeTranslator: one request per document's claims (a document gives the model shared context and keeps
// requests few), structured output through a forced tool call, validated so that every input id gets exactly
// one translation. A reply that breaks that is retried once with the problems spelled out; if the second reply
// is also wrong, the whole group goes to pending: a reply that drops or invents ids may also have merged or
// shifted the others, so none of it is trusted.

import { z } from 'zod';
import type { LlmResult, LlmRunner } from '../llm/runner.js';
import { loadPrompt, type LoadedPrompt } from '../llm/prompts.js';
import { partitionBatch } from './batch.js';
import { checkFidelity } from './fidelity.js';
import type { TranslationBatchResult, TranslationInput, TranslationOutput, Translator } from './types.js';

export const TRANSLATION_TOOL_NAME = 'record_translations';

const translationsSchema = z.object({
  translations: z.array(z.object({ id: z.string(), text: z.string() })),
});
type Translations = z.infer<typeof translationsSchema>;

/** The runner's one method the translator needs; an LlmRunner in production. */
export type ToolCaller = Pick<LlmRunner, 'callTool' | 'model'>;

export interface ClaudeTranslatorOptions {
  /** Defaults to prompts/translate.md. */
  prompt?: LoadedPrompt | undefined;
  /** A document with more claims is sent in several requests, so one reply stays well under max_tokens. */
  maxClaimsPerRequest?: number | undefined;
}

const DEFAULT_MAX_CLAIMS_PER_REQUEST = 40;

export class ClaudeTranslator implements Translator {
  readonly name = 'claude';
  private readonly prompt: LoadedPrompt;
  private readonly maxClaimsPerRequest: number;

  constructor(
    private readonly runner: ToolCaller,
    options: ClaudeTranslatorOptions = {},
  ) {
    this.prompt = options.prompt ?? loadPrompt('translate');
    this.maxClaimsPerRequest = options.maxClaimsPerRequest ?? DEFAULT_MAX_CLAIMS_PER_REQUEST;
  }

  get promptHash(): string {
    return this.prompt.hash;
  }

  async translate(items: TranslationInput[]): Promise<TranslationBatchResult> {
    const { sendable, pending } = partitionBatch(items);
    // The runner's queue bounds how many of these run at once.
    const results = await Promise.all(this.groups(sendable).map((group) => this.translateGroup(group)));
    return {
      translated: results.flatMap((r) => r.translated),
      pending: [...pending, ...results.flatMap((r) => r.pending)],
    };
  }

  private groups(items: TranslationInput[]): TranslationInput[][] {
    const byDoc = new Map<string, TranslationInput[]>();
    for (const item of items) {
      const key = item.doc ?? '';
      const list = byDoc.get(key) ?? [];
      list.push(item);
      byDoc.set(key, list);
    }
    const groups: TranslationInput[][] = [];
    for (const list of byDoc.values()) {
      for (let i = 0; i < list.length; i += this.maxClaimsPerRequest) groups.push(list.slice(i, i + this.maxClaimsPerRequest));
    }
    return groups;
  }

  private async translateGroup(items: TranslationInput[]): Promise<TranslationBatchResult> {
    // The model sees short local ids (c1, c2…): nothing long to copy wrong, and the real ids never leave.
    const localIds = items.map((_, i) => `c${i + 1}`);
    const first = await this.request(items, localIds, null);
    let outcome = first;
    if (!first.ok && first.failure.kind === 'invalid-output') {
      outcome = await this.request(items, localIds, first.failure.message);
    }
    if (!outcome.ok) {
      const reason = `claude ${outcome.failure.kind}${outcome.failure.status ? ` (${outcome.failure.status})` : ''}: ${outcome.failure.message}`;
      return { translated: [], pending: items.map((item) => ({ id: item.id, reason })) };
    }
    const byLocalId = new Map(outcome.value.translations.map((t) => [t.id, t.text.trim()]));
    const translated = items.map((item, i): TranslationOutput => {
      const text = byLocalId.get(localIds[i]!) ?? '';
      return {
        id: item.id,
        text,
        engine: 'claude',
        model: outcome.model,
        promptHash: this.prompt.hash,
        quality: 'llm',
        fidelityIssues: checkFidelity(item.text, text),
      };
    });
    return { translated, pending: [] };
  }

  private request(
    items: TranslationInput[],
    localIds: string[],
    previousProblems: string | null,
  ): Promise<LlmResult<Translations>> {
    const data = items.map((item, i) => ({
      id: localIds[i]!,
      text: item.text,
      ...(item.context ? { context: item.context } : {}),
    }));
    // JSON inside an element, with '<' escaped, so no claim text can close the element and speak as the user.
    const fenced = `<claims>\n${JSON.stringify(data, null, 1).replace(/</g, '\\u003c')}\n</claims>`;
    const retryNote = previousProblems
      ? `\n\nYour previous answer was rejected: ${previousProblems}. Answer again with exactly one translation for each id.`
      : '';
    const totalChars = items.reduce((sum, item) => sum + item.text.length, 0);
    return this.runner.callTool({
      system: this.prompt.text,
      promptHash: this.prompt.hash,
      user: fenced + retryNote,
      tool: {
        name: TRANSLATION_TOOL_NAME,
        description: 'Record the English translation of every claim, one entry per claim id.',
        schema: translationsSchema,
      },
      check: (value) => idProblems(value, localIds, items),
      // English runs about a token per four characters; leave room for JSON and the occasional longer wording.
      maxTokens: Math.min(16_000, 1_024 + Math.ceil(totalChars / 2) + 32 * items.length),
    });
  }
}

/** Every expected id exactly once, none unknown, no empty text for a non-empty claim. */
export function idProblems(value: Translations, expected: readonly string[], items: readonly TranslationInput[]): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const t of value.translations) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  const expectedSet = new Set(expected);
  const missing = expected.filter((id) => !counts.has(id));
  const unknown = [...counts.keys()].filter((id) => !expectedSet.has(id));
  const repeated = [...counts.entries()].filter(([id, n]) => n > 1 && expectedSet.has(id)).map(([id]) => id);
  const empty = value.translations
    .filter((t) => expectedSet.has(t.id) && t.text.trim() === '' && items[expected.indexOf(t.id)]?.text.trim())
    .map((t) => t.id);
  if (missing.length) problems.push(`missing ids: ${missing.join(', ')}`);
  if (unknown.length) problems.push(`ids not in the input: ${unknown.join(', ')}`);
  if (repeated.length) problems.push(`ids answered more than once: ${repeated.join(', ')}`);
  if (empty.length) problems.push(`empty translations: ${empty.join(', ')}`);
  return problems;
}
