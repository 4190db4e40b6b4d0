// Resolves speaker mentions within one document to canonical speakers: surnames to full
// names, pronouns and unnamed descriptions to the most salient compatible speaker, role
// descriptions to the person an apposition gave that role to. Two people who share a surname
// stay apart: a bare surname goes to the one mentioned most recently.
//
// Salience is recency of a mention in a speaking position: names inside quotes and names
// after a preposition (« a critiqué le plan de Paul Martin », « avec Marie Dubois ») do not
// count, while every resolved cue does.

import {
  ADVERBS,
  ANAPHORIC_NOUNS,
  GENDERED_NAME_PARTICLES,
  DOCUMENT_NOUNS,
  SELF_NAMING_BODIES,
  OFFICE_NOUNS,
  TRIAL_OPENERS,
  COLLECTIVE_SPEAKERS,
  DEMONSTRATIVE_PRONOUNS,
  SOURCE_MARKERS,
  SUBORDINATORS,
  SOURCE_OPENERS,
  COMPANY_NAME_WORDS,
  ANONYMITY_WORDS,
  DETERMINERS,
  DETERMINERS_BEFORE_DEMONYM,
  AGENT_NOUN_ENDINGS,
  AUTHORED_DOCUMENT_NOUNS,
  BYLINE_NOUNS,
  ADJECTIVE_SHAPE,
  AGE_DECADE_NOUNS,
  organisationNounGender,
  EPICENE_FIRST_NAMES,
  FIRST_NAMES,
  KNOWN_ORGANISATIONS,
  NAME_PARTICLES,
  OBJECT_PREPOSITIONS,
  PUBLICATION_NAME_WORDS,
  MULTIWORD_ORGANISATIONS,
  ORGANISATION_NOUNS,
  ORG_ADJECTIVE,
  PEER_NOUNS,
  PLACE_NAME_OPENERS,
  PLACE_NAMES,
  PERSON_NOUNS,
  PLACE_NOUNS,
  POSSESSIVES,
  PREPOSITIONS_BEFORE_COMPLEMENT,
  PUBLICATIONS,
  ROLE_HYPERNYMS,
  REPORTING_VERB_FORMS,
  RELAY_PARTICIPLE,
  APPOSITION_PARTICIPLE,
  OBJECT_DE_INFINITIVE_LEMMAS,
  PERSON_OBJECT_QUE_LEMMAS,
  ROLE_NOUNS,
  TITLES,
  TOPIC_NOUNS,
  UNION_MARKERS,
} from '../lang/fr.js';
import { memoizeString } from '../core/memo.js';
import type { ResolvedSpeaker, Sentence, SpeakerKind, Span } from '../core/types.js';
import type { ExtractedStatement } from './extract.js';
import { appositionAfter, demonymGender, descriptionAt, nameAt, singularOf, textOf, type ParsedMention } from './mentions.js';
import { fold, skipStamps, stripDeterminer, tokenize, type Token } from './tokenize.js';
import { isSourceCue } from './cues.js';
import { lastSpanStartingBy } from './segment.js';

type Gender = 'm' | 'f' | 'pl' | 'any' | undefined;



interface Entity {
  name: string;
  kind: SpeakerKind;
  gender: Gender;
  /** Folded role → the role as first written (« patron d’openai » → « patron d’OpenAI »). */
  roles: Map<string, string>;
  aliases: Set<string>;
  /** Offsets of mentions in a speaking position, in any order. */
  salientAt: number[];
  /** Offsets of every mention, for surname resolution. */
  seenAt: number[];
  /** Offsets where the entity is named in a speaking position (not a resolved cue). */
  namedAt: number[];
  /** Ages the article gives (« X, 54 ans »), for « le quinquagénaire ». */
  ages: number[];
}

/** How far back (characters) an unnamed description looks for the person it refers to. */
const BRIDGING_WINDOW = 1200;
/** Documents (« étude », « rapport »), accent-folded as entity names are compared. */
const DOCUMENT_KEYS = new Set([...DOCUMENT_NOUNS].map(fold));

/** How far ahead a pronoun with no antecedent looks for the person it announces. */
const CATAPHORA_WINDOW = 300;

/** How far back a pronoun looks for its antecedent. */
const PRONOUN_WINDOW = 2500;

/** « agence régionale de santé (ARS) » → the name and its acronym, which becomes an alias. */
function splitAcronym(name: string): { name: string; acronym?: string } {
  const open = name.lastIndexOf(' (');
  if (open <= 0) return { name };
  const close = name.indexOf(')', open);
  const acronym = name.slice(open + 2, close);
  // « (ARS) », and acronyms read as words (« (Drac) », « (Insee) »).
  // (« (Sdis 59) »: a departmental body's acronym and its number.)
  if (close < 0 || !(/^[\p{Lu}\p{N}&.-]{2,12}$/u.test(acronym) || /^\p{Lu}\p{Ll}{2,6}( \d{1,3})?$/u.test(acronym))) return { name };
  // « agence régionale de santé (ARS) Occitanie »: inside the name, the acronym stays and is an alias too.
  return close === name.length - 1 ? { name: name.slice(0, open), acronym } : { name, acronym };
}

const stripTitle = memoizeString((name: string): string => {
  const words = name.split(/\s+/);
  // (A title stands before a name: « père de famille » keeps its « père ».)
  while (words.length > 1 && (TITLES.has(words[0]!.toLowerCase()) || words[0] === 'M.' || words[0] === 'P.') && /^\p{Lu}/u.test(words[1]!)) words.shift();
  return words.join(' ');
}, 20_000);

/** Names recur across an archive: each one's gender is worked out once. */
const genderOfNameCached = memoizeString((name: string) => genderOfNameUncached(name) ?? '', 20_000);
const genderOfName = (name: string): Gender => (genderOfNameCached(name) || undefined) as Gender;

function genderOfNameUncached(name: string): Gender {
  const words = name.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  const title = TITLES.get(first) ?? (words[0] === 'M.' || words[0] === 'P.' ? 'm' : undefined);
  if (title && title !== 'any') return title;
  const given = (title ? words[1] : words[0])?.toLowerCase() ?? '';
  const particle = words.slice(1).map((w) => GENDERED_NAME_PARTICLES.get(w)).find((g) => g !== undefined);
  if (EPICENE_FIRST_NAMES.has(given)) return particle ?? 'any';
  return FIRST_NAMES.get(given) ?? FIRST_NAMES.get(given.split('-')[0] ?? '') ?? particle;
}

/** « SNUipp-FSU », « la CFE-CGC », « Force ouvrière (FO) »: a trade union's name (folded). */
function isUnionName(folded: string): boolean {
  return folded.split(/[\s-]+/).some((part) => UNION_MARKERS.has(part)) || UNION_MARKERS.has(folded);
}

const MULTIWORD_ORGANISATION_KEYS: ReadonlySet<string> = new Set(MULTIWORD_ORGANISATIONS.map(fold));

/** Names recur across an archive: the kind of each is worked out once. */
export const speakerKindOf = memoizeString((name: string) => kindOfName(name), 20_000) as (name: string) => SpeakerKind;

function kindOfName(name: string): SpeakerKind {
  const f = fold(stripDeterminer(name));
  if (PUBLICATIONS.has(f) || PUBLICATIONS.has(name.toLowerCase())) return 'publication';
  if (KNOWN_ORGANISATIONS.has(f) || KNOWN_ORGANISATIONS.has(name.toLowerCase()) || MULTIWORD_ORGANISATION_KEYS.has(f)) return 'organisation';
  const words = f.split(' ');
  if (ORGANISATION_NOUNS.has(words[0] ?? '')) return 'organisation';
  if (isUnionName(f)) return 'organisation';
  // « l’ARS », « la SNCF »: an acronym names an organisation.
  if (/^\p{Lu}{2,}$/u.test(stripDeterminer(name))) return 'organisation';
  // « WTT Finals », « CHU Nord », « SNCF Voyageurs »: a name opening with an acronym (not a title, « DJ Aldo Renn »).
  const acronym = /^(\p{Lu}{2,})\s/u.exec(stripDeterminer(name));
  if (acronym && !TITLES.has(acronym[1]!.toLowerCase())) return 'organisation';
  // « Atlantis Énergies », « Vertal Industries »: a company's name ends in a word like these.
  if (words.length > 1 && COMPANY_NAME_WORDS.has(words[words.length - 1]!)) return 'organisation';
  return 'person';
}

function looksLikePerson(name: string): boolean {
  const words = stripTitle(name).split(/\s+/);
  if (speakerKindOf(name) !== 'person') return false;
  if (genderOfName(name)) return true;
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/** Names, roles and descriptions the document establishes. */
class Registry {
  readonly entities: Entity[] = [];
  private readonly byName = new Map<string, Entity>();

  add(name: string, kind?: SpeakerKind, gender?: Gender): Entity {
    const { name: full, acronym: written } = splitAcronym(stripTitle(name));
    // « Théo « Zephyr » Marchal » is Théo Marchal; the nickname stays an alias.
    const clean = withoutNickname(full);
    const key = fold(clean);
    // The acronym names the organisation itself, not « le directeur général de la banque (BCQ) ».
    const acronym = written && (kind ?? speakerKindOf(clean)) !== 'person' && kind !== 'description' ? written : undefined;
    let e = this.byName.get(key) ?? (acronym ? this.byName.get(fold(acronym)) : undefined);
    // « L’ONF » met first, « l’Office national des forêts (ONF) » later: the full name becomes canonical.
    if (e && acronym && e.name === acronym && !this.byName.has(key)) {
      e.name = clean;
      e.aliases.add(clean);
      this.byName.set(key, e);
    }
    // « la Croix-Rouge » met first, « la Croix-Rouge philippine » later: one organisation, named in full.
    const qualified = /^(.*\p{Lu}\S*)((?:\s+\p{Ll}+){1,2})$/u.exec(clean);
    const shorter = !e && qualified ? this.byName.get(fold(qualified[1]!)) : undefined;
    if (shorter && shorter.kind === 'organisation' && kind !== 'person') {
      e = shorter;
      e.name = clean;
      e.aliases.add(clean);
      this.byName.set(key, e);
    }
    if (e && clean !== full) e.aliases.add(full);
    if (!e) {
      // (A first name says more than a role noun: « Françoise Delorme, professeur de mathématiques » is « elle ».)
      const byName = genderOfName(name);
      e = { name: clean, kind: kind ?? speakerKindOf(clean), gender: byName === 'm' || byName === 'f' ? byName : gender ?? byName, roles: new Map(), aliases: new Set([clean]), salientAt: [], seenAt: [], namedAt: [], ages: [] };
      this.byName.set(key, e);
      this.entities.push(e);
    }
    if (acronym && !this.byName.has(fold(acronym))) {
      // « L’ARS appelle … » later in the text is the same organisation.
      this.byName.set(fold(acronym), e);
      e.aliases.add(acronym);
    }
    if ((!e.gender || e.gender === 'any') && gender) e.gender = gender;
    if (name !== clean) e.aliases.add(name);
    return e;
  }

  get(name: string): Entity | undefined {
    return this.byName.get(fold(splitAcronym(stripTitle(name)).name));
  }

  /**
   * People one of whose learned roles (folded) has `word` as its first word (`head`) or among its words
   * (`any`); with `seenBefore`, only people mentioned before that offset.
   */
  peopleByRoleWord(word: string, where: 'head' | 'any', seenBefore?: number): Entity[] {
    return this.entities.filter(
      (e) =>
        e.kind === 'person' &&
        [...e.roles.keys()].some((r) => (where === 'head' ? r.split(/[\s’]/)[0] === word : r.split(/[\s’]/).includes(word))) &&
        (seenBefore === undefined || e.seenAt.some((p) => p < seenBefore)),
    );
  }

  /** Full names of people whose last words are `partial` (« Altman » → « Sam Altman »). */
  completions(partial: string): Entity[] {
    const p = fold(stripTitle(partial));
    const bySurname = this.entities.filter((e) => {
      if (e.kind !== 'person') return false;
      const f = fold(e.name);
      return f !== p && f.endsWith(' ' + p);
    });
    if (bySurname.length > 0 || p.includes(' ') || !FIRST_NAMES.has(partial.toLowerCase())) return bySurname;
    // « Mathis, lui, préfère minimiser » after « Mathis Rolland »: a first name alone, the one person who bears it.
    const byFirstName = this.entities.filter((e) => e.kind === 'person' && fold(e.name).startsWith(p + ' '));
    return byFirstName.length === 1 ? byFirstName : [];
  }
}

function withoutNickname(name: string): string {
  return name.replace(/\s[«“"][\s\u00A0\u202F]*\p{Lu}[^»”"]{0,30}?[\s\u00A0\u202F]*[»”"]\s/u, ' ');
}

function lastBefore(offsets: number[], at: number): number {
  let best = -1;
  for (const s of offsets) if (s < at && s > best) best = s;
  return best;
}

function addRole(e: Entity, role: string): void {
  // (« l’insistance du maire, Didier Cousin »: a role read after « de » or « à » keeps no contracted article.)
  const display = stripDeterminer(role.replace(/^(?:du|au|aux)\s+|^(?:de|à)\s+(?=la\s|l['’])/iu, ''));
  const key = fold(display);
  if (!e.roles.has(key)) e.roles.set(key, display);
  // « le candidat de la droite, Rodrigo Benavente »: a gendered role tells a first name the list does not know.
  if (e.kind === 'person' && (!e.gender || e.gender === 'any')) {
    const noun = display.split(/[\s’]/)[0]!.toLowerCase();
    const g = ROLE_NOUNS.get(noun) ?? PERSON_NOUNS.get(noun);
    if (g === 'm' || g === 'f') e.gender = g;
  }
}

/** « Une cueilleuse, … » / « Le riverain de la friche, … » before tokens[comma]: the gender of the person noun opening the sentence. */
function personNounOpening(tokens: Token[], comma: number): 'm' | 'f' | undefined {
  const determiner = tokens[0]?.lower ?? '';
  if (!['un', 'une', 'le', 'la'].includes(determiner) || comma < 2) return undefined;
  const noun = tokens[1]!.lower;
  // Agent nouns the lists do not hold (« une cueilleuse », « un saisonnier ») are people too.
  const g = PERSON_NOUNS.get(noun) ?? ROLE_NOUNS.get(noun) ?? AGENT_NOUN_ENDINGS.find(([ending]) => noun.endsWith(ending))?.[1];
  if (g !== 'm' && g !== 'f' && !(g === 'any' && (PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun)))) return undefined;
  if (tokens.slice(2, comma).some((t) => t.kind !== 'word' && t.text !== '’')) return undefined;
  if (g === 'm' || g === 'f') return g;
  return determiner === 'une' || determiner === 'la' ? 'f' : 'm';
}

/** « je », « j’ », « moi », « mon »…: words only a person says of themself. */
const FIRST_PERSON_SINGULAR = /(?<!\p{L})(?:(?:je|moi|mon|ma|mes|me)(?!\p{L})|j’|j'|m’|m')/iu;

const QUOTE_OPENERS_AND_CLOSERS = new Set(['«', '»', '“', '”', '"']);

/** Past participle endings, to tell a passive's agent (« porté par X ») from an object. */
const PASSIVE_PARTICIPLE = /(é|ée|és|ées|is|ise|it|ite|u|ue)$/;

/** « X, 54 ans, », « X (54 ans) »: an age right after a mention of `e`. */
function noteAge(e: Entity, text: string, end: number): void {
  if (text[end] !== ',' && text[end] !== ' ') return;
  const m = /^\s*[,(]\s*(\d{1,3})\s+ans\b/u.exec(text.slice(end, end + 14));
  if (m) e.ages.push(Number(m[1]));
}

function insideAny(spans: Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

/** Returns the sentence-opening surnames several people share (« Vasselin n’a pas été retenu »), for the topic to take. */
function scanNames(text: string, sentences: Sentence[], sentenceTokens: Token[][], quotes: Span[], registry: Registry): Array<{ at: number; people: Entity[] }> {
  const sharedSurnames: Array<{ at: number; people: Entity[] }> = [];
  for (const s of sentences) {
    const tokens = sentenceTokens[s.index]!;
    // « Avec notre envoyé spécial dans l’est du pays, Romain Kerhervé »: a byline names the writer, nobody who speaks.
    if (['avec', 'de', 'par', 'd’'].includes(tokens[0]?.lower ?? '') && ['notre', 'nos'].includes(tokens[1]?.lower ?? '') && BYLINE_NOUNS.has(tokens[2]?.lower ?? '')) continue;
    // (« Par Julien Morvant (Ca Mau, Vietnam, envoyé spécial) ».)
    if (tokens[0]?.text === 'Par' && tokens.length < 16 && tokens.some((t) => BYLINE_NOUNS.has(t.lower))) continue;
    let lastObjectEnd = -1;
    // Once per sentence: where its first comma is (an opening adverbial ends there).
    const firstComma = tokens.findIndex((t) => t.text === ',');
    for (let i = 0; i < tokens.length; i++) {
      const name = nameAt(tokens, i);
      if (!name) continue;
      // « au Midlands Courier Thandeka Mthembu »: the outlet's name runs into the person's.
      for (let f = name.first; f < name.after - 2; f++) if (PUBLICATION_NAME_WORDS.has(tokens[f]!.lower)) name.first = f + 1;
      // « la Polonaise Zofia Wrona »: the demonym is not part of the name, but says who she is.
      let demonym: Gender;
      // « La Japonaise Aoi Kanzaki » opening a sentence: the capitalised determiner is not part of the name either.
      if (name.after - name.first > 2 && ['la', 'le', 'l’'].includes(tokens[name.first]!.lower) && demonymGender(tokens[name.first + 1], tokens[name.first])) name.first++;
      if (name.after - name.first > 1 && DETERMINERS_BEFORE_DEMONYM.has(tokens[name.first - 1]?.lower ?? '') && demonymGender(tokens[name.first], tokens[name.first - 1])) {
        demonym = demonymGender(tokens[name.first], tokens[name.first - 1]) ?? undefined;
        name.first++;
      }
      // « au gymnase Jules-Ferry »: a place, not a person. « l’ADN », « des LED », « le TER », « DIRECT »:
      // an acronym is a speaker only as « l’ARS », « la SNCF » (a determiner, not after « de »).
      const acronym = name.after - name.first === 1 && /^\p{Lu}{2,}$/u.test(tokens[name.first]!.text);
      const actsAsOrganisation = acronym && ['l’', 'la', 'le'].includes(tokens[name.first - 1]?.lower ?? '') && !OBJECT_PREPOSITIONS.has(tokens[name.first - 2]?.lower ?? '');
      // « l’Union des loueurs … »: a capitalised organisation noun opens a longer name; its own word is no entity.
      // (… « le Syndicat national des entreprises … »: an adjective may come first.)
      const linkAt = (k: number) => ['des', 'de', 'du', 'd’', 'pour'].includes(tokens[k]?.lower ?? '');
      // (… « la Commission électorale nationale autonome (Céna) »: adjectives of the body's own name follow it.)
      const nounOfLongerName = name.after - name.first === 1 && ORGANISATION_NOUNS.has(tokens[name.first]!.lower) && (linkAt(name.after) || ORG_ADJECTIVE.test(tokens[name.after]?.lower ?? ''));
      // « Patrick Morvan (Lanmeurzec Autrement) »: a list or party in parentheses after a name is no one to refer to.
      // (« conseillère d’opposition (Fréville Ensemble) »: after a role too.)
      const affiliation = tokens[name.first - 1]?.text === '(' && tokens[name.after]?.text === ')' && tokens[name.first - 2]?.kind === 'word';
      // « Burkina Faso », « Las Piedras », « Bad Wellrode »: a place written like a first and last name.
      // (« Place Saint-Pierre, le groupe … »: a place noun opening the name.)
      const placeName = PLACE_NOUNS.has(tokens[name.first]!.lower) || PLACE_NAMES.has(tokens.slice(name.first, name.after).map((t) => t.lower).join(' ')) || (name.after - name.first > 1 && PLACE_NAME_OPENERS.has(tokens[name.first]!.lower) && !FIRST_NAMES.has(tokens[name.first + 1]!.lower));
      if (placeName || affiliation || nounOfLongerName || PLACE_NOUNS.has(tokens[name.first - 1]?.lower ?? '') || (acronym && !actsAsOrganisation && !KNOWN_ORGANISATIONS.has(tokens[name.first]!.lower))) {
        i = name.after - 1;
        continue;
      }
      // « la députée de Gironde Inès Bakari », « la conseillère Ecolo Julie Mertens »: a first name
      // inside a capitalised run starts the person's name.
      // « de l’Aude Fabienne Quérel »: after a link word, even a first name can be a place when another follows.
      const afterLink = ['de', 'd’', 'l’', 'du', 'des'].includes(tokens[name.first - 1]?.lower ?? '');
      // « à 20 Minutes Clémence »: after a number, the first capitalised word ends an outlet's name.
      if (tokens[name.first - 1]?.kind === 'number' && name.after - name.first >= 2 && FIRST_NAMES.has(tokens[name.first + 1]!.lower)) name.first++;
      if ((!FIRST_NAMES.has(tokens[name.first]!.lower) || afterLink) && !TITLES.has(tokens[name.first]!.lower)) {
        for (let f = name.first + 1; f < name.after - 1; f++) {
          if (FIRST_NAMES.has(tokens[f]!.lower)) {
            name.first = f;
            break;
          }
        }
      }
      // « a ironisé sur Instagram Léa, une participante »: after a preposition, a word that is no first name
      // then a first name alone are the place said and the person.
      const pair = name.after - name.first === 2;
      if (pair && FIRST_NAMES.has(tokens[name.first + 1]!.lower) && !FIRST_NAMES.has(tokens[name.first]!.lower) && !TITLES.has(tokens[name.first]!.lower) && ['sur', 'à', 'au', 'dans', 'via'].includes(tokens[name.first - 1]?.lower ?? '')) name.first++;
      const nameText = textOf(text, tokens, name.first, name.after);
      const oneWordAtStart = name.first === 0 && name.after - name.first === 1;
      if (oneWordAtStart) {
        // « Harlow, qui souffrait … »: a surname opening a sentence keeps its person salient.
        const full = registry.completions(nameText);
        // (Not « Ravenel, rappelle-t-il, peignait … »: the incise's « il » is someone else.)
        const incise = tokens[1]?.text === ',' && tokens[3]?.kind === 'inversion';
        if (full.length === 1) {
          if (!incise) full[0]!.salientAt.push(tokens[0]!.start);
          full[0]!.seenAt.push(tokens[0]!.start);
        } else if (full.length > 1 && !insideAny(quotes, tokens[0]!.start)) sharedSurnames.push({ at: tokens[0]!.start, people: full });
      }
      // « Abdelrahman, un Soudanais de 27 ans, … »: an indefinite person apposition makes a first name
      // the list does not know a person, of its determiner's gender.
      // (Not a place: « À Rennes, un proviseur, … ».)
      const afterPlaceWord = ['à', 'a', 'au', 'en', 'dans', 'de', 'd’', 'du', 'sur', 'vers', 'près'].includes(tokens[name.first - 1]?.lower ?? '');
      // (Or a bare gendered person noun: « Fatoumata, mère de trois enfants, … ».)
      const indefinite = ['un', 'une'].includes(tokens[name.after + 1]?.lower ?? '');
      // « Revenue de Beyrouth au printemps, elle dit … »: a capitalised participle opening the sentence, then where
      // from, is no name.
      if (name.first === skipStamps(tokens, 0, name.first + 1) && APPOSITION_PARTICIPLE.test(tokens[name.first]!.lower) && !FIRST_NAMES.has(tokens[name.first]!.lower) && ['de', 'd’', 'du', 'des', 'à', 'au', 'en', 'dans', 'depuis'].includes(tokens[name.first + 1]?.lower ?? '')) {
        i = name.after - 1;
        continue;
      }
      // (Nor a participle opening the sentence: « Interrogé, un porte-parole … ».)
      const participleOpener = name.after - name.first === 1 && /(é|ée|és|ées|ant)$/.test(tokens[name.first]!.lower) && !FIRST_NAMES.has(tokens[name.first]!.lower);
      // (Nor an adverb opening the sentence: « Hier, un responsable … ».)
      const adverbOpener = oneWordAtStart && (ADVERBS.has(tokens[name.first]!.lower) || PREPOSITIONS_BEFORE_COMPLEMENT.has(tokens[name.first]!.lower));
      const introducer = !afterPlaceWord && !participleOpener && !adverbOpener && tokens[name.after]?.text === ',' ? tokens[name.after + (indefinite ? 2 : 1)] : undefined;
      const bareGender = !indefinite && introducer ? (PERSON_NOUNS.get(introducer.lower) ?? ROLE_NOUNS.get(introducer.lower)) : undefined;
      // « Contacté par Jeune Afrique, un responsable … »: what follows the opener's agent is the sentence's subject, not its apposition.
      // (« Contacté par La Croix, un responsable … »: the outlet may have its article.)
      const openerAgent = (name.first === 2 || (name.first === 3 && DETERMINERS.has(tokens[2]!.lower))) && tokens[1]!.lower === 'par' && /(é|ée|és|ées)$/u.test(tokens[0]!.lower) && tokens[name.after]?.text === ',';
      const introducedAfter = !openerAgent && introducer !== undefined && (indefinite ? ROLE_NOUNS.has(introducer.lower) || PERSON_NOUNS.has(introducer.lower) || demonymGender(introducer, tokens[name.after + 1]) !== null : bareGender === 'm' || bareGender === 'f');
      // « Une cueilleuse, Fatma, 45 ans, raconte »: a person noun opening the sentence, then the name between commas.
      const openingGender = tokens[name.first - 1]?.text === ',' && name.first <= 8 ? personNounOpening(tokens, name.first - 1) : undefined;
      // « Haftom, 11 ans, serre contre lui un cahier »: an age says a one-word name is someone's.
      const aged = name.after - name.first === 1 && tokens[name.after]?.text === ',' && tokens[name.after + 1]?.kind === 'number' && tokens[name.after + 2]?.lower === 'ans' && !afterPlaceWord && !participleOpener;
      // « Sanjeev, lui, a fini par trouver … »: a stressed pronoun set after a name says a person and their gender.
      const stressed = tokens[name.after]?.text === ',' && ['lui', 'elle'].includes(tokens[name.after + 1]?.lower ?? '') && tokens[name.after + 2]?.text === ',' ? (tokens[name.after + 1]!.lower === 'lui' ? 'm' : 'f') : undefined;
      const introducedAsSomeone = introducedAfter || openingGender !== undefined || aged || (stressed !== undefined && name.after - name.first === 1);
      const person = looksLikePerson(nameText) || introducedAsSomeone;
      const introducedGender: Gender = openingGender ?? (!introducedAfter ? (name.after - name.first === 1 ? stressed : undefined) : indefinite ? (tokens[name.after + 1]!.lower === 'une' ? 'f' : 'm') : bareGender);
      // « Monique, 79 ans, ancienne institutrice, … »: a known first name opening a sentence is a person.
      const firstNameAtStart = oneWordAtStart && FIRST_NAMES.has(tokens[0]!.lower) && registry.completions(nameText).length === 0;
      // « le groupe Chimalp », « l’enseigne Zipli »: the noun before the name says it is an organisation,
      // and its determiner gives « elle » or « il ».
      // (« l’association Les Petites Lucioles », « la compagnie La Bande à Léon »: the name may keep its own article.)
      const ownArticle = ['les', 'la', 'le', 'l’'].includes(tokens[name.first - 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[name.first - 1]!.text) && ORGANISATION_NOUNS.has(tokens[name.first - 2]?.lower ?? '') && DETERMINERS.has(tokens[name.first - 3]?.lower ?? '');
      const orgNoun = ownArticle || (tokens[name.first - 1] !== undefined && ORGANISATION_NOUNS.has(tokens[name.first - 1]!.lower) && DETERMINERS.has(tokens[name.first - 2]?.lower ?? ''));
      // « de l’université nationale Tsing Hua »: the organisation noun may carry an adjective.
      // (« du réseau citoyen Lanna Air Propre »: any adjective there.)
      const orgNounWithAdjective = !orgNoun && /^\p{Ll}{3,}$/u.test(tokens[name.first - 1]?.text ?? '') && (ORG_ADJECTIVE.test(tokens[name.first - 1]!.lower) || ADJECTIVE_SHAPE.test(tokens[name.first - 1]!.lower)) && ORGANISATION_NOUNS.has(tokens[name.first - 2]?.lower ?? '');
      // « estime la Fage », « selon le Medef »: one capitalised word after a determiner names an organisation.
      // (Not a place, « dans le Morbihan », nor the noun of a longer name, « la Métropole européenne de Lille ».)
      const next = tokens[name.after];
      const standsAlone = next === undefined || next.kind === 'punct' || REPORTING_VERB_FORMS.has(next.lower) || ['a', 'ont', 'avait', 'est'].includes(next.lower);
      const determinedWord =
        !orgNoun && !demonym && name.after - name.first === 1 && ['la', 'le'].includes(tokens[name.first - 1]?.text ?? '') && !OBJECT_PREPOSITIONS.has(tokens[name.first - 2]?.lower ?? '') &&
        !['dans', 'en', 'vers', 'et', 'ou'].includes(tokens[name.first - 2]?.lower ?? '') && standsAlone && !FIRST_NAMES.has(tokens[name.first]!.lower) && !ORGANISATION_NOUNS.has(tokens[name.first]!.lower) && registry.completions(nameText).length === 0;
      if (orgNoun || orgNounWithAdjective || determinedWord || introducedAsSomeone || (person && (!oneWordAtStart || firstNameAtStart)) || speakerKindOf(nameText) !== 'person' || (person && name.after - name.first > 1)) {
        const determiner = tokens[name.first - (ownArticle ? 3 : orgNoun ? 2 : 1)]?.lower ?? '';
        const orgGender: Gender = determiner === 'la' ? 'f' : determiner === 'le' ? 'm' : determiner === 'l’' ? organisationNounGender(tokens[name.first]!.lower) : undefined;
        const asOrganisation = orgNoun || determinedWord || orgNounWithAdjective;
        const e = registry.add(nameText, asOrganisation ? 'organisation' : introducedAsSomeone ? 'person' : undefined, demonym ?? introducedGender ?? (asOrganisation || speakerKindOf(nameText) !== 'person' ? orgGender : undefined));
        // « la Polonaise Zofia Wrona »: « la Polonaise » later refers to her.
        if (demonym && e.kind === 'person') addRole(e, tokens[name.first - 1]!.text);
        const at = tokens[name.first]!.start;
        e.seenAt.push(at);
        noteAge(e, text, tokens[name.after - 1]!.end);
        // Look through a determiner: « de l’Observatoire » is an object as much as « de Paul Martin ».
        // … and through the organisation's type (« de l’ONG Frontier Health Alliance »).
        let b = name.first - 1;
        if (orgNoun || demonym) b--;
        if (ownArticle) b--;
        if (orgNounWithAdjective) b -= 2;
        while (b >= 0 && DETERMINERS.has(tokens[b]!.lower) && !OBJECT_PREPOSITIONS.has(tokens[b]!.lower)) b--;
        const before = tokens[b];
        // « derrière l’Autrichienne Anna Weissacher et la Suédoise Elsa Lindmark »: a name coordinated
        // with an object is one too.
        const coordinatedWithObject = before?.lower === 'et' && lastObjectEnd >= 0 && b - lastObjectEnd <= 1;
        // « Le projet a été porté par Hélène Drouot »: a passive's agent is who acted, not an object.
        const passiveAgent = before?.lower === 'par' && PASSIVE_PARTICIPLE.test(tokens[b - 1]?.lower ?? '');
        // « Chez Josiane Hamon, la véranda n’a pas résisté. « … », dit-elle »: a sentence opening « chez X » is about X.
        // « C’est le cas d’Awa Ouédraogo, institutrice … »: the one the next sentences are about.
        // (« Dans la serre vide de Thierry Bourcier, … »: a place of someone's opening the sentence is about them too.)
        const theirPlace = ['de', 'd’'].includes(before?.lower ?? '') && b <= 6 && ['dans', 'sur', 'devant', 'chez'].includes(tokens[skipStamps(tokens, 0, b)]?.lower ?? '') && tokens[name.after]?.text === ',' && FIRST_NAMES.has(tokens[name.first]!.lower);
        const atHome = (before?.lower === 'chez' && b === 0) || (['de', 'd’'].includes(before?.lower ?? '') && tokens[b - 1]?.lower === 'cas') || theirPlace;
        // (« Interrogée par le mensuel Island Business Review, la directrice … »: who asked is not who speaks.)
        const s0 = skipStamps(tokens, 0, name.first);
        const interviewer = /(é|ée|és|ées)$/u.test(tokens[s0]?.lower ?? '') && tokens[s0 + 1]?.lower === 'par' && name.first - s0 <= 5 && tokens.slice(s0 + 2, name.first).every((t) => t.kind === 'word');
        // « Elle devance de neuf secondes la tenante du titre, Inès Vauclair, et Romane Fillod »: after a pronoun subject,
        // a name in the same clause (no « qui », no quote) is what the verb acts on.
        // (Not « Il était 6 h quand X … », « Elle s’appelle X », nor after a subordinator.)
        const pronounSubject = ['il', 'elle'].includes(tokens[s0]?.lower ?? '') && name.first > s0 + 2 && !passiveAgent &&
          !['y', 'était', 'est', 'faut', 'fallait', 'reste', 's’', 'se', 'fait', 'a', 'avait'].includes(tokens[s0 + 1]?.lower ?? '') &&
          !tokens.slice(s0, name.first).some((t) => SUBORDINATORS.has(t.lower) || ['qui', 'que', 'qu’', 'où', 'dont', 'mais', 'quand'].includes(t.lower) || QUOTE_OPENERS_AND_CLOSERS.has(t.text) || t.text === ':' || t.text === ';');
        // (« Dilan Perera, cité par le site Ceylon Ledger, estime … »: anywhere in the sentence, too.)
        const relay = before?.lower === 'par' && RELAY_PARTICIPLE.test(tokens[b - 1]?.lower ?? '');
        let isObject = (before !== undefined && OBJECT_PREPOSITIONS.has(before.lower) && !passiveAgent && !atHome) || coordinatedWithObject || interviewer || relay || pronounSubject;
        // « conteste l’exclusion de son capitaine, Yanis Haddad, »: a name in apposition to an object is one.
        // Only « prep + possessive + noun (+ adjective) , Name » inside a clause: a sentence's opening
        // adverbial (« Dans son atelier, Mathilde … ») leaves the name its subject.
        // (« Devant la maison de son frère, Ousmane Diouf, 34 ans, garde … »: that phrase opens the sentence.)
        // (« Assis à l’ombre de sa remorque, Mamadou Lamine Sow … »: a participle and its place open the sentence too.)
        const participialOpening = APPOSITION_PARTICIPLE.test(tokens[s0]?.text.toLowerCase() ?? '') && PREPOSITIONS_BEFORE_COMPLEMENT.has(tokens[s0 + 1]?.lower ?? '');
        const openingAdverbial = (PREPOSITIONS_BEFORE_COMPLEMENT.has(tokens[s0]?.lower ?? '') || participialOpening) && (firstComma < 0 || firstComma >= b);
        // (« Le luthier chargé de son entretien, Marco Beltrandi, … »: the phrase is the sentence's subject, the name its apposition.)
        const openingSubject = DETERMINERS.has(tokens[0]?.lower ?? '') && (ROLE_NOUNS.has(tokens[1]?.lower ?? '') || PERSON_NOUNS.has(tokens[1]?.lower ?? '')) && b <= 8 && tokens.slice(0, b).every((t) => t.kind === 'word');
        if (before?.text === ',' && !openingAdverbial && !openingSubject) {
          for (const width of [3, 4]) {
            const p = b - width;
            if (p < 1 || !OBJECT_PREPOSITIONS.has(tokens[p]!.lower) || !POSSESSIVES.has(tokens[p + 1]!.lower)) continue;
            // (« traduit par son directeur général, le Français Cyril Aubert »: a passive's agent acts.)
            if (tokens[p]!.lower === 'par' && PASSIVE_PARTICIPLE.test(tokens[p - 1]!.lower)) continue;
            if (tokens.slice(p + 2, b).every((t) => t.kind === 'word')) isObject = true;
          }
          // « présente ses excuses au numéro 9 adverse, Hugo Sarrailh, »: after « au », « aux » too.
          for (const width of [2, 3, 4]) {
            const p = b - width;
            if (p >= 1 && ['au', 'aux'].includes(tokens[p]!.lower) && tokens.slice(p + 1, b).every((t) => t.kind === 'word' || t.kind === 'number')) isObject = true;
          }
          // « accuse le bailleur, Habitat Ourcq Logement, d’avoir … »: the one accused or informed is an object.
          for (const width of [3, 4]) {
            const p = b - width;
            const lemma = p >= 0 ? REPORTING_VERB_FORMS.get(tokens[p]!.lower)?.lemma : undefined;
            if (lemma && (OBJECT_DE_INFINITIVE_LEMMAS.has(lemma) || PERSON_OBJECT_QUE_LEMMAS.has(lemma)) && DETERMINERS.has(tokens[p + 1]!.lower) && tokens.slice(p + 2, b).every((t) => t.kind === 'word')) isObject = true;
          }
        }
        // « Il assure que l’entraîneur Didier Lhomme garde … »: a name inside a reported clause is
        // what is spoken about, not who speaks next.
        const window = tokens.slice(Math.max(0, name.first - 9), name.first);
        const que = window.findIndex((t) => t.lower === 'que' || t.lower === 'qu’');
        const beforeQue = que >= 0 ? tokens[name.first - window.length + que - 1] : undefined;
        // … and a name inside a relative after its antecedent (« Samuel Orban, qui tient la lettre Saison Zéro, »).
        let r = name.first - 1;
        while (r > 0 && name.first - r < 9 && tokens[r]!.text !== ',' && tokens[r]!.lower !== 'qui') r--;
        const inRelative = tokens[r]?.lower === 'qui' && tokens[r - 1]?.text === ',' && r < name.first - 1;
        const inReportedClause = (beforeQue !== undefined && REPORTING_VERB_FORMS.has(beforeQue.lower)) || inRelative;
        // « Selon France Bleu, il aurait menacé … »: « il » is never the source it is relayed by.
        const relayBeforePronoun = SOURCE_MARKERS.has(before?.lower ?? '') && tokens[name.after]?.text === ',' && ['il', 'elle', 'ils', 'elles'].includes(tokens[name.after + 1]?.lower ?? '');
        // « La victoire revient à Nuria Castells, qui n’a pas voulu commenter »: an object that is
        // the subject of the relative clause after it is who the next sentences speak of.
        const subjectOfRelative = tokens[name.after]?.text === ',' && tokens[name.after + 1]?.lower === 'qui';
        // « Ravenel, rappelle-t-il, peignait … »: the name an incise interrupts is what is reported on; the incise's
        // « il » is someone else.
        const interruptedByIncise = tokens[name.after]?.text === ',' && tokens[name.after + 2]?.kind === 'inversion' && REPORTING_VERB_FORMS.has(tokens[name.after + 1]!.lower);
        // « longe les prés de Bernard Alquier, éleveur de brebis. Il dit … »: a person introduced at the
        // end of a sentence with a bare role apposition is who the next sentence is about.
        const app0 = tokens[name.after]?.text === ',' ? appositionAfter(text, tokens, name.after) : null;
        // (« L’idée est venue de son directeur, Gilles Morvan, un ancien de la télévision régionale. »: an indefinite
        // apposition introduces as well.)
        const indefiniteApposition = tokens[name.after]?.text === ',' && ['un', 'une'].includes(tokens[name.after + 1]?.lower ?? '') ? descriptionAt(tokens, name.after + 1, tokens.length, true) : null;
        // (« L’idée vient de Tanguy Riou, bibliothécaire à Plouzélec, qui a passé … »: a role apposition, then « qui ».)
        const subjectOfRelativeAfterRole = app0 !== null && tokens[app0.after]?.text === ',' && tokens[app0.after + 1]?.lower === 'qui';
        const introducedLast = (app0 !== null && ['.', '!', '?'].includes(tokens[app0.after]?.text ?? '') && !DETERMINERS.has(tokens[name.after + 1]?.lower ?? '')) ||
          (indefiniteApposition !== null && ['.', '!', '?'].includes(tokens[indefiniteApposition.after]?.text ?? ''));
        lastObjectEnd = isObject ? name.after : -1;
        if ((!isObject || subjectOfRelative || subjectOfRelativeAfterRole || introducedLast) && !inReportedClause && !relayBeforePronoun && !interruptedByIncise && !insideAny(quotes, at)) {
          e.salientAt.push(at);
          e.namedAt.push(at);
        }
        // « Me Thibaut Marrast » is a lawyer: « l’avocat » later on.
        const titleWord = tokens[name.first]!.lower;
        // (Only when the person's gender is known: the role noun must not decide it.)
        if (e.kind === 'person' && (titleWord === 'me' || titleWord === 'maître') && name.after - name.first > 1 && (e.gender === 'm' || e.gender === 'f')) addRole(e, e.gender === 'f' ? 'avocate' : 'avocat');
        // « Sam Altman, patron d’OpenAI, » teaches a role.
        const app = appositionAfter(text, tokens, name.after);
        if (app && e.kind === 'person' && !openerAgent) addRole(e, app.role);
        // « le secrétaire à la Défense Pete Hegseth », « Le fondateur du parti, Jean Dupont, »
        const end = tokens[name.first - 1]?.text === ',' ? name.first - 1 : name.first;
        let learned = false;
        for (let d = Math.max(0, end - 10); d < end && !learned; d++) {
          const desc = descriptionAt(tokens, d, end);
          if (desc && desc.after === end && !desc.organisation) {
            addRole(e, textOf(text, tokens, desc.first, desc.after));
            learned = true;
          }
        }
        // « Jugé mardi pour violences, Jordan V. a reconnu … »: the one on trial is « le prévenu » later on.
        const trial = end === name.first - 1 ? TRIAL_OPENERS.get(tokens[skipStamps(tokens, 0, end)]?.lower ?? '') : undefined;
        if (trial && e.kind === 'person') for (const role of trial) addRole(e, role);
        // « Conseillère municipale d’opposition, Gwénaëlle Le Bihan demande … »: a role without a determiner opening the sentence.
        if (!learned && end === name.first - 1 && end > 0 && (ROLE_NOUNS.has(tokens[0]!.lower) || PERSON_NOUNS.has(tokens[0]!.lower))) {
          const desc = descriptionAt([{ ...tokens[0]!, text: 'le', lower: 'le' }, ...tokens.slice(0, end)], 0, end + 1);
          if (desc && desc.after === end + 1 && !desc.organisation) {
            addRole(e, textOf(text, tokens, 0, end));
            if (!e.gender) e.gender = ROLE_NOUNS.get(tokens[0]!.lower) === 'f' || PERSON_NOUNS.get(tokens[0]!.lower) === 'f' ? 'f' : e.gender;
          }
        }
      }
      i = name.after - 1;
    }
  }
  return sharedSurnames;
}

/**
 * « Le ministère de l’Économie s’est félicité … »: a description opening a sentence is its
 * subject. An organisation becomes salient for the pronouns that follow; a role someone holds
 * makes that person salient; a person nobody named (« Une comédienne de la troupe », « Le
 * conducteur d’un car ») becomes a speaker of its own that the next pronouns refer to.
 */
interface Lookups {
  /** « Son coéquipier » at `at`: the other person just introduced. */
  peerOf(at: number, gender: Gender): Entity | null;
  /** The person most recently named before `at`, of a compatible gender. */
  recentPerson(at: number, gender: Gender): Entity | null;
  /** The named person opening the sentence before the one at `at`, of a known compatible gender. */
  previousSubject(at: number, gender: Gender): Entity | null;
}

/** « le quinquagénaire », « l’arrière gauche de 24 ans »: an age or trait refers back to someone named. */
function isAnaphoric(tokens: Token[], desc: { first: number; after: number; head: string }): boolean {
  if (ANAPHORIC_NOUNS.has(desc.head)) return true;
  // « Parmi ses patients, une retraitée de 71 ans, … »: an indefinite brings someone in, age or not.
  if (['un', 'une'].includes(tokens[desc.first]?.lower ?? '')) return false;
  // « Le skipper lorientais, 34 ans, … »
  if (tokens[desc.after]?.text === ',' && tokens[desc.after + 1]?.kind === 'number' && tokens[desc.after + 2]?.lower === 'ans') return true;
  // (« l’artisan de 52 ans », « la luthière lyonnaise de 41 ans »: the head's age, not a complement's, « la mère d’un patient de 19 ans ».)
  for (let k = desc.first; k + 1 < desc.after; k++) {
    if (tokens[k]!.kind === 'number' && tokens[k + 1]!.lower === 'ans' && tokens[k - 1]?.lower === 'de' && k - 1 <= desc.first + 3) return true;
  }
  return false;
}

function noteSubjectDescription(text: string, tokens: Token[], quotes: Span[], registry: Registry, topic: Entity | null, lookups: Lookups): void {
  // « 16 h 50 🚌 Le conducteur … »: a live blog's time stamp is not part of the sentence.
  let i = skipStamps(tokens, 0, tokens.length);
  // « Selon lui, l’entraîneur a été reçu … »: the subject of a reported clause is spoken about.
  // (« Pour la deuxième fois en huit jours, … », « Pour l’instant, … » say when, not who.)
  const when = tokens[i]?.lower === 'pour' && tokens.slice(i + 1, i + 5).some((t) => ['fois', 'instant', 'moment', 'heure'].includes(t.lower));
  if (SOURCE_OPENERS.has(tokens[i]?.lower ?? '') && !when) return;
  // « Une version que le tribunal n’a pas retenue. »: the one who rejects it is who the next « il » means.
  // (« Une accusation que conteste la chambre d’agriculture. »: the verb may come first.)
  const rejectingAt = DETERMINERS.has(tokens[i + 3]?.lower ?? '') ? i + 3 : tokens[i + 3]?.kind === 'word' && DETERMINERS.has(tokens[i + 4]?.lower ?? '') ? i + 4 : -1;
  if (['un', 'une'].includes(tokens[i]?.lower ?? '') && ['que', 'qu’'].includes(tokens[i + 2]?.lower ?? '') && rejectingAt > 0 && !insideAny(quotes, tokens[i]!.start)) {
    const rejecting = descriptionAt(tokens, rejectingAt, tokens.length, true);
    if (rejecting && rejecting.organisation) {
      registry.add(stripDeterminer(textOf(text, tokens, rejecting.first, rejecting.after)), 'organisation', organisationNounGender(rejecting.head)).salientAt.push(tokens[rejectingAt]!.start);
      return;
    }
  }
  // « Un peu plus loin, une serveuse … »: the subject may follow a short opening phrase.
  const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
  let desc = DETERMINERS.has(tokens[i]?.lower ?? '') ? descriptionAt(tokens, i, tokens.length) : null;
  // « L’Unité départementale de l’architecture et du patrimoine (Udap) exige … »: a capitalised organisation name.
  if (!desc && DETERMINERS.has(tokens[i]?.lower ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
    const named = descriptionAt(tokens, i, tokens.length, true);
    if (named?.organisation) desc = named;
  }
  if (!desc && comma > 0 && comma < i + 8) desc = descriptionAt(tokens, comma + 1, tokens.length);
  // « Dans une autre vidéo, filmée à l’aube, un pêcheur montre … »: … or that phrase and a participial one.
  const comma2 = comma > 0 && /(é|ée|és|ées)$/u.test(tokens[comma + 1]?.lower ?? '') ? tokens.findIndex((t, k) => k > comma + 1 && t.text === ',') : -1;
  if (!desc && comma2 > 0 && comma < i + 8 && comma2 < comma + 8) desc = descriptionAt(tokens, comma2 + 1, tokens.length);
  // « Les joueuses de l’équipe première … ont refusé … elles dénoncent »: a group of people opening the sentence.
  // « Un des participants, libéré en septembre, a accepté de nous parler »: one of a group, someone new.
  if (['un', 'une'].includes(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'des' && tokens[i + 2]?.kind === 'word' && !insideAny(quotes, tokens[i]!.start)) {
    const head = singularOf(tokens[i + 2]!.lower);
    if (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head)) {
      registry.add(textOf(text, tokens, i, i + 3), 'description', tokens[i]!.lower === 'une' ? 'f' : 'm').salientAt.push(tokens[i]!.start);
      return;
    }
  }
  const g = [i, comma > 0 && comma < i + 8 ? comma + 1 : -1].find((k) => k >= 0 && ['les', 'ces'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'word');
  if (!desc && g !== undefined) {
    const head = singularOf(tokens[g + 1]!.lower);
    if (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head)) {
      const singular = [...tokens.slice(0, g + 1), { ...tokens[g + 1]!, lower: head }, ...tokens.slice(g + 2)];
      const group = descriptionAt(singular, g, singular.length);
      if (group && !insideAny(quotes, tokens[g]!.start)) {
        // (« Les agents de l’Office français de la biodiversité » speak for the Office.)
        const link = tokens[g + 2];
        const body = ['agent', 'service', 'équipe'].includes(head) && ['de', 'du', 'd’'].includes(link?.lower ?? '') ? nameAt(tokens, link!.lower === 'du' ? g + 3 : tokens[g + 3]?.lower === 'l’' || tokens[g + 3]?.lower === 'la' ? g + 4 : g + 3) : null;
        if (body) registry.add(textOf(text, tokens, body.first, body.after), 'organisation').salientAt.push(tokens[g]!.start);
        else registry.add(stripDeterminer(textOf(text, tokens, group.first, group.after)), 'description', 'pl').salientAt.push(tokens[g]!.start);
      }
      return;
    }
  }
  if (!desc) {
    // « Partie avec le dossard 27, la Haut-Savoyarde avait signé … »: a demonym subject refers back.
    const d = [i, comma + 1].find((k) => k >= 0 && DETERMINERS.has(tokens[k]?.lower ?? '') && demonymGender(tokens[k + 1], tokens[k]) && !nameAt(tokens, k + 2));
    if (d === undefined || insideAny(quotes, tokens[d]!.start)) return;
    const word = fold(tokens[d + 1]!.text);
    const holders = registry.peopleByRoleWord(word, 'any');
    const gender = demonymGender(tokens[d + 1], tokens[d]) ?? undefined;
    const referent = holders.length === 1 ? holders[0]! : lookups.recentPerson(tokens[d]!.start, gender) ?? (topic && topic.kind === 'person' && compatible(topic.gender, gender) ? topic : null);
    referent?.salientAt.push(tokens[d]!.start);
    return;
  }
  const phrase = stripDeterminer(textOf(text, tokens, desc.first, desc.after));
  const at = tokens[desc.first]!.start;
  // « Le luthier chargé de son entretien, Marco Beltrandi, installé à Paris, a passé … »: the name in apposition
  // is the subject; the description is no one else.
  const appositionComma = tokens.findIndex((t, k) => k >= desc.after && k <= desc.after + 6 && t.text === ',');
  const apposed = appositionComma >= 0 ? nameAt(tokens, appositionComma + 1) : null;
  if (apposed && tokens[apposed.after]?.text === ',' && tokens.slice(desc.after, appositionComma).every((t) => t.kind === 'word')) return;
  // « Un agriculteur passe neuf heures … », inside someone's quote, is what they say, not who speaks.
  if (insideAny(quotes, at)) return;
  const determiner = tokens[desc.first]!.lower;
  if (desc.organisation) {
    const gender = determiner === 'la' ? 'f' : determiner === 'le' ? 'm' : organisationNounGender(desc.head);
    // « La compagnie régionale AirOcéane a confirmé »: the organisation is its name.
    const named = nameAt(tokens, desc.after);
    registry.add(named ? textOf(text, tokens, named.first, named.after) : phrase, 'organisation', gender).salientAt.push(at);
    return;
  }
  // « le directeur renvoie vers la chancellerie »: the one person whose role has this head noun.
  let holders = registry.entities.filter((e) => e.roles.has(fold(phrase)));
  if (holders.length === 0) holders = registry.peopleByRoleWord(fold(desc.head), 'head', at);
  if (holders.length === 1) {
    holders[0]!.salientAt.push(at);
    return;
  }
  // « Sur ses deux saisons à Aalborg, le gaucher reste pudique »: a noun that refers back to
  // someone named is, in a portrait, its subject; the sentences after it speak of that person.
  const gender = personGender(desc.head, determiner);
  if (isAnaphoric(tokens, desc)) {
    // (« Face à elle, le député X se pose en candidat. Dans un entretien, l’élu de 41 ans … »: the one the
    // sentence before opened with comes first.)
    const referent = lookups.previousSubject(at, gender) ?? (topic && topic.kind === 'person' && compatible(topic.gender, gender) ? topic : lookups.recentPerson(at, gender));
    referent?.salientAt.push(at);
    // « Le skipper lorientais, 34 ans, … »: later « le skipper », « le Lorientais » are that person.
    if (referent && !ANAPHORIC_NOUNS.has(desc.head)) addRole(referent, phrase);
    return;
  }
  if (holders.length > 1) return;
  // « Les joueuses de l’équipe première … ont refusé … elles dénoncent »: a group opening the sentence is « ils », « elles ».
  if (gender === 'pl') {
    if (['les', 'ces'].includes(determiner) && (ROLE_NOUNS.has(singularOf(desc.head)) || PERSON_NOUNS.has(singularOf(desc.head)))) registry.add(phrase, 'description', 'pl').salientAt.push(at);
    return;
  }
  // « Inès Bouaziz dort dans un camping. L’étudiante en licence de biologie raconte … »: a definite
  // person noun (not an office, not a relation « la mère de … ») opening the sentence right after
  // the one a named person opened is that person, described.
  // Not when the sentence names someone itself (« L’éleveur qui accueille les musiciens, Loïc Guéguen, … »).
  const end = tokens[tokens.length - 1]!.end;
  const namesSomeone = registry.entities.some((e) => e.kind === 'person' && e.seenAt.some((p) => p > at && p < end));
  if (!namesSomeone && refersToPreviousSubject(tokens, desc, determiner)) {
    const referent = lookups.previousSubject(at, gender);
    if (referent) {
      referent.salientAt.push(at);
      addRole(referent, phrase);
      return;
    }
  }
  // « Son coéquipier, lui, souffre … »: the other of the two people just introduced.
  if (POSSESSIVES.has(determiner)) {
    // Only a bare relation (« Sa collègue »): « Sa collègue de mathématiques » is someone new.
    const peer = PEER_NOUNS.has(desc.head) && desc.after - desc.first === 2 ? lookups.peerOf(at, gender) : null;
    if (peer) peer.salientAt.push(at);
    // « Son voisin, lui, n’a reçu aucune alerte »: set against the one before by « lui », someone new.
    else if (PERSON_NOUNS.has(desc.head) && !ROLE_NOUNS.has(desc.head) && tokens[desc.after]?.text === ',' && ['lui', 'elle'].includes(tokens[desc.after + 1]?.lower ?? '') && tokens[desc.after + 2]?.text === ',') registry.add(textOf(text, tokens, desc.first, desc.after), 'description', gender).salientAt.push(at);
    return;
  }
  registry.add(phrase, 'description', gender).salientAt.push(at);
}

function refersToPreviousSubject(tokens: Token[], desc: { first: number; after: number; head: string }, determiner: string): boolean {
  if (!['le', 'la', 'l’'].includes(determiner) || OFFICE_NOUNS.has(desc.head)) return false;
  if (!ROLE_NOUNS.has(desc.head) && !PERSON_NOUNS.has(desc.head)) return false;
  const next = tokens[desc.first + 2]?.lower ?? '';
  return !(PEER_NOUNS.has(desc.head) || ['mère', 'père', 'fils', 'fille', 'parent'].includes(desc.head)) || !['de', 'du', 'd’', 'des'].includes(next);
}

/** A person noun's gender, else its determiner's (« une collègue », « le juge »). */
function personGender(head: string, determiner: string): Gender {
  const noun = ROLE_NOUNS.get(head) ?? PERSON_NOUNS.get(head);
  if (noun && noun !== 'any') return noun;
  if (determiner === 'la' || determiner === 'une' || determiner === 'sa' || determiner === 'cette') return 'f';
  if (determiner === 'le' || determiner === 'un' || determiner === 'ce' || determiner === 'cet') return 'm';
  if (determiner === 'les' || determiner === 'des' || determiner === 'ses' || determiner === 'leurs') return 'pl';
  return undefined;
}

/** The person the document is about: the most often named, the first named on a tie. */
function topicOf(registry: Registry): Entity | null {
  let best: Entity | null = null;
  for (const e of registry.entities) {
    // (« Cabo Delgado », « Pro B » are read as names too: the topic is someone the article shows to be a person.)
    if (e.kind !== 'person' || (e.gender === undefined && e.roles.size === 0 && e.ages.length === 0)) continue;
    if (!best || e.seenAt.length > best.seenAt.length || (e.seenAt.length === best.seenAt.length && Math.min(...e.seenAt) < Math.min(...best.seenAt))) best = e;
  }
  return best && best.seenAt.length >= 2 ? best : null;
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

function headOf(description: string): string {
  return fold(stripDeterminer(description)).split(/[\s’]/)[0] ?? '';
}

/** Resolves each statement's mention; a continuation inherits the speaker of the statement it continues. */
export function attributeSpeakers(
  text: string,
  sentences: Sentence[],
  statements: ExtractedStatement[],
  quotes: Span[] = [],
  sentenceTokens: Token[][] = sentences.map((s) => tokenize(text, s.start, s.end)),
): (ResolvedSpeaker | null)[] {
  const registry = new Registry();
  const sharedSurnames = scanNames(text, sentences, sentenceTokens, quotes, registry);
  const topic = topicOf(registry);
  // « Vasselin n’a pas été retenu » with a father and a son named Vasselin: in a portrait, the one it is about.
  for (const { at, people } of sharedSurnames) {
    if (!topic || !people.includes(topic)) continue;
    topic.salientAt.push(at);
    topic.seenAt.push(at);
    topic.namedAt.push(at);
  }
  for (const st of statements) {
    const m = st.mention;
    if (m && m.type === 'name' && m.role) addRole(registry.add(m.text, undefined, m.gender), m.role);
  }

  /** The accepted entity with the latest mention of the given kind before `at`, within `window` characters. */
  const latestBefore = (mentions: (e: Entity) => number[], at: number, window: number, accept: (e: Entity) => boolean): Entity | null => {
    let best: Entity | null = null;
    let bestAt = -1;
    for (const e of registry.entities) {
      if (!accept(e)) continue;
      const last = lastBefore(mentions(e), at);
      if (last > bestAt && at - last <= window) {
        best = e;
        bestAt = last;
      }
    }
    return best;
  };
  const mostSalient = (at: number, window: number, accept: (e: Entity) => boolean) => latestBefore((e) => e.salientAt, at, window, accept);
  const mostRecentlyNamed = (at: number, accept: (e: Entity) => boolean) => latestBefore((e) => e.namedAt, at, BRIDGING_WINDOW, accept);

  // A one-word capitalised « person » of unknown gender (« Grève » from a headline) is no antecedent.
  const recognisable = (e: Entity) => e.kind !== 'person' || e.gender !== undefined || e.name.includes(' ') || e.roles.size > 0 || e.ages.length > 0;
  /** « Son coéquipier » near `at`: the person last named before it who is not the most salient one (the possessor). */
  const peerOf = (at: number, gender: Gender): Entity | null => {
    const person = (e: Entity) => e.kind === 'person' && recognisable(e);
    const possessor = mostSalient(at, PRONOUN_WINDOW, person);
    return mostRecentlyNamed(at, (e) => person(e) && e !== possessor && e.gender !== undefined && compatible(e.gender, gender));
  };
  // « Tout dépendra du choix de Karim Haddou. L’infirmier de 44 ans … »: an age or trait refers
  // to the person last mentioned, object or not.
  // Mentions outside quotes (« Hugo cuisine mieux qu’avant », inside someone's words, is not who the article is on).
  const outside = new Map<Entity, number[]>();
  const seenOutside = (e: Entity) => {
    let positions = outside.get(e);
    if (!positions) outside.set(e, (positions = e.seenAt.filter((p) => !insideAny(quotes, p))));
    return positions;
  };
  const recentPerson = (at: number, gender: Gender) => {
    const known = (e: Entity) => e.kind === 'person' && e.gender !== undefined && compatible(e.gender, gender);
    const any = (e: Entity) => e.kind === 'person' && recognisable(e) && compatible(e.gender, gender);
    const found = latestBefore(seenOutside, at, BRIDGING_WINDOW, known) ?? latestBefore(seenOutside, at, BRIDGING_WINDOW, any);
    // An object (« derrière … la Suédoise Elsa Lindmark ») is seen but not salient: its sentence is where it was seen.
    return found ? subjectOfSentence(found, at, any, lastBefore(seenOutside(found), at)) : null;
  };

  /** Lower-case words of the sentence after `offset`, at most `count`. */
  /** The sentence containing `offset` (binary search: sentences are in text order). */
  const sentenceAt = (offset: number): Sentence | undefined => {
    const found = sentences[lastSpanStartingBy(sentences, offset)];
    return found && found.start <= offset && offset <= found.end ? found : undefined;
  };
  const tokensAfter = (offset: number, count: number): string[] => {
    const sentence = sentenceAt(offset);
    if (!sentence) return [];
    return sentenceTokens[sentence.index]!.filter((t) => t.start >= offset).slice(0, count).map((t) => t.lower);
  };

  /**
   * Centering's subject preference: when the most salient person was mentioned after another
   * compatible person in an earlier sentence (« Maëlys Kerjean … en battant en finale … Inès
   * Valdoni »), the one mentioned first — the subject — is the likelier « elle ».
   */
  const subjectOfSentence = (best: Entity, at: number, accept: (e: Entity) => boolean, seenAt = -1): Entity => {
    const last = Math.max(lastBefore(best.salientAt, at), seenAt);
    const sentence = sentenceAt(last);
    if (!sentence || at < sentence.end) return best;
    let first: Entity = best;
    let firstAt = last;
    for (const e of registry.entities) {
      if (e === best || e.kind !== 'person' || !accept(e)) continue;
      for (const p of e.salientAt) if (p >= sentence.start && p < firstAt) {
        first = e;
        firstAt = p;
      }
    }
    // Only a named subject opening the sentence (after a short adverbial), not any earlier mention.
    return firstAt - sentence.start < 40 && first.gender !== undefined && first.gender === best.gender ? first : best;
  };

  const previousSubject = (at: number, gender: Gender): Entity | null => {
    const here = sentenceAt(at);
    if (!here || here.index === 0) return null;
    const previous = sentences[here.index - 1]!;
    // Only the one person that sentence names, opening it (after a short adverbial).
    const named = registry.entities.filter((e) => e.kind === 'person' && e.namedAt.some((p) => p >= previous.start && p < previous.end));
    const only = named.length === 1 ? named[0]! : null;
    if (!only || only.gender === undefined || !compatible(only.gender, gender)) return null;
    return only.namedAt.some((p) => p >= previous.start && p - previous.start < 60) ? only : null;
  };

  const firstNamedAfter = (at: number, gender: Gender): Entity | null => {
    let best: Entity | null = null;
    let bestAt = Infinity;
    for (const e of registry.entities) {
      if (e.kind !== 'person' || !compatible(e.gender, gender) || !recognisable(e)) continue;
      for (const p of e.namedAt) if (p > at && p - at < CATAPHORA_WINDOW && p < bestAt) {
        best = e;
        bestAt = p;
      }
    }
    return best;
  };

  // Subject descriptions need every lookup above.
  for (const s of sentences) noteSubjectDescription(text, sentenceTokens[s.index]!, quotes, registry, topic, { peerOf, recentPerson, previousSubject });

  const resolveName = (m: ParsedMention): Entity => {
    const completions = registry.completions(m.text);
    // A bare surname shared by several people is, in a portrait, the person the article is about.
    if (completions.length > 1 && topic && completions.includes(topic)) {
      topic.aliases.add(stripTitle(m.text));
      return topic;
    }
    if (completions.length > 0) {
      // The most recently named before the mention; else the first named after it.
      let best = completions[0]!;
      let bestAt = -2;
      for (const c of completions) {
        const at = lastBefore(c.seenAt, m.start + 1);
        if (at > bestAt) {
          best = c;
          bestAt = at;
        }
      }
      best.aliases.add(stripTitle(m.text));
      return best;
    }
    return registry.get(m.text) ?? registry.add(m.text, m.organisation ? 'organisation' : undefined, m.gender);
  };

  /** The subject of the sentence that introduced « une lettre » / « son communiqué » before `at`, if any. */
  const authorOfDocument = (noun: string, at: number): Entity | null => {
    const introduced = new RegExp(`(?<!\\p{L})(une?|sa|son|leur)\\s+${noun}(?!\\p{L})`, 'iu');
    for (let si = (sentenceAt(at)?.index ?? 0) - 1; si >= 0 && at - sentences[si]!.start < BRIDGING_WINDOW; si--) {
      const sentence = sentences[si]!;
      if (!introduced.test(text.slice(sentence.start, sentence.end))) continue;
      return latestBefore((e) => e.salientAt, sentence.end, sentence.end - sentence.start, (e) => e.kind === 'person' || e.kind === 'organisation');
    }
    return null;
  };

  /**
   * `referring`: the description stands where a writer refers back to someone already named —
   * in the incise after a quote (« », a affirmé l’ancien président ») or after « selon ». A
   * description opening a new sentence more often introduces someone new.
   */
  const resolveDescription = (m: ParsedMention, referring: boolean, statementEnd: number): Entity => {
    const d = fold(stripDeterminer(m.text));
    // (Only someone already seen: « Son président, Alain Vial-Roux » two sentences later is not « le président » here.)
    const holders = registry.entities.filter((e) => e.roles.has(d) && e.seenAt.some((p) => p < m.start));
    if (holders.length === 1) return holders[0]!;
    const head = m.head ?? headOf(m.text);
    // « Odile Ferréol a annoncé la nouvelle dans une lettre … La lettre évoque … »: a bare document noun
    // refers back to the document someone was said to write; it speaks for its author.
    const author = AUTHORED_DOCUMENT_NOUNS.has(head) && /^(la|le|l’|l')\s*\S+$/iu.test(m.text) ? authorOfDocument(head, m.start) : null;
    if (author) return author;
    // Role keys are folded (no accents): « boulangère » is looked up as « boulangere ».
    const headKey = fold(head);
    // « Son coéquipier, lui, affirme … »: the other of the two people just introduced.
    if (PEER_NOUNS.has(head) && POSSESSIVES.has(m.text.split(/\s+/)[0]!.toLowerCase()) && m.text.split(/\s+/).length === 2) {
      const peer = peerOf(m.start, m.gender);
      if (peer) return peer;
    }
    // « le patron » for « patron d’OpenAI » only when one entity has that head noun.
    const byHead = d === headKey ? registry.peopleByRoleWord(headKey, 'head', m.start) : [];
    if (byHead.length === 1) return byHead[0]!;
    // An unnamed person description right after someone was named is that person
    // (« Jean-Claude Vasseur a critiqué … « … », a affirmé l’ancien président du mouvement »).
    // Only singular role nouns and demonyms, only towards a person whose gender is known to match.
    // « la luthière de 41 ans »: an age refers back to someone named, whatever the noun.
    // « », assure l’ancienne internationale »: in an incise, what someone was refers back to someone named.
    const formerly = m.start >= statementEnd && /^(l’|l')\s*ancien(ne)?\s/iu.test(m.text);
    // (The age must be the head's: « la mère d’un patient de 19 ans » is no one of 19.)
    const agedHead = /\d ans$/.test(m.text) && !/^(un|une)\s/i.test(m.text) && !/\s(de|d’|d'|du|des)\s*\S.*\sde\s+\d+\s+ans$/iu.test(m.text);
    const anaphoric = ANAPHORIC_NOUNS.has(head) || agedHead || formerly;
    // « souffle le Lorientais » after « le skipper lorientais »: the one whose role has that word.
    // (« glisse l’un d’eux, un Afghan de 22 ans »: an indefinite demonym is someone new.)
    if (m.demonym && !/^(un|une)\s/iu.test(m.text)) {
      const word = fold(stripDeterminer(m.text)).split(' ').pop()!;
      const byWord = registry.peopleByRoleWord(word, 'any');
      if (byWord.length === 1) return byWord[0]!;
      // « a raconté la Lyonnaise de 22 ans », « rigole la Castelbourgeoise »: the person last mentioned, the
      // previous sentence's subject first.
      const seen = recentPerson(m.start, m.gender);
      if (seen) return seen;
    }
    // « le chef du centre de déminage, qui a requis l’anonymat »: someone unnamed on purpose.
    const after = tokensAfter(m.end, 10);
    // « a commenté le juge du concours, un éleveur venu de la Creuse »: an indefinite apposition introduces someone new.
    const anonymous = after.some((w) => ANONYMITY_WORDS.has(w)) || (after[0] === ',' && (after[1] === 'un' || after[1] === 'une') && (PERSON_NOUNS.has(after[2] ?? '') || ROLE_NOUNS.has(after[2] ?? '')));
    // (« le président d’un club de la côte »: an indefinite complement makes the person someone unnamed, not the
    // president named before.)
    const indefiniteComplement = /\s(d’|d'|de l’|de l')(un|une)\s/iu.test(m.text);
    const bridgeable = (ROLE_NOUNS.has(head) || m.demonym === true || anaphoric) && m.gender !== 'pl' && !/^(un|une)\s/i.test(m.text) && !anonymous && !indefiniteComplement;
    if (bridgeable && (referring || anaphoric)) {
      // « l’intéressé », « la sexagénaire »: in a portrait, its subject; otherwise the nearest person.
      // A person known by another role (« la gérante ») is not « la procureure ».
      // Only where the description introduces a source (« Pour la procureure, … »); an incise
      // (« », tempère le biologiste ») refers back to whoever was just named.
      const covered = ROLE_HYPERNYMS.get(head);
      const coveredKeys = covered ? new Set([...covered].map(fold)) : undefined;
      // « selon le médecin du club, l’internationale … »: a role tied to an institution introduces its
      // holder; only a bare one (« selon la magistrate ») may name someone whose role was not given.
      const tied = /^\S+\s+(de|du|des|d’|d')/u.test(stripDeterminer(m.text));
      const sameRole = (e: Entity) => anaphoric || m.start >= statementEnd || (e.roles.size === 0 && !tied) || [...e.roles.keys()].some((r) => r.split(/[\s’]/).includes(headKey) || coveredKeys?.has(r.split(/[\s’]/)[0]!) === true);
      const candidate = (e: Entity) => e.kind === 'person' && sameRole(e) && (e.gender !== undefined ? compatible(e.gender, m.gender) : e.roles.size > 0);
      if (anaphoric) {
        // « l’intéressé » is the person the article is about; an age or trait (« le trentenaire »,
        // « la sexagénaire ») is the person most recently named.
        if (TOPIC_NOUNS.has(head) && topic && compatible(topic.gender, m.gender)) return topic;
        // « le quinquagénaire » is the one the article gave 50 to 59 years.
        const decade = AGE_DECADE_NOUNS.get(head);
        const ofAge = decade ? latestBefore((e) => e.seenAt, m.start, PRONOUN_WINDOW, (e) => candidate(e) && e.ages.some((a) => a >= decade[0] && a <= decade[1])) : null;
        if (ofAge) return ofAge;
        // (Not someone only spoken of inside a quote: « « Samir pèse ses pâtes … », lance le sexagénaire ».)
        // (« l’avant de 23 ans » after « l’avant Ximun Etcheverry et l’arrière Peio Larralde »: the role says which.)
        const byRole = /\d ans$/.test(m.text) ? registry.peopleByRoleWord(headKey, 'head', m.start).filter(candidate) : [];
        if (byRole.length === 1) return byRole[0]!;
        const named = latestBefore(seenOutside, m.start, BRIDGING_WINDOW, candidate);
        if (named) return named;
        if (topic && compatible(topic.gender, m.gender)) return topic;
      }
      const near = mostSalient(m.start, BRIDGING_WINDOW, candidate);
      if (near) return near.kind === 'person' ? subjectOfSentence(near, m.start, candidate) : near;
    }
    const short = stripDeterminer(m.text).split(/\s+/).length <= 2;
    // « la préfecture » after « la préfecture maritime de l’Atlantique »: the body named in full before.
    if (referring && ORGANISATION_NOUNS.has(head) && short) {
      const full = latestBefore((e) => e.salientAt, m.start, BRIDGING_WINDOW, (e) => (e.kind === 'organisation' || e.kind === 'description') && fold(e.name).startsWith(`${headKey} `) && fold(e.name) !== d);
      if (full) return full;
    }
    // « le syndicat », « l’entreprise » after a named organisation refer back to it (not « le parquet de Quimper »).
    if (referring && ORGANISATION_NOUNS.has(head) && !SELF_NAMING_BODIES.has(head) && short) {
      // « le syndicat » after « … du SNUipp-FSU »: a union, even one named only as a complement.
      // (Not « l’intersyndicale »: several unions, none of them alone.)
      const union = head === 'syndicat' ? latestBefore((e) => e.seenAt, m.start, BRIDGING_WINDOW, (e) => e.kind === 'organisation' && isUnionName(fold(e.name))) : null;
      if (union) return union;
      // (Not « Association » alone, a piece of « L’Association indépendante des journalistes de Serbie ».)
      // (« la délégation brésilienne »: with an adjective of its own, only a body whose name has that noun.)
      const qualified = stripDeterminer(m.text).split(/\s+/).length > 1;
      const org = mostSalient(m.start, BRIDGING_WINDOW, (e) => e.kind === 'organisation' && /^\p{Lu}/u.test(e.name) && e.name !== stripDeterminer(m.text) && !ORGANISATION_NOUNS.has(e.name.toLowerCase()) && (!qualified || fold(e.name).split(/[\s’']/).includes(headKey)));
      if (org) return org;
    }
    const name = stripDeterminer(m.text);
    return registry.add(name, speakerKindOf(name) === 'organisation' ? 'organisation' : 'description', m.gender);
  };

  // « Selon une enquête qu’il cite, … « … », prévient-il »: a document is nobody « il » or « elle » refers to.
  const isDocument = (e: Entity) => e.kind === 'description' && DOCUMENT_KEYS.has(fold(e.name).split(/[\s’]/)[0]!);
  const speakerLikeAny = (m: ParsedMention) => (e: Entity) => compatible(e.gender, m.gender) && recognisable(e) && (e.kind === 'person' || (e.kind === 'description' && !isDocument(e)) || e.kind === 'organisation');
  // « … par le maire, Étienne Labarde. Celui-ci a indiqué »: a demonstrative picks the last one
  // mentioned, in whatever position; other pronouns the most salient.
  // « « Je respecte leur peine … », tranche-t-il »: whoever says « je » is a person, not the club just named.
  // (« « … Gwendal a fait une course magnifique … », a réagi ce dernier »: the last one mentioned before the quote,
  // not a name inside it — `before` is where the statement starts when the pronoun follows it.)
  const resolvePronoun = (m: ParsedMention, speaksAsPerson = false, before = m.start): Entity | null => {
    const speakerLike = (m: ParsedMention) => (e: Entity) => speakerLikeAny(m)(e) && (!speaksAsPerson || (e.kind !== 'organisation' && e.kind !== 'publication'));
    if (DEMONSTRATIVE_PRONOUNS.has(m.text.toLowerCase().replace(/\s+/g, ' '))) {
      return latestBefore((e) => e.seenAt, before, PRONOUN_WINDOW, (e) => e.gender !== undefined && speakerLike(m)(e)) ?? mostSalient(m.start, PRONOUN_WINDOW, speakerLike(m));
    }
    const best = mostSalient(m.start, PRONOUN_WINDOW, speakerLike(m));
    if (best && best.kind === 'person' && m.type === 'pronoun') return subjectOfSentence(best, m.start, speakerLike(m));
    if (!best || best.kind === 'person' || m.type !== 'pronoun') return best;
    // « La navigatrice est saine et sauve, a indiqué son équipe. Jointe par téléphone, elle … »:
    // a person salient in the same sentence as the organisation is the likelier « il »/« elle ».
    const at = lastBefore(best.salientAt, m.start);
    const sentence = sentenceAt(at);
    if (!sentence || (m.start >= sentence.start && m.start < sentence.end)) return best;
    const person = latestBefore((e) => e.salientAt, sentence.end, sentence.end - sentence.start, (e) => e.kind === 'person' && e.gender !== undefined && speakerLike(m)(e));
    return person && lastBefore(person.salientAt, sentence.end) >= sentence.start ? person : best;
  };

  /** Sources named after their content (« …, selon l’organisation »), by position: salient only for source pronouns. */
  const sourceAt = new Map<number, Entity>();
  const speakerEntity: (Entity | null)[] = [];
  statements.forEach((st) => {
    let entity: Entity | null = null;
    const m = st.mention;
    if (m) {
      // « sa famille » is its possessor's; « son entourage », « son équipe » speak as themselves.
      const possessive = m.type === 'description' && m.generic && POSSESSIVES.has(m.text.split(/\s+/)[0]!.toLowerCase()) && !COLLECTIVE_SPEAKERS.has(m.head ?? '');
      if (m.type === 'name') entity = resolveName(m);
      // « Dans l’opposition, on s’inquiète … »: « on » is an unnamed crowd, nobody the article names.
      else if (m.type === 'pronoun' && m.text.toLowerCase() === 'on') entity = null;
      else if (m.type === 'pronoun' || possessive) {
        entity = resolvePronoun({ ...m, gender: possessive ? 'any' : m.gender }, st.kind === 'direct' && !possessive && FIRST_PERSON_SINGULAR.test(st.text), Math.min(m.start, st.start));
        // « Il avait promis de passer la main « … ». Pascal Ngando Ebelle, 78 ans, … »: with nobody before,
        // the pronoun announces the person the next sentence names.
        // (« …, selon son propre décompte. À 74 ans, Raymond Gicquel … »: a possessive too.)
        if (!entity && (m.type === 'pronoun' || possessive)) entity = firstNamedAfter(m.start, possessive ? 'any' : m.gender);
        // « Robert a reçu la visite de sa fille, Isabelle Morel. « … », sourit-elle »: with no one salient of that
        // gender, the person of that gender last seen, object or not.
        if (!entity && m.type === 'pronoun' && (m.gender === 'm' || m.gender === 'f')) entity = recentPerson(Math.min(m.start, st.start), m.gender);
        // « …, selon un bilan de la direction. D’après elle, … »: a source pronoun may take the trailing source.
        if (isSourceCue(st.cue, true)) {
          let latest = -1;
          for (const [at, e] of sourceAt) if (at < m.start && at > latest && m.start - at < BRIDGING_WINDOW && compatible(e.gender, m.gender)) latest = at;
          const last = entity ? lastBefore(entity.salientAt, m.start) : -1;
          if (latest > last) entity = sourceAt.get(latest)!;
        }
      }
      else {
        entity = resolveDescription(m, m.start >= st.end || isSourceCue(st.cue, true), st.end);
        // « », s’est félicité l’élu, qui dit … »: once a description is resolved to someone named, the same
        // description later in the document is that person too.
        if (entity.kind === 'person' && m.type === 'description' && fold(stripDeterminer(m.text)) !== fold(entity.name)) addRole(entity, m.text);
      }
      if (entity && m.type === 'name' && m.role) addRole(entity, m.role);
      if (entity && entity.kind === 'person') noteAge(entity, text, m.end);
      // A resolved cue keeps its speaker salient for the pronouns that follow — not a source named after
      // the content (« Elle améliore le record, selon l’organisation. Elle a aussi eu une pensée … »).
      const trailingSource = isSourceCue(st.cue) && m.start > st.end;
      if (entity && !trailingSource) entity.salientAt.push(m.start);
      // … but « D’après elle, » in the next sentence does refer to that source.
      if (entity && trailingSource) sourceAt.set(m.start, entity);
    } else if (st.continues) {
      entity = speakerEntity[statements.indexOf(st.continues)] ?? null;
    }
    speakerEntity.push(entity);
  });
  // Entities gain aliases while later statements resolve: build the results last so every
  // claim of a speaker lists them all.
  return speakerEntity.map((e, i) => (e ? resolvedFrom(e, statements[i]!.mention) : null));
}
