// The one interface every translation engine implements. Engines are injected into the
// CLI's commands; they never touch the database (the store persists what they return).

export interface TranslationInput {
  /** Claim id: each output must name exactly one input id. */
  id: string;
  /** French source text of the claim. */
  text: string;
  /** Optional context (the sentence around the claim) that an engine may use, never translate. */
  context?: string | undefined;
  /** Document id: engines that batch per document (Claude) group by it. */
  doc?: string | undefined;
}

export interface TranslationOutput {
  id: string;
  text: string;
  engine: string;
  model: string | null;
  promptHash: string | null;
  quality: 'machine-gloss' | 'llm';
  /** Filled by the fidelity check (numbers, dates, names, negation missing on one side). */
  fidelityIssues: string[];
}

export interface TranslationBatchResult {
  translated: TranslationOutput[];
  /** Ids that could not be translated this time; they stay pending, never lost. */
  pending: { id: string; reason: string }[];
}

export interface Translator {
  /** 'apertium' | 'claude' | 'none' */
  readonly name: string;
  translate(items: TranslationInput[]): Promise<TranslationBatchResult>;
}
