// Resolves speaker mentions within one document to canonical speakers: surnames to full
// names, pronouns to the nearest compatible speaker, descriptions to the person an
// apposition gave that role to. Two people who share a surname stay apart: a bare surname
// goes to the one mentioned most recently.

import { FIRST_NAMES, KNOWN_ORGANISATIONS, NAME_PARTICLES, ORGANISATION_NOUNS, PUBLICATIONS, TITLES } from '../lang/fr.js';
import type { ResolvedSpeaker, Sentence, SpeakerKind } from '../core/types.js';
import type { ExtractedStatement } from './extract.js';
import { appositionAfter, descriptionAt, nameAt, textOf, type ParsedMention } from './mentions.js';
import { fold, stripDeterminer, tokenize } from './tokenize.js';

type Gender = 'm' | 'f' | 'pl' | 'any' | undefined;

interface Entity {
  name: string;
  kind: SpeakerKind;
  gender: Gender;
  /** Folded role → the role as first written (« patron d’openai » → « patron d’OpenAI »). */
  roles: Map<string, string>;
  aliases: Set<string>;
  /** Offsets where the document names this entity. */
  seenAt: number[];
}


function stripTitle(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && TITLES.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

function genderOfName(name: string): Gender {
  const first = name.split(/[\s]+/)[0]?.toLowerCase() ?? '';
  const title = TITLES.get(first);
  if (title) return title;
  return FIRST_NAMES.get(first) ?? FIRST_NAMES.get(first.split('-')[0] ?? '');
}

export function speakerKindOf(name: string): SpeakerKind {
  const f = fold(stripDeterminer(name));
  if (PUBLICATIONS.has(f) || PUBLICATIONS.has(name.toLowerCase())) return 'publication';
  if (KNOWN_ORGANISATIONS.has(f) || KNOWN_ORGANISATIONS.has(name.toLowerCase())) return 'organisation';
  const firstWord = f.split(' ')[0] ?? '';
  if (ORGANISATION_NOUNS.has(firstWord)) return 'organisation';
  return 'person';
}

function looksLikePerson(name: string): boolean {
  const words = stripTitle(name).split(/\s+/);
  if (speakerKindOf(name) !== 'person') return false;
  if (genderOfName(name)) return true;
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/** Names and roles the document establishes, in reading order. */
class Registry {
  readonly entities: Entity[] = [];
  private readonly byName = new Map<string, Entity>();

  add(name: string, at: number, kind?: SpeakerKind, gender?: Gender): Entity {
    const clean = stripTitle(name);
    const key = fold(clean);
    let e = this.byName.get(key);
    if (!e) {
      e = { name: clean, kind: kind ?? speakerKindOf(clean), gender: gender ?? genderOfName(name), roles: new Map(), aliases: new Set([clean]), seenAt: [] };
      this.byName.set(key, e);
      this.entities.push(e);
    }
    if (!e.gender && gender) e.gender = gender;
    e.seenAt.push(at);
    if (name !== clean) e.aliases.add(name);
    return e;
  }

  get(name: string): Entity | undefined {
    return this.byName.get(fold(stripTitle(name)));
  }

  /** Full names whose last words are `partial` (« Altman » → « Sam Altman »). */
  completions(partial: string): Entity[] {
    const p = fold(stripTitle(partial));
    return this.entities.filter((e) => {
      const f = fold(e.name);
      return f !== p && f.endsWith(' ' + p);
    });
  }

  lastSeenBefore(e: Entity, at: number): number {
    let best = -1;
    for (const s of e.seenAt) if (s <= at && s > best) best = s;
    return best;
  }
}

function addRole(e: Entity, role: string): void {
  const display = stripDeterminer(role);
  const key = fold(display);
  if (!e.roles.has(key)) e.roles.set(key, display);
}

function scanNames(text: string, sentences: Sentence[], registry: Registry): void {
  for (const s of sentences) {
    const tokens = tokenize(text, s.start, s.end);
    for (let i = 0; i < tokens.length; i++) {
      const name = nameAt(tokens, i);
      if (!name) continue;
      const nameText = textOf(text, tokens, name.first, name.after);
      const isFirstWordOfSentence = name.first === 0 && name.after - name.first === 1;
      if ((looksLikePerson(nameText) && !isFirstWordOfSentence) || speakerKindOf(nameText) !== 'person' || looksLikePerson(nameText) && name.after - name.first > 1) {
        const e = registry.add(nameText, tokens[name.first]!.start);
        // « Sam Altman, patron d’OpenAI, » teaches a role.
        const app = appositionAfter(text, tokens, name.after);
        if (app && e.kind === 'person') addRole(e, app.role);
        // « le secrétaire à la Défense Pete Hegseth »
        for (let d = Math.max(0, name.first - 8); d < name.first; d++) {
          const desc = descriptionAt(tokens, d, name.first);
          if (desc && desc.after === name.first && !desc.organisation) {
            addRole(e, textOf(text, tokens, desc.first, desc.after));
            break;
          }
        }
      }
      i = name.after - 1;
    }
  }
}

export interface AttributionResult {
  speakers: (ResolvedSpeaker | null)[];
}

function resolvedFrom(e: Entity, mention: ParsedMention | null): ResolvedSpeaker {
  const aliases = new Set(e.aliases);
  if (mention && mention.type !== 'pronoun') aliases.add(stripDeterminer(mention.text));
  for (const r of e.roles.values()) aliases.add(r);
  const role = [...e.roles.values()][0];
  return { name: e.name, kind: e.kind, aliases: [...aliases], role };
}

function compatible(g: Gender, want: Gender): boolean {
  if (!want || want === 'any' || !g || g === 'any') return true;
  return g === want;
}

/** Resolves each statement's mention; a continuation inherits the speaker of the statement it continues. */
export function attributeSpeakers(text: string, sentences: Sentence[], statements: ExtractedStatement[]): (ResolvedSpeaker | null)[] {
  const registry = new Registry();
  scanNames(text, sentences, registry);
  // Roles from the mentions themselves (appositions at cues).
  for (const st of statements) {
    const m = st.mention;
    if (m && m.type === 'name' && m.role) addRole(registry.add(m.text, m.start), m.role);
  }

  const resolved: (ResolvedSpeaker | null)[] = [];
  const speakerEntity: (Entity | null)[] = [];

  const resolveName = (m: ParsedMention): Entity => {
    const completions = registry.completions(m.text);
    if (completions.length > 0) {
      // The most recently named before the mention; else the first named after it.
      let best = completions[0]!;
      let bestAt = -2;
      for (const c of completions) {
        const at = registry.lastSeenBefore(c, m.start);
        if (at > bestAt) {
          best = c;
          bestAt = at;
        }
      }
      best.aliases.add(stripTitle(m.text));
      return best;
    }
    return registry.get(m.text) ?? registry.add(m.text, m.start, undefined, m.gender);
  };

  const resolveDescription = (m: ParsedMention): Entity | null => {
    const d = fold(stripDeterminer(m.text));
    const holders = registry.entities.filter((e) => e.roles.has(d));
    if (holders.length === 1) return holders[0]!;
    // « le patron » for « patron d’OpenAI » only when one entity has that head noun.
    const head = d.split(' ')[0] ?? '';
    const partial = registry.entities.filter((e) => [...e.roles.keys()].some((r) => r === head || r.startsWith(head + ' ') && d === head));
    if (partial.length === 1) return partial[0]!;
    return null;
  };

  const resolvePronoun = (m: ParsedMention, index: number): Entity | null => {
    const st = statements[index]!;
    // The last resolved speaker of an earlier statement, if compatible and close.
    for (let k = index - 1; k >= 0; k--) {
      const e = speakerEntity[k];
      if (!e) continue;
      if (st.start - statements[k]!.end > 1500) break;
      if (e.kind === 'person' && compatible(e.gender, m.gender)) return e;
    }
    // Else the nearest person named before the pronoun.
    let best: Entity | null = null;
    let bestAt = -1;
    for (const e of registry.entities) {
      if (e.kind !== 'person' || !compatible(e.gender, m.gender)) continue;
      const at = registry.lastSeenBefore(e, m.start);
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  };

  statements.forEach((st, index) => {
    let entity: Entity | null = null;
    const m = st.mention;
    if (m) {
      if (m.type === 'name') entity = resolveName(m);
      else if (m.type === 'description') entity = resolveDescription(m);
      else entity = resolvePronoun(m, index);
      if (entity && m.type === 'name' && m.role) addRole(entity, m.role);
    } else if (st.continues) {
      entity = speakerEntity[statements.indexOf(st.continues)] ?? null;
    }
    speakerEntity.push(entity);
    if (entity) {
      resolved.push(resolvedFrom(entity, m));
    } else if (m && m.type === 'description') {
      const name = stripDeterminer(m.text);
      resolved.push({ name, kind: speakerKindOf(name) === 'organisation' ? 'organisation' : 'description', aliases: [name] });
    } else if (st.continues) {
      resolved.push(resolved[statements.indexOf(st.continues)] ?? null);
    } else {
      resolved.push(null);
    }
  });
  // Entities gain aliases while later statements resolve: refresh so every claim of a speaker lists them all.
  return resolved.map((r, i) => {
    const e = speakerEntity[i];
    return e ? resolvedFrom(e, statements[i]!.mention) : r;
  });
}

