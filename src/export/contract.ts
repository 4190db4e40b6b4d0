// The JSON contract of `extract` and `claims --format jsonl`: one object per claim. Other
// tools read it; fields are only ever added, never renamed or removed (see README).

import type { Claim, ClaimKind } from '../core/types.js';
import type { ClaimRow } from '../store/claims.js';

export interface ContractTranslation {
  lang: 'en';
  text: string;
  engine: string;
}

export interface ContractClaim {
  id: string;
  doc: string;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speaker_mention: string | null;
  cue: string | null;
  confidence: number;
  status: string;
  translation: ContractTranslation | null;
  /** Which extractor and rules version produced the claim (« rules@0.12.0 », « claude@… »). */
  extractor: string;
}

export function contractFromClaim(claim: Claim, translation: { text: string; engine: string } | null, status = 'unverified'): ContractClaim {
  return {
    id: claim.id,
    doc: claim.doc,
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    speaker: claim.speaker?.name ?? null,
    speaker_mention: claim.speakerMention,
    cue: claim.cue,
    confidence: claim.confidence,
    status,
    translation: translation ? { lang: 'en', text: translation.text, engine: translation.engine } : null,
    extractor: `${claim.extractor}@${claim.extractorVersion}`,
  };
}

export function contractFromRow(row: ClaimRow): ContractClaim {
  return {
    id: row.id,
    doc: row.document_id,
    kind: row.kind,
    text: row.text,
    start: row.start,
    end: row.end,
    speaker: row.speaker,
    speaker_mention: row.speaker_mention,
    cue: row.cue,
    confidence: row.confidence,
    status: row.status,
    translation: row.text_en !== null && row.translation_engine !== null ? { lang: 'en', text: row.text_en, engine: row.translation_engine } : null,
    extractor: `${row.extractor}@${row.extractor_version}`,
  };
}
