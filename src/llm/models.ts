// Model ids in one place. The default is the newest Sonnet in the installed SDK's model list that is not in
// its DEPRECATED_MODELS table (node_modules/@anthropic-ai/sdk/internal/data/deprecated-models.js), so the SDK
// prints no deprecation warning. Revisit when the SDK is upgraded.

export const DEFAULT_MODEL = 'claude-sonnet-5-5';

export type ModelFamily = 'opus' | 'sonnet' | 'haiku';

/** The family named inside a model id ('claude-sonnet-5-5' → 'sonnet'), or null for an unknown id. */
export function modelFamily(model: string): ModelFamily | null {
  const match = /\b(opus|sonnet|haiku)\b/.exec(model);
  return match ? (match[1] as ModelFamily) : null;
}
