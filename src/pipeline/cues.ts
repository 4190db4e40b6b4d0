// Reporting-verb groups in a token sequence: the verb with its auxiliary, inverted pronoun,
// negation and mood. A group that is negated or conditional is found but flagged, so the
// extractor can refuse it (« il n'a pas dit que … » is not a claim).

import {
  ADVERBS,
  AUXILIARIES,
  ETRE_FORMS,
  INFINITIVE_INTRODUCERS,
  MODALS,
  NEGATION_CLOSERS,
  NEGATION_OPENERS,
  NOT_BEFORE_VERB,
  NOT_SPEECH_BEFORE,
  NOT_SPEECH_WHEN_REFLEXIVE,
  SOURCE_MARKERS,
  SOURCE_OPENERS,
  REPORTING_INFINITIVES,
  REPORTING_PARTICIPLES,
  REPORTING_VERB_FORMS,
  STRESSED_PRONOUNS,
  type VerbForm,
} from '../lang/fr.js';
import { normalizeApostrophes, type Token } from './tokenize.js';

export interface VerbGroup {
  /** Index of the first token of the group (auxiliary, negation or verb). */
  first: number;
  /** Index of the reporting verb itself (for multi-word verbs, its first word). */
  verb: number;
  /** Index just past the group (past the inverted pronoun or negation closer when present). */
  after: number;
  form: VerbForm;
  /** The cue as written, from the first token to the verb (« a par ailleurs indiqué »). */
  start: number;
  end: number;
  negated: boolean;
  conditional: boolean;
  /** The inverted pronoun token (« -t-il ») when the subject follows the verb. */
  inversion: Token | null;
  compound: boolean;
  /** « aurait déclaré »: attributed by hearsay; a claim, with lower confidence. */
  hearsay: boolean;
}


const QUOTE_OPENER_TEXTS = new Set(['«', '“', '"']);

/** First words of the multi-word forms (« fait savoir », « met en garde »): only these need the longer lookups, which allocate keys. */
const FIRST_OF_MULTI_WORDS = new Set([...REPORTING_VERB_FORMS.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

function lookupForm(tokens: Token[], i: number): { form: VerbForm; width: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && FIRST_OF_MULTI_WORDS.has(t.lower)) {
    const third = tokens[i + 2];
    const three = third && third.kind === 'word' ? REPORTING_VERB_FORMS.get(`${t.lower} ${next.lower} ${third.lower}`) : undefined;
    if (three) return { form: three, width: 3 };
    const two = REPORTING_VERB_FORMS.get(`${t.lower} ${next.lower}`);
    if (two) return { form: two, width: 2 };
  }
  // « met toutefois en garde », « fait aussi valoir »: an adverb inside a multi-word form.
  if (next?.kind === 'word' && ADVERBS.has(next.lower) && FIRST_OF_MULTI_WORDS.has(t.lower)) {
    const w2 = tokens[i + 2];
    const w3 = tokens[i + 3];
    const three = w2?.kind === 'word' && w3?.kind === 'word' ? REPORTING_VERB_FORMS.get(`${t.lower} ${w2.lower} ${w3.lower}`) : undefined;
    if (three) return { form: three, width: 4 };
    const two = w2?.kind === 'word' ? REPORTING_VERB_FORMS.get(`${t.lower} ${w2.lower}`) : undefined;
    if (two) return { form: two, width: 3 };
  }
  // « fait-il valoir », « fait-elle remarquer »: the inverted pronoun inside a two-word form.
  const third = tokens[i + 2];
  if (next?.kind === 'inversion' && third?.kind === 'word' && FIRST_OF_MULTI_WORDS.has(t.lower)) {
    const split = REPORTING_VERB_FORMS.get(`${t.lower} ${third.lower}`);
    if (split) return { form: split, width: 3 };
  }
  const one = REPORTING_VERB_FORMS.get(t.lower);
  return one ? { form: one, width: 1 } : null;
}

/** Finds every reporting-verb group in tokens[from, to). Linear: each token is a candidate once. */
export function findVerbGroups(tokens: Token[], from = 0, to = tokens.length): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let i = from; i < to; i++) {
    const introduced = INFINITIVE_INTRODUCERS.has(tokens[i]!.lower) ? introducedInfinitive(tokens, i, from, to) : null;
    if (introduced) {
      groups.push(introduced);
      i = introduced.after - 1;
      continue;
    }
    const hit = lookupForm(tokens, i);
    if (!hit) continue;
    const prev = tokens[i - 1];
    // (« le syndicat la juge « dérisoire » »: an object pronoun, not an article, when words in marks follow.)
    const clitic = prev !== undefined && ['la', 'le', 'les'].includes(prev.lower) && QUOTE_OPENER_TEXTS.has(tokens[i + hit.width]?.text ?? '');
    if (prev && i - 1 >= from && NOT_BEFORE_VERB.has(prev.lower) && hit.form.tense !== 'gerund' && !clitic) continue;
    const group = buildGroup(tokens, i, hit.form, hit.width, from, to);
    if (group) {
      groups.push(group);
      i = group.after - 1;
    }
  }
  return groups;
}

/**
 * « préfère parler de », « a fini par concéder », « s’est bornée à rappeler »: the group runs from
 * the introducing verb (with its auxiliary and reflexive pronoun) to the reporting infinitive.
 */
function introducedInfinitive(tokens: Token[], i: number, from: number, to: number): VerbGroup | null {
  const link = INFINITIVE_INTRODUCERS.get(tokens[i]!.lower)!;
  let v = i + 1;
  while (v < to && ADVERBS.has(tokens[v]!.lower) && !(link && tokens[v]!.lower === link)) v++;
  if (link) {
    // (« s’est contentée d’appeler »: « de » elided.)
    const word = tokens[v]?.lower;
    if (word !== link && !(link === 'de' && word === 'd’')) return null;
    v++;
  }
  const form = REPORTING_INFINITIVES.get(tokens[v]?.lower ?? '');
  if (!form || v >= to) return null;
  let first = i;
  if (first - 1 >= from && AUXILIARIES.has(tokens[first - 1]!.lower)) first--;
  if (first - 1 >= from && ['s’', 'se'].includes(tokens[first - 1]!.lower)) first--;
  const negated = first - 1 >= from && NEGATION_OPENERS.has(tokens[first - 1]!.lower) && hasNegationCloserNear(tokens, first, v, to);
  if (negated) first--;
  return {
    first,
    verb: v,
    after: v + 1,
    form,
    start: tokens[first]!.start,
    end: tokens[v]!.end,
    negated,
    conditional: false,
    inversion: null,
    compound: first < i,
    hearsay: false,
  };
}

function buildGroup(tokens: Token[], verb: number, form: VerbForm, width: number, from: number, to: number): VerbGroup | null {
  let first = verb;
  let compound = false;
  let conditional = form.tense === 'conditional';
  let negated = false;
  let inversion: Token | null = null;
  let hearsay = false;

  // Walk left over adverbs, an inverted pronoun (« a-t-il ajouté »), negation closers,
  // to the auxiliary of a compound tense.
  let k = verb - 1;
  while (k >= from && k >= verb - 5) {
    const t = tokens[k]!;
    if (t.kind === 'inversion' && !inversion) {
      inversion = t;
      k--;
      continue;
    }
    if (NEGATION_CLOSERS.has(t.lower)) {
      negated = true;
      k--;
      continue;
    }
    // « a au contraire jugé », « a en effet indiqué »
    if ((t.lower === 'contraire' && tokens[k - 1]?.lower === 'au') || (t.lower === 'effet' && tokens[k - 1]?.lower === 'en')) {
      k -= 2;
      continue;
    }
    // « a-t-elle seulement glissé », « a aussitôt dénoncé »: adverbs, listed or in -ment.
    if ((ADVERBS.has(t.lower) || (t.lower.length > 6 && t.lower.endsWith('ment'))) && !AUXILIARIES.has(t.lower)) {
      k--;
      continue;
    }
    // « L’Union a, elle, salué … »: a stressed pronoun between commas.
    if (t.text === ',' && STRESSED_PRONOUNS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',') {
      k -= 3;
      continue;
    }
    break;
  }
  const auxToken = tokens[k];
  const aux = auxToken && k >= from ? AUXILIARIES.get(auxToken.lower) : undefined;
  // A present participle reports only as a gerund: « tout en assurant que … ».
  // « …, soulignant que … » (a participial clause after a comma) reports too, with the main clause's subject.
  if (form.tense === 'gerund') {
    const marker = tokens[verb - 1];
    if (marker?.lower !== 'en' && marker?.text !== ',') return null;
    const first = marker.lower === 'en' ? verb - 1 : verb;
    return { first, verb, after: verb + width, form, start: tokens[first]!.start, end: tokens[verb + width - 1]!.end, negated: false, conditional: false, inversion: null, compound: false, hearsay: false };
  }
  // « relevaient d’un partenariat »: a preposition after some verbs makes them mean something else than speech.
  if (NOT_SPEECH_BEFORE.get(form.lemma)?.has(tokens[verb + width]?.lower ?? '')) return null;
  const spelling = tokens.slice(verb, verb + width).map((t) => t.lower).join(' ');
  // « Il a exclu … et assuré que »: a participle coordinated after « et » shares the auxiliary before it.
  const elliptic = aux === undefined && REPORTING_PARTICIPLES.has(spelling) && tokens[verb - 1]?.lower === 'et' && hasAuxiliaryBefore(tokens, verb - 1, from);
  if (elliptic) {
    return { first: verb, verb, after: verb + width, form, start: tokens[verb]!.start, end: tokens[verb + width - 1]!.end, negated: false, conditional: false, inversion: null, compound: true, hearsay: false };
  }
  if (form.tense === 'participle' || (aux !== undefined && REPORTING_PARTICIPLES.has(spelling))) {
    if (aux === undefined) return null; // a bare participle is an adjective (« le projet annoncé »)
    // « est espéré », « sont annoncés »: « être » without a reflexive pronoun is the passive, not a speaker's act.
    const reflexive = ['s’', 'se'].includes(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'ne' && ['s’', 'se'].includes(tokens[k - 2]?.lower ?? ''));
    if (ETRE_FORMS.has(auxToken!.lower) && !reflexive) return null;
    if (reflexive && NOT_SPEECH_WHEN_REFLEXIVE.has(form.lemma)) return null;
    compound = true;
    first = k;
    // « aurait déclaré » is the journalistic conditional: reported, not hypothetical.
    if (aux === 'conditional') hearsay = true;
  } else {
    // Not compound: the adverbs and pronoun we walked over belong elsewhere.
    // (« fait-il valoir »: the pronoun inside the form is the group's own.)
    inversion = width === 3 && tokens[verb + 1]?.kind === 'inversion' ? tokens[verb + 1]! : null;
    negated = false;
    first = verb;
  }
  // Negation opener just before the group: « n'a pas dit », « ne dit pas ».
  const before = tokens[first - 1];
  if (before && first - 1 >= from && NEGATION_OPENERS.has(before.lower)) {
    negated = negated || hasNegationCloserNear(tokens, first, verb + width + 1, to);
    if (negated) first = first - 1;
  }
  // A modal before: « pourrait dire », « va annoncer » (infinitive is not in the table, but
  // « aurait dit » is handled by the auxiliary). Conditional modals make the cue conditional.
  const modalToken = tokens[first - 1];
  if (modalToken && first - 1 >= from && MODALS.get(modalToken.lower) === 'conditional') conditional = true;

  let after = verb + width;
  const next = tokens[after];
  if (!compound && next && after < to && next.kind === 'inversion') {
    inversion = next;
    after++;
  }
  // Negation closer after a simple verb: « ne dit pas ».
  if (!compound && tokens[after] && NEGATION_CLOSERS.has(tokens[after]!.lower) && before && NEGATION_OPENERS.has(before.lower)) {
    negated = true;
    after++;
  }
  // A reflexive pronoun belongs to the group: « s’alarme l’urgentiste », « se félicite-t-il ».
  const reflexive = tokens[first - 1];
  if (reflexive && first - 1 >= from && (reflexive.lower === 's’' || reflexive.lower === 'se')) {
    // « la récolte s’annonce maigre », « un incendie s’est déclaré »: not speech in the pronominal form.
    if (NOT_SPEECH_WHEN_REFLEXIVE.has(form.lemma)) return null;
    first--;
  }
  const firstToken = tokens[first]!;
  const lastToken = tokens[verb + width - 1]!;
  return {
    first,
    verb,
    after,
    form,
    start: firstToken.start,
    end: lastToken.end,
    negated,
    conditional,
    inversion,
    compound,
    hearsay,
  };
}

function hasAuxiliaryBefore(tokens: Token[], before: number, from: number): boolean {
  for (let k = before - 1; k >= Math.max(from, before - 25); k--) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';') return false;
    if (AUXILIARIES.get(t.lower) === 'indicative') return true;
  }
  return false;
}

function hasNegationCloserNear(tokens: Token[], from: number, until: number, to: number): boolean {
  for (let k = from; k < Math.min(until, to); k++) if (NEGATION_CLOSERS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether a cue as written is « selon » / « d’après » (any apostrophe, any case), or also « pour » with `pour`. */
export function isSourceCue(cue: string | null, pour = false): boolean {
  const c = normalizeApostrophes((cue ?? '').toLowerCase());
  return (pour ? SOURCE_OPENERS : SOURCE_MARKERS).has(c);
}
