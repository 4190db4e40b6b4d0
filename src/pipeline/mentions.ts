// Speaker mentions at a cue: a proper name (« Sam Altman »), a pronoun (« il », « -t-elle »,
// « selon lui ») or a description (« le patron d'OpenAI »), plus the role an apposition gives
// (« Sam Altman, patron d'OpenAI, … »).

import {
  ADJECTIVE_SHAPE,
  PARTICIPLE_COMPLEMENT_LINKS,
  PLACE_NAME_OPENERS_WITH_ARTICLE,
  PARTICIPLE_ENDING,
  PREDICATIVE_ADJECTIVES,
  OBJECT_PRONOUNS,
  NEGATION_OPENERS,
  REAL_NAME_OPENERS,
  OBJECT_PREPOSITIONS,
  FINITE_HINTS,
  LATTER_PRONOUNS,
  CIRCUMSTANCE_LINKS,
  RELATIVE_OPENERS,
  ORGANISATION_ACRONYMS,
  INNER_NAME_PARTICLES,
  INCISE_PHRASES,
  LOCUTOR_PRONOUNS,
  ADJECTIVES_BEFORE_HEAD,
  ADVERBIAL_NOUNS,
  ADVERBIAL_PIECES,
  ADVERBS,
  CLAUSE_STARTERS,
  COMPLEMENT_LINKS,
  DEMONYM_ENDINGS,
  DEMONYM_WORDS,
  MULTIWORD_ORGANISATIONS,
  NICKNAME_OPENERS,
  organisationNounGender,
  DETERMINER_GENDER,
  DETERMINERS,
  FIRST_NAMES,
  KNOWN_ORGANISATIONS,
  LOCATIVE_OPENERS,
  MANNER_NOUNS,
  NAME_PARTICLES,
  NATIONALITY_ADJECTIVES,
  NOT_NAMES,
  NP_STOPS,
  ORG_ADJECTIVE,
  ORG_NAME_LINKS,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  PUBLICATIONS,
  REPORTING_VERB_FORMS,
  ROLE_LINKS,
  ROLE_NOUNS,
  STRESSED_PRONOUNS,
  SUBJECT_PRONOUNS,
  TITLES,
  RELAY_PARTICIPLE,
  PERSON_NOUN_ENDING,
  NAME_CONJUNCTIONS,
  DEMONSTRATIVE_GENDERS,
  APPOSITION_PARTICIPLE,
} from '../lang/fr.js';
import type { SpeakerMention } from '../core/types.js';
import { stripDeterminer, tokenize, type Token } from './tokenize.js';

export interface ParsedMention extends SpeakerMention {
  /** Token indexes [first, after). */
  first: number;
  after: number;
  /** A role from an apposition or a role noun before the name. */
  role?: string | undefined;
  gender?: 'm' | 'f' | 'pl' | 'any' | undefined;
  /** A description whose head is not a known role (« le technicien breton »). */
  generic?: boolean | undefined;
  /** Token index just past the mention and its apposition (« Sam Altman, patron d’OpenAI »). */
  reach?: number | undefined;
  /** For a description, its head noun, lower case (« président » in « l’ancien président du mouvement »). */
  head?: string | undefined;
  /** « l’Américaine »: a nationality standing for a person. */
  demonym?: boolean | undefined;
  /** A name that an organisation noun introduced (« le collectif Regards libres »). */
  organisation?: boolean | undefined;
}

/** Where a mention ends, apposition included. */
export function reachOf(m: ParsedMention): number {
  return m.reach ?? m.after;
}

/** A capitalised word that can be part of a name: not a function word, not a role (« PDG », « Président »). */
const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.lower) && !ROLE_NOUNS.has(t.lower);

const CLAUSE_STOPS = new Set([',', '.', ';', ':', '!', '?', '…', '«', '»', '“', '”', '"', '(', ')', '—', '–']);
const QUOTE_MARK_TEXTS = new Set(['«', '»', '“', '”', '"']);

/** A proper-name run starting at i: capitalised words joined by particles (Jean-Marie Le Pen, Charles de Gaulle). */
/** « la famille Lindauer », « le clan Morvan »: a group named after its members. */
const FAMILY_NOUNS = new Set(['famille', 'clan', 'époux', 'épouse', 'frères', 'sœurs', 'parents']);

function familyMention(source: string, tokens: Token[], noun: number, after: number): ParsedMention {
  return { start: tokens[noun]!.start, end: tokens[after - 1]!.end, text: textOf(source, tokens, noun, after), type: 'description', first: noun, after, gender: 'f', generic: false, head: tokens[noun]!.lower };
}

/** Known names with lower-case words, by their first word (as the tokenizer writes them). */
const MULTIWORD_BY_FIRST: ReadonlyMap<string, string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const name of MULTIWORD_ORGANISATIONS) {
    const words = tokenize(name).map((t) => t.lower);
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  return byFirst;
})();

/** Marks that may enclose a nickname inside a name. */
const NICKNAME_MARKS = new Set(['«', '»', '“', '”', '"']);

export function nameAt(tokens: Token[], i: number, limit = tokens.length): { first: number; after: number } | null {
  let k = i;
  const title = isTitleAt(tokens, k) ? k : -1;
  if (title >= 0) {
    k++;
    if (tokens[k]?.text === '.') k++;
  }
  if (!isCapitalized(tokens[k]) && !(title >= 0 && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text))) {
    // « @mirabelle_plays »: a handle is a name of its own.
    return title < 0 && tokens[k]?.text.charCodeAt(0) === 64 && tokens[k]!.kind === 'word' && k < limit ? { first: k, after: k + 1 } : null;
  }
  // « Santé publique France », « Cour des comptes »: a known name with lower-case words.
  const known = title < 0 ? MULTIWORD_BY_FIRST.get(tokens[k]!.lower) : undefined;
  for (const words of known ?? []) {
    if (k + words.length <= limit && words.every((w, n) => tokens[k + n]?.lower === w)) return { first: k, after: k + words.length };
  }
  // « l’ONG Tembo Trust »: an organisation's type written as an acronym is not part of its name.
  if (title < 0 && ORGANISATION_ACRONYMS.has(tokens[k]!.text) && isCapitalized(tokens[k + 1]) && k + 1 < limit) k++;
  let after = k + 1;
  while (after < limit) {
    const t = tokens[after]!;
    // « à l’AFP Koen Verbruggen »: an acronym is not the first word of a person's name.
    // « a expliqué aux Échos Bertrand Lachaume »: nor is a publication.
    if (after === k + 1 && ((/^\p{Lu}{2,}$/u.test(tokens[k]!.text) && (FIRST_NAMES.has(t.lower) || PUBLICATIONS.has(tokens[k]!.lower))) || (PUBLICATIONS.has(tokens[k]!.lower) && FIRST_NAMES.has(t.lower)))) break;
    // (« à Jeune Afrique Fatuma Mwakyusa », « à France Culture Ainhoa Etxeberria »: a whole publication name.)
    if (after - k >= 2 && isCapitalized(t) && PUBLICATIONS.has(tokens.slice(k, after).map((x) => x.lower).join(' '))) break;
    // « Nabil al-Sharjabi », « Amr el-Sayed »: a lower-case article joined to the surname.
    if (/^(al|el|ad|ar|as|at|ash|an|ben|bin|abu)-\p{Lu}/u.test(t.text) && after > k) {
      after++;
      continue;
    }
    // (« Gwenaëlle Le Du »: a capitalised particle may also end a surname.)
    const endingParticle = t.kind === 'word' && /^\p{Lu}/u.test(t.text) && ['du', 'de', 'des'].includes(t.lower) && after - k >= 2 && !isCapitalized(tokens[after + 1]);
    // (« Jonas De Smet », « Anna Van Damme »: a capitalised particle before the rest of the surname.)
    const innerParticle = t.kind === 'word' && /^\p{Lu}/u.test(t.text) && NAME_PARTICLES.has(t.lower) && after > k && isCapitalized(tokens[after + 1]) && after + 1 < limit;
    if (isCapitalized(t) || endingParticle || innerParticle || (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && (t.lower === 'le' || t.lower === 'la'))) {
      after++;
      continue;
    }
    // « Théo « Zephyr » Marchal », « Enzo “Nyx” Delaunay »: a nickname in marks between first name and surname.
    if (after === k + 1 && FIRST_NAMES.has(tokens[k]!.lower) && NICKNAME_MARKS.has(t.text)) {
      const close = [after + 2, after + 3].find((c) => NICKNAME_MARKS.has(tokens[c]?.text ?? '') && tokens.slice(after + 1, c).every((w) => /^\p{Lu}/u.test(w.text)));
      if (close !== undefined && close + 1 < limit && isCapitalized(tokens[close + 1])) {
        after = close + 2;
        continue;
      }
    }
    // « Fundación Agua y Tierra », « Terra e Vida »: a foreign « and » between capitalised words.
    if (['y', 'e', 'and', 'und'].includes(t.text) && after > k && isCapitalized(tokens[after + 1]) && after + 1 < limit) {
      after += 2;
      continue;
    }
    // « Vote & Citoyens », « Marsh & Co »: an ampersand joins two capitalised words of a name.
    if (t.text === '&' && isCapitalized(tokens[after + 1]) && after + 1 < limit) {
      after += 2;
      continue;
    }
    // « Jordan M. »: a surname given by its initial keeps its period.
    // (« Dawit T. »: any capitalised first name, when the initial is the second word.)
    if (t.text === '.' && after - k >= 1 && /^\p{Lu}$/u.test(tokens[after - 1]!.text) && (FIRST_NAMES.has(tokens[after - 2]?.lower ?? '') || after - k === 2)) {
      after++;
      break;
    }
    // A lower-case particle only inside a name: « de Gaulle », « d’Estaing ».
    const acronymSoFar = after - k === 1 && /^\p{Lu}{2,}$/u.test(tokens[k]!.text); // « QG de Marie-Hélène Dantec »
    if (!acronymSoFar && NAME_PARTICLES.has(t.lower) && t.text === t.text.toLowerCase() && isCapitalized(tokens[after + 1]) && after > k && INNER_NAME_PARTICLES.has(t.lower)) {
      // « Sam Altman d’OpenAI » is not a name with a particle: only join when the name so far is one word
      // or the next word is not an organisation.
      if (KNOWN_ORGANISATIONS.has(tokens[after + 1]!.lower)) break;
      after += 2;
      continue;
    }
    // « Pays de la Loire », « Saint-Martin-de-la-Mer »: « de la » / « de l’ » between two capitalised words of a place.
    if (!acronymSoFar && t.lower === 'de' && ['la', 'l’'].includes(tokens[after + 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[after + 1]!.text) && isCapitalized(tokens[after + 2]) && PLACE_NAME_OPENERS_WITH_ARTICLE.has(tokens[k]!.lower)) {
      after += 3;
      continue;
    }
    break;
  }
  // « France 5 », « Canal 9 »: a channel's number is part of its name.
  if (after - k === 1 && NUMBERED_CHANNELS.has(tokens[k]!.lower) && tokens[after]?.kind === 'number' && tokens[after]!.text.length <= 2 && after < limit) after++;
  return { first: title >= 0 ? title : k, after };
}

/** Names that a number completes (« France 5 », « Canal 9 », « Radio 1 »). */
const NUMBERED_CHANNELS = new Set(['france', 'canal', 'radio', 'europe', 'tf', 'télé']);

/** « M. », « Mme », « Me », « Dr » before a name. */
function isTitleAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // (« M. Le Goff »; « le P. Thomas Haokip »: « Père » abbreviated.)
  return TITLES.has(t.lower) || ((t.text === 'M' || t.text === 'P') && tokens[k + 1]?.text === '.' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? ''));
}

/** « l’Américaine », « la Polonaise »: a demonym after a determiner is a description, not a name. */
/** « l’Espagnol », « la Bâloise », « la Suisse »: the gender of a capitalised demonym, else null. `determiner` tells invariable ones. */
export function demonymGender(t: Token | undefined, determiner?: Token): 'm' | 'f' | null {
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || t.lower.length < 4) return null;
  if (DEMONYM_WORDS.has(t.lower)) return ['la', 'une'].includes(determiner?.lower ?? '') ? 'f' : 'm';
  if (t.lower.length < 5 || FIRST_NAMES.has(t.lower) || KNOWN_ORGANISATIONS.has(t.lower)) return null;
  for (const [ending, gender] of DEMONYM_ENDINGS) if (t.lower.endsWith(ending)) return gender;
  return null;
}

/** « joueuses » → « joueuse », « agriculteurs » → « agriculteur »: enough to look a plural noun up in the lists. */
export function singularOf(noun: string): string {
  return noun.replace(/[sx]$/u, '');
}

export function textOf(source: string, tokens: Token[], first: number, after: number): string {
  return source.slice(tokens[first]!.start, tokens[after - 1]!.end);
}

function genderOfRole(words: Token[]): 'm' | 'f' | 'any' | undefined {
  for (const w of words) {
    const g = ROLE_NOUNS.get(w.lower) ?? PERSON_NOUNS.get(w.lower);
    if (g) return g;
  }
  return undefined;
}

function isPlainWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !/^\p{Lu}/u.test(t.text) && !NP_STOPS.has(t.lower) && !DETERMINERS.has(t.lower) && !REPORTING_VERB_FORMS.has(t.lower) && !ADVERBS.has(t.lower);
}

export interface Description {
  first: number;
  after: number;
  head: string;
  organisation: boolean;
  /** The head is not a known role noun (« le technicien breton »): only a subject position makes it a speaker. */
  generic: boolean;
}

/**
 * A description noun phrase starting at i with a determiner: « le patron d'OpenAI »,
 * « la porte-parole de la fédération », « l’entraîneur valmontais ». Its head must be a role or
 * organisation noun, or, with `generic`, any common noun (for subject positions, where any noun
 * phrase is the speaker: « a déclaré le technicien breton »).
 */
export function descriptionAt(tokens: Token[], i: number, limit = tokens.length, generic = false): Description | null {
  const det = tokens[i];
  if (!det || !DETERMINERS.has(det.lower)) return null;
  let k = i + 1;
  let head = tokens[k];
  // One adjective before the head: « le nouveau ministre », « l’ancien président ».
  // (« un ancien de la télévision régionale »: before « de », the adjective is the noun.)
  if (head && ADJECTIVES_BEFORE_HEAD.has(head.lower) && tokens[k + 1] && k + 1 < limit && !(ROLE_NOUNS.has(head.lower) && ['de', 'du', 'des', 'd’'].includes(tokens[k + 1]!.lower))) {
    k++;
    head = tokens[k];
  }
  // « le Haut Conseil des finances publiques »: two capitalised words head a body's name.
  if (generic && head && /^\p{Lu}/u.test(head.text) && !FIRST_NAMES.has(head.lower) && isCapitalized(tokens[k + 1]) && ORG_NAME_LINKS.has(tokens[k + 2]?.lower ?? '') && k + 2 < limit) {
    k++;
    head = tokens[k];
  }
  if (!head || k >= limit) return null;
  // (A masculine-only noun after a feminine determiner is another word: « la critique » is criticism, « le critique » a person.)
  const nounGender = PERSON_NOUNS.get(head.lower) ?? ROLE_NOUNS.get(head.lower);
  const otherWord = nounGender === 'm' && ['la', 'une', 'cette', 'sa'].includes(det.lower);
  const isRole = (ROLE_NOUNS.has(head.lower) || PERSON_NOUNS.has(head.lower)) && !otherWord;
  // « La Ligue pour la protection des oiseaux »: a capitalised noun after a determiner names an organisation.
  const isNamedOrg = generic && head.kind === 'word' && /^\p{Lu}/u.test(head.text) && !FIRST_NAMES.has(head.lower) && !NOT_NAMES.has(head.lower) && (ORG_NAME_LINKS.has(tokens[k + 1]?.lower ?? '') || ORG_ADJECTIVE.test(tokens[k + 1]?.lower ?? '')) && !demonymGender(head);
  // (« une accusation », « une défense »: a charge, a defence; only « l’accusation », « la défense » are the parties.)
  const partyAsThing = ['accusation', 'défense'].includes(head.lower) && !['l’', 'la'].includes(det.lower);
  const isOrg = (ORGANISATION_NOUNS.has(head.lower) && !partyAsThing) || isNamedOrg;
  const isGeneric = !isRole && !isOrg && generic && isPlainWord(head);
  if (!isRole && !isOrg && !isGeneric) return null;
  let after = k + 1;
  // Adjectives right after the head: « l’entraîneur valmontais », « le technicien breton ».
  let adjectives = 0;
  let participles = 0;
  while (after < limit && adjectives < 2 && isPlainWord(tokens[after]) && !ROLE_LINKS.has(tokens[after]!.lower)) {
    // Only words shaped like adjectives (« valmontais », « breton », « retraité »): not a verb that
    // follows its subject (« un skieur belge hausse les épaules », « la préfecture assume »).
    const word = tokens[after]!.lower;
    // « une spectatrice venue de Lorient »: a participle in -u before « de » + a place.
    const fromPlace = /(u|ue|us|ues)$/.test(word) && ['de', 'd’', 'du'].includes(tokens[after + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[after + 2]?.text ?? tokens[after + 3]?.text ?? '');
    const participle = /(é|ée|és|ées)$/.test(word) || fromPlace;
    // (« un étudiant croisé près des bornes »: a participle with its own adverbial phrase is no adjective of the role.)
    if (participle && !fromPlace && ['près', 'dans', 'sur', 'devant', 'lors', 'depuis', 'chez', 'il'].includes(tokens[after + 1]?.lower ?? '')) break;
    // (« un touriste australien interrogé par le quotidien »: who asked is no part of who speaks.)
    if (RELAY_PARTICIPLE.test(word) && tokens[after + 1]?.lower === 'par') break;
    if (!ADJECTIVE_SHAPE.test(word) && !NATIONALITY_ADJECTIVES.has(word) && !(participle && participles === 0)) break;
    if (participle) participles++;
    after++;
    adjectives++;
  }
  // Complements: « d’OpenAI », « de la fédération », « à la Défense », « de l’Intérieur ».
  while (after < limit) {
    const t = tokens[after]!;
    // « le collectif Livreurs unis 93, », « l’association Rouge et Noir 1961, »: an organisation's
    // name may end in lower-case words or a number, up to the comma.
    if (ORGANISATION_NOUNS.has(head.lower) && after > k + 1 && /^\p{Lu}/u.test(tokens[after - 1]!.text) && (t.kind === 'word' || t.kind === 'number') && !/^\p{Lu}/u.test(t.text)) {
      let j = after;
      // « l’association Rouge et Noir 1961, », « l’ONG Terres sans plastique salue … »
      const linkInside = (x: Token) => ['et', 'sans', 'pour', 'de', 'du', 'des', 'en', 'sur'].includes(x.lower) && tokens[j + 1]?.kind === 'word' && !REPORTING_VERB_FORMS.has(tokens[j + 1]!.lower);
      const tailWord = (x: Token) => x.kind === 'number' || (x.kind === 'word' && ((!NP_STOPS.has(x.lower) && !REPORTING_VERB_FORMS.has(x.lower)) || linkInside(x)));
      while (j < Math.min(limit, after + 4) && tailWord(tokens[j]!)) j++;
      if (j > after && (j >= limit || CLAUSE_STOPS.has(tokens[j]!.text) || REPORTING_VERB_FORMS.has(tokens[j]!.lower))) {
        after = j;
        break;
      }
    }
    // A parenthesised acronym inside the description: « du Syndicat national des lycées (SNLC) ».
    if (t.text === '(') {
      let close = after + 1;
      while (close < Math.min(limit, after + 6) && tokens[close]!.text !== ')') close++;
      if (tokens[close]?.text === ')' && close < limit) {
        after = close + 1;
        continue;
      }
    }
    if (CLAUSE_STOPS.has(t.text)) break;
    // « envoyé par le gérant à une employée »: to whom, not a complement of the role.
    // (« indique un brigadier à notre équipe »: the newsroom it was said to.)
    if (['à', 'au', 'aux'].includes(t.lower) && ['un', 'une', 'des', 'notre', 'nos', 'votre', 'vos'].includes(tokens[after + 1]?.lower ?? '')) break;
    // « la Vauréenne à franceinfo »: whom it was said to, not a complement of the role.
    if (['à', 'au', 'aux'].includes(t.lower) && (PUBLICATIONS.has(tokens[after + 1]?.lower ?? '') || PUBLICATIONS.has(`${tokens[after + 1]?.lower ?? ''} ${tokens[after + 2]?.lower ?? ''}`))) break;
    const prev = tokens[after - 1]!;
    // « en » joins only the head noun (« expert en cybersécurité »), not an adverbial (« … en conférence de presse »).
    // « le président du jury à l’issue d’une réunion »: an adverbial phrase, not a complement of the role.
    if ((t.lower === 'à' || t.lower === 'au' || t.lower === 'lors') && (ADVERBIAL_NOUNS.has(tokens[after + 1]?.lower ?? '') || ADVERBIAL_NOUNS.has(tokens[after + 2]?.lower ?? ''))) break;
    // « le prévenu d’une voix à peine audible »: a manner, not a complement of the role.
    if (t.lower === 'd’' && (tokens[after + 1]?.lower === 'une' || tokens[after + 1]?.lower === 'un') && MANNER_NOUNS.has(tokens[after + 2]?.lower ?? '')) break;
    // (« la lycéenne en zone mixte »: « en » + a place of the event is an adverbial.)
    // (« un diplomate européen en poste à Brazzaville »: after the head's adjectives too.)
    // (An article is a link only after « de » or « à »: « la compagnie régionale les justifie » ends at « régionale ».)
    // « un diplomate de cette délégation »: a demonstrative after « de » opens a complement too.
    if (['ce', 'cet', 'cette', 'ces'].includes(t.lower) && ['de', 'à'].includes(prev.lower) && /^\p{Ll}+$/u.test(tokens[after + 1]?.text ?? '') && !REPORTING_VERB_FORMS.has(tokens[after + 1]!.lower) && after + 1 < limit) {
      after += 2;
      continue;
    }
    // (« le prévisionniste de Météo-France joint par France Bleu »: who asked is no part of who speaks.)
    if (RELAY_PARTICIPLE.test(t.lower) && tokens[after + 1]?.lower === 'par') break;
    const strayArticle = ['le', 'la', 'les', 'l’'].includes(t.lower) && !ROLE_LINKS.has(prev.lower);
    if (ROLE_LINKS.has(t.lower) && !strayArticle && (t.lower !== 'en' || (after === k + 1 + adjectives && !/ant$/.test(tokens[after + 1]?.lower ?? '') && !ADVERBIAL_NOUNS.has(tokens[after + 1]?.lower ?? '')))) {
      after++;
      continue;
    }
    // A capitalised complement follows a link word (« de l’Intérieur », « d’Europe du Nord »); a first
    // name after it starts the person's name (« le ministre de l’Intérieur Gérald Darmanin »).
    const capitalised = t.kind === 'word' && /^\p{Lu}/u.test(t.text);
    // … or an organisation noun: « à l’université Paris-Nanterre », « à la banque Arvel ».
    // (« de l’Aude Fabienne Quérel »: « Aude » is a place when a first name follows it.)
    const placeNamedLikeAPerson = FIRST_NAMES.has(t.lower) && ROLE_LINKS.has(prev.lower) && FIRST_NAMES.has(tokens[after + 1]?.lower ?? '');
    if (capitalised && (ROLE_LINKS.has(prev.lower) || ORGANISATION_NOUNS.has(prev.lower) || (/^\p{Lu}/u.test(prev.text) && after > k + 1)) && (!FIRST_NAMES.has(t.lower) || placeNamedLikeAPerson)) {
      after++;
      continue;
    }
    // « de Lomas del Valle », « de Saint-Martin de la Plaine »: a particle inside a capitalised complement.
    if (INNER_NAME_PARTICLES.has(t.lower) && /^\p{Lu}/u.test(prev.text) && after > k + 1 && isCapitalized(tokens[after + 1]) && after + 1 < limit) {
      after += 2;
      continue;
    }
    // « l’association de consommateurs Énergie Juste 44 »: a body's own name after the noun's complement.
    if (isOrg && capitalised && after > k + 1 && /^\p{Ll}/u.test(prev.text) && !ROLE_LINKS.has(prev.lower) && !FIRST_NAMES.has(t.lower)) {
      let j = after + 1;
      while (j < limit && (isCapitalized(tokens[j]) || (INNER_NAME_PARTICLES.has(tokens[j]!.lower) && isCapitalized(tokens[j + 1])))) j++;
      if (j < limit && tokens[j]!.kind === 'number') j++;
      after = j;
      continue;
    }
    // « un collectif de parents de la ligne 142 »: a number naming the thing just mentioned.
    if (t.kind === 'number' && prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && DETERMINERS.has(tokens[after - 2]?.lower ?? '') && tokens[after + 1]?.lower !== 'ans') {
      after++;
      continue;
    }
    // « l’élue de 58 ans », « le chef de 47 ans »
    if (t.kind === 'number' && ROLE_LINKS.has(prev.lower)) {
      after++;
      if (tokens[after]?.kind === 'word' && isPlainWord(tokens[after]) && after < limit) after++;
      continue;
    }
    // Lower-case complement nouns after a link word: « de la fédération », « des finances »,
    // « d’un car scolaire » (where « car » is a noun, not the conjunction).
    const afterIndefinite =
      ((prev.lower === 'un' || prev.lower === 'une') && ROLE_LINKS.has(tokens[after - 2]?.lower ?? '')) ||
      // « guide de haute montagne »: an adjective right after the link.
      (ADJECTIVES_BEFORE_HEAD.has(prev.lower) && ['de', 'd’'].includes(tokens[after - 2]?.lower ?? '')) ||
      // « d’une grande enseigne »: an adjective before the noun
      (ADJECTIVES_BEFORE_HEAD.has(prev.lower) && ['un', 'une', 'la', 'le', 'l’'].includes(tokens[after - 2]?.lower ?? '') && ROLE_LINKS.has(tokens[after - 3]?.lower ?? ''));
    if (t.kind === 'word' && (ROLE_LINKS.has(prev.lower) || afterIndefinite) && !ADVERBS.has(t.lower) && (!NP_STOPS.has(t.lower) || afterIndefinite)) {
      // « l’étudiante en deuxième année de licence »: an ordinal stands before its noun.
      // … and so does an adjective that precedes its noun (« des petites entreprises de l’Ouest »).
      const ordinal = /^(\d+e|.+ième|premier|première|dernier|dernière)$/.test(t.lower) && isPlainWord(tokens[after + 1]) && after + 1 < limit;
      const beforeNoun = ROLE_LINKS.has(prev.lower) && ADJECTIVES_BEFORE_HEAD.has(t.lower) && isPlainWord(tokens[after + 1]) && !REPORTING_VERB_FORMS.has(tokens[after + 1]!.lower) && after + 1 < limit;
      after += ordinal || beforeNoun ? 2 : 1;
      continue;
    }
    // « l’Union des loueurs courte durée (ULCD) »: a named organisation's own words run to the parenthesis or the verb.
    if (isOrg && /^\p{Lu}/u.test(head.text) && t.kind === 'word' && !/^\p{Lu}/u.test(t.text) && !NP_STOPS.has(t.lower) && !REPORTING_VERB_FORMS.has(t.lower)) {
      let j = after;
      while (j < Math.min(limit, after + 6) && tokens[j]!.kind === 'word' && !/^\p{Lu}/u.test(tokens[j]!.text) && !NP_STOPS.has(tokens[j]!.lower) && !REPORTING_VERB_FORMS.has(tokens[j]!.lower)) j++;
      const stop = tokens[j];
      if (j >= limit || (stop && (stop.text === '(' || stop.text === ',' || REPORTING_VERB_FORMS.has(stop.lower)))) {
        after = j;
        continue;
      }
    }
    // Adjectives after a complement noun: « de l’Alliance nationale », « du festival international ».
    // (« du service diocésain d’art sacré, »: a participle-shaped adjective that ends the phrase.)
    const closingParticiple = /(é|ée|és|ées)$/.test(t.lower) && (after + 1 >= limit || CLAUSE_STOPS.has(tokens[after + 1]!.text));
    if (isPlainWord(t) && !ROLE_LINKS.has(prev.lower) && prev.kind === 'word' && ((!isVerbLike(t) && (ADJECTIVE_SHAPE.test(t.lower) || NATIONALITY_ADJECTIVES.has(t.lower))) || closingParticiple)) {
      after++;
      continue;
    }
    break;
  }
  // Do not end on a link word: « le patron de » + verb.
  while (after > k + 1 && (ROLE_LINKS.has(tokens[after - 1]!.lower) || tokens[after - 1]!.lower === 'un' || tokens[after - 1]!.lower === 'une')) after--;
  return { first: i, after, head: head.lower, organisation: isOrg && !isRole, generic: isGeneric };
}

/** Participles and finite verbs that follow a noun phrase (« l’urgentiste, qui exerce »): not adjectives. */
function isVerbLike(t: Token): boolean {
  return /(é|ée|és|ées|ait|aient|ent)$/.test(t.lower) && !/(ale|al|aux|ien|ienne|ais|aise|ois|oise|ain|aine|if|ive)$/.test(t.lower);
}

function genderOfName(first: Token): 'm' | 'f' | undefined {
  return FIRST_NAMES.get(first.lower) ?? FIRST_NAMES.get(first.lower.split('-')[0] ?? '');
}

/** The role noun's gender, else the determiner's (« la porte-parole » is feminine, « le syndicaliste » masculine). */
function genderOfDescription(words: Token[]): 'm' | 'f' | 'pl' | 'any' | undefined {
  const det = DETERMINER_GENDER.get(words[0]?.lower ?? '') ?? organisationNounGender(words[1]?.lower ?? '');
  // The head's gender, else the determiner's: « la substitute du procureur » is « elle », whatever « procureur » is.
  const head = ADJECTIVES_BEFORE_HEAD.has(words[1]?.lower ?? '') ? words[2] : words[1];
  const headGender = head ? ROLE_NOUNS.get(head.lower) ?? PERSON_NOUNS.get(head.lower) : undefined;
  if (headGender === 'm' || headGender === 'f') return headGender;
  if (det) return det;
  return genderOfRole(words);
}

function descriptionMention(source: string, tokens: Token[], desc: Description): ParsedMention {
  return {
    start: tokens[desc.first]!.start,
    end: tokens[desc.after - 1]!.end,
    text: textOf(source, tokens, desc.first, desc.after),
    type: 'description',
    first: desc.first,
    after: desc.after,
    gender: genderOfDescription(tokens.slice(desc.first, desc.after)),
    generic: desc.generic,
    head: desc.head,
  };
}

function classifyName(source: string, tokens: Token[], first: number, after: number): ParsedMention {
  const text = textOf(source, tokens, first, after);
  return {
    start: tokens[first]!.start,
    end: tokens[after - 1]!.end,
    text,
    type: 'name',
    first,
    after,
  };
}

/** Reads an apposition after a name: « , patron d’OpenAI, » or « , le secrétaire à la Défense ». */
export function appositionAfter(source: string, tokens: Token[], i: number, limit = tokens.length): { role: string; after: number } | null {
  if (tokens[i]?.text !== ',') return null;
  // « Nathalie Verdier, 52 ans, gérante du centre équestre, »: the age comes first.
  if (tokens[i + 1]?.kind === 'number' && tokens[i + 2]?.lower === 'ans' && tokens[i + 3]?.text === ',' && i + 3 < limit) i += 3;
  const k = i + 1;
  if (!DETERMINERS.has(tokens[k]?.lower ?? '')) {
    // A bare role noun: « patron d’OpenAI »; allow one adjective: « ancien ministre ».
    const personNoun = (t: Token | undefined) => ROLE_NOUNS.has(t?.lower ?? '') || PERSON_NOUNS.has(t?.lower ?? '');
    if (!personNoun(tokens[k]) && !personNoun(tokens[k + 1])) return null;
    const bare = descriptionWithoutDeterminer(tokens, k, limit);
    if (!bare) return null;
    return { role: textOf(source, tokens, k, bare.after), after: bare.after };
  }
  const desc = descriptionAt(tokens, k, limit);
  if (!desc || desc.organisation) return null;
  // « Selon La Gazette, un gardien aurait déclaré … » is not an apposition: an apposition is closed.
  if (!closesApposition(tokens, desc.after)) return null;
  return { role: textOf(source, tokens, desc.first, desc.after), after: desc.after };
}

function closesApposition(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (« Pour Anne-Laure Pétillon, le prévenu « a joué … » »: a quote opening after the noun phrase makes it a subject;
  // a straight " opens one when a word follows it with no space, « "a franchi un cap" ».)
  if (t?.text === '«' || t?.text === '“') return false;
  if (t?.text === '"' && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.start === t.end) return false;
  return t === undefined || CLAUSE_STOPS.has(t.text) || t.lower === 'sur' || t.lower === 'dans' || t.lower === 'à' || t.lower === 'au' || t.lower === 'lors';
}

/** descriptionAt for a role noun phrase written without a determiner, as appositions are. */
function descriptionWithoutDeterminer(tokens: Token[], i: number, limit: number): { after: number } | null {
  const virtual: Token = { text: 'le', lower: 'le', start: -1, end: -1, kind: 'word' };
  const shifted = [virtual, ...tokens.slice(i, limit)];
  const d = descriptionAt(shifted, 0, shifted.length);
  if (!d || d.organisation) return null;
  return { after: i + d.after - 1 };
}

/**
 * « l’observatoire Aéropollen », « le collectif Livreurs unis 93 » read as one description: the
 * name at its end, after the organisation noun, is the organisation's own.
 */
function organisationName(source: string, tokens: Token[], desc: Description): ParsedMention | null {
  for (let n = desc.first + 2; n < desc.after; n++) {
    if ((!/^\p{Ll}/u.test(tokens[n - 1]!.text) && !ORGANISATION_NOUNS.has(tokens[n - 1]!.lower)) || ROLE_LINKS.has(tokens[n - 1]!.lower)) continue;
    // (« Lomas del Valle »: a particle inside a name does not start one.)
    if (INNER_NAME_PARTICLES.has(tokens[n - 1]!.lower) && isCapitalized(tokens[n - 2])) continue;
    const inner = nameAt(tokens, n, desc.after);
    // … with a lower-case tail the name parser leaves out (« Livreurs unis 93 »), or a second name after « et » or
    // « pour » (« Familles et Budget », « Justice pour Lupoto »).
    const tail = inner !== null && tokens.slice(inner.after, desc.after).every((x) => x.kind === 'number' || x.kind === 'word');
    const coordinated = inner !== null && ['et', 'pour'].includes(tokens[inner.after]?.lower ?? '') && isCapitalized(tokens[inner.after + 1]);
    if (inner && inner.first === n && (inner.after === desc.after || (tail && (coordinated || !ROLE_LINKS.has(tokens[inner.after]!.lower))))) {
      return { ...classifyName(source, tokens, n, desc.after), organisation: true };
    }
  }
  return null;
}

/** The speaker after an inverted cue or after « selon », « d’après », « pour », or a dash. */
export function mentionAfter(source: string, tokens: Token[], i: number, limit = tokens.length): ParsedMention | null {
  // « s’agace de son côté le président », « dit d’elle son producteur »: a phrase before the subject.
  for (const phrase of INCISE_PHRASES) {
    if (phrase.every((w, k) => tokens[i + k]?.lower === w) && i + phrase.length < limit) {
      i += phrase.length;
      break;
    }
  }
  // « a confié, la voix nouée, Sophie Lindauer-Marsh », « raconte, dépitée, la présidente »: a manner between commas.
  if (tokens[i]?.text === ',') {
    let j = i + 1;
    while (j < Math.min(limit, i + 6) && tokens[j]!.kind === 'word' && /^\p{Ll}/u.test(tokens[j]!.text) && !REPORTING_VERB_FORMS.has(tokens[j]!.lower)) j++;
    if (j > i + 1 && tokens[j]?.text === ',' && j + 1 < limit) i = j + 1;
  }
  // « a dénoncé mercredi Hervé Colin »: adverbs between the verb and its subject.
  for (let guard = 0; guard < 4 && i < limit; guard++) {
    const w = tokens[i]!;
    if (w.kind === 'word' && ADVERBS.has(w.lower) && !DETERMINERS.has(w.lower) && !ADVERBIAL_PIECES.has(w.lower)) i++;
    // « sourit tristement Lena Hoffmann »: an adverb in -ment the list does not hold.
    else if (w.kind === 'word' && w.lower.length > 6 && w.lower.endsWith('ment') && /^\p{Ll}/u.test(w.text) && !ROLE_NOUNS.has(w.lower)) i++;
    // « a expliqué en anglais la responsable … »: a two-word « en » phrase.
    else if (w.lower === 'en' && tokens[i + 1]?.kind === 'word' && DETERMINERS.has(tokens[i + 2]?.lower ?? '')) i += 2;
    // « résume sans détour Christophe Larrère »: a two-word « sans » phrase.
    else if (w.lower === 'sans' && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && (DETERMINERS.has(tokens[i + 2]?.lower ?? '') || /^\p{Lu}/u.test(tokens[i + 2]?.text ?? ''))) i += 2;
    else break;
  }
  // « résume l’un d’eux, le photographe Bastien Orly », « estime l’un de ses analystes, Diego Arosemena »:
  // the apposition names the one.
  if (tokens[i]?.lower === 'l’' && (tokens[i + 1]?.lower === 'un' || tokens[i + 1]?.lower === 'une') && ['d’', 'de', 'des'].includes(tokens[i + 2]?.lower ?? '')) {
    let comma = i + 4;
    while (comma < Math.min(limit, i + 8) && tokens[comma]!.kind === 'word') comma++;
    const named = tokens[comma]?.text === ',' ? mentionAfter(source, tokens, comma + 1, limit) : null;
    if (named && named.type !== 'pronoun') return named;
  }
  const t = tokens[i];
  if (!t || i >= limit) return null;
  if (t.kind === 'inversion') {
    const pronoun = t.lower.replace(/^(-t)?-/, '');
    return { start: t.start, end: t.end, text: pronoun, type: 'pronoun', first: i, after: i + 1, gender: SUBJECT_PRONOUNS.get(pronoun) ?? 'any' };
  }
  const stressed = STRESSED_PRONOUNS.get(t.lower);
  if (stressed) return { start: t.start, end: t.end, text: t.text, type: 'pronoun', first: i, after: i + 1, gender: stressed };
  // « Celui-ci jouera son dernier office »: a demonstrative pronoun, never a name.
  const demonstrative = DEMONSTRATIVE_GENDERS.get(t.lower);
  if (demonstrative) return { start: t.start, end: t.end, text: t.text, type: 'pronoun', first: i, after: i + 1, gender: demonstrative };
  // (« Ce dernier argument fait bondir … »: followed by a noun, « ce dernier » is a determiner.)
  const next = tokens[i + 2];
  const standsAlone = !next || i + 2 >= limit || next.kind !== 'word' || OBJECT_PREPOSITIONS.has(next.lower) || LOCATIVE_OPENERS.has(next.lower) || ADVERBS.has(next.lower) || CLAUSE_STARTERS.has(next.lower) || REPORTING_VERB_FORMS.has(next.lower) || FINITE_HINTS.has(next.lower);
  const latter = i + 1 < limit && standsAlone ? latterPronounAt(source, tokens, i) : null;
  if (latter) return latter;
  // A role noun before a name: « le ministre de l’Intérieur Gérald Darmanin ».
  const desc = descriptionAt(tokens, i, limit, true);
  if (desc) {
    const comma = tokens[desc.after]?.text === ',' ? 1 : 0;
    // « …, l’Italienne Chiara Bellini »: a determiner and a demonym may stand before the name.
    const skip = DETERMINERS.has(tokens[desc.after + comma]?.lower ?? '') && demonymGender(tokens[desc.after + comma + 1], tokens[desc.after + comma]) ? 2 : 0;
    // « le groupe Chimalp », « la revue Cinétique »: the organisation's own name follows its noun.
    if (desc.organisation && comma === 0) {
      const orgName = nameAt(tokens, desc.after, limit);
      if (orgName) return withApposition(source, tokens, { ...classifyName(source, tokens, orgName.first, orgName.after), organisation: true }, limit);
    }
    // « annonce la société gestionnaire, Aerocaribe »: the organisation's name in apposition.
    if (desc.organisation && comma === 1) {
      const orgName = nameAt(tokens, desc.after + 1, limit);
      // (Not a person after it: « Pour l’accusation, Dragan P., déjà condamné … ».)
      const person = orgName !== null && (FIRST_NAMES.has(tokens[orgName.first]!.lower) || isTitleAt(tokens, orgName.first) || /^\p{Lu}\.?$/u.test(tokens[orgName.after - 1]!.text));
      if (orgName && !person && closesApposition(tokens, orgName.after)) return { ...classifyName(source, tokens, orgName.first, orgName.after), organisation: true };
    }
    if (desc.organisation) {
      const named = organisationName(source, tokens, desc);
      if (named) return withApposition(source, tokens, named, limit);
    }
    let trailingName = desc.organisation ? null : nameAt(tokens, desc.after + comma + skip, limit);
    if (trailingName && comma === 0 && FAMILY_NOUNS.has(desc.head)) return familyMention(source, tokens, desc.after - 1, trailingName.after);
    // « le médecin du club, le docteur Isabelle Carrère »: a title after the determiner.
    if (!trailingName && comma === 1 && !desc.organisation && DETERMINERS.has(tokens[desc.after + 1]?.lower ?? '') && TITLES.has(tokens[desc.after + 2]?.lower ?? '')) {
      trailingName = nameAt(tokens, desc.after + 2, limit);
    }
    // « son commandant, le capitaine Julien Morel »: a second description before the name.
    if (!trailingName && comma === 1 && !desc.organisation) {
      // (« le capitaine, le troisième-ligne Yohan Etcheverry »: a short description of any noun; not « la sortie de
      // la pilier X », a phrase about someone else.)
      const second = descriptionAt(tokens, desc.after + 1, limit, true);
      // (« le capitaine de l’équipe, le lanceur de marteau Bastien Chaize »: an agent noun the lists do not hold.)
      const short = second !== null && (!second.generic || second.after - second.first <= 3 || PERSON_NOUN_ENDING.test(second.head ?? ''));
      if (second && short && !second.organisation) trailingName = nameAt(tokens, second.after, limit);
    }
    // « prévient le prévisionniste nivologue de Météo-France à Chambéry, Thomas Ruffier »: words the
    // description did not take may stand before the comma and the name.
    if (!trailingName && !desc.organisation && comma === 0) {
      for (let c = desc.after; c < Math.min(limit, desc.after + 8); c++) {
        const w = tokens[c]!;
        // (« l’ancien joueur professionnel devenu consultant Bastien Roullier, »: no comma before the name.)
        if (c > desc.after && FIRST_NAMES.has(w.lower) && isCapitalized(w)) {
          const named = nameAt(tokens, c, limit);
          if (named && named.after - named.first >= 2 && closesApposition(tokens, named.after)) {
            const m = classifyName(source, tokens, named.first, named.after);
            return withApposition(source, tokens, { ...m, role: stripDeterminer(textOf(source, tokens, desc.first, c)), gender: genderOfDescription(tokens.slice(desc.first, desc.after)) }, limit);
          }
        }
        if (w.text === ',') {
          const named = nameAt(tokens, c + 1, limit);
          // (« Marie-Benoît »: a compound first name counts by its first part.)
          const firstName = named !== null && (FIRST_NAMES.has(tokens[named.first]!.lower) || FIRST_NAMES.has(tokens[named.first]!.lower.split('-')[0]!));
          if (named && (firstName || isTitleAt(tokens, named.first)) && closesApposition(tokens, named.after)) {
            const m = classifyName(source, tokens, named.first, named.after);
            return withApposition(source, tokens, { ...m, role: stripDeterminer(textOf(source, tokens, desc.first, c)), gender: genderOfDescription(tokens.slice(desc.first, desc.after)) }, limit);
          }
          break;
        }
        if (w.kind !== 'word') break;
      }
    }
    // « la rappeuse, de son vrai nom Aïcha Tamboura »: the civil name the apposition gives.
    if (!desc.organisation && comma === 1) {
      const opener = REAL_NAME_OPENERS.find((words) => words.every((w, k) => tokens[desc.after + 1 + k]?.lower === w));
      const real = opener ? nameAt(tokens, desc.after + 1 + opener.length, limit) : null;
      if (real) return { ...classifyName(source, tokens, real.first, real.after), role: stripDeterminer(textOf(source, tokens, desc.first, desc.after)), gender: genderOfDescription(tokens.slice(desc.first, desc.after)) };
    }
    // « l’entraîneur valmontais, Pascal Rey, » names the person the description introduces.
    if (trailingName && (comma === 0 || closesApposition(tokens, trailingName.after))) {
      const m = classifyName(source, tokens, trailingName.first, trailingName.after);
      return withApposition(source, tokens, { ...m, role: stripDeterminer(textOf(source, tokens, desc.first, desc.after)), gender: genderOfDescription(tokens.slice(desc.first, desc.after)) }, limit);
    }
    return descriptionMention(source, tokens, withTrailingAdjectives(tokens, desc, limit));
  }
  // « l’Américaine », « l’Italienne Chiara Bellini »: a demonym is a description, or a role before a name.
  let k = i;
  // « la jeune Finistérienne »: one adjective may stand between the determiner and the demonym.
  if (DETERMINERS.has(t.lower) && ADJECTIVES_BEFORE_HEAD.has(tokens[i + 1]?.lower ?? '') && demonymGender(tokens[i + 2], t) && !nameAt(tokens, i + 3, limit)) {
    const g = demonymGender(tokens[i + 2], t)!;
    return { start: t.start, end: tokens[i + 2]!.end, text: textOf(source, tokens, i, i + 3), type: 'description', first: i, after: i + 3, gender: g, head: tokens[i + 2]!.lower, demonym: true };
  }
  const demonym = DETERMINERS.has(t.lower) ? demonymGender(tokens[i + 1], t) : null;
  if (demonym && i + 1 < limit) {
    const named = nameAt(tokens, i + 2, limit);
    if (named) return withApposition(source, tokens, { ...classifyName(source, tokens, named.first, named.after), role: tokens[i + 1]!.text, gender: demonym }, limit);
    // « la Lyonnaise de 22 ans »
    const aged = tokens[i + 2]?.lower === 'de' && tokens[i + 3]?.kind === 'number' && tokens[i + 4]?.lower === 'ans' && i + 4 < limit;
    const after = aged ? i + 5 : i + 2;
    return { start: t.start, end: tokens[after - 1]!.end, text: textOf(source, tokens, i, after), type: 'description', first: i, after, gender: demonym, head: tokens[i + 1]!.lower, demonym: true };
  }
  // « l’AFP », « le Pentagone »: a determiner before a capitalised organisation.
  if (DETERMINERS.has(t.lower) && isCapitalized(tokens[i + 1])) k = i + 1;
  const name = nameAt(tokens, k, limit);
  if (!name) return null;
  const m = classifyName(source, tokens, name.first, name.after);
  return withApposition(source, tokens, m, limit);
}

/** « ce dernier », « cette dernière » at token i: a demonstrative pronoun of two words. */
function latterPronounAt(source: string, tokens: Token[], i: number): ParsedMention | null {
  const second = tokens[i + 1];
  if (!second) return null;
  const gender = LATTER_PRONOUNS.get(`${tokens[i]!.lower} ${second.lower}`);
  if (!gender) return null;
  return { start: tokens[i]!.start, end: second.end, text: textOf(source, tokens, i, i + 2), type: 'pronoun', first: i, after: i + 2, gender };
}

/**
 * « », affirme la marine guatémaltèque. », « … la Fédération française handisport. »: one or two words shaped like
 * adjectives, up to the end of the clause, belong to the description.
 */
function withTrailingAdjectives(tokens: Token[], desc: Description, limit: number): Description {
  const adjectiveLike = (t: Token) =>
    t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (ADJECTIVE_SHAPE.test(t.lower) || /(èque|ote|sport)s?$/u.test(t.lower)) && !ROLE_LINKS.has(t.lower) && !OBJECT_PREPOSITIONS.has(t.lower) && !LOCATIVE_OPENERS.has(t.lower) &&
    !DETERMINERS.has(t.lower) && !ADVERBS.has(t.lower) && !REPORTING_VERB_FORMS.has(t.lower) && !FINITE_HINTS.has(t.lower) && !CLAUSE_STARTERS.has(t.lower);
  let end = desc.after;
  while (end < limit && end - desc.after < 2 && adjectiveLike(tokens[end]!)) end++;
  return end > desc.after && (end >= limit || CLAUSE_STOPS.has(tokens[end]!.text)) ? { ...desc, after: end } : desc;
}

function withApposition(source: string, tokens: Token[], m: ParsedMention, limit: number): ParsedMention {
  const app = appositionAfter(source, tokens, m.after, limit);
  if (!app) return m;
  return { ...m, role: app.role, gender: m.gender ?? genderOfRole(tokens.slice(m.after, app.after)), reach: app.after };
}

const SUBJECT_SKIP = new Set([...ADVERBS, 'y', 'lui', 'leur', 'l’', 'nous', 'vous', 'se', 's’', 'en']);

/**
 * The subject to the left of a verb group starting at token `verbFirst`, within [floor, verbFirst):
 * skips adverbs and a parenthetical between commas (an apposition, whose role is kept).
 */
export function mentionBefore(source: string, tokens: Token[], verbFirst: number, floor: number): ParsedMention | null {
  const m = mentionBeforeVerb(source, tokens, verbFirst, floor);
  return m && m.type === 'name' ? withCoordinatedStart(source, tokens, m, floor) : m;
}

/**
 * « l’organisation humanitaire Fundación Agua y Tierra », « l’association Eau et Rivières du Berry »: a body's name
 * may hold « et » or « y »; read backwards, the name starts before it. Not two people (« Paul et Marie »).
 */
function withCoordinatedStart(source: string, tokens: Token[], m: ParsedMention, floor: number): ParsedMention {
  const link = tokens[m.first - 1];
  if (!link || !NAME_CONJUNCTIONS.has(link.lower) || FIRST_NAMES.has(tokens[m.first]!.lower)) return m;
  let f = m.first - 1;
  while (f - 1 >= floor && isCapitalized(tokens[f - 1]) && !FIRST_NAMES.has(tokens[f - 1]!.lower) && m.first - f < 5) f--;
  if (f === m.first - 1) return m;
  // Only after a body's noun, with an adjective at most (« l’organisation humanitaire Fundación … »).
  const before = tokens[f - 1]?.lower ?? '';
  const bodyNoun = ORGANISATION_NOUNS.has(before) || (ORGANISATION_NOUNS.has(tokens[f - 2]?.lower ?? '') && /^\p{Ll}/u.test(tokens[f - 1]?.text ?? ''));
  if (!bodyNoun) return m;
  return { ...m, first: f, start: tokens[f]!.start, text: source.slice(tokens[f]!.start, m.end), organisation: true };
}

function mentionBeforeVerb(source: string, tokens: Token[], verbFirst: number, floor: number): ParsedMention | null {
  let k = verbFirst - 1;
  // « Inès Bouzid-Larrieu … la décrit comme … »: an object clitic right before the verb.
  if (['la', 'le', 'les', 'l’'].includes(tokens[k]?.lower ?? '') && k >= floor) k--;
  let role: string | undefined;
  let gender: ParsedMention['gender'];
  let guard = 0;
  while (k >= floor && guard++ < 30) {
    const t = tokens[k]!;
    // « Lui se montre plus prudent » : a stressed pronoun opening the sentence is its subject.
    if (k === floor && STRESSED_PRONOUNS.has(t.lower) && /^\p{Lu}/u.test(t.text)) {
      return { start: t.start, end: t.end, text: t.text, type: 'pronoun', first: k, after: k + 1, gender: STRESSED_PRONOUNS.get(t.lower) };
    }
    if (SUBJECT_SKIP.has(t.lower) && t.kind !== 'inversion') {
      k--;
      continue;
    }
    // « L’Union des parents d’élèves (UPE) a salué »: skip a parenthesis.
    if (t.text === ')') {
      let j = k - 1;
      while (j >= floor && tokens[j]!.text !== '(' && k - j < 12) j--;
      if (j >= floor && tokens[j]!.text === '(') {
        k = j - 1;
        continue;
      }
      return null;
    }
    if (t.text === ',') {
      // « Sam Altman, patron d’OpenAI, a déclaré » / « Il a, par ailleurs, indiqué »
      let j = k - 1;
      const insideBrackets = (t: Token) => t.text === '(' || t.text === ')';
      // « Le prévenu, Jordan V., a déclaré »: an initial's period does not end the apposition.
      const initialPeriod = (j: number) => tokens[j]!.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '');
      while (j >= floor && tokens[j]!.text !== ',' && (!CLAUSE_STOPS.has(tokens[j]!.text) || insideBrackets(tokens[j]!) || initialPeriod(j)) && k - j < 14) j--;
      // « Murielle Achard, dont le fils de 19 ans a perdu l’usage de ses jambes pendant des mois, estime »:
      // a relative clause between commas may be longer than an apposition.
      if (!(j >= floor && tokens[j]!.text === ',')) {
        let r = k - 1;
        // (A relative may quote: « L’agence, qui avait ciblé l’épreuve après “plusieurs signalements”, précise ».)
        while (r >= floor && r > k - 40 && tokens[r]!.text !== ',' && (!CLAUSE_STOPS.has(tokens[r]!.text) || QUOTE_MARK_TEXTS.has(tokens[r]!.text))) r--;
        if (r >= floor && tokens[r]!.text === ',' && ['dont', 'qui', 'que', 'qu’', 'où'].includes(tokens[r + 1]?.lower ?? '')) j = r;
      }
      if (j >= floor && tokens[j]!.text === ',' && LOCATIVE_OPENERS.has(tokens[j + 1]?.lower ?? '') && k - j <= 6) {
        // « Patrick Le Gall, maire de Plouzévet, dans le Finistère, estime »: a place between commas.
        k = j;
        continue;
      }
      if (j >= floor && tokens[j]!.text === ',') {
        // « Le ministre de l’Agriculture, Étienne Caradec, a promis »: the name between the commas
        // is the subject, and the description before it its role.
        const inner = mentionAfter(source, tokens, j + 1, k);
        // (Not « , du centre de recherche Kab’awil, »: an affiliation, not the subject.)
        if (inner && inner.type === 'name' && inner.after === k && DETERMINERS.has(tokens[j + 1]!.lower) && !['du', 'des', 'de', 'd’'].includes(tokens[j + 1]!.lower)) {
          return inner;
        }
        // « Son ancien détenteur, connu sous le pseudonyme de Kairo, a salué »: the name the apposition gives.
        if (NICKNAME_OPENERS.has(tokens[j + 1]?.lower ?? '')) {
          for (let n = j + 2; n < k; n++) {
            const nick = nameAt(tokens, n, k);
            if (nick && nick.after === k) return classifyName(source, tokens, nick.first, nick.after);
          }
        }
        const named = nameAt(tokens, j + 1, k);
        // « Le maire, Yannick Le Goff (divers gauche), a reconnu »: a parenthesis may follow the name.
        const closesAt = named && tokens[named.after]?.text === '(' && tokens[k - 1]?.text === ')' ? k : named?.after;
        if (named && closesAt === k && named.first === j + 1) {
          const m = classifyName(source, tokens, named.first, named.after);
          for (let d = Math.max(floor, j - 10); d < j; d++) {
            const desc = descriptionAt(tokens, d, j, true);
            if (desc && desc.after === j && !desc.organisation) {
              return { ...m, role: stripDeterminer(textOf(source, tokens, desc.first, desc.after)), gender: genderOfName(tokens[named.first]!) ?? genderOfDescription(tokens.slice(desc.first, desc.after)) };
            }
          }
          return { ...m, gender: genderOfName(tokens[named.first]!) };
        }
        const app = appositionAfter(source, tokens, j, k);
        if (app && app.after === k) {
          role = app.role;
          gender = genderOfRole(tokens.slice(j + 1, k));
        }
        const skippedWidth = k - j;
        k = j - 1;
        // « Khamphone Sisavath, directeur général de Xe Kalong Power, la société chargée du projet, affirme »:
        // a role apposition right after the name, before the noun phrase just skipped (not a relative clause).
        // After a relative clause or an age (« Lucas, étudiant en master, qui donne …, dit »), only a bare
        // role: « le nouveau propriétaire » after « …, du stade des Forges, » is the subject itself.
        const skippedNounPhrase = (DETERMINERS.has(tokens[j + 1]?.lower ?? '') && !app) || tokens[j + 1]?.kind === 'number';
        const skippedClause = ['qui', 'dont'].includes(tokens[j + 1]?.lower ?? '');
        // (« Me Laure Chambard, avocate de l’association X, partie civile, a décrit »: a role, then a bare status.)
        const skippedStatus = skippedWidth <= 3 && tokens.slice(j + 1, j + skippedWidth).every((x) => /^\p{Ll}+$/u.test(x.text) && !DETERMINERS.has(x.lower) && !REPORTING_VERB_FORMS.has(x.lower));
        for (let extra = 0; extra < 2 && (skippedNounPhrase || skippedClause || skippedStatus); extra++) {
          let j2 = k;
          while (j2 >= floor && tokens[j2]!.text !== ',' && k - j2 < 14) j2--;
          if (j2 <= floor || tokens[j2]!.text !== ',' || !/^\p{Lu}/u.test(tokens[j2 - 1]?.text ?? '')) break;
          if (skippedClause && DETERMINERS.has(tokens[j2 + 1]?.lower ?? '')) break;
          const app2 = appositionAfter(source, tokens, j2, k + 1);
          // (« avocate de l’association de protection animale Les Sabots de l’Ain »: a body's own name may end the role.)
          const namedBody = app2 !== null && app2.after < k + 1 && /^\p{Lu}/u.test(tokens[app2.after]!.text) && tokens.slice(app2.after, k + 1).every((x) => /^\p{Lu}/u.test(x.text) || ['de', 'd’', 'du', 'des', 'l’', 'la', 'le', 'les'].includes(x.lower));
          // (« Gordon Baird, arrivé troisième avec 19 % des voix, un record pour le parti, s’est félicité »: a participial
          // apposition before the noun phrase just skipped.)
          const participial = skippedNounPhrase && APPOSITION_PARTICIPLE.test(tokens[j2 + 1]?.text ?? '') && !tokens.slice(j2 + 1, k + 1).some((x) => x.lower === 'qui' || REPORTING_VERB_FORMS.has(x.lower) || QUOTE_MARK_TEXTS.has(x.text));
          if (participial) {
            k = j2 - 1;
            continue;
          }
          if (!app2 || (app2.after !== k + 1 && !namedBody)) break;
          role = app2.role;
          gender = gender ?? genderOfRole(tokens.slice(j2 + 1, k + 1));
          k = j2 - 1;
        }
        // « Lucas Perrin, 23 ans, vainqueur d’étape …, a expliqué »: an age between commas before that.
        if (tokens[k]?.kind === 'word' && tokens[k - 1]?.kind === 'number' && tokens[k - 2]?.text === ',') k -= 3;
        continue;
      }
      return null;
    }
    break;
  }
  if (k < floor) return null;
  // « Jordan V., 24 ans, a reconnu »: a surname given by its initial keeps its period (as nameAt reads it).
  if (tokens[k]!.text === '.' && k - 2 >= floor && /^\p{Lu}$/u.test(tokens[k - 1]!.text) && FIRST_NAMES.has(tokens[k - 2]!.lower) && isCapitalized(tokens[k - 2])) {
    return { ...classifyName(source, tokens, k - 2, k + 1), role, gender: gender ?? genderOfName(tokens[k - 2]!) };
  }
  const t = tokens[k]!;
  if (LOCUTOR_PRONOUNS.has(t.lower)) return null;
  const latter = k - 1 >= floor ? latterPronounAt(source, tokens, k - 1) : null;
  if (latter) return latter;
  const pronoun = SUBJECT_PRONOUNS.get(t.lower);
  if (pronoun) return { start: t.start, end: t.end, text: t.text, type: 'pronoun', first: k, after: k + 1, gender: pronoun };
  // « France 5 a indiqué »: a channel and its number.
  if (t.kind === 'number' && k - 1 >= floor && NUMBERED_CHANNELS.has(tokens[k - 1]!.lower) && isCapitalized(tokens[k - 1])) return { ...classifyName(source, tokens, k - 1, k + 1), organisation: true };
  // « le collectif Livreurs unis 93, qui réclame »: an organisation's name may end in a number.
  if (t.kind !== 'word' && !(t.kind === 'number' && tokens[k - 1]?.kind === 'word')) return null;
  // Walk left to the start of the noun phrase.
  let first = k;
  let bracketed = 0;
  while (first - 1 >= floor) {
    const p = tokens[first - 1]!;
    // « La direction régionale des affaires culturelles (Drac) d’Occitanie »: an acronym inside the phrase.
    if (p.text === ')' && tokens[first - 3]?.text === '(' && first - 3 >= floor) {
      first -= 3;
      bracketed += 3;
      continue;
    }
    // « des entreprises artistiques et culturelles »: « et » between two lower-case words stays inside the phrase.
    // … and between two capitalised words of a name (« Rouge et Noir 1961 »).
    // (« l’Organisation des Nations unies pour l’alimentation et l’agriculture »: inside a capitalised body's name an
    // article may follow « et ».)
    const insideBodyName = (et: number) => tokens.slice(Math.max(floor, et - 6), et).some((x) => isCapitalized(x));
    // … and between two complements of a body's name (« le ministère du Travail et des Affaires sociales »).
    const coordinatesAdjectives =
      p.lower === 'et' &&
      // (Not before a determiner: « une vente de gâteaux et le conseil départemental » are two noun phrases.)
      ((/^\p{Ll}/u.test(tokens[first]?.text ?? '') && /^\p{Ll}/u.test(tokens[first - 2]?.text ?? '') && (!['le', 'la', 'les', 'l’', 'un', 'une'].includes(tokens[first]!.lower) || insideBodyName(first - 1))) ||
        (/^\p{Lu}/u.test(tokens[first]?.text ?? '') && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '')) ||
        (/^\p{Lu}/u.test(tokens[first - 2]?.text ?? '') && ['de', 'des', 'du', 'd’'].includes(tokens[first]?.lower ?? '')));
    const ampersand = p.text === '&' && /^\p{Lu}/u.test(tokens[first]?.text ?? '') && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '');
    if ((p.kind === 'punct' && !ampersand) || (CLAUSE_STARTERS.has(p.lower) && !coordinatesAdjectives) || p.kind === 'inversion') break;
    if (k - first - bracketed >= 14) break;
    first--;
  }
  // « les Ultras Rochebrune 1994 qualifient »: a capitalised name that ends in a number (a group, a club).
  if (tokens[k]!.kind === 'number' && k - 1 >= first && isCapitalized(tokens[k - 1])) {
    let ns = k - 1;
    while (ns - 1 >= first && isCapitalized(tokens[ns - 1])) ns--;
    if (DETERMINERS.has(tokens[ns]!.lower) && ns + 1 < k) ns++;
    if (ns === first || DETERMINERS.has(tokens[ns - 1]?.lower ?? '')) return { ...classifyName(source, tokens, ns, k + 1), organisation: true };
  }
  // « Reporters sans frontières a demandé »: a known name that ends in lower-case words, read forward.
  if (/^\p{Ll}/u.test(tokens[k]!.text) && MULTIWORD_BY_FIRST.size > 0) {
    // (Only the whole phrase: not « Office » in « un inspecteur de l’Office français de la biodiversité ».)
    for (const s0 of DETERMINERS.has(tokens[first]!.lower) ? [first, first + 1] : [first]) {
      if (s0 >= k || !MULTIWORD_BY_FIRST.has(tokens[s0]!.lower)) continue;
      const known = nameAt(tokens, s0, k + 1);
      if (known && known.first === s0 && known.after === k + 1) return { ...classifyName(source, tokens, s0, k + 1), organisation: true };
    }
  }
  // « Julien, l’un des deux amis, encore sous le choc, reconnaît »: « l’un des … » in apposition describes the name
  // before it.
  if (tokens[first]?.lower === 'l’' && ['un', 'une'].includes(tokens[first + 1]?.lower ?? '') && ['des', 'de', 'd’'].includes(tokens[first + 2]?.lower ?? '') && tokens[first - 1]?.text === ',' && first - 1 > floor) {
    const named = mentionBefore(source, tokens, first - 1, floor);
    // (Only a name that opens its clause: not the source in « Selon le site Espace & Orbites, l’un des … ».)
    const opensClause = named !== null && (named.first <= floor || tokens[named.first - 1]!.kind === 'punct');
    if (named?.type === 'name' && opensClause) return { ...named, role: role ?? textOf(source, tokens, first, k + 1) };
  }
  const described = describedSubject(source, tokens, first, k, floor);
  if (described) return described;
  // « l’association Familles et Budget », « le diocèse de Quimper et Léon », « le groupe Les Républicains »: a body's
  // noun opening the phrase names all of it, not only the capitalised words at its end.
  const body = DETERMINERS.has(tokens[first]!.lower) ? descriptionAt(tokens, first, k + 1, true) : null;
  if (body && body.organisation && body.after === k + 1 && ORGANISATION_NOUNS.has(body.head)) return organisationName(source, tokens, body) ?? descriptionMention(source, tokens, body);
  // Prefer a proper name that ends at k.
  let nameStart = k;
  const capitalisedParticle = (t: Token | undefined) => t !== undefined && NAME_PARTICLES.has(t.lower) && /^\p{Lu}/u.test(t.text);
  while (
    nameStart - 1 >= first &&
    (isCapitalized(tokens[nameStart - 1]) ||
      capitalisedParticle(tokens[nameStart - 1]) || // « Le Goff », « La Fontaine »
      (tokens[nameStart - 1]!.text === '&' && isCapitalized(tokens[nameStart - 2])) || // « Vote & Citoyens »
      (NAME_PARTICLES.has(tokens[nameStart - 1]!.lower) && isCapitalized(tokens[nameStart - 2])) ||
      TITLES.has(tokens[nameStart - 1]!.lower))
  ) nameStart--;
  // « M. Le Goff »
  if (tokens[nameStart - 1]?.text === '.' && (tokens[nameStart - 2]?.text === 'M' || tokens[nameStart - 2]?.text === 'P') && nameStart - 2 >= first) nameStart -= 2;
  // « la députée de Gironde Inès Bakari », « de l’Aude Fabienne Quérel »: a first name inside the run starts the
  // person's name (after a link word, even when the run opens with a word that is also a first name).
  const runAfterLink = ['de', 'd’', 'l’', 'du', 'des'].includes(tokens[nameStart - 1]?.lower ?? '');
  for (let f = nameStart + 1; f < k; f++) {
    if (FIRST_NAMES.has(tokens[f]!.lower) && (!FIRST_NAMES.has(tokens[nameStart]!.lower) || runAfterLink) && !TITLES.has(tokens[nameStart]!.lower)) {
      nameStart = f;
      break;
    }
  }
  const linkBefore = tokens[nameStart - 1];
  // Only a lower-case link makes a capitalised word a complement (« secrétaire à la Défense »), not « Le » in « Le Goff ».
  // « Interrogée, la DREAL Occitanie indique »: a determiner opening the phrase is not a link.
  const determinerOpening = nameStart - 1 === first && DETERMINERS.has(linkBefore?.lower ?? '');
  const isComplement = linkBefore !== undefined && nameStart - 1 >= first && !determinerOpening && COMPLEMENT_LINKS.has(linkBefore.lower) && !/^\p{Lu}/u.test(linkBefore.text) && !TITLES.has(linkBefore.lower);
  // « La DREAL Occitanie », « Le CNRS »: a capitalised determiner before an acronym is not part of the name.
  if (nameStart < k && ['la', 'le', 'les'].includes(tokens[nameStart]!.lower) && /^\p{Lu}{2,}$/u.test(tokens[nameStart + 1]!.text)) nameStart++;
  // « L’ONG Tembo Trust appelle »: an organisation's type written as an acronym is not part of its name.
  if (nameStart + 1 <= k && ORGANISATION_ACRONYMS.has(tokens[nameStart]!.text) && isCapitalized(tokens[nameStart + 1])) nameStart++;
  // « La Japonaise Aoi Kanzaki »: a capitalised determiner and a demonym opening the run are her role.
  if (nameStart + 2 <= k && ['la', 'le', 'l’'].includes(tokens[nameStart]!.lower) && demonymGender(tokens[nameStart + 1], tokens[nameStart])) {
    role = role ?? tokens[nameStart + 1]!.text;
    gender = gender ?? demonymGender(tokens[nameStart + 1], tokens[nameStart]) ?? undefined;
    nameStart += 2;
  }
  if (!isComplement && (isCapitalized(tokens[k]) || (tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text) && TITLES.has(tokens[nameStart]?.lower ?? '')))) {
    // Do not start a name on a particle.
    while (nameStart < k && NAME_PARTICLES.has(tokens[nameStart]!.lower) && tokens[nameStart]!.text === tokens[nameStart]!.text.toLowerCase()) nameStart++;
    // « La famille Lindauer a fait savoir »: the family speaks, not its best-known member.
    if (nameStart - 1 >= first && FAMILY_NOUNS.has(tokens[nameStart - 1]!.lower)) return familyMention(source, tokens, nameStart - 1, k + 1);
    const m = classifyName(source, tokens, nameStart, k + 1);
    // A role noun phrase right before the name: « le secrétaire à la Défense Pete Hegseth ».
    if (nameStart > first) {
      for (let d = first; d < nameStart; d++) {
        const desc = descriptionAt(tokens, d, nameStart);
        if (desc && desc.after === nameStart && !desc.organisation) {
          role = role ?? textOf(source, tokens, desc.first + 1, desc.after);
          gender = gender ?? genderOfRole(tokens.slice(desc.first, desc.after));
          break;
        }
      }
    }
    // « le Pentagone », « l’AFP »: keep the name only.
    return { ...m, role, gender };
  }
  const wholePhrase = (): ParsedMention | null => {
    // « la marine guatémaltèque affirme », « le Syndicat des enseignants libres du Kwilu (Selk) accuse »: a noun phrase
    // opening with a determiner runs on in plain words to the verb, whatever adjectives the word lists lack.
    // (« Le Port autonome de Strasbourg »: a capitalised head the lists do not know opens a body's name.)
    const capitalisedHead = tokens[first + 1] !== undefined && first + 1 <= k && isCapitalized(tokens[first + 1]) && !FIRST_NAMES.has(tokens[first + 1]!.lower) && !NOT_NAMES.has(tokens[first + 1]!.lower);
    const opening = DETERMINERS.has(tokens[first]!.lower)
      ? descriptionAt(tokens, first, k + 1, true) ?? (capitalisedHead ? { first, after: first + 2, head: tokens[first + 1]!.lower, organisation: true, generic: false } : null)
      : null;
    const plainTail = (t: Token) =>
      (t.kind === 'word' || t.kind === 'number') && !REPORTING_VERB_FORMS.has(t.lower) && !FINITE_HINTS.has(t.lower) && !CLAUSE_STARTERS.has(t.lower) &&
      (!ADVERBS.has(t.lower) || ROLE_LINKS.has(t.lower)) && !OBJECT_PRONOUNS.has(t.lower) && !NEGATION_OPENERS.has(t.lower);
    // (« un expert en balistique entendu jeudi »: a participle ending the phrase is not part of who it is.)
    let end = k + 1;
    while (opening && end - 1 >= opening.after && PARTICIPLE_ENDING.test(tokens[end - 1]!.lower) && !/[qg]ues?$/u.test(tokens[end - 1]!.lower) && /^\p{Ll}/u.test(tokens[end - 1]!.text)) end--;
    if (!opening || opening.after > end || end - opening.after > 4 || opening.after >= k + 1) return null;
    // (An article after a link word is no object pronoun: « de la ville ».)
    const tailOk = tokens.slice(opening.after, k + 1).every((t, n) => plainTail(t) || (DETERMINERS.has(t.lower) && ROLE_LINKS.has(tokens[opening.after + n - 1]?.lower ?? '')));
    if (!tailOk || !/^\p{Ll}/u.test(tokens[opening.after]!.text)) return null;
    const whole = { ...opening, after: end };
    const named = whole.organisation ? organisationName(source, tokens, whole) : null;
    return named ?? { ...descriptionMention(source, tokens, whole), role };
  };
  for (let d = first; d <= k; d++) {
    // « la Landaise de 24 ans écrit »: a demonym description, as read after a verb.
    if (DETERMINERS.has(tokens[d]!.lower) && demonymGender(tokens[d + 1], tokens[d])) {
      const demonym = mentionAfter(source, tokens, d, k + 1);
      if (demonym?.demonym && demonym.after === k + 1) return demonym;
    }
    const desc = descriptionAt(tokens, d, k + 1, true);
    if (desc && desc.after === k + 1) {
      // (« Le Port autonome de la ville »: a description after a link word is a complement of the whole phrase.)
      const whole = d > first && COMPLEMENT_LINKS.has(tokens[d - 1]!.lower) ? wholePhrase() : null;
      if (whole) return whole;
      const named = desc.organisation ? organisationName(source, tokens, desc) : null;
      return named ?? { ...descriptionMention(source, tokens, desc), role };
    }
  }
  return wholePhrase();
}

/**
 * « un expert présent dans la salle », « un couple installé dans le village depuis l’été », « un agent qui connaît
 * bien le dossier », « un vigneron dont deux parcelles ont été touchées »: a description followed by a participle or
 * an adjective with its complement, or by a relative clause without commas, runs to the verb. The words at its end
 * are complements (« la salle », « le dossier »), not the subject: the whole phrase is.
 */
function describedSubject(source: string, tokens: Token[], first: number, k: number, floor: number): ParsedMention | null {
  // (The phrase must end on a word: callers may stop on a conjunction, « … montés sur scène et ».)
  if (tokens[k]!.kind !== 'word' || CLAUSE_STARTERS.has(tokens[k]!.lower) || NP_STOPS.has(tokens[k]!.lower)) return null;
  let desc: Description | null = null;
  const relative = first - 1;
  if (RELATIVE_OPENERS.has(tokens[relative]?.lower ?? '') && relative > floor) {
    for (let d = Math.max(floor, relative - 8); d < relative && !desc; d++) {
      const found = descriptionAt(tokens, d, relative, true);
      if (found && found.after === relative && !found.organisation) desc = found;
    }
  } else {
    const found = descriptionAt(tokens, first, k + 1, true);
    if (!found || found.organisation || found.after >= k) return null;
    // (descriptionAt may take one participle as an adjective: « un expert mandaté » before « par la commune ».)
    const ownParticiple = PARTICIPLE_ENDING.test(tokens[found.after - 1]!.lower) && PARTICIPLE_COMPLEMENT_LINKS.has(tokens[found.after]!.lower);
    const modifier = ownParticiple ? tokens[found.after - 1]! : tokens[found.after]!;
    const link = ownParticiple ? tokens[found.after]! : tokens[found.after + 1];
    const modifies =
      link !== undefined && (ownParticiple || found.after + 1 < k) && /^\p{Ll}/u.test(modifier.text) &&
      (PARTICIPLE_ENDING.test(modifier.lower) || PREDICATIVE_ADJECTIVES.has(modifier.lower)) && PARTICIPLE_COMPLEMENT_LINKS.has(link.lower);
    // (A name at the end is the subject itself unless it is an agent: « la ministre chargée de la Culture Rachida X ».)
    if (!modifies || (/^\p{Lu}/u.test(tokens[k]!.text) && link!.lower !== 'par')) return null;
    // (« un touriste australien interrogé par le quotidien »: who asked is no part of who speaks.)
    if (RELAY_PARTICIPLE.test(modifier.lower) && link!.lower === 'par') return descriptionMention(source, tokens, ownParticiple ? { ...found, after: found.after - 1 } : found);
    // « une jeune mère venue avec ses enfants »: company and purpose are circumstances, not who the person is.
    if (CIRCUMSTANCE_LINKS.has(link!.lower)) return descriptionMention(source, tokens, ownParticiple ? { ...found, after: found.after - 1 } : found);
    desc = found;
  }
  if (!desc) return null;
  const head = descriptionMention(source, tokens, desc);
  return { ...head, end: tokens[k]!.end, text: textOf(source, tokens, desc.first, k + 1), after: k + 1 };
}

export function isOrganisationName(name: string): boolean {
  const lower = name.toLowerCase().replace(/^(le|la|les|l’|l')\s*/, '');
  return KNOWN_ORGANISATIONS.has(lower) || PUBLICATIONS.has(lower);
}
