// ClaudeJudge: Claude judges one claim against its evidence candidates — supports, refutes or not enough
// evidence — through a forced `record_verdict` tool call (prompts/judge.md). The claim and the passages travel
// as JSON inside <claim> and <evidence> elements with '<' escaped, so no text can close an element and speak as
// the user. The reply is validated with the schema of machine-verdict.ts plus the rules a schema cannot state:
// every cited id is one of the passages given, and supports / refutes cite at least one. A reply that breaks a
// rule is asked again once with the problem spelled out; a second bad reply, or a call that fails after the
// runner's retries, is a typed failure and nothing is recorded. Valid replies are cached by the runner, so the
// same claim and evidence judged again make no call.
//
// Pure apart from the runner: it reads no database. judge-claims.ts chooses the claims and records the answers.

import { z } from 'zod';
import { loadPrompt, type LoadedPrompt } from '../llm/prompts.js';
import type { LlmFailure, LlmResult, LlmRunner } from '../llm/runner.js';
import { MACHINE_VERDICTS, type MachineVerdictAnswer } from './machine-verdict.js';

export const JUDGE_TOOL_NAME = 'record_verdict';

/**
 * The `record_verdict` tool input. The same fields and bounds as MachineVerdictAnswer (which recordMachineVerdict
 * parses again), with descriptions for the model; the rationale comes first so the model reasons before it
 * decides.
 */
export const judgeAnswerSchema = z.object({
  rationale: z.string().min(1).max(2000).describe('one to three short English sentences: what the cited passages state and why that supports, refutes or does not settle the claim'),
  evidence_ids: z.array(z.number().int().positive()).max(20).describe('ids of the passages the answer relies on, copied from <evidence>; may be empty only for not-enough-evidence'),
  verdict: z.enum(MACHINE_VERDICTS).describe('supports, refutes or not-enough-evidence'),
});

/** The claim as the judge sees it. */
export interface JudgeClaim {
  /** Stored claim id: names the claim in failures; never sent to the model. */
  id: string;
  kind: string;
  /** French text, as extracted. */
  text: string;
  /** Best English translation, or null. */
  translation: string | null;
  speaker: string | null;
  /** The claim's document: publication date and title, when known. */
  date: string | null;
  document: string | null;
}

/** An evidence candidate: its id in the evidence table, the passage, and its document's title and date. */
export interface JudgePassage {
  id: number;
  text: string;
  document: string | null;
  date: string | null;
}

export interface JudgeInput {
  claim: JudgeClaim;
  evidence: readonly JudgePassage[];
}

export type JudgeFailureKind = LlmFailure['kind'] | 'no-evidence';

export interface JudgeFailure {
  kind: JudgeFailureKind;
  /** Redacted by the runner: never contains the API key. */
  message: string;
  status?: number | undefined;
  /** HTTP attempts of the last request (0 when nothing was sent). */
  attempts: number;
}

export type JudgeResult =
  | { ok: true; answer: MachineVerdictAnswer; model: string; promptHash: string; cached: boolean }
  | { ok: false; failure: JudgeFailure };

/** The runner's one method the judge needs, and its model; an LlmRunner in production. */
export type ToolCaller = Pick<LlmRunner, 'callTool' | 'model'>;

export interface ClaudeJudgeOptions {
  /** Defaults to prompts/judge.md. */
  prompt?: LoadedPrompt | undefined;
}

/** The rationale is short; this leaves room for it, the ids and the JSON around them. */
const MAX_TOKENS = 1_024;
/** Passages sent per claim; the verification runner keeps at most 3, this only bounds a hand-made input. */
export const MAX_PASSAGES = 20;

export class ClaudeJudge {
  private readonly prompt: LoadedPrompt;

  constructor(
    private readonly runner: ToolCaller,
    options: ClaudeJudgeOptions = {},
  ) {
    this.prompt = options.prompt ?? loadPrompt('judge');
  }

  get model(): string {
    return this.runner.model;
  }

  get promptHash(): string {
    return this.prompt.hash;
  }

  /** Judges one claim. Never throws for an API or output problem: a failure is returned, typed. */
  async judge(input: JudgeInput): Promise<JudgeResult> {
    const evidence = input.evidence.slice(0, MAX_PASSAGES);
    if (evidence.length === 0) {
      return { ok: false, failure: { kind: 'no-evidence', message: `claim ${input.claim.id} has no evidence candidates to judge against`, attempts: 0 } };
    }
    const first = await this.request(input.claim, evidence, null);
    const outcome = !first.ok && first.failure.kind === 'invalid-output' ? await this.request(input.claim, evidence, first.failure.message) : first;
    if (!outcome.ok) return { ok: false, failure: outcome.failure };
    // Back to the field order of MachineVerdictAnswer, ids deduplicated in the order given.
    const { verdict, evidence_ids, rationale } = outcome.value;
    return {
      ok: true,
      answer: { verdict, evidence_ids: [...new Set(evidence_ids)], rationale: rationale.trim() },
      model: outcome.model,
      promptHash: this.prompt.hash,
      cached: outcome.cached,
    };
  }

  private request(claim: JudgeClaim, evidence: readonly JudgePassage[], previousProblems: string | null): Promise<LlmResult<z.infer<typeof judgeAnswerSchema>>> {
    const given = evidence.map((p) => p.id);
    const retryNote = previousProblems
      ? `\n\nYour previous answer was rejected: ${previousProblems}. Call record_verdict once more, citing only ids among ${given.join(', ')}.`
      : '';
    return this.runner.callTool({
      system: this.prompt.text,
      promptHash: this.prompt.hash,
      user: judgeUserMessage(claim, evidence) + retryNote,
      tool: {
        name: JUDGE_TOOL_NAME,
        description: 'Record whether the evidence passages support or refute the claim, or do not settle it, with a short rationale and the ids of the passages relied on.',
        schema: judgeAnswerSchema,
      },
      check: (value) => citationProblems(value, given),
      maxTokens: MAX_TOKENS,
    });
  }
}

/** JSON inside elements, with '<' escaped so no claim or passage can close its element. */
export function judgeUserMessage(claim: JudgeClaim, evidence: readonly JudgePassage[]): string {
  const fence = (value: unknown) => JSON.stringify(value, null, 1).replace(/</g, '\\u003c');
  const claimData = { text: claim.text, translation: claim.translation, kind: claim.kind, speaker: claim.speaker, date: claim.date, document: claim.document };
  const passages = evidence.map((p) => ({ id: p.id, text: p.text, document: p.document, date: p.date }));
  return `<claim>\n${fence(claimData)}\n</claim>\n<evidence>\n${fence(passages)}\n</evidence>`;
}

/** Rules the schema cannot state: cited ids exist among those given; a stance cites at least one passage. */
export function citationProblems(value: Pick<MachineVerdictAnswer, 'verdict' | 'evidence_ids'>, given: readonly number[]): string[] {
  const problems: string[] = [];
  const known = new Set(given);
  const unknown = [...new Set(value.evidence_ids.filter((id) => !known.has(id)))];
  if (unknown.length) problems.push(`evidence ids not among the passages given: ${unknown.join(', ')} (the passages are ${given.join(', ')})`);
  if (value.verdict !== 'not-enough-evidence' && value.evidence_ids.length === 0) problems.push(`a ${value.verdict} verdict must cite at least one passage id`);
  return problems;
}
