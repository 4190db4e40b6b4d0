// `claimtrail extract <file>`: the pipeline without the database. stdout carries exactly one
// JSON object per claim (the contract); every message goes to stderr.

import { contractFromClaim } from '../../export/contract.js';
import { loadFile } from '../../io/load.js';
import { applyClaudeExtractor, emptyClaudeCounts, formatClaudeCounts, type LlmExtractor } from '../../llm-extract/claude-extractor.js';
import type { Translator } from '../../translate/types.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { jsonLine } from '../format.js';
import { write, type CliIO } from '../io.js';
import type { Analyzer } from '../analyzer.js';

export interface ExtractOptions {
  translator: Translator;
  analyzer: Analyzer;
  /** `--extractor claude|both`: Claude runs after the rules analysis. */
  claude?: { extractor: Pick<LlmExtractor, 'extract'>; mode: 'claude' | 'both' } | undefined;
}

export async function extractCommand(file: string, options: ExtractOptions, io: CliIO): Promise<ExitCode> {
  const loaded = await loadFile(file);
  for (const e of loaded.errors) write(io.stderr, `claimtrail: ${e.where}: ${e.cause}`);
  let failed = loaded.errors.length > 0;
  let analysed = await options.analyzer.analyze(loaded.documents);
  if (options.claude) {
    const counts = emptyClaudeCounts();
    const claude = await applyClaudeExtractor(analysed, options.claude.extractor, options.claude.mode, counts);
    for (const f of claude.failures) write(io.stderr, `claimtrail: ${f.doc.doc.meta.path ?? file}: claude extraction failed, rules claims kept: ${f.reason}`);
    write(io.stderr, `claimtrail: ${formatClaudeCounts(counts)}`);
    analysed = claude.documents;
  }
  for (const result of analysed) {
    const error = result.messages.find((m) => m.severity === 'error');
    if (error) {
      write(io.stderr, `claimtrail: ${result.doc.meta.path ?? file}: ${error.text}`);
      failed = true;
      continue;
    }
    const translations = new Map<string, { text: string; engine: string }>();
    if (options.translator.name !== 'none' && result.claims.length > 0) {
      const out = await options.translator.translate(result.claims.map((c) => ({ id: c.id, text: c.text, doc: c.doc })));
      for (const t of out.translated) translations.set(t.id, { text: t.text, engine: t.engine });
    }
    for (const claim of result.claims) io.stdout.write(jsonLine(contractFromClaim(claim, translations.get(claim.id) ?? null)));
  }
  return failed ? EXIT.INPUT_ERRORS : EXIT.OK;
}
