// The structured output Claude returns for extraction: the input of the forced `record_claims` tool call.
// Nothing in it is trusted as it stands: every proposal is then located verbatim in the document (locate.ts).

import { z } from 'zod';
import { CLAIM_KINDS, type ClaimKind } from '../core/types.js';

export const EXTRACTION_TOOL_NAME = 'record_claims';

export const proposalSchema = z.object({
  kind: z.enum(CLAIM_KINDS as [ClaimKind, ...ClaimKind[]]).describe('direct, mixed, indirect or assertion'),
  /** Copied from the article, without quotation marks; checked character for character. */
  text: z.string().describe('the claim copied exactly from the article, without its quotation marks'),
  /** Fullest name the article gives, pronouns resolved; null for an assertion or an unknown speaker. */
  speaker: z.string().nullable().describe('the fullest name the article gives for the speaker, pronouns resolved; null for an assertion'),
  speaker_mention: z.string().nullable().optional().describe('the words at the cue that designate the speaker, as written'),
  cue: z.string().nullable().optional().describe('the reporting verb group or marker, as written'),
});

export const extractionSchema = z.object({
  claims: z.array(proposalSchema).describe('every claim of the text, in the order they appear'),
});

export type Proposal = z.infer<typeof proposalSchema>;
export type Extraction = z.infer<typeof extractionSchema>;
