// ApertiumTranslator: offline rule-based translation through Spanish (fr→es→en). The output is a gloss for
// reading, not a publishable translation, hence quality 'machine-gloss'. Everything Apertium must not touch
// is shielded first (shield.ts); the whole batch goes through one process chain (apertium-process.ts).

import { FRENCH_ENGLISH_GLOSSARY, type Glossary } from './glossary.js';
import { partitionBatch, toSingleLine } from './batch.js';
import { checkFidelity } from './fidelity.js';
import {
  apertiumModelName,
  FRENCH_TO_ENGLISH_MODES,
  runApertiumChain,
  type ApertiumProcessOptions,
} from './apertium-process.js';
import { restorePlaceholders, shieldForApertium } from './shield.js';
import type { TranslationBatchResult, TranslationInput, TranslationOutput, Translator } from './types.js';

export interface ApertiumTranslatorOptions extends ApertiumProcessOptions {
  glossary?: Glossary | undefined;
  /** Overrides the model name; by default it is read once from the installed packages' versions. */
  model?: string | undefined;
}

export class ApertiumTranslator implements Translator {
  readonly name = 'apertium';
  private readonly glossary: Glossary;
  private model: Promise<string> | null = null;

  constructor(private readonly options: ApertiumTranslatorOptions = {}) {
    this.glossary = options.glossary ?? FRENCH_ENGLISH_GLOSSARY;
  }

  async translate(items: TranslationInput[]): Promise<TranslationBatchResult> {
    const { sendable, pending } = partitionBatch(items);
    if (sendable.length === 0) return { translated: [], pending };

    const shielded = sendable.map((item) => shieldForApertium(toSingleLine(item.text), this.glossary));
    this.model ??= this.options.model ? Promise.resolve(this.options.model) : apertiumModelName(this.options.modes ?? FRENCH_TO_ENGLISH_MODES);
    let lines: string[];
    try {
      lines = await runApertiumChain(
        shielded.map((s) => s.text),
        this.options,
      );
    } catch (error) {
      const reason = `apertium failed: ${error instanceof Error ? error.message : String(error)}`;
      return { translated: [], pending: [...pending, ...sendable.map((item) => ({ id: item.id, reason }))] };
    }
    const model = await this.model;

    const translated = sendable.map((item, index): TranslationOutput => {
      const source = shielded[index]!;
      const raw = lines[index] ?? '';
      const tidied = tidyApertiumOutput(lowercaseAfterLeadingName(source.text, raw));
      const { text, lost } = restorePlaceholders(tidied, source.placeholders);
      return {
        id: item.id,
        text: text.trim(),
        engine: 'apertium',
        model,
        promptHash: null,
        quality: 'machine-gloss',
        fidelityIssues: [...checkFidelity(item.text, text), ...lost.map((p) => `placeholder lost: ${p.source}`)],
      };
    });
    return { translated, pending };
  }
}

// Words English capitalises whatever their position; never lowercased by the fix below.
const ALWAYS_CAPITALISED = new Set(
  `Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December I American French European British German Chinese Russian English
  Spanish Italian Israeli Ukrainian Iranian`.split(/\s+/),
);

/**
 * Apertium's spa-eng transfer capitalises the first word it knows after unknown words that open a sentence
 * (« Anthropic annonce » → "Anthropic Announces"; placeholder tokens are such words). Where the French word
 * after that opening run was lower case, the English one is lowered back.
 */
export function lowercaseAfterLeadingName(source: string, output: string): string {
  const opener = /(?:^|[.!?…]\s+|[«“"]\s*)((?:[\p{Lu}\p{N}][\p{L}\p{N}]*\s+)+)\p{Ll}/gu;
  let fixed = output;
  for (const match of source.matchAll(opener)) {
    const run = match[1]!.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const pattern = new RegExp(`(^|[.!?…]\\s+|[«“"]\\s*)(${run}\\s+)(\\p{Lu})(\\p{Ll}[\\p{L}'’-]*)`, 'gu');
    fixed = fixed.replace(pattern, (whole, before: string, name: string, initial: string, rest: string) =>
      ALWAYS_CAPITALISED.has(initial + rest) ? whole : `${before}${name}${initial.toLowerCase()}${rest}`,
    );
  }
  return fixed;
}

/**
 * Cleanup of Apertium's raw output: unknown-word marks (*, #, @ before a word; real @handles and #tags are
 * shielded, so none reach here), the doubled spaces its transfer leaves, French spacing before : ; ! ? and
 * French quotation marks.
 */
export function tidyApertiumOutput(line: string): string {
  return line
    .replace(/(?<![\p{L}\p{N}])[*#@](?=[\p{L}\p{N}])/gu, '')
    .replace(/«[\s\u00A0\u202F]*/g, '“')
    .replace(/[\s\u00A0\u202F]*»/g, '”')
    .replace(/[ \u00A0\u202F]+([:;!?])/g, '$1')
    .replace(/[ \t\u00A0\u202F]{2,}/g, ' ');
}
