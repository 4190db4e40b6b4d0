// Rule-based extraction of direct, mixed and indirect statements from one segmented
// document. Pure: text and segmentation in, candidate claims (with the speaker mention as
// written at the cue) out. Speaker resolution happens in attribute.ts.

import {
  A_INFINITIVE_LEMMAS,
  MONTH_SET,
  LEGAL_TEXT_NOUNS,
  ADVERBS,
  COMPLEMENTISERS,
  FINITE_HINTS,
  DASHES,
  DETERMINER_WORDS,
  DOCUMENT_NOUNS,
  POSSESSIVES,
  organisationNounGender,
  SUBORDINATORS,
  FIRST_NAMES,
  INCISE_OBJECT_PRONOUNS,
  INCISE_ONLY_LEMMAS,
  INTENT_NOUNS,
  MEDIA_NOUNS,
  NEGATION_CLOSERS,
  NOT_PARTICIPLES,
  OFFENCE_CONTEXT,
  NOT_INFINITIVES,
  OBJECT_PRONOUNS,
  PREPOSITIONS_BEFORE_COMPLEMENT,
  PUBLICATIONS,
  QUOTE_PAIRS,
  REPORTING_PARTICIPLES,
  SENTENCE_CONJUNCTIONS,
  SOURCE_MARKERS,
  SOURCE_OPENERS,
  ROLE_LINK_WORDS,
  ROLE_NOUNS,
  AGENT_NOUN_ENDINGS,
  REPORTING_VERB_FORMS,
  CLAUSE_STARTERS,
  CONTINUING_OPENERS,
  NEGATION_OPENERS,
  PERSON_OBJECT_QUE_LEMMAS,
  OBJECT_DE_INFINITIVE_LEMMAS,
  CREATION_PARTICIPLES,
  NICKNAME_WORDS_BEFORE_MARKS,
  DETERMINER_GENDER,
  DETERMINERS,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  STRESSED_PRONOUNS,
  PUBLICATION_NAME_WORDS,
  SUBJECT_PRONOUN_SET,
  LOCUTOR_PRONOUNS,
  TESTIMONY_NOUNS,
  PLURAL_VERB_ENDING,
  NOT_PLURAL_VERBS,
  ADJECTIVE_SHAPE,
  AUTHORED_DOCUMENT_NOUNS,
  SUBJECT_RESTRICTORS,
  APPOSITION_PARTICIPLE,
  APPOSITION_PREPOSITIONS,
  MEANS_NOUNS,
  RELAY_PARTICIPLE,
  TIME_NOUNS,
  TIME_QUALIFIERS,
  TIME_WORDS,
  TITLE_DETERMINERS,
  WORK_NOUNS,
} from '../lang/fr.js';
import type { ClaimKind, Paragraph, Sentence, Span } from '../core/types.js';
import { findVerbGroups, isSourceCue, type VerbGroup } from './cues.js';
import { appositionAfter, demonymGender, descriptionAt, isOrganisationName, mentionAfter, mentionBefore, reachOf, singularOf, type ParsedMention } from './mentions.js';
import { topLevelQuotes, type QuotePair } from './quotes.js';
import { lastSpanStartingBy } from './segment.js';
import { normalizeApostrophes, skipStamps, tokenize, type Token } from './tokenize.js';

export interface ExtractedStatement extends Span {
  kind: Exclude<ClaimKind, 'assertion'>;
  text: string;
  sentence: Span;
  cue: string | null;
  mention: ParsedMention | null;
  /** An earlier statement whose speaker this one continues (an uncued quote). */
  continues?: ExtractedStatement | undefined;
  confidence: number;
}

export interface ExtractionInput {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotePairs: QuotePair[];
  /** The tokens of each sentence, when the caller has them already (analyze.ts shares them with attribution). */
  sentenceTokens?: Token[][] | undefined;
}

const TRAILING = new Set(['.', '!', '?', '…', ' ', '\u00A0', '\u202F', '\n', '\r', '\t', ';', ',', ':']);

/** « de mieux gérer », « à ne pas toucher », « à ne rien consommer », « de se fier »: an infinitive clause opens at `k`. */
function infinitiveAt(tokens: Token[], k: number): boolean {
  let j = k;
  if (['ne', 'n’'].includes(tokens[j]?.lower ?? '') && ['pas', 'rien', 'jamais', 'plus', 'personne'].includes(tokens[j + 1]?.lower ?? '')) j += 2;
  else if (ADVERBS.has(tokens[j]?.lower ?? '') || /ment$/.test(tokens[j]?.lower ?? '')) j++;
  let reflexive = false;
  while (OBJECT_PRONOUNS.has(tokens[j]?.lower ?? '') && j < k + 4) reflexive ||= ['se', 's’'].includes(tokens[j++]!.lower);
  // (« de se fier à … »: after « se », « fier » is the verb, not the adjective.)
  if (reflexive && tokens[j]?.kind === 'word' && /^\p{Ll}+(er|ir)$/u.test(tokens[j]!.text)) return true;
  return looksInfinitive(tokens[j]);
}

function looksInfinitive(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (NOT_INFINITIVES.has(t.lower) || t.lower.length < 4) return false;
  return /(er|ir|re|oir)$/.test(t.lower) && !/^\p{Lu}/u.test(t.text);
}

/** Trims a content span: surrounding spaces, final punctuation and unmatched closing marks. */
function tidy(text: string, start: number, end: number): Span {
  // « a indiqué que, faute de financements, … »: the clause starts after a comma that opens it.
  while (start < end && (/\s/u.test(text[start]!) || text[start] === ',')) start++;
  while (end > start && (TRAILING.has(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end--;
  return { start, end };
}

interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  quotes: QuotePair[];
  /** Per token: index of the top-level quote that contains it, or -1. */
  inQuote: Int32Array;
}

function viewOf(sentence: Sentence, tokens: Token[], quotes: QuotePair[]): SentenceView {
  const inQuote = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  tokens.forEach((t, i) => {
    while (q < quotes.length && quotes[q]!.close < t.start) q++;
    const quote = quotes[q];
    if (quote && t.start >= quote.open && t.start <= quote.close) inQuote[i] = q;
  });
  return { sentence, tokens, quotes, inQuote };
}

/** The first token index at or after `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function usable(group: VerbGroup): boolean {
  return !group.negated && !group.conditional;
}

/** Usable away from a quote's incise or a colon: not a verb that reports only there. */
/**
 * A verb that reports outside an incise. Verbs that report only in incises (« glisse-t-il »,
 * « lance X ») do so in a clause too when a « que » clause follows them (« glisse qu’il … »).
 */
function usableInClause(group: VerbGroup, tokens?: Token[]): boolean {
  if (!usable(group)) return false;
  if (group.inversion !== null || !INCISE_ONLY_LEMMAS.has(group.form.lemma)) return true;
  if (tokens === undefined) return false;
  // « se souvient d’une élève « têtue » », « se souvient d’avoir vu « partir les machines » »
  if (group.form.lemma === 'se souvenir' && ['de', 'd’'].includes(tokens[group.after]?.lower ?? '')) return true;
  // « justifie la suppression par une fréquentation « trop faible » »: the reason given after « par ».
  if (group.form.lemma === 'justifier' && tokens.slice(group.after, group.after + 10).some((t) => t.lower === 'par')) return true;
  // « a lancé au quatrième arbitre que … »: a « que » after an indirect object.
  let k = group.after;
  if (['à', 'au', 'aux'].includes(tokens[k]?.lower ?? '')) while (k < group.after + 6 && tokens[k]?.kind === 'word' && !COMPLEMENTISERS.has(tokens[k]!.lower)) k++;
  return COMPLEMENTISERS.has(tokens[k]?.lower ?? '');
}

function cueText(text: string, group: VerbGroup): string {
  if (group.inversion) return text.slice(group.start, Math.max(group.end, group.inversion.end));
  return text.slice(group.start, group.end);
}

export function extractStatements(input: ExtractionInput): ExtractedStatement[] {
  const { text, sentences } = input;
  const top = topLevelQuotes(input.quotePairs);
  const out: ExtractedStatement[] = [];
  let q = 0;
  let previousSentence: SentenceView | null = null;
  // « **Le rapport propose de confier les bilans aux généralistes. Bonne idée ?** »: an interviewer's
  // question, set in bold, asks; the statements are in the answers.
  const questions = new Set(input.paragraphs.filter((p) => isInterviewQuestion(text.slice(p.start, p.end))).map((p) => p.index));
  for (const sentence of sentences) {
    while (q < top.length && top[q]!.open < sentence.start) q++;
    if (questions.has(sentence.paragraph)) continue;
    const quotes: QuotePair[] = [];
    for (let k = q; k < top.length && top[k]!.open < sentence.end; k++) quotes.push(top[k]!);
    const view = viewOf(sentence, input.sentenceTokens?.[sentence.index] ?? tokenize(text, sentence.start, sentence.end), quotes);
    const usedGroups = new Set<number>();
    // Statements of this sentence are out[sentenceFirst …]: checks on them stay local (no scan of the document's).
    const sentenceFirst = out.length;
    const groups = findVerbGroups(view.tokens).filter((g) => view.inQuote[g.verb] === -1);
    quotes.forEach((quote, qi) => extractQuote(text, view, qi, quote, groups, usedGroups, previousSentence, input.paragraphs, out));
    extractIndirect(text, view, groups, usedGroups, out);
    extractSelonClause(text, view, out, sentenceFirst);
    extractTrailingIncise(text, view, groups, usedGroups, out, sentenceFirst);
    previousSentence = view;
  }
  attributeLedeQuotes(text, input, out);
  out.sort((a, b) => a.start - b.start);
  return out;
}

function isInterviewQuestion(paragraph: string): boolean {
  return paragraph.startsWith('**') && paragraph.endsWith('**') && paragraph.includes('?');
}

/**
 * « « On est arrivés lundi et l’enclos était vide. » Au téléphone, Aurélie Castagné a encore la
 * voix qui tremble. »: a quote opening a paragraph with nobody to continue is said by the
 * person the next sentence is about, when that sentence names one.
 */
function attributeLedeQuotes(text: string, input: ExtractionInput, out: ExtractedStatement[]): void {
  const { sentences, paragraphs } = input;
  const indexOf = new Map(sentences.map((x, k) => [x.start, k]));
  for (const st of out) {
    if (st.kind !== 'direct' || st.mention || st.continues) continue;
    const index = indexOf.get(st.sentence.start) ?? -1;
    const here = sentences[index];
    const next = sentences[index + 1];
    if (!here || !next || paragraphs[here.paragraph]?.start !== here.start || next.paragraph !== here.paragraph) continue;
    if (st.start - here.start > 2) continue;
    const tokens = input.sentenceTokens?.[next.index] ?? tokenize(text, next.start, next.end);
    if (tokens.some((t) => t.text === '«' || t.text === '“' || t.text === '"')) continue;
    // (« « … » Le témoignage de Bolormaa, 34 ans, ouvre l’enquête », « Le message de Karima, posté lundi … »: whose words they were.)
    // (« « … » C’est ainsi que le quotidien El Diario del Sureste résume … »: the one the next sentence says put it so.)
    const thus = ['c’', "c'"].includes(tokens[0]?.lower ?? '') && tokens[1]?.lower === 'est' && tokens[2]?.lower === 'ainsi' && ['que', 'qu’'].includes(tokens[3]?.lower ?? '') ? mentionAfter(text, tokens, 4) : null;
    const testimony = isNamedOrRole(thus) ? thus : DETERMINERS.has(tokens[0]?.lower ?? '') && TESTIMONY_NOUNS.has(tokens[1]?.lower ?? '') ? testimonySource(text, tokens, 1, tokens.length) : null;
    const subject = isNamedOrRole(testimony) ? testimony : sentenceSubject(text, tokens, tokens.length);
    if (subject && (subject === testimony || (subject.type === 'name' && isPersonLike(subject)))) {
      st.mention = subject;
      st.confidence = 0.55;
    }
  }
}

// --- Quotes -------------------------------------------------------------------------------

/** « l’hydrogène dit « vert » »: « dit » after a thing means so-called; the term is a name, not speech. */
function isSoCalled(tokens: Token[], openTok: number, closeTok: number): boolean {
  const dit = tokens[openTok - 1];
  const noun = tokens[openTok - 2];
  if (!dit || !noun || !['dit', 'dite', 'dits', 'dites'].includes(dit.lower) || closeTok - openTok > 5) return false;
  // (« La direction du musée dit « étudier la proposition » »: an infinitive in marks is said, not a name.)
  if (closeTok - openTok > 2 && looksInfinitive(tokens[openTok + 1])) return false;
  // A noun right after its determiner (not « s’est dit « très inquiet » », « se dit « ouverte » »).
  const determined = DETERMINERS.has(tokens[openTok - 3]?.lower ?? '') || ['de', 'du', 'des', 'd’'].includes(tokens[openTok - 3]?.lower ?? '');
  return determined && noun.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !ROLE_NOUNS.has(noun.lower) && !PERSON_NOUNS.has(noun.lower) && !ORGANISATION_NOUNS.has(noun.lower);
}

/**
 * « sa propre liste, Zëri i Gërmovës (« la voix de Gërmova ») »: words in marks inside parentheses translate or gloss
 * the name before them; nobody says them.
 */
function isGloss(tokens: Token[], openTok: number, closeTok: number): boolean {
  return tokens[openTok - 1]?.text === '(' && tokens[closeTok]?.text === ')';
}

/**
 * « une enquête pour « destruction involontaire » », « placés en garde à vue pour « vol » et
 * « association de malfaiteurs » »: the name of an offence, not anyone's words.
 */
function isOffenceName(tokens: Token[], openTok: number, inQuote: Int32Array): boolean {
  let k = openTok - 1;
  // Back over earlier offences of the same list: « … » et « … », « … ».
  while (k > 0 && (tokens[k]!.lower === 'et' || tokens[k]!.lower === 'ou' || tokens[k]!.text === ',') && inQuote[k - 1] !== -1) {
    k--;
    while (k > 0 && inQuote[k] !== -1) k--;
  }
  return tokens[k]?.lower === 'pour' && tokens.slice(Math.max(0, k - 3), k).some((t) => OFFENCE_CONTEXT.has(t.lower));
}

/** A short capitalised phrase without punctuation, next to a noun for a work (film, roman, album…). */
function isWorkTitle(tokens: Token[], openTok: number, closeTok: number): boolean {
  const inner = tokens.slice(openTok + 1, closeTok - 1);
  if (inner.length === 0 || inner.length > 6 || inner.some((t) => t.kind === 'punct') || !/^\p{Lu}/u.test(inner[0]!.text)) return false;
  const near = [...tokens.slice(Math.max(0, openTok - 4), openTok), ...tokens.slice(closeTok, closeTok + 3)];
  if (near.some((t) => WORK_NOUNS.has(t.lower))) return true;
  // « « Sept jours à Morlanne », écrite et mise en scène par X », « dite « Jade Stomp » ».
  // (« « Je pense à Mathis », écrit la cinéaste »: « écrit » is also the verb of an incise; a work has « par » after.)
  const nextAt = tokens[closeTok]?.text === ',' ? closeTok + 1 : closeTok;
  if (CREATION_PARTICIPLES.has(tokens[nextAt]?.lower ?? '') && tokens.slice(nextAt + 1, nextAt + 6).some((t) => t.lower === 'par')) return true;
  if (NICKNAME_WORDS_BEFORE_MARKS.has(tokens[openTok - 1]?.lower ?? '')) return true;
  // « révélée par « Sous la cendre » », « la fin de « Question d’époque » »: a capitalised phrase after a
  // preposition, mid-sentence, names a work; speech would not start with a capital there.
  const before = tokens[openTok - 1];
  const spokenStart = SUBJECT_PRONOUN_SET.has(inner[0]!.lower) || LOCUTOR_PRONOUNS.has(inner[0]!.lower) || FIRST_NAMES.has(inner[0]!.lower);
  return before !== undefined && ['par', 'de', 'd’', 'du', 'dans', 'avec', 'sur'].includes(before.lower) && openTok >= 2 && !spokenStart;
}


/**
 * A short capitalised phrase without punctuation between the marks (tokens openTok+1 … closeTok-2):
 * a determiner then a capitalised noun (« Les Heures claires », « La Saline »), or only capitalised
 * words and links (« Terres d’Ombre », « Vesper »). Speech either ends with punctuation or does not
 * start with a capital in the middle of a sentence.
 */
function isTitleLike(tokens: Token[], openTok: number, closeTok: number): boolean {
  const inner = tokens.slice(openTok + 1, closeTok - 1);
  if (inner.length === 0 || inner.length > 5 || inner.some((t) => t.kind === 'punct')) return false;
  const words = inner.filter((t) => t.kind === 'word');
  if (words.length !== inner.length || !/^\p{Lu}/u.test(words[0]!.text)) return false;
  const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
  if (TITLE_DETERMINERS.has(words[0]!.lower) && words.length >= 2 && capitalised(words[1]!)) return true;
  return words.every((t) => capitalised(t) || ['de', 'des', 'du', 'd’', 'la', 'le', 'les', 'l’', 'et'].includes(t.lower)) && !FIRST_NAMES.has(words[0]!.lower);
}

function extractQuote(
  text: string,
  view: SentenceView,
  qi: number,
  quote: QuotePair,
  groups: VerbGroup[],
  usedGroups: Set<number>,
  previousSentence: SentenceView | null,
  paragraphs: Paragraph[],
  out: ExtractedStatement[],
): void {
  if (quote.end <= quote.start) return;
  const { tokens, sentence } = view;
  const openTok = tokenAt(tokens, quote.open);
  const closeTok = tokenAt(tokens, quote.close + 1);
  // « La Maison des absents », « Les Veilleuses », « Vesper »: a title or a name in marks, unless a colon announces it.
  // « un long-métrage de fiction, “Charbon blanc”. », « Cinéma : “Charbon blanc”, le film … »: a work's title.
  if (isWorkTitle(tokens, openTok, closeTok)) return;
  // (Not when an incise follows: « “Impossible”, tranche l’élu ».)
  const inciseFollows =
    tokens[closeTok]?.text === ',' &&
    groups.some((g) => {
      if (g.first !== closeTok + 1) return false;
      if (g.inversion) return true;
      const subject = mentionAfter(text, tokens, g.after);
      return subject !== null && !(subject.type === 'description' && subject.generic);
    });
  // « Festival BD : “La Digue” de Léna Ostrowski remporte … »: a title with its author, even after a colon.
  const authored = ['de', 'd’'].includes(tokens[closeTok]?.lower ?? '') && /^\p{Lu}/u.test(tokens[closeTok + 1]?.text ?? '');
  // « Séries : “Les Enfants du sel” annulée … », « Cinéma : "Le Renard de Mirelande", le petit film … »: a section
  // word and its colon head a title, not a quote.
  const rubric = tokens[openTok - 1]?.text === ':' && openTok - 1 <= 2 && openTok >= 2 && tokens.slice(0, openTok - 1).every((t) => t.kind === 'word') && /^\p{Lu}/u.test(tokens[0]!.text);
  if (isTitleLike(tokens, openTok, closeTok) && (tokens[openTok - 1]?.text !== ':' || authored || rubric) && !inciseFollows) return;
  if (isOffenceName(tokens, openTok, view.inQuote) || isSoCalled(tokens, openTok, closeTok) || isGloss(tokens, openTok, closeTok)) return;
  const prevClose = qi > 0 ? view.quotes[qi - 1]!.close + 1 : sentence.start;
  const prefixFirst = tokenAt(tokens, prevClose);
  const prefix = tokens.slice(prefixFirst, openTok);
  const nextOpen = qi + 1 < view.quotes.length ? view.quotes[qi + 1]!.open : sentence.end;
  const suffixEnd = tokenAt(tokens, nextOpen);

  const suffixCue = cueAfterQuote(text, tokens, closeTok, suffixEnd, groups, usedGroups);
  const prefixInfo = classifyPrefix(text, view, prefix, prefixFirst, openTok, groups, usedGroups);

  let kind: 'direct' | 'mixed';
  let goesOnFrom: ExtractedStatement | undefined;
  let mention: ParsedMention | null = null;
  let cue: string | null = null;
  let confidence = 0.9;

  if (prefixInfo.kind === 'direct') {
    kind = 'direct';
    // « on s’inquiète : « … », lâche un producteur »: the incise names the speaker better than « on ».
    const vague = !prefixInfo.mention || (prefixInfo.mention.type === 'pronoun' && prefixInfo.mention.text.toLowerCase() === 'on');
    const useSuffix = vague && suffixCue?.mention;
    mention = useSuffix ? suffixCue!.mention : prefixInfo.mention ?? null;
    cue = useSuffix ? suffixCue!.cue : prefixInfo.mention ? prefixInfo.cue : suffixCue?.cue ?? prefixInfo.cue;
  } else if (prefixInfo.kind === 'mixed-cued') {
    kind = 'mixed';
    mention = prefixInfo.mention ?? suffixCue?.mention ?? null;
    cue = prefixInfo.cue ?? suffixCue?.cue ?? null;
    // « Pour le Groupement de défense sanitaire, ce nouveau foyer montre que « … » »: a thing shows; the source says.
    if (mention !== null && isThing(mention)) {
      const source = openingSource(text, tokens, openTok);
      if (source) ({ mention, cue } = source);
    }
    confidence = 0.85;
  } else {
    // Embedded in the article's own sentence: a mixed quote only when the sentence says who.
    kind = 'mixed';
    // An incise with no subject found (« », a répondu à nos questions ») yields to the sentence's own attribution.
    // « X a qualifié … de « … », d’après le site du club »: a source after the quote relays the sentence's own verb.
    // (The sentence's attribution is computed once, and only when it can matter.)
    // (A person after « selon » speaks for themself: « « un vrai pari », selon son directeur, Paul Anselme ».)
    const personSource = suffixCue?.mention?.type === 'name' && isPersonLike(suffixCue.mention);
    const relayed = suffixCue !== null && isSourceCue(suffixCue.cue) && !personSource;
    const fromSentence = relayed || !suffixCue?.mention ? sentenceAttribution(text, view, quote, groups) : null;
    // « Et prévient que tout dossard revendu « sera annulé » »: a sentence opening on « Et » and its cue goes on with
    // the paragraph's last speaker.
    const opening = opensOnContinuation(tokens) ? groups.find((g) => g.first === 1 && usableInClause(g, tokens)) : undefined;
    const goesOn = opening !== undefined ? lastSpeakerStatement(text, out, sentence.start) : undefined;
    // (The subject of the sentence before, when it has one: « Drôme Verticale annonce un tirage au sort. Et prévient … ».)
    const previousSubject = opening && previousSentence ? sentenceSubject(text, previousSentence.tokens, previousSentence.tokens.length) : null;
    const carried = previousSubject && previousSubject.type !== 'pronoun' && isNamedOrRole(previousSubject) && opening ? { mention: previousSubject, cue: cueText(text, opening) } : null;
    const attribution = (relayed ? fromSentence : null) ?? (suffixCue?.mention ? suffixCue : null) ?? fromSentence ?? suffixCue ?? carried ?? (goesOn && opening ? { mention: null, cue: cueText(text, opening) } : null);
    if (!attribution) return; // a term in marks that nobody is said to utter
    if (!attribution.mention && goesOn) goesOnFrom = goesOn;
    mention = attribution.mention;
    cue = attribution.cue;
    confidence = attribution.cue ? 0.8 : 0.55;
  }

  let continues: ExtractedStatement | undefined = goesOnFrom;
  if (kind === 'direct' && !mention) {
    const fromColon = previousSentenceColonCue(text, previousSentence, prefix.length === 0);
    const introduced = fromColon ? null : introducedBy(text, previousSentence, sentence, prefix.length === 0, paragraphs);
    if (fromColon) {
      mention = fromColon.mention;
      cue = fromColon.cue;
    } else if (introduced) {
      // « Son président, Jean-Louis Perrotin-Dufour, se montre plus direct. « … » »
      mention = introduced;
      confidence = 0.6;
    } else {
      continues = findContinuation(out, quote, paragraphs);
      const words = quote.end - quote.start;
      if (continues === undefined && words < 25 && prefix.length === 0 && !/[.!?…]$/.test(text.slice(quote.start, quote.end))) {
        return; // a short uncued fragment at the start of a sentence: a title or a term, not a statement
      }
      confidence = continues !== undefined ? 0.75 : 0.5;
    }
  }

  // Split quotes: « A, dit-il, B » → two statements with one speaker.
  const split = splitInsideQuote(text, tokens, openTok, closeTok, quote);
  if (split) {
    const parts = [split.first, split.second];
    for (const part of parts) {
      out.push({
        kind,
        ...part,
        text: text.slice(part.start, part.end),
        sentence: { start: sentence.start, end: sentence.end },
        cue: split.cue,
        mention: split.mention ?? mention,
        confidence,
        continues: split.mention || mention ? undefined : continues,
      });
    }
    return;
  }
  out.push({
    kind,
    start: quote.start,
    end: quote.end,
    text: text.slice(quote.start, quote.end),
    sentence: { start: sentence.start, end: sentence.end },
    cue,
    mention,
    confidence,
    continues: mention ? undefined : continues,
  });
}

interface Attribution {
  mention: ParsedMention | null;
  cue: string | null;
}

/** « …», a écrit Sam Altman / », indique-t-il / » — X / », selon X */
function cueAfterQuote(text: string, tokens: Token[], from: number, to: number, groups: VerbGroup[], used: Set<number>): Attribution | null {
  let i = from;
  while (i < to && (tokens[i]!.text === ',' || tokens[i]!.text === ')')) i++;
  // « », nous confiait-elle »: an object pronoun before the verb of the incise.
  // (« » l’a interrogé la magistrate » only with a subject after the verb: « », l’a accusée d’avoir … » is no incise.)
  const objectPronounIncise = (g: VerbGroup) => {
    if (g.first !== i + 1) return false;
    if (g.inversion || !['l’', 'le', 'la', 'les'].includes(tokens[i]!.lower)) return true;
    const subject = mentionAfter(text, tokens, g.after, to);
    return subject !== null && subject.type !== 'pronoun' && !subject.generic;
  };
  if (INCISE_OBJECT_PRONOUNS.has(tokens[i]?.lower ?? '') && groups.some(objectPronounIncise)) i++;
  const t = tokens[i];
  if (!t || i >= to) return null;
  if (SOURCE_MARKERS.has(t.lower)) {
    const m = mentionAfter(text, tokens, i + 1, to);
    // (« Il date la réclame « … » d’après le style du marin »: after a thing, « d’après » means « judging by ».)
    return m && !isNewsroom(m) && !judgingBy(t, m) ? { mention: m, cue: t.text } : null;
  }
  if (DASHES.has(t.text)) {
    const m = mentionAfter(text, tokens, i + 1, to);
    return m ? { mention: m, cue: t.text } : null;
  }
  const gi = groups.findIndex((g) => g.first === i);
  const group = groups[gi];
  // « », rappelant qu’elle … »: a participial clause after the quote reports its own content; no incise.
  if (!group || !usable(group) || group.form.tense === 'gerund') return null;
  used.add(gi);
  if (group.inversion) {
    const m = mentionAfter(text, tokens, tokens.indexOf(group.inversion), to);
    return { mention: m, cue: cueText(text, group) };
  }
  // « », a expliqué aux Échos Bertrand Lachaume »: after « à » comes whom it was said to, then who said it.
  const toSomeone = ['à', 'au', 'aux'].includes(tokens[group.after]?.lower ?? '');
  const m = toSomeone
    ? subjectAfterAdverbial(text, tokens, group.after, to) ?? mentionAfter(text, tokens, group.after, to)
    : mentionAfter(text, tokens, group.after, to) ?? subjectAfterAdverbial(text, tokens, group.after, to);
  return { mention: m, cue: text.slice(group.start, group.end) };
}

/**
 * « », a regretté devant la presse la commissaire européenne, Ilse Vandenbroucke »: an adverbial
 * phrase stands between the verb of an incise and its subject. The subject is the first name or
 * role noun phrase that does not continue the adverbial (not right after a preposition).
 */
function subjectAfterAdverbial(text: string, tokens: Token[], from: number, to: number): ParsedMention | null {
  if (!PREPOSITIONS_BEFORE_COMPLEMENT.has(tokens[from]?.lower ?? '') && tokens[from]?.lower !== 'lors') return null;
  for (let p = from + 2; p < Math.min(to, from + 10); p++) {
    const before = tokens[p - 1]!;
    // (« à 20 Minutes son président » : a title starting with a number is a publication.)
    if (before.kind === 'punct' || before.kind === 'number' || ROLE_LINK_WORDS.has(before.lower) || DETERMINER_WORDS.has(before.lower)) continue;
    // (« s’est réjoui à la sortie du tribunal le président … »: a mention never starts with a preposition.)
    if (ROLE_LINK_WORDS.has(tokens[p]!.lower)) continue;
    // (« à France Culture Ainhoa Etxeberria », « à Jeune Afrique X »: the rest of a publication's name.)
    if (PUBLICATIONS.has(`${before.lower} ${tokens[p]!.lower}`)) continue;
    const m = mentionAfter(text, tokens, p, to);
    // (« au quotidien de Rosario Claudia Ferreyra », « à 20 Minutes Clémence »: the rest of the outlet's name
    // runs into the person's; a first name inside the run starts the person's.)
    if (m?.type === 'name' && !FIRST_NAMES.has(tokens[m.first]!.lower)) {
      // (« a confié au Midlands Courier Thandeka Mthembu »: a word that ends a newspaper's name ends the outlet.)
      for (let f = m.first; f < m.after - 1; f++) {
        if (!PUBLICATION_NAME_WORDS.has(tokens[f]!.lower)) continue;
        const person = mentionAfter(text, tokens, f + 1, to);
        if (person?.type === 'name') return person;
      }
      for (let f = m.first + 1; f < m.after; f++) {
        if (!FIRST_NAMES.has(tokens[f]!.lower)) continue;
        const person = mentionAfter(text, tokens, f, to);
        if (person?.type === 'name') return person;
        break;
      }
      // (« raconte au Hanbit Ilbo cet agriculteur », « dans le Talanoa Weekly l’avocate …, X »: a description after the outlet.)
      const after = DETERMINER_WORDS.has(tokens[m.after]?.lower ?? '') ? mentionAfter(text, tokens, m.after, to) : null;
      if (isNamedOrRole(after)) return after;
    }
    if (isNamedOrRole(m)) return m;
  }
  return null;
}

interface PrefixInfo {
  kind: 'direct' | 'mixed-cued' | 'embedded';
  mention: ParsedMention | null;
  cue: string | null;
}

function classifyPrefix(text: string, view: SentenceView, prefix: Token[], prefixFirst: number, openTok: number, groups: VerbGroup[], used: Set<number>): PrefixInfo {
  const { tokens } = view;
  // Ignore a leading dash or bullet.
  const meaningful = prefix.filter((t) => !DASHES.has(t.text));
  if (meaningful.length === 0) return { kind: 'direct', mention: null, cue: null };
  const last = meaningful[meaningful.length - 1]!;
  const groupEndingAt = (end: number) => groups.findIndex((g) => (g.inversion ? tokens.indexOf(g.inversion) + 1 : g.after) === end);

  if (last.text === ':') {
    const colon = tokenAt(tokens, last.start);
    // « X a déclaré : « … » » — the closest verb group before the colon.
    // « Pour X, la crise a au moins un mérite : « … » »: the source opening the sentence speaks,
    // unless a reporting verb with a speaker of its own stands before the colon.
    const opener = prefixFirst === 0 ? openingSource(text, tokens, colon) : null;
    for (let gi = groups.length - 1; gi >= 0; gi--) {
      const g = groups[gi]!;
      if (g.after > colon || g.first < prefixFirst) continue;
      // « Le président, Gérard Mallet, n’a pas souhaité confirmer : « … » »: no cue, but the words are still his.
      // (Not a verb inside a « que » clause: « X jure qu’on ne l’y reprendra plus : « … » » is X's.)
      const inQueClause = tokens.slice(prefixFirst, g.first).some((t) => t.lower === 'que' || t.lower === 'qu’');
      if (inQueClause && groups.some((o) => o.after <= g.first && o.first >= prefixFirst && usable(o))) continue;
      // (« Quand on lui demande son secret, elle hausse les épaules : « … » »: a verb in a leading subordinate clause.)
      if (insideLeadingSubordinate(tokens, prefixFirst, g.first, colon)) continue;
      // (« X sourit quand on évoque les réunions : « … » »: nor in a trailing one, when a verb of X's comes before it.)
      const subordinate = tokens.slice(Math.max(prefixFirst, g.first - 3), g.first).some((t) => SUBORDINATORS.has(t.lower));
      if (subordinate && groups.some((o, oi) => oi < gi && o.after <= g.first && o.first >= prefixFirst)) continue;
      // (« Le capitaine, Mathieu Ducasse, sourit quand on évoque … : « … » »: a verb only used in incises still has a subject.)
      if (!usable(g)) return { kind: 'direct', mention: opener?.mention ?? (g.negated || !g.conditional ? speakerOfGroup(text, view, groups, gi) : null), cue: null };
      // « Une accusation balayée par Martine Bouvard : « … » »: the agent of a participle speaks.
      const agent = !g.compound && tokens[g.after]?.lower === 'par' ? mentionAfter(text, tokens, g.after + 1, colon) : null;
      // A noun phrase after the verb is its subject only when nothing stands before the verb (« Réagit le maire : »);
      // in « Une spectatrice résumait le sentiment général : » it is the object.
      const verbFirst = g.first === prefixFirst || tokens[g.first - 1]?.kind === 'punct';
      const m = (agent?.type !== 'pronoun' ? agent : null) ?? speakerOfGroup(text, view, groups, gi) ?? (verbFirst ? mentionAfter(text, tokens, g.after, colon) : null);
      if (opener && (!m || inanimate(m))) return { kind: 'direct', mention: opener.mention, cue: null };
      // « assure qu’il ignorait … : « … » »: the verb also reports its « que » clause; leave it free for that.
      // (So does « conseille aux familles de réduire … : « … » »: an infinitive complement.)
      const start = complementStart(tokens, view.inQuote, g);
      if (!tokens.slice(g.after, colon).some((t) => COMPLEMENTISERS.has(t.lower)) && (start === null || start >= colon)) used.add(gi);
      return { kind: 'direct', mention: m, cue: cueText(text, g) };
    }
    if (opener) return { kind: 'direct', mention: opener.mention, cue: null };
    // « Une accusation balayée par Martine Bouvard : « … » »: a participle's agent answers.
    // « Une réponse jugée insuffisante par Alain Teulier, agriculteur …, venu au conseil : »: a named
    // agent may carry a long apposition before the colon.
    const participle = (t: Token | undefined) => t !== undefined && /^\p{Ll}+(é|ée|és|ées)$/u.test(t.text);
    for (let k = colon - 2; k > prefixFirst && k >= colon - 25; k--) {
      if (tokens[k]!.lower !== 'par') continue;
      const verb = participle(tokens[k - 1]) ? k - 1 : participle(tokens[k - 2]) && tokens[k - 1]!.kind === 'word' ? k - 2 : -1;
      if (verb < 0) continue;
      const agent = mentionAfter(text, tokens, k + 1, colon);
      // « … adressé aux députés tentés par la dissidence : »: a thing is no agent that speaks.
      if (agent && agent.type !== 'pronoun' && !inanimate(agent) && (reachOf(agent) === colon || agent.type === 'name')) return { kind: 'direct', mention: agent, cue: tokens[verb]!.text };
    }
    // Live-blog style: « 18 h 25 Témoignage de Karine, bloquée … : « … » ».
    const testimony = testimonySource(text, tokens, prefixFirst, colon);
    if (testimony) return { kind: 'direct', mention: testimony, cue: null };
    // « Ce fabricant estime que les marchés « ne remplaceront jamais » les volumes américains : « … » »: after an
    // earlier quote of the sentence, the words before the colon end that clause; the colon quote is its speaker's.
    if (prefixFirst > 0) {
      const earlier = groups.findIndex((g) => g.after <= prefixFirst && usable(g));
      if (earlier >= 0) return { kind: 'direct', mention: speakerOfGroup(text, view, groups, earlier), cue: null };
    }
    // « L’objectif, selon l’adjointe aux affaires scolaires, Nadia Ferrer, est double : « … » »: a source set off by commas.
    for (let k = prefixFirst + 1; k < colon - 1; k++) {
      if (!SOURCE_MARKERS.has(tokens[k]!.lower) || tokens[k - 1]!.text !== ',' || view.inQuote[k] !== -1) continue;
      const source = mentionAfter(text, tokens, k + 1, colon);
      if (isNamedOrRole(source) && closedBySourceComma(tokens, source, colon)) return { kind: 'direct', mention: source, cue: tokens[k]!.text };
    }
    // « 18 h 55 – Le mot de la fin à Loïc Guéguen : « … » », « La parole à X : »: with no verb, the one it goes to.
    if (!groups.some((g) => g.first >= prefixFirst && g.after <= colon)) {
      for (let k = colon - 2; k > prefixFirst; k--) {
        if (tokens[k]!.lower !== 'à') continue;
        const to = mentionAfter(text, tokens, k + 1, colon);
        if (to?.type === 'name' && reachOf(to) === colon && isPersonLike(to)) return { kind: 'direct', mention: to, cue: null };
        break;
      }
    }
    // Headline or interview style: « Sam Altman : « … » ».
    const m = mentionAfter(text, tokens, prefixFirst, colon) ?? null;
    // (« Elle promet une « vraie fin » aux téléspectateurs : « … » »: whom it was promised to, not who speaks.)
    const addressee = m !== null && ['au', 'aux', 'à'].includes(tokens[m.first]?.lower ?? '');
    if (m && m.after === colon && !addressee) return { kind: 'direct', mention: m, cue: ':' };
    // « 22 h 55 – Le capitaine Mathis Guillou, héros de la soirée, au micro de notre reporter : « … » »,
    // « Premier à réagir, l’entraîneur, Franck Lemoigne, en larmes : « … » »: no verb, the person named speaks.
    const introduced = introducedBeforeColon(text, tokens, prefixFirst, colon);
    if (introduced) return { kind: 'direct', mention: introduced, cue: null };
    // « Antoine Lemaire hausse les épaules : « … » »: the sentence's subject speaks, with no cue.
    // (After an earlier quote of the sentence too: « Un cadre évoque « un avertissement » … : « … » ».)
    const subject = sentenceSubject(text, tokens, colon);
    // « Un retraité, lui, préférait en rire : « … » »: an indefinite noun phrase introduces a new speaker.
    const indefinite = subject?.type === 'description' && /^(un|une)\s/i.test(subject.text);
    if (subject && (!subject.generic || indefinite)) return { kind: 'direct', mention: subject, cue: null };
    return { kind: 'direct', mention: null, cue: null };
  }
  // « Selon X, « … » », « Pour X, « … » », « D’après X, « … » »
  const head = meaningful[0]!;
  if (SOURCE_OPENERS.has(head.lower) && last.text === ',') {
    const at = tokenAt(tokens, head.start);
    const m = mentionAfter(text, tokens, at + 1, openTok);
    // Between the speaker and the quote only an apposition or a parenthetical: « Pour X, qui …, « … » ».
    // (Not « Selon un proche, le cimentier a jugé le prix, …, « … » »: a clause of its own stands between.)
    const clauseBetween = groups.some((g) => g.first > reachOf(m ?? { after: openTok } as ParsedMention) && g.after <= openTok && usable(g) && tokens[g.first - 1]?.lower !== 'qui');
    if (m && !clauseBetween && tokens[reachOf(m)]?.text === ',' && tokens[openTok - 1]?.text === ',' && (head.lower !== 'pour' || isSpeakerLike(m))) {
      return { kind: 'direct', mention: m, cue: head.text };
    }
  }
  // « X a déclaré « … » » without a colon.
  const gi = groupEndingAt(openTok);
  if (gi >= 0 && usableInClause(groups[gi]!)) {
    const g = groups[gi]!;
    // « X a déclaré « Nous … » » quotes a sentence; « X salue « une œuvre … » » quotes a fragment.
    const opening = tokens[openTok + 1];
    const fragment = opening !== undefined && opening.kind === 'word' && !/^\p{Lu}/u.test(opening.text);
    const kind = fragment ? 'mixed-cued' : 'direct';
    // « Elle assure que ce livre lui a demandé « sept ans de travail » »: a verb inside another's « que » clause
    // reports what that speaker said.
    // (Not a relative clause with its own speaker: « …, une revendication que la direction juge « irréaliste » ».)
    const inner = speakerOfGroup(text, view, groups, gi);
    const relativeSpeaker = inner !== null && inner.type !== 'pronoun' && !(inner.type === 'description' && inner.generic) && ['que', 'qu’'].includes(tokens[inner.first - 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[inner.first - 2]?.text ?? '') && DETERMINERS.has(tokens[inner.first - 3]?.lower ?? '') && !REPORTING_VERB_FORMS.has(tokens[inner.first - 2]!.lower);
    const outer = relativeSpeaker ? -1 : groups.findIndex((o, oi) => oi !== gi && o.after <= g.first && usableInClause(o, tokens) && isInsideComplement(tokens, view.inQuote, o, g.first));
    const m = outer >= 0 ? speakerOfGroup(text, view, groups, outer) : inner;
    // « Pour la procureure, X, le dossier révèle « … » »: a thing does not speak; the source does.
    // (« Pour l’adjoint, X, une partie des appartements relève « … » »: nor does an indefinite thing.)
    const opener = prefixFirst === 0 && (!m || inanimate(m) || (m.type === 'description' && m.generic === true)) ? openingSource(text, tokens, openTok) : null;
    if (opener) return { kind, mention: opener.mention, cue: opener.cue };
    // « Selon son agent, X, la skieuse a réclamé « à trois reprises » un technicien »: a fragment in a sentence a
    // person's « selon » opens is that person's account.
    const account = prefixFirst === 0 && fragment ? openingSource(text, tokens, openTok) : null;
    if (account?.mention && SOURCE_MARKERS.has(account.cue?.toLowerCase() ?? '') && account.mention.type !== 'pronoun' && !isMedium(tokens, account.mention)) return { kind, mention: account.mention, cue: account.cue };
    used.add(gi);
    return { kind, mention: m, cue: cueText(text, g) };
  }
  // « X a dit que « … » »: a mixed quote with that verb's speaker.
  if (COMPLEMENTISERS.has(last.lower)) {
    const queAt = tokenAt(tokens, last.start);
    for (let k = groups.length - 1; k >= 0; k--) {
      const g = groups[k]!;
      if (g.after > queAt || g.first < prefixFirst) continue;
      if (!usable(g)) return { kind: 'embedded', mention: null, cue: null };
      if (queAt - g.after > 8) break;
      // Not marked used: the verb may report further clauses (« … que « … » et que … »).
      const m = speakerOfGroup(text, view, groups, k);
      // « Pour l’association X, ces échouages montrent que « … » »: a thing shows; the source says.
      const opener = prefixFirst === 0 && (!m || inanimate(m) || (m.type === 'description' && m.generic === true)) ? openingSource(text, tokens, openTok) : null;
      if (opener) return { kind: 'mixed-cued', mention: opener.mention, cue: opener.cue };
      return { kind: 'mixed-cued', mention: m, cue: cueText(text, g) };
    }
  }
  return { kind: 'embedded', mention: null, cue: null };
}

/** A person's name (with its role or appositions) opening a verbless phrase that ends in a colon. */
function introducedBeforeColon(text: string, tokens: Token[], from: number, colon: number): ParsedMention | null {
  // (« Et le maire ne se fait guère d’illusions : »: a conjunction opening the sentence.)
  const s0 = skipStamps(tokens, from, colon);
  // (« Seul l’arrière Mathieu Lalanne a accepté de s’exprimer : »: « seul » before the subject.)
  const h = SENTENCE_CONJUNCTIONS.has(tokens[s0]?.lower ?? '') || SUBJECT_RESTRICTORS.has(tokens[s0]?.lower ?? '') ? s0 + 1 : s0;
  // (A verb right after « que » is the relative's own: « Un argument que balaie X : ».)
  if (findVerbGroups(tokens, h, colon).some((g) => !['que', 'qu’'].includes(tokens[g.first - 1]?.lower ?? ''))) return null;
  // « Un argument que balaie Gérald Vautier, patron du fileyeur : »: the subject after the relative's verb.
  const relative = tokens.findIndex((t, k) => k > h && k <= h + 5 && k < colon && (t.lower === 'que' || t.lower === 'qu’'));
  if (relative > 0 && tokens[relative + 1]?.kind === 'word' && !/^\p{Lu}/u.test(tokens[relative + 1]!.text)) {
    const subject = mentionAfter(text, tokens, relative + 2, colon);
    if (subject && subject.type !== 'pronoun' && (subject.type === 'name' ? isPersonLike(subject) : !subject.generic)) return subject;
  }
  // « Une explication qui ne convainc pas la metteuse en scène : »: the one it does not convince answers.
  const who = tokens.findIndex((t, k) => k > h && k <= h + 4 && k < colon && t.lower === 'qui');
  if (who > 0) {
    for (let k = who + 1; k < Math.min(colon, who + 6); k++) {
      if (!DETERMINER_WORDS.has(tokens[k]!.lower)) continue;
      const object = mentionAfter(text, tokens, k, colon);
      if (isNamedOrRole(object) && reachOf(object) === colon && (object.type === 'name' || isPersonOrBodyNoun(object.head ?? ''))) return object;
      break;
    }
  }
  const comma = tokens.findIndex((t, k) => k > h && k < colon && t.text === ',');
  for (const start of comma > 0 && comma - h <= 5 ? [h, comma + 1] : [h]) {
    const m = mentionAfter(text, tokens, start, colon);
    if (!m || m.type === 'pronoun') continue;
    if (m.type === 'name' ? isPersonLike(m) : !m.generic) return m;
  }
  return null;
}

/** « Témoignage de Sandrine, boulangère à Chavagnieu : » / « Réaction d’un campeur : »: the person after the noun. */
function testimonySource(text: string, tokens: Token[], from: number, colon: number): ParsedMention | null {
  // (« 💬 Dimanche, 14 h 20 — Témoignage de … »: a day, an hour and a decoration may come first.)
  for (let k = from; k < Math.min(colon - 2, from + 12); k++) {
    const noun = tokens[k]!;
    if (!TESTIMONY_NOUNS.has(noun.lower)) continue;
    // « Mise en garde de la préfecture », « Coup de gueule de … »
    let de = k + 1;
    if (noun.lower === 'mise' || noun.lower === 'coup') de = tokens[k + 1]?.lower === 'en' || tokens[k + 1]?.lower === 'de' ? k + 3 : -1;
    if (de < 0 || !['de', 'd’', 'du'].includes(tokens[de]?.lower ?? '')) continue;
    const at = tokens[de]!.lower === 'du' ? de : de + 1;
    const m = tokens[de]!.lower === 'du' ? mentionAfter(text, [...tokens.slice(0, de), { ...tokens[de]!, text: 'le', lower: 'le' }, ...tokens.slice(de + 1)], at, colon) : mentionAfter(text, tokens, at, colon);
    if (!m || m.type === 'pronoun') return null;
    // (« Réponse de la mairie, par la voix de son adjoint, Pierre-Yves Lacombe : »: the voice speaks.)
    for (let v = at; v < colon - 4; v++) {
      if (tokens[v]!.lower !== 'par' || tokens[v + 1]?.lower !== 'la' || tokens[v + 2]?.lower !== 'voix' || !['de', 'd’', 'du'].includes(tokens[v + 3]?.lower ?? '')) continue;
      const voice = mentionAfter(text, tokens, tokens[v + 3]!.lower === 'du' ? v + 3 : v + 4, colon);
      if (voice && voice.type !== 'pronoun' && voice.first > v + 3) return voice;
    }
    // (« Message du speaker du stade : »: the mention's text starts after « du », which is no part of it.)
    if (tokens[de]!.lower === 'du' && m.first === de && tokens[de + 1]) return { ...m, first: de + 1, start: tokens[de + 1]!.start, text: text.slice(tokens[de + 1]!.start, m.end) };
    return m;
  }
  return null;
}

/** « France Bleu », « le site spécialisé Pixel Actu », « l’hebdomadaire local »: a medium. */
function isMedium(tokens: Token[], m: ParsedMention): boolean {
  if (isOrganisationName(m.text) && PUBLICATIONS.has(m.text.toLowerCase().replace(/^(le|la|les|l’|l')\s*/, ''))) return true;
  // (« Le Monde » read as « Monde » after its determiner.)
  if (PUBLICATIONS.has(`${tokens[m.first - 1]?.lower ?? ''} ${m.text.toLowerCase()}`)) return true;
  for (let k = Math.max(0, m.first - 3); k < m.after; k++) if (MEDIA_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * « Pour Jérôme Baudet, président de la FSPF dans l’Allier, la situation … »: the source ends at a
 * comma, right after it or after an apposition between commas that holds no verb.
 */
function closedBySourceComma(tokens: Token[], m: ParsedMention, limit: number): boolean {
  return sourceCommaAfter(tokens, m, limit) >= 0;
}

/** The comma that closes the source: right after its reach, or after a verbless apposition (-1 when none). */
function sourceCommaAfter(tokens: Token[], m: ParsedMention, limit: number): number {
  if (tokens[reachOf(m)]?.text === ',') return reachOf(m);
  // « Selon une étude publiée lundi dans la revue X, … », « Pour l’inspecteur entendu comme témoin, … »:
  // a participial phrase completes the source.
  const participle = tokens[reachOf(m)];
  if (participle?.kind === 'word' && /^\p{Ll}+(é|ée|és|ées|u|ue|us|ues|ise|ises|ite|ites)$/u.test(participle.text)) {
    for (let k = reachOf(m) + 1; k < Math.min(limit, reachOf(m) + 16); k++) {
      const t = tokens[k]!;
      if (COMPLEMENTISERS.has(t.lower) || t.lower === 'qui' || QUOTE_OPENERS.has(t.text)) break;
      if (t.text === ',') return findVerbGroups(tokens, reachOf(m) + 1, k).length === 0 ? k : -1;
    }
  }
  if (tokens[m.after]?.text !== ',') return -1;
  let next = -1;
  for (let k = m.after + 1; k < Math.min(limit, m.after + 17); k++) {
    if (tokens[k]!.text === ',') {
      next = k;
      break;
    }
  }
  // (Nor a quote: « Selon X, la jeune femme « a franchi un cap », … » is the content, not an apposition.)
  const verbless = next > 0 && findVerbGroups(tokens, m.after + 1, next).length === 0 && !tokens.slice(m.after + 1, next).some((t) => COMPLEMENTISERS.has(t.lower) || t.lower === 'qui' || QUOTE_OPENERS.has(t.text));
  return verbless ? next : -1;
}

/**
 * The comma closing a verbless apposition that opens right after the comma `comma` and places, affiliates or ages
 * the one before it (« installé à Erbil, », « de l’université Laval à Québec, », « 58 ans, », « interrogée par X, »),
 * or -1.
 */
function appositionEnd(tokens: Token[], comma: number, inQuote: Int32Array): number {
  if (tokens[comma]?.text !== ',') return -1;
  const first = tokens[comma + 1];
  const second = tokens[comma + 2];
  if (!first || !second) return -1;
  const participle = APPOSITION_PARTICIPLE.test(first.text) && APPOSITION_PREPOSITIONS.has(second.lower);
  const affiliation = (['de', 'd’', 'des'].includes(first.lower) && (['l’', 'la', 'le', 'les'].includes(second.lower) || /^\p{Lu}/u.test(second.text))) || first.lower === 'du';
  const age = first.kind === 'number' && second.lower === 'ans';
  // (« Pour la CGT, minoritaire dans l’entreprise, … »: an adjective and its complement.)
  const adjective = /^\p{Ll}+$/u.test(first.text) && ADJECTIVE_SHAPE.test(first.lower) && APPOSITION_PREPOSITIONS.has(second.lower);
  if (!participle && !affiliation && !age && !adjective) return -1;
  for (let k = comma + 2; k < Math.min(tokens.length - 1, comma + 14); k++) {
    const t = tokens[k]!;
    if (inQuote[k] !== -1 || COMPLEMENTISERS.has(t.lower) || t.lower === 'qui' || TERMINAL_TOKENS.has(t.text) || t.text === ':') return -1;
    if (t.text === ',') return findVerbGroups(tokens, comma + 1, k).length === 0 ? k : -1;
  }
  return -1;
}

/** « nos informations », « notre journaliste sur place »: the article's own reporting, not a source to attribute. */
function isNewsroom(m: ParsedMention | null): boolean {
  return m !== null && /^(nos|notre)\s/i.test(m.text) && !/^nos\s+confrères/i.test(m.text);
}

/** Whether token `at` lies in the « que » clause a verb group reports (not behind a relative « que »). */
/** The quote at token `at` stands in the clause or infinitive that `g` (before it) introduces. */
function governsQuote(tokens: Token[], inQuote: Int32Array, g: VerbGroup, at: number): boolean {
  if (g.after > at) return false;
  const start = complementStart(tokens, inQuote, g);
  if (start === null || start > at) return false;
  const boundary = clauseBoundary(tokens, new Set(), start);
  return boundary === null || boundary > at;
}

function isInsideComplement(tokens: Token[], inQuote: Int32Array, outer: VerbGroup, at: number): boolean {
  const start = complementStart(tokens, inQuote, outer);
  if (start === null || start > at || !COMPLEMENTISERS.has(tokens[start - 1]?.lower ?? '')) return false;
  // « … était « fragile », tandis qu’un porte-parole … a dénoncé »: another clause has begun.
  // (« reconnaît que … et que plusieurs jurés défendaient « … » »: a clause coordinated by « et que » is still hers.)
  let boundary = clauseBoundary(tokens, new Set(), start);
  while (boundary !== null && boundary < at && ['et', 'mais'].includes(tokens[boundary]!.lower) && COMPLEMENTISERS.has(tokens[boundary + 1]?.lower ?? '')) {
    boundary = clauseBoundary(tokens, new Set(), boundary + 2);
  }
  return boundary === null || boundary > at;
}

/** « Mais pour Marion Lescure, … », « Mais d’après un de ses conseillers, … »: a conjunction before a source opener. */
function afterConjunction(tokens: Token[], h: number): number {
  return SENTENCE_CONJUNCTIONS.has(tokens[h]?.lower ?? '') && SOURCE_OPENERS.has(tokens[h + 1]?.lower ?? '') ? h + 1 : h;
}

/** A name, or a description whose head is a role or an organisation (« le maire », « le syndicat »): not a pronoun or a thing. */
function isNamedOrRole(m: ParsedMention | null): m is ParsedMention {
  return m !== null && (m.type === 'name' || (m.type === 'description' && !m.generic));
}

/** « le dossier », « la crise »: a subject that is neither a person, a role nor an organisation. */
function inanimate(m: ParsedMention): boolean {
  return m.type === 'description' && m.generic === true && !/^(un|une)\s/i.test(m.text);
}

/** « Pour X, », « Selon X, », « D’après X, » opening the sentence (after a live blog's time stamp), before `limit`. */
function openingSource(text: string, tokens: Token[], limit: number): Attribution | null {
  const h = afterConjunction(tokens, skipStamps(tokens, 0, 6));
  const head = tokens[h];
  if (!head || !SOURCE_OPENERS.has(head.lower)) return null;
  const m = mentionAfter(text, tokens, h + 1, limit);
  if (!m || !closedBySourceComma(tokens, m, limit) || !isSpeakerLike(m)) return null;
  if (head.lower === 'pour' && m.type === 'name' && !isPersonLike(m) && !isOrganisationName(m.text)) return null;
  return { mention: m, cue: head.text };
}

function isSpeakerLike(m: ParsedMention): boolean {
  if (m.type === 'pronoun') return STRESSED_PRONOUNS.has(m.text.toLowerCase());
  if (m.type === 'description') return true;
  return !/^\d/.test(m.text);
}

/** For an embedded quote: a usable verb group with a subject in the same sentence, or « selon X ». */
/** How far (tokens) from an embedded quote its attributing verb or « selon » may stand. */
const ATTRIBUTION_WINDOW = 60;

/** For an embedded quote: « selon X » in the sentence, or the nearest usable verb group with a speaker. */
function sentenceAttribution(text: string, view: SentenceView, quote: QuotePair, groups: VerbGroup[]): Attribution | null {
  const { tokens, inQuote } = view;
  const openTok = tokenAt(tokens, quote.open);
  const closeTok = tokenAt(tokens, quote.close + 1);
  const from = Math.max(0, openTok - ATTRIBUTION_WINDOW);
  const to = Math.min(tokens.length, closeTok + ATTRIBUTION_WINDOW);
  // « Pour la CGT, les économies serviront d’abord à « … » »: « pour X » opening the sentence (« Mais pour X, »).
  const p0 = afterConjunction(tokens, 0);
  const opener = tokens[p0];
  if (opener?.lower === 'pour' && inQuote[p0] === -1) {
    const m = mentionAfter(text, tokens, p0 + 1, openTok);
    // (« Pour sa trentième édition, », « Pour les compétitions, » are no one: a description must be of someone.)
    const noOne = m !== null && m.type === 'description' && m.generic && (POSSESSIVES.has(tokens[m.first]?.lower ?? '') || (/^(les|des)\s/i.test(m.text) && !isPersonOrBodyNoun(m.head ?? '')));
    // (« Pour la défense, Me Rémi Boyer a plaidé … « … » »: a named subject of a reporting verb after it speaks.)
    const namedSpeakerAfter = m !== null && groups.some((g) => g.first > reachOf(m) && g.verb < openTok && usable(g) && speakerOfGroup(text, view, groups, groups.indexOf(g))?.type === 'name');
    if (m && closedBySourceComma(tokens, m, openTok) && !noOne && !namedSpeakerAfter && (isSpeakerLike(m) && (m.type !== 'name' || isPersonLike(m) || isOrganisationName(m.text) || /\p{Lu}.*-/u.test(m.text)))) return { mention: m, cue: opener.text };
  }
  // « l’adjoint aux finances, Marc Lestrade, pour qui le chiffre « ne repose sur rien » »: the one « pour qui » it is.
  for (let k = Math.max(1, openTok - ATTRIBUTION_WINDOW); k < openTok - 1; k++) {
    if (tokens[k]!.lower !== 'pour' || tokens[k + 1]?.lower !== 'qui' || tokens[k - 1]?.text !== ',' || inQuote[k] !== -1) continue;
    // (« …, rappelle l’avocate Claire Soulié, pour qui … »: the phrase just before the comma, when one ends there.)
    let adjacent = mentionBefore(text, tokens, k - 1, 0);
    // (« l’association Eau et Rivières du Berry, pour qui »: a name of the association's own, « et » included.)
    const f = adjacent?.first ?? 0;
    if (adjacent && adjacent.type === 'name' && tokens[f - 1]?.lower === 'et' && /^\p{Lu}/u.test(tokens[f - 2]?.text ?? '') && ORGANISATION_NOUNS.has(tokens[f - 3]?.lower ?? '')) {
      adjacent = { ...adjacent, first: f - 2, start: tokens[f - 2]!.start, text: text.slice(tokens[f - 2]!.start, adjacent.end), organisation: true };
    }
    // (« l’économiste Daniel Kiprono, de l’université Egerton, pour qui … »: not a name inside an affiliation.)
    let a = adjacent ? adjacent.first - 1 : -1;
    while (a > 0 && (DETERMINERS.has(tokens[a]!.lower) || ORGANISATION_NOUNS.has(tokens[a]!.lower))) a--;
    const affiliation = adjacent !== null && a < adjacent.first - 1 && ['de', 'd’', 'du', 'des'].includes(tokens[a]?.lower ?? '') && tokens[a - 1]?.text === ',';
    const antecedent = adjacent && adjacent.after === k - 1 && adjacent.type !== 'pronoun' && !affiliation ? adjacent : mentionBefore(text, tokens, k, 0);
    if (antecedent && antecedent.type !== 'pronoun') return { mention: antecedent, cue: 'pour qui' };
  }
  // « Des mesures jugées « … » par la Coordination rurale »: a passive agent right after the quote.
  const agent = passiveAgent(text, view, openTok, closeTok);
  if (agent) return agent;
  let selon: Attribution | null = null;
  let selonAt = -1;
  for (let i = from; i < to && !selon; i++) {
    const t = tokens[i]!;
    if (inQuote[i] !== -1) continue;
    if (SOURCE_MARKERS.has(t.lower)) {
      const source = mentionAfter(text, tokens, i + 1);
      const m = source ? documentAuthor(text, tokens, source) ?? source : null;
      if (m && !(m === source && judgingBy(t, m) && i > closeTok)) {
        selon = { mention: m, cue: t.text };
        selonAt = i;
      }
    }
  }
  // « Selon nos informations, … », « selon notre reporter »: the newsroom itself, no source; a verb may still say who.
  if (selon && isNewsroom(selon.mention)) selon = null;
  // « D’après le quotidien Kystposten, M. Hallstensen aurait qualifié … de « chantage » »: the
  // publication relays; the speaker is the subject of the reporting verb after it. So does a source
  // after the quote when a reporting verb before it has its own subject (« X a promis de « … », selon un communiqué »).
  const relayedAfter = selon !== null && selonAt > closeTok && groups.some((g) => g.verb < openTok && usableInClause(g, tokens) && speakerOfGroup(text, view, groups, groups.indexOf(g)) !== null);
  // (« Selon elle, le roman séduit parce qu’il parle de l’hôpital « … » »: a verb inside a subordinate clause
  // is part of what the source says.)
  // (« Selon lui, la salle est « sous-utilisée » et le padel répond à une « vraie demande » »: a thing is no speaker.)
  const thingSubject = (g: VerbGroup) => {
    if (tokens[g.first - 1]?.lower === 'qui') return false;
    const m = speakerOfGroup(text, view, groups, groups.indexOf(g));
    return m !== null && isThing(m);
  };
  const mainClauseVerb = (g: VerbGroup) => g.verb > selonAt && g.verb < openTok && usableInClause(g, tokens) && !tokens.slice(selonAt + 1, g.first).some((t) => SUBORDINATORS.has(t.lower)) && !thingSubject(g);
  if (selon && !relayedAfter && !groups.some(mainClauseVerb)) return selon;
  // The usable groups by distance, those before the quote first at equal distance; the first
  // one with a speaker attributes the quote. The group stays free to report its own clause.
  const isIncise = (g: VerbGroup): boolean => g.first === closeTok || (tokens[closeTok]?.text === ',' && g.first === closeTok + 1);
  // « a ironisé sur une majorité « qui exclut … » »: a verb otherwise only used in incises reports a
  // quote its own object phrase holds.
  // (« a poursuivi sa « dédiabolisation » » is an object, not what is said about: only after « sur », « contre ».)
  const holdsQuote = (g: VerbGroup) => usable(g) && ['sur', 'contre'].includes(tokens[g.after]?.lower ?? '') && openTok - g.after <= 5 && tokens.slice(g.after, openTok).every((t) => t.kind === 'word');
  const candidates = groups
    .filter((g) => g.verb >= from && g.verb < to && (usableInClause(g, tokens) || holdsQuote(g)))
    // « le mot de « luthière », qu’elle juge « trop chic » »: a later verb with a quote of its own reports that one.
    .filter((g) => !(g.start > quote.close && view.quotes.some((q) => q.open > g.end && tokenAt(tokens, q.open) - g.after <= 2)))
    .map((g) => ({ g, gi: groups.indexOf(g), distance: g.end <= quote.open ? quote.open - g.end : g.start - quote.close }))
    .filter((c) => c.distance >= 0)
    // A verb inside another verb's « que » clause (« X affirme que des tests avaient signalé « … » »)
    // reports what X said: the outer verb attributes the quote.
    .map((c) => ({ ...c, nested: groups.some((o) => o.after <= c.g.first && usableInClause(o, tokens) && isInsideComplement(tokens, inQuote, o, c.g.first)) }))
    // « X a reconnu avoir porté « un coup », mais a contesté … »: the verb whose complement holds the
    // quote reports it, even when another verb after the quote is closer; an incise right after still wins.
    .map((c) => ({ ...c, rank: isIncise(c.g) || governsQuote(tokens, inQuote, c.g, openTok) ? 0 : 1 }))
    .sort((a, b) => Number(a.nested) - Number(b.nested) || a.rank - b.rank || a.distance - b.distance || (a.g.end <= quote.open ? -1 : 1));
  for (const { g, gi } of candidates) {
    // A verb right after the quote with its subject after it is an incise (« », estime X »); any
    // other verb's subject stands before it (« … » et recommande le port du masque » has none after).
    const m = speakerOfGroup(text, view, groups, gi) ?? (isIncise(g) ? mentionAfter(text, tokens, g.after) : null);
    // « Selon le ministère, les analyses réalisées en septembre ont révélé « … » »: a document or a thing
    // reporting inside a sourced sentence speaks for that source.
    if (m && selon && m.type === 'description' && DOCUMENT_NOUNS.has(m.head ?? '')) continue;
    // « Pour le critique X, cette soirée rappelle que l’opéra est « … » »: a thing recalls; the source says.
    const opener = m && isThing(m) ? openingSource(text, tokens, openTok) : null;
    if (opener) return opener;
    if (m) return { mention: m, cue: cueText(text, g) };
  }
  if (selon) return selon;
  return candidates.length === 0 ? subjectAttribution(text, view, quote) : null;
}

/** « jugées « très insuffisantes » par la Coordination rurale »: a reporting participle before, « par X » after. */
function passiveAgent(text: string, view: SentenceView, openTok: number, closeTok: number): Attribution | null {
  const { tokens } = view;
  let participle: Token | undefined;
  for (let k = Math.max(0, openTok - 3); k < openTok; k++) {
    // « des mesures jugées « … » par X », not « a défendu un budget « … », marqué par … ».
    // (Nor « se dit « plutôt rassuré » par le résultat »: « se dit » is a verb, not a participle.)
    // (Nor « Il dit avoir été « surpris » par la justesse du résultat »: after a subject pronoun, « dit » is a verb.)
    const afterAuxiliary = ['a', 'ont', 'avait', 'avaient', 'aurait', 'est', 'sont', 'se', 's’', 'il', 'elle', 'ils', 'elles', 'on', 'qui'].includes(tokens[k - 1]?.lower ?? '');
    if (REPORTING_PARTICIPLES.has(tokens[k]!.lower) && !afterAuxiliary) participle = tokens[k];
  }
  if (!participle) return null;
  let p = closeTok;
  while (p < tokens.length && p < closeTok + 3 && tokens[p]!.lower !== 'par') p++;
  if (tokens[p]?.lower !== 'par') return null;
  // (« décrit un feu « hors de contrôle », poussé par des rafales »: another participle after a comma has its own agent.)
  if (tokens.slice(closeTok, p).some((t) => t.text === ',')) return null;
  // (« prévenues « dès lundi soir » par SMS »: a means, with no determiner, is no agent.)
  if (MEANS_NOUNS.has(tokens[p + 1]?.lower ?? '')) return null;
  const m = mentionAfter(text, tokens, p + 1);
  return m && m.type !== 'pronoun' ? { mention: m, cue: participle.text } : null;
}

/** Fewer words than this in marks, with no reporting verb, is a term (« dédiabolisation »), not speech. */
const MIN_WORDS_FOR_SUBJECT_ATTRIBUTION = 3;

/**
 * No reporting verb: a phrase of several words in marks inside a sentence whose subject is a
 * person or a role (« Le patron d’OpenAI a entamé …, en acceptant … un usage « à toutes fins
 * légales » ») is taken as that subject's words, with low confidence.
 */
function subjectAttribution(text: string, view: SentenceView, quote: QuotePair): Attribution | null {
  const words = text.slice(quote.start, quote.end).split(/\s+/).length;
  if (words < MIN_WORDS_FOR_SUBJECT_ATTRIBUTION) return null;
  const m = mentionAfter(text, view.tokens, 0);
  if (!m || m.type === 'pronoun' || m.generic || m.end > quote.open) return null;
  if (m.type === 'name' && !m.text.includes(' ') && !isPersonLike(m) && !m.organisation) return null;
  return { mention: m, cue: null };
}

/**
 * An uncued quote opening a sentence right after a sentence of the same paragraph that has no
 * quote of its own and whose subject is a named person or a role: that subject introduces it.
 */
function introducedBy(text: string, previous: SentenceView | null, sentence: Sentence, quoteStartsSentence: boolean, paragraphs: Paragraph[]): ParsedMention | null {
  // The sentence before, in the same paragraph or ending the paragraph just before
  // (« Pourquoi renoncer ? Berthelot prend son temps avant de répondre. » then « « … » »).
  const adjacent = previous !== null && (previous.sentence.paragraph === sentence.paragraph || previous.sentence.paragraph === sentence.paragraph - 1);
  if (!previous || !quoteStartsSentence || !adjacent || previous.quotes.length > 0) return null;
  // A headline introduces nobody (« Chèvres, poules et un âne volés : … » then the lede quote).
  if (paragraphs[previous.sentence.paragraph]?.heading) return null;
  // An interviewer's question introduces an answer by the person already speaking, not its own subject.
  if (previous.tokens[previous.tokens.length - 1]?.text === '?') return null;
  // « Une version que conteste formellement Mourad Bellili. », « Une idée que la présidente n’écarte pas. »,
  // « Ce qui fait sourire le chanteur. »: a short sentence that brings in who answers next.
  const reacting = reactingPerson(text, previous.tokens);
  if (reacting) return reacting;
  const subject = sentenceSubject(text, previous.tokens, previous.tokens.length);
  if (!subject || subject.generic) return null;
  return subject.type === 'pronoun' || subject.type === 'name' || subject.type === 'description' ? subject : null;
}

/** The person a short « Une X que … Y. » / « Ce qui fait sourire Y. » sentence ends on, when it ends on one. */
function reactingPerson(text: string, tokens: Token[]): ParsedMention | null {
  const end = tokens[tokens.length - 1]?.text === '.' ? tokens.length - 1 : tokens.length;
  if (end > 14) return null;
  // (… and « Une version qui a fait bondir la présidente de l’audience. »)
  const makes = (k: number) => tokens[k + 1]?.lower === 'fait' || (tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'fait');
  const link = tokens.findIndex((t, k) => k <= 4 && (((t.lower === 'que' || t.lower === 'qu’') && k >= 2) || (t.lower === 'qui' && ((k === 1 && tokens[0]!.lower === 'ce') || (k >= 2 && makes(k))))));
  if (link < 0) return null;
  for (let k = link + 1; k < Math.min(end, link + 6); k++) {
    const t = tokens[k]!;
    if (!DETERMINER_WORDS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) continue;
    const m = mentionAfter(text, tokens, k, end);
    return isNamedOrRole(m) && (m.type === 'name' || isPersonOrBodyNoun(m.head ?? '')) ? m : null;
  }
  return null;
}

/** « Le ministre a déclaré : » ending the previous sentence, then the quote. */
function previousSentenceColonCue(text: string, previous: SentenceView | null, quoteStartsSentence: boolean): Attribution | null {
  if (!previous || !quoteStartsSentence) return null;
  const last = previous.tokens[previous.tokens.length - 1];
  if (!last || last.text !== ':') return null;
  const groups = findVerbGroups(previous.tokens).filter((g) => previous.inQuote[g.verb] === -1 && usable(g));
  const g = groups[groups.length - 1];
  if (!g) return null;
  const m = g.inversion ? mentionAfter(text, previous.tokens, previous.tokens.indexOf(g.inversion)) : mentionBefore(text, previous.tokens, g.first, 0);
  return m ? { mention: m, cue: cueText(text, g) } : null;
}

/** An uncued quote continues the last quoted speaker in this or the previous paragraph. */
function findContinuation(out: ExtractedStatement[], quote: QuotePair, paragraphs: Paragraph[]): ExtractedStatement | undefined {
  const paraOf = (offset: number) => lastSpanStartingBy(paragraphs, offset);
  const here = paraOf(quote.open);
  for (let k = out.length - 1; k >= 0; k--) {
    const prev = out[k]!;
    const there = paraOf(prev.start);
    // Two paragraphs back at most: an interview question may stand between answer and speaker.
    if (here - there > 2) return undefined;
    // Reported speech hands its speaker on only within its own paragraph.
    if (prev.kind === 'indirect' && here !== there) continue;
    if (prev.mention || prev.continues) return prev;
  }
  return undefined;
}

/** « A, dit-il, B » / « A, a-t-il ajouté, B » / « A, explique Marie Dupont, B ». */
function splitInsideQuote(
  text: string,
  tokens: Token[],
  openTok: number,
  closeTok: number,
  quote: QuotePair,
): { first: Span; second: Span; mention: ParsedMention | null; cue: string } | null {
  const innerGroups = findVerbGroups(tokens, openTok + 1, closeTok - 1);
  for (const g of innerGroups) {
    const comma = tokens[g.first - 1];
    if (!comma || comma.text !== ',' || !usable(g)) continue;
    let m: ParsedMention | null;
    let end: number;
    if (g.inversion) {
      m = mentionAfter(text, tokens, tokens.indexOf(g.inversion), closeTok);
      end = Math.max(tokens.indexOf(g.inversion) + 1, g.after);
    } else {
      m = mentionAfter(text, tokens, g.after, closeTok);
      if (!m || m.type === 'pronoun') continue;
      end = reachOf(m);
    }
    // « …, précise Hugo Berthelot en raccompagnant ses clients. … »: a short phrase may follow the speaker.
    let c = end;
    while (c < Math.min(closeTok, end + 8) && tokens[c]!.text !== ',' && tokens[c]!.text !== '.') c++;
    const closing = tokens[c];
    if (!closing || (closing.text !== ',' && closing.text !== '.')) continue;
    const first = tidy(text, quote.start, comma.start);
    const second = tidy(text, closing.end, quote.end);
    if (first.end <= first.start || second.end <= second.start) continue;
    // Keep the second part's own final punctuation as written inside the marks.
    second.end = quote.end;
    return { first, second, mention: m, cue: cueText(text, g) };
  }
  return null;
}

// --- Indirect speech --------------------------------------------------------------------------

function extractIndirect(text: string, view: SentenceView, groups: VerbGroup[], used: Set<number>, out: ExtractedStatement[]): void {
  const { tokens, inQuote, sentence } = view;
  const groupStarts = new Set(groups.filter((g) => usableInClause(g, tokens)).map((g) => g.first));
  groups.forEach((g, gi) => {
    if (used.has(gi) || !usableInClause(g, tokens)) return;
    let contentFirst = complementStart(tokens, inQuote, g);
    if (contentFirst === null) return;
    const mention = speakerOfGroup(text, view, groups, gi);
    // « Dans un communiqué, elle promet … Et rappelle que … »: a sentence opening on « Et » and the verb goes on with
    // the last speaker of the paragraph.
    const goesOn = !mention && g.first === 1 && opensOnContinuation(tokens) ? lastSpeakerStatement(text, out, sentence.start) : undefined;
    if (!mention && !goesOn) return;
    // « a indiqué que A et que B »: one statement per clause; a clause ends where a coordinated
    // clause or verb of the same speaker starts (« … et a rappelé que … », « … et dénonce … »).
    while (contentFirst !== null && contentFirst < tokens.length) {
      let boundary = clauseBoundary(tokens, groupStarts, contentFirst);
      // « assure qu’il ignorait que … : « On pensait … » »: the colon hands over to a direct quote.
      let colon = -1;
      for (let k = contentFirst + 1, end = Math.min(boundary ?? tokens.length, contentFirst + MAX_CLAUSE_TOKENS); k < end; k++) {
        if (tokens[k]!.text === ':' && QUOTE_OPENERS.has(tokens[k + 1]?.text ?? '')) {
          colon = k;
          break;
        }
      }
      if (colon > 0) boundary = colon;
      const startTok = tokens[contentFirst]!;
      const endOffset = boundary === null ? sentence.end : tokens[boundary]!.start;
      const span = tidy(text, startTok.start, endOffset);
      // A quote inside the reported clause is a mixed quote of the same speaker; do not double it.
      // (A ship's or a work's name in marks, « le « Nordkap Trader » », or a gloss is no quote of the speaker's.)
      const hasQuote = view.quotes.some((quote) => quote.open >= span.start && quote.open < span.end && !isNameInMarks(view, quote));
      const pieces = hasQuote ? coordinatedWithoutQuotes(text, view, contentFirst, boundary ?? tokens.length) : span.end - span.start >= 3 ? [span] : [];
      for (const piece of pieces) {
        out.push({
          kind: 'indirect',
          ...piece,
          text: text.slice(piece.start, piece.end),
          sentence: { start: sentence.start, end: sentence.end },
          cue: cueText(text, g),
          mention,
          continues: goesOn,
          confidence: g.hearsay ? 0.65 : goesOn ? 0.6 : 0.8,
        });
      }
      // Only « et que » continues this verb's content; a coordinated verb is its own group.
      // « … qu’elle dit avoir mûrie et qu’elle a transmise »: after an infinitive, « et que » is a relative, not more content.
      if (boundary === null || colon > 0 || !COMPLEMENTISERS.has(tokens[boundary + 1]?.lower ?? '') || !COMPLEMENTISERS.has(tokens[contentFirst - 1]?.lower ?? '')) break;
      contentFirst = boundary + 2;
    }
  });
}

const QUOTE_OPENERS = new Set(QUOTE_PAIRS.map((pair) => pair.open));

/** A title or a gloss in marks (« le « Nordkap Trader » », « (« la voix de Gërmova ») »): a name, not the speaker's words. */
function isNameInMarks(view: SentenceView, quote: QuotePair): boolean {
  const openTok = tokenAt(view.tokens, quote.open);
  const closeTok = tokenAt(view.tokens, quote.close + 1);
  return isTitleLike(view.tokens, openTok, closeTok) || isGloss(view.tokens, openTok, closeTok);
}

/** « Et prévient que … »: the sentence opens on a word that carries the speaker of the sentence before. */
function opensOnContinuation(tokens: Token[]): boolean {
  return CONTINUING_OPENERS.has(tokens[0]?.lower ?? '');
}

/** The last statement before `at`, in the same paragraph, that names or continues a speaker. */
function lastSpeakerStatement(text: string, out: ExtractedStatement[], at: number): ExtractedStatement | undefined {
  for (let k = out.length - 1; k >= 0; k--) {
    const st = out[k]!;
    if (/\n[^\S\n]*\r?\n/.test(text.slice(st.end, at))) return undefined;
    if (st.mention || st.continues) return st;
  }
  return undefined;
}
const TERMINAL_TOKENS = new Set(['.', '!', '?', '…']);




/**
 * A reported clause that holds a quote is the quote's (a mixed statement); a clause coordinated
 * with it by « et »/« mais » outside the marks is a statement of its own (« a demandé à l’UCI de
 * « protéger les coureurs » et de leur permettre de … », « Selon X, ils présentaient « … » mais
 * leur pronostic vital n’a jamais été engagé »). Returns those quote-free pieces.
 */
function coordinatedWithoutQuotes(text: string, view: SentenceView, from: number, to: number): Span[] {
  const { tokens, inQuote } = view;
  const cuts: number[] = [];
  for (let k = from + 1; k < to; k++) if (inQuote[k] === -1 && (tokens[k]!.lower === 'et' || tokens[k]!.lower === 'mais')) cuts.push(k);
  // « … disposent déjà d’un code PIN, « mais beaucoup ne l’activent pas » »: the conjunction may open the quote.
  for (let k = from + 1; k < to; k++) if (tokens[k]!.text === ',' && inQuote[k] === -1 && QUOTE_OPENERS.has(tokens[k + 1]?.text ?? '') && ['mais', 'et', 'car'].includes(tokens[k + 2]?.lower ?? '')) cuts.push(k);
  cuts.sort((a, b) => a - b);
  const pieces: Span[] = [];
  // The clause before the first « et » stands alone only when what follows is a clause too
  // (« de se tenir prêts et de « … » »), not a noun phrase (« son compte et celui de sa compagne « … » »).
  const clauseAfter = (cut: number) => {
    const next = tokens[cut + 1];
    if (!next) return false;
    if (COMPLEMENTISERS.has(next.lower)) return true;
    if (['de', 'd’', 'à'].includes(next.lower)) {
      let k = cut + 2;
      if (tokens[k] && QUOTE_OPENERS.has(tokens[k]!.text)) k++;
      return looksInfinitive(tokens[k]) || ['ne', 'n’'].includes(tokens[k]?.lower ?? '') || (OBJECT_PRONOUNS.has(tokens[k]?.lower ?? '') && looksInfinitive(tokens[k + 1]));
    }
    // « …, mais « rien n’interdit une campagne plus tardive » »: a quote that opens with a clause (a negation or a
    // finite auxiliary within its first words).
    if (QUOTE_OPENERS.has(next.text)) {
      for (let k = cut + 2; k < Math.min(to, cut + 8) && inQuote[k] !== -1; k++) if (NEGATION_OPENERS.has(tokens[k]!.lower) || FINITE_HINTS.has(tokens[k]!.lower)) return true;
      return false;
    }
    // « deux motos ont été identifiées et une saisie pourrait intervenir « … » »: a new subject and a
    // finite verb within a few words, before any quote, make a clause.
    if (DETERMINERS.has(next.lower)) {
      for (let k = cut + 2; k < Math.min(to, cut + 6) && inQuote[k] === -1; k++) if (FINITE_HINTS.has(tokens[k]!.lower)) return true;
    }
    return false;
  };
  let start = from;
  for (const cut of [...cuts, to]) {
    let first = start === from ? from : start + 1;
    // « et de leur permettre … », « et à limiter … », « et que … »: the marker opens the piece, it is not content.
    const marker = start !== from && ['de', 'd’', 'à'].includes(tokens[first]?.lower ?? '');
    if (start !== from && (marker || COMPLEMENTISERS.has(tokens[first]?.lower ?? ''))) first++;
    const piece = tokens.slice(first, cut);
    const quoted = piece.some((_, k) => inQuote[first + k] !== -1);
    const words = piece.filter((t) => t.kind === 'word').length;
    // Only a clause: an infinitive after « de »/« à », else a finite auxiliary or modal (« auraient effectué »,
    // « n’a jamais été engagé »), not a participle or a noun phrase (« et tenté un massage »).
    let v = 0;
    while (OBJECT_PRONOUNS.has(piece[v]?.lower ?? '')) v++;
    // (« et beaucoup viennent des musiques électroniques »: a plural verb in -ent after its subject.)
    const clause = marker ? looksInfinitive(piece[v]) : piece.some((t, j) => FINITE_HINTS.has(t.lower) || /(aient|èrent|eront|raient)$/.test(t.lower) || (j > 0 && j <= 3 && PLURAL_VERB_ENDING.test(t.lower) && !NOT_PLURAL_VERBS.has(t.lower) && piece[j - 1]?.lower !== 'qui' && piece[j - 1]?.kind === 'word'));
    if (!quoted && words >= 3 && (start === from ? cut < to && clauseAfter(cut) : clause)) {
      const end = cut < tokens.length ? tokens[cut]!.start : view.sentence.end;
      pieces.push(tidy(text, tokens[first]!.start, end));
    }
    start = cut;
  }
  return pieces;
}

/** The token (« et », « mais ») where a coordinated clause or reporting verb starts, or null. */
/**
 * Reported content never runs past this many tokens: real sentences are shorter, and the cap
 * keeps extraction linear on run-on text (a paragraph without a full stop).
 */
const MAX_CLAUSE_TOKENS = 150;

/**
 * The token (« et », « mais ») where a coordinated clause or reporting verb starts, or null when
 * the clause runs to the end of the sentence; the token at the cap when the sentence is longer.
 */
function clauseBoundary(tokens: Token[], groupStarts: Set<number>, from: number): number | null {
  const limit = Math.min(tokens.length - 1, from + MAX_CLAUSE_TOKENS);
  for (let i = from + 1; i < limit; i++) {
    const t = tokens[i]!;
    // A named speaker with a reporting verb starts another statement (« … Paul Martin a déclaré que … »).
    if (groupStarts.has(i + 1) && /^\p{Lu}/u.test(t.text) && t.kind === 'word') {
      let k = i;
      while (k - 1 > from && /^\p{Lu}/u.test(tokens[k - 1]!.text) && tokens[k - 1]!.kind === 'word') k--;
      return k;
    }
    // « …, tout en défendant … », « …, précisant que … »: a participial clause starts.
    if (t.text === ',') {
      let j = i + 1;
      if (tokens[j]?.lower === 'tout') j++;
      if (tokens[j]?.lower === 'en') j++;
      if (/ant$/.test(tokens[j]?.lower ?? '') && tokens[j]!.lower.length > 4 && j > i && !NOT_PARTICIPLES.has(tokens[j]!.lower)) return i;
    }
    // « … que l’agent soit suspendu, selon deux élus. »: a trailing source relays, it is not content.
    if (t.text === ',' && SOURCE_MARKERS.has(tokens[i + 1]?.lower ?? '')) return i;
    // « …, tandis qu’un collectif … », « …, alors que … »: another clause with its own subject.
    if (t.text === ',' && (tokens[i + 1]?.lower === 'tandis' || tokens[i + 1]?.lower === 'alors') && COMPLEMENTISERS.has(tokens[i + 2]?.lower ?? '')) return i;
    if (t.lower !== 'et' && t.lower !== 'mais') continue;
    if (COMPLEMENTISERS.has(tokens[i + 1]!.lower)) return i;
    let j = i + 1;
    while (j < tokens.length && (ADVERBS.has(tokens[j]!.lower) || tokens[j]!.text === ',')) j++;
    if (groupStarts.has(j)) return i;
    // « … ouvriront en 2027 et n’exclut pas d’étendre … »: a negated verb after « et » is the speaker's again.
    if (['ne', 'n’'].includes(tokens[j]?.lower ?? '') && NEGATION_CLOSERS.has(tokens[j + 2]?.lower ?? '')) return i;
    // « … par la société et a requis quatre mois »: a compound verb after « et » is the speaker acting again.
    if (['a', 'ont'].includes(tokens[j]?.lower ?? '') && /(é|i|is|it|u|us|ert|ait)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 1]?.kind === 'word') return i;
  }
  return limit < tokens.length - 1 ? limit : null;
}

/** Who speaks at a verb group: the inverted pronoun or subject after it, else its subject before it. */
function speakerOfGroup(text: string, view: SentenceView, groups: VerbGroup[], gi: number): ParsedMention | null {
  const g = groups[gi]!;
  if (g.inversion) return mentionAfter(text, view.tokens, view.tokens.indexOf(g.inversion));
  // « Un argument que balaie Gérald Vautier »: right after « que », the relative's subject follows its verb.
  if (['que', 'qu’'].includes(view.tokens[g.first - 1]?.lower ?? '')) {
    const inverted = mentionAfter(text, view.tokens, g.after);
    if (isNamedOrRole(inverted)) return inverted;
  }
  const before = subjectOf(text, view, groups, gi);
  // An incise between commas with its subject after the verb: « faute de quoi, a prévenu le syndicat, « … » » —
  // not after « X, 29 ans, accuse son ancien club, … », where the comma closes the subject's apposition.
  if (view.tokens[g.first - 1]?.text === ',' && !isNamedOrRole(before)) {
    // « », a déclaré à l’AFP le secrétaire général de la préfecture, soulignant que … »
    const toSomeone = ['à', 'au', 'aux', 'auprès'].includes(view.tokens[g.after]?.lower ?? '');
    const after = mentionAfter(text, view.tokens, g.after) ?? (toSomeone ? subjectAfterAdverbial(text, view.tokens, g.after, view.tokens.length) : null);
    // (« …, a déclaré un porte-parole de la police à la presse locale, en rappelant que … »: an adverbial may end the incise.)
    // (« Deux créneaux, c’est trop peu, répond Mourad Belkacem : « … » »: a colon closes it too.)
    const closedAt = (r: number) => view.tokens[r]?.text === ',' || view.tokens[r]?.text === ':' || (['à', 'au', 'aux', 'en', 'dans', 'devant', 'lors'].includes(view.tokens[r]?.lower ?? '') && view.tokens.slice(r + 1, r + 7).some((t) => t.text === ','));
    if (isNamedOrRole(after) && closedAt(reachOf(after))) return after;
  }
  // « la loi garantit aux diplômés un « droit à la poursuite d’études » »: a legal text speaks for no one.
  if (before?.type === 'description' && LEGAL_TEXT_NOUNS.has(before.head ?? '')) return null;
  // « un courrier de la mairie leur a demandé de … »: a document speaks for its author.
  return before?.type === 'description' && AUTHORED_DOCUMENT_NOUNS.has(before.head ?? '') ? documentAuthor(text, view.tokens, before) ?? before : before;
}

/** The person named before a role apposition that ends at the comma `comma` (« X, déléguée CFDT chez Nuitéa, »). */
function personBeforeApposition(text: string, tokens: Token[], comma: number): ParsedMention | null {
  let open = comma - 1;
  while (open > 0 && comma - open < 10 && tokens[open]!.text !== ',' && tokens[open]!.kind !== 'punct') open--;
  if (tokens[open]?.text !== ',' || open === comma - 1) return null;
  const app = appositionAfter(text, tokens, open, comma);
  // (The role may run on in words it does not take: « déléguée CFDT chez Nuitéa ».)
  if (!app || tokens.slice(app.after, comma).some((t) => t.kind !== 'word' || CLAUSE_STARTERS.has(t.lower) || REPORTING_VERB_FORMS.has(t.lower))) return null;
  const person = mentionBefore(text, tokens, open, 0);
  return person?.type === 'name' && !person.organisation && isPersonLike(person) ? person : null;
}

/**
 * The subject of a verb group: looking through « qui » to its antecedent, and, for a verb
 * coordinated by « et » or « mais », the subject of the verb before it or of the sentence.
 */
function subjectOf(text: string, view: SentenceView, groups: VerbGroup[], gi: number): ParsedMention | null {
  const { tokens } = view;
  const g = groups[gi]!;
  let first = g.first;
  // « l’élu, qui a promis de … »: the subject is the antecedent just before « , qui »; failing that,
  // one behind an apposition (« l’éditeur X, propriétaire du studio depuis 2022, qui a jugé … »).
  let behindApposition: number | null = null;
  if (tokens[first - 1]?.lower === 'qui') {
    first--;
    behindApposition = first;
    if (tokens[first - 1]?.text === ',') first--;
  }
  // « Olivier Terrasson, lui, ne promet rien »: a stressed pronoun between commas sets the subject apart.
  if (tokens[first - 1]?.text === ',' && STRESSED_PRONOUNS.has(tokens[first - 2]?.lower ?? '') && tokens[first - 3]?.text === ',') first -= 3;
  // « tout en assurant que … »: a gerund's subject is the main clause's.
  const gerund = g.form.tense === 'gerund';
  // « Nathalie Cuny, déléguée CFDT chez Nuitéa, qui redoute »: « qui » after a role apposition is the person it
  // describes, not the company that ends the role.
  const described = !gerund && behindApposition !== null && tokens[first]?.text === ',' ? personBeforeApposition(text, tokens, first) : null;
  let direct = described ?? (gerund ? null : mentionBefore(text, tokens, first, 0) ?? (behindApposition !== null ? mentionBefore(text, tokens, behindApposition, 0) : null));
  // « un conservateur du patrimoine interrogé par Le Figaro, qui rappelle »: « qui » is the person, not the agent.
  if (direct && behindApposition !== null && tokens[direct.first - 1]?.lower === 'par' && /^\p{Ll}+(é|ée|és|ées|int|inte|ints|intes)$/u.test(tokens[direct.first - 2]?.text ?? '')) {
    const person = mentionBefore(text, tokens, direct.first - 2, 0);
    if (person && person.type !== 'pronoun') direct = person;
  }
  // « une comédie du Français Samy Delaroque, qui a confié … »: « qui » is the person at the end, not the work.
  if (direct?.type === 'description' && behindApposition !== null) {
    for (let n = direct.first + 1; n < direct.after; n++) {
      if (!/^\p{Lu}/u.test(tokens[n]!.text) || /^\p{Lu}/u.test(tokens[n - 1]!.text)) continue;
      // « du Français Samy Delaroque »: a demonym before the name is not part of it.
      const start = demonymGender(tokens[n]) && /^\p{Lu}/u.test(tokens[n + 1]?.text ?? '') ? n + 1 : n;
      const person = mentionAfter(text, tokens, start, direct.after);
      if (person?.type === 'name' && person.after === direct.after && person.text.includes(' ')) direct = person;
      break;
    }
  }
  if (direct) return direct;
  // « …, a indiqué l’ARS en début d’après-midi, qui évoque « … » »: « qui » is the incise's subject.
  if (behindApposition !== null) {
    for (let p = gi - 1; p >= 0; p--) {
      const prev = groups[p]!;
      if (prev.after > first || tokens[prev.first - 1]?.text !== ',') continue;
      const subject = prev.inversion ? null : mentionAfter(text, tokens, prev.after);
      if (subject && subject.type !== 'pronoun' && !(subject.type === 'description' && subject.generic)) return subject;
      break;
    }
  }
  if (gerund) {
    for (let p = gi - 1; p >= 0; p--) if (groups[p]!.after <= g.first) return speakerOfGroup(text, view, groups, p);
    return sentenceSubject(text, tokens, g.first);
  }
  let k = first - 1;
  while (k >= 0 && (ADVERBS.has(tokens[k]!.lower) || tokens[k]!.text === ',')) k--;
  if (k < 0 || (tokens[k]!.lower !== 'et' && tokens[k]!.lower !== 'mais' && tokens[k]!.lower !== 'puis')) return null;
  for (let p = gi - 1; p >= 0; p--) {
    if (groups[p]!.after <= k) return speakerOfGroup(text, view, groups, p);
  }
  return sentenceSubject(text, tokens, k);
}

/** The subject at the start of a sentence, after a leading adverbial (« Dans un communiqué, il … »). */
/** « Quand on lui demande …, elle … »: token `at` lies in a subordinate clause that opens the sentence before a comma. */
function insideLeadingSubordinate(tokens: Token[], from: number, at: number, limit: number): boolean {
  // (« Et quand on lui demande …, il hausse les épaules : »: after a conjunction too.)
  const c = skipStamps(tokens, from, Math.min(limit, from + 6));
  const s0 = SENTENCE_CONJUNCTIONS.has(tokens[c]?.lower ?? '') ? c + 1 : c;
  if (!SUBORDINATORS.has(tokens[s0]?.lower ?? '')) return false;
  const comma = tokens.findIndex((t, k) => k > s0 && k < limit && t.text === ',');
  return comma > at;
}

function sentenceSubject(text: string, tokens: Token[], before: number): ParsedMention | null {
  // « 5 h 40 📞 Joint par radio, … »: a live blog's time stamp opens the sentence.
  let s0 = skipStamps(tokens, 0, Math.min(before, 6));
  // « Mais Gwenaëlle Le Bihan n’exclut pas … »: a conjunction opening the sentence.
  if (SENTENCE_CONJUNCTIONS.has(tokens[s0]?.lower ?? '')) s0++;
  // « Quand on lui demande le secret de sa longévité, elle … »: the main clause's subject, after the subordinate one.
  if (SUBORDINATORS.has(tokens[s0]?.lower ?? '')) {
    const comma = tokens.findIndex((t, k) => k > s0 && k < before && t.text === ',');
    if (comma > 0) s0 = comma + 1;
  }
  let i = s0;
  const firstComma = tokens.findIndex((t, k) => k > s0 && t.text === ',');
  // « Dans un communiqué, il … », « Interrogé sur l’arbitrage, il … », « Jointe par téléphone, X … »:
  // skip the leading phrase, and short adverbials after it (« …, samedi matin, une retraitée … »).
  const opener = tokens[s0] ?? tokens[0]!;
  const leadingPhrase =
    PREPOSITIONS_BEFORE_COMPLEMENT.has(opener.lower) ||
    /(é|ée|és|ées|ant|int|inte|ise|ue)$/.test(opener.lower) ||
    ['à', 'de', 'd’'].includes(tokens[s0 + 1]?.lower ?? '') || // « Face à elle, », « Près de la mairie, »
    // « Accroupi sur l’échafaudage, il … »: a participle, then where.
    (!FIRST_NAMES.has(opener.lower) && /(i|ie|is|ies|u|us|ues|it|ite)$/.test(opener.lower) && ['sur', 'sous', 'dans', 'derrière', 'devant', 'contre', 'au', 'aux', 'près', 'entre', 'face', 'par', 'lors', 'pendant', 'après', 'avant', 'en', 'chez', 'depuis'].includes(tokens[s0 + 1]?.lower ?? ''));
  if (firstComma > 0 && firstComma < before && leadingPhrase) {
    i = firstComma + 1;
    for (let guard = 0; guard < 3; guard++) {
      const next = tokens.findIndex((t, k) => k >= i && t.text === ',');
      // … or another prepositional phrase (« Sur le parking, à la sortie de l’équipe du matin, Nathalie … »).
      const adverbs = next - i <= 3 && tokens.slice(i, next).every((t) => ADVERBS.has(t.lower));
      const prepositional = next - i <= 10 && PREPOSITIONS_BEFORE_COMPLEMENT.has(tokens[i]?.lower ?? '') && findVerbGroups(tokens, i, next).length === 0;
      if (next < 0 || next >= before || !(adverbs || prepositional)) break;
      i = next + 1;
    }
  }
  let m = mentionAfter(text, tokens, i, before);
  // « Parmi les rares jeunes présents, Killian Bourdais, 27 ans, se dit prêt … »: a verbless opening phrase.
  if ((!m || (m.type === 'description' && m.generic)) && i === s0 && firstComma > 0 && firstComma < Math.min(before, s0 + 8) && findVerbGroups(tokens, s0, firstComma).length === 0) {
    const after = mentionAfter(text, tokens, firstComma + 1, before);
    // (« Avec son association, elle prépare … »: a pronoun subject too.)
    if (after && !(after.type === 'description' && after.generic)) m = after;
  }
  if (m) return m;
  const t = tokens[i];
  if (t && SUBJECT_PRONOUN_SET.has(t.lower)) return { start: t.start, end: t.end, text: t.text, type: 'pronoun', first: i, after: i + 1, gender: t.lower === 'elle' ? 'f' : t.lower === 'il' ? 'm' : 'any' };
  return null;
}

/** Where the reported content starts after a verb group, or null when it has no clause complement. */
const isCapitalizedWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

function complementStart(tokens: Token[], inQuote: Int32Array, g: VerbGroup): number | null {
  let i = g.after;
  let inPrepositionalPhrase = false;
  for (let steps = 0; i < tokens.length && steps < (inPrepositionalPhrase ? 20 : 16); steps++, i++) {
    const t = tokens[i]!;
    if (inQuote[i] !== -1) return null;
    // « n’explique qu’une partie du phénomène »: « ne … que » restricts; it opens no clause.
    if (COMPLEMENTISERS.has(t.lower) && i === g.after && ['ne', 'n’'].includes(tokens[g.first - 1]?.lower ?? '')) return null;
    if (COMPLEMENTISERS.has(t.lower)) return i + 1 < tokens.length ? i + 1 : null;
    // « a demandé à la SNCF de rembourser … », « conseille aux maires d’éteindre … »: an indirect
    // object may stand before « de » + infinitive.
    if (inPrepositionalPhrase && (t.lower === 'de' || t.lower === 'd’') && infinitiveAt(tokens, i + 1)) {
      return i + 1;
    }
    // « a demandé à l’UCI de « protéger les coureurs » et de … »: the infinitive is quoted.
    if (inPrepositionalPhrase && (t.lower === 'de' || t.lower === 'd’') && inQuote[i + 1] !== -1 && looksInfinitive(tokens[i + 2])) return i + 1;
    if (steps === 0 || !inPrepositionalPhrase) {
      // « de » + infinitive: « a promis de baisser », « a annoncé d’ici » is not one.
      if ((t.lower === 'de' || t.lower === 'd’') && infinitiveAt(tokens, i + 1)) {
        return i + 1;
      }
      // « conseille de « ne jamais payer … » et de vérifier … »: the infinitive is quoted.
      if (steps === 0 && (t.lower === 'de' || t.lower === 'd’') && inQuote[i + 1] !== -1 && (looksInfinitive(tokens[i + 2]) || ['ne', 'n’'].includes(tokens[i + 2]?.lower ?? ''))) return i + 1;
      // « à » + infinitive after the verbs that take it: « s’est engagé à supprimer … », « appellent à ne rien consommer ».
      if (t.lower === 'à' && A_INFINITIVE_LEMMAS.has(g.form.lemma) && infinitiveAt(tokens, i + 1)) {
        return i + 1;
      }
      if (t.lower === 'à' && A_INFINITIVE_LEMMAS.has(g.form.lemma) && inQuote[i + 1] !== -1 && (looksInfinitive(tokens[i + 2]) || ['ne', 'n’'].includes(tokens[i + 2]?.lower ?? ''))) return i + 1;
      // A bare infinitive: « a indiqué souhaiter que … », « affirme vouloir … ».
      if (steps === 0 && g.form.infinitive && looksInfinitive(t)) return i;
      // A past infinitive after any reporting verb: « a expliqué avoir « perdu le plaisir » », « raconte être parti ».
      if (steps === 0 && (t.lower === 'avoir' || t.lower === 'être') && (inQuote[i + 1] !== -1 || /(é|ée|és|ées|i|is|ie|it|u|ue|us|ert|erte)$/u.test(tokens[i + 1]?.lower ?? ''))) return i;
      // « annonce son intention de … »
      if ((t.lower === 'son' || t.lower === 'sa' || t.lower === 'leur') && INTENT_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
        const de = tokens[i + 2];
        if (de && (de.lower === 'de' || de.lower === 'd’')) return i + 3 < tokens.length ? i + 3 : null;
      }
    }
    // « a demandé à l’Office national des processus électoraux (ONPE) de publier … »: an acronym in parentheses.
    if (t.text === '(' && tokens[i + 2]?.text === ')' && inPrepositionalPhrase) {
      i += 2;
      continue;
    }
    // « redoute, lui, que … »: a stressed pronoun between commas sets the subject apart.
    if (t.text === ',' && STRESSED_PRONOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.text === ',') {
      i += 2;
      continue;
    }
    // (« demande aux habitants de Saulx, Ormoy et Villiers de rester … »: a list of names inside the phrase.)
    if (t.text === ',' && inPrepositionalPhrase && isCapitalizedWord(tokens[i + 1])) continue;
    if (t.text === ',') {
      inPrepositionalPhrase = false;
      continue;
    }
    // « déconseille formellement de … »: an adverb in -ment the list does not hold.
    if (!inPrepositionalPhrase && t.kind === 'word' && t.lower.length > 6 && t.lower.endsWith('ment') && /^\p{Ll}/u.test(t.text) && steps < 2) continue;
    // « a annoncé jeudi la suppression de … »: a day is an adverb, what follows it is still the object.
    // … so is a date (« a indiqué jeudi 19 novembre que … »).
    if (TIME_WORDS.has(t.lower) || MONTH_SET.has(t.lower) || (t.kind === 'number' && MONTH_SET.has(tokens[i + 1]?.lower ?? ''))) continue;
    // … and « la semaine dernière », « ce matin », « l’an dernier » (« a indiqué la semaine dernière que … »).
    if (['la', 'le', 'l’', 'ce', 'cet', 'cette'].includes(t.lower) && TIME_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
      i += TIME_QUALIFIERS.has(tokens[i + 2]?.lower ?? '') ? 2 : 1;
      continue;
    }
    // Before the adverbs: « à » opens « a demandé à la région de … » as much as « à nouveau ».
    if (PREPOSITIONS_BEFORE_COMPLEMENT.has(t.lower)) {
      inPrepositionalPhrase = true;
      continue;
    }
    if (ADVERBS.has(t.lower) && !inPrepositionalPhrase) continue;
    if (inPrepositionalPhrase && t.kind !== 'punct') continue;
    if (t.kind === 'inversion') continue;
    // « appelle les particuliers à signaler … », « invite les habitants à rester … »: an object, then à + infinitive.
    if (A_INFINITIVE_LEMMAS.has(g.form.lemma) && !inPrepositionalPhrase) {
      for (let j = i + 1; j < Math.min(tokens.length - 1, i + 12) && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'number') && !COMPLEMENTISERS.has(tokens[j]!.lower); j++) {
        if (tokens[j]!.lower === 'à' && infinitiveAt(tokens, j + 1) && inQuote[j + 1] === -1) return j + 1;
        // « appelle son adversaire à « accepter le verdict des urnes » »: the infinitive is quoted.
        if (tokens[j]!.lower === 'à' && inQuote[j + 1] !== -1 && (looksInfinitive(tokens[j + 2]) || ['ne', 'n’'].includes(tokens[j + 2]?.lower ?? ''))) return j + 1;
      }
    }
    // « accuse l’organisateur de ne pas avoir proposé … », « somme la mairie de rouvrir … »: whom, then de + infinitive.
    if (OBJECT_DE_INFINITIVE_LEMMAS.has(g.form.lemma) && !inPrepositionalPhrase) {
      for (let j = i + 1; j < Math.min(tokens.length - 1, i + 9) && inQuote[j] === -1 && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'number'); j++) {
        if (COMPLEMENTISERS.has(tokens[j]!.lower)) break;
        if ((tokens[j]!.lower === 'de' || tokens[j]!.lower === 'd’') && (infinitiveAt(tokens, j + 1) || ['ne', 'n’'].includes(tokens[j + 1]?.lower ?? ''))) return j + 1;
      }
    }
    // « a informé ses apporteurs qu’elle réduirait … », « a prévenu les habitants que … »: whom, then the clause.
    // (« a informé Camille Orlandi que … »: a name too.)
    if (PERSON_OBJECT_QUE_LEMMAS.has(g.form.lemma) && !inPrepositionalPhrase && (DETERMINERS.has(t.lower) || POSSESSIVES.has(t.lower) || /^\p{Lu}/u.test(t.text))) {
      // (« a informé mardi les quelque 400 viticulteurs qui la livrent qu’elle … »: numbers and a short relative clause.)
      for (let j = i + 1; j < Math.min(tokens.length - 1, i + 12) && inQuote[j] === -1; j++) {
        if (COMPLEMENTISERS.has(tokens[j]!.lower)) return j + 1;
        if (tokens[j]!.kind !== 'word' && tokens[j]!.kind !== 'number') break;
      }
    }
    return null; // a direct object: « a annoncé la signature d’un accord » (optional case, not taken)
  }
  return null;
}

// --- « …, a indiqué la préfecture. » -----------------------------------------------------------

/**
 * « Le bagage ne contenait que des vêtements, a indiqué la préfecture de la Gironde. »: a clause
 * without marks reported by an incise that closes the sentence. The content is the clause before
 * the incise (an optional statement in the gold sets, a real one for a fact-checker), and the
 * incise's subject becomes a speaker the next pronouns can refer to.
 */
function extractTrailingIncise(text: string, view: SentenceView, groups: VerbGroup[], used: Set<number>, out: ExtractedStatement[], sentenceFirst: number): void {
  const { tokens, sentence, quotes } = view;
  if (quotes.length > 0 || tokens.length < 6) return;
  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const g = groups[gi]!;
    if (used.has(gi) || !usable(g) || tokens[g.first - 1]?.text !== ',' || g.first < 4) continue;
    const m = g.inversion ? mentionAfter(text, tokens, tokens.indexOf(g.inversion)) : mentionAfter(text, tokens, g.after);
    if (!m || (m.type === 'description' && m.generic)) continue;
    // « Le maire de X, Gérard Chavassieux, a écrit au syndicat »: the comma closes the subject's apposition.
    const before = g.inversion ? null : subjectOf(text, view, groups, gi);
    if (isNamedOrRole(before)) continue;
    // The subject closes the sentence, give or take a time or place (« en début d’après-midi »).
    const rest = tokens.slice(reachOf(m)).filter((t) => t.kind !== 'punct');
    if (rest.length > 6 || tokens.slice(reachOf(m)).some((t) => t.text === ',' && t !== tokens[tokens.length - 1])) continue;
    // The clause before the comma must not be a reporting clause already taken.
    if (out.length > sentenceFirst) return;
    const span = tidy(text, sentence.start, tokens[g.first - 1]!.start);
    if (span.end - span.start < 10) return;
    used.add(gi);
    out.push({
      kind: 'indirect',
      ...span,
      text: text.slice(span.start, span.end),
      sentence: { start: sentence.start, end: sentence.end },
      cue: cueText(text, g),
      mention: m,
      confidence: 0.6,
    });
    return;
  }
}

// --- « Selon X, … » ---------------------------------------------------------------------------

function extractSelonClause(text: string, view: SentenceView, out: ExtractedStatement[], sentenceFirst: number): void {
  const { tokens, sentence, quotes } = view;
  if (tokens.length < 4) return;
  // « 16 h 40 – Selon le parquet, … » in a live blog: skip a leading time stamp.
  let h = skipStamps(tokens, 0, 6);
  // « En cause, selon elle, … », « Nouvelles perturbations : selon SNCF Voyageurs, … »: a short
  // phrase may come before the source.
  const lead = tokens.findIndex((t, k) => k >= h && k < h + 5 && (t.text === ',' || t.text === ':'));
  // « Le réseau aggrave la situation : d’après la société qui le gère, … »: a colon opens a clause of its own.
  const colon = tokens.findIndex((t, k) => k >= h && t.text === ':' && view.inQuote[k] === -1 && SOURCE_MARKERS.has(tokens[k + 1]?.lower ?? ''));
  if (lead >= 0 && SOURCE_MARKERS.has(tokens[lead + 1]?.lower ?? '') && findVerbGroups(tokens, h, lead).length === 0) h = lead + 1;
  else if (colon >= 0) h = colon + 1;
  else h = afterConjunction(tokens, h);
  const head = tokens[h]!;
  // « « Pour un studio, je n’aurais pas payé … », résume-t-il »: inside a quote, it is the quote's wording.
  if (head && view.inQuote[h] !== -1) return;
  if (head && SOURCE_OPENERS.has(head.lower)) {
    let m = mentionAfter(text, tokens, h + 1);
    // A long source up to the comma only after « selon »/« d’après »: after « pour » it is as often a time or a purpose.
    // « Premier enseignement, selon l’agglomération : le nombre … »: a colon may close the source.
    const closesSource = (x: ParsedMention | null) => x !== null && (tokens[reachOf(x)]?.text === ',' || (h > 0 && tokens[reachOf(x)]?.text === ':'));
    // (A parsed name or role whose apposition ends at a comma keeps its own words: « Selon l’épidémiologiste
    // Grace Okafor, chercheuse dans un institut d’Abuja, … » is Grace Okafor, not the whole phrase.)
    const closedLater = m && m.type === 'name' && !closesSource(m) ? sourceCommaAfter(tokens, m, tokens.length) : -1;
    if (m && closedLater >= 0) m = { ...m, reach: closedLater };
    if (!closesSource(m) && head.lower !== 'pour') m = sourceUpToComma(text, tokens, h + 1);
    if (m && head.lower !== 'pour') m = documentAuthor(text, tokens, m) ?? m;
    // « Pour Cédric Le Moal, infirmier et délégué CGT, la fermeture … »: an apposition the parser did not close.
    const close = m && !closesSource(m) ? sourceCommaAfter(tokens, m, tokens.length) : -1;
    if (m && close >= 0) m = { ...m, reach: close };
    if (!m || !closesSource(m)) return;
    // « Selon l’Observatoire funéraire de l’Ouest, une association de professionnels du secteur, … »:
    // an apposition describing the source, between commas, with no verb.
    if (['un', 'une'].includes(tokens[reachOf(m) + 1]?.lower ?? '')) {
      const close = tokens.findIndex((t, k) => k > reachOf(m!) + 1 && t.text === ',');
      const apposition = close > 0 && close - reachOf(m) <= 10 ? descriptionAt(tokens, reachOf(m) + 1, close) : null;
      if (apposition && apposition.after === close && findVerbGroups(tokens, reachOf(m) + 1, close).length === 0) m = { ...m, reach: close };
    }
    // « D’après l’association X, qui accompagne …, content »: a relative clause between commas.
    if (tokens[reachOf(m) + 1]?.lower === 'qui') {
      const close = tokens.findIndex((t, k) => k > reachOf(m!) + 1 && t.text === ',');
      if (close > 0 && close - reachOf(m) < 15) m = { ...m, reach: close };
    }
    // « Pour l’hydrologue Salam Radhi, installé à Erbil, … », « Selon X, de l’université Laval à Québec, … »,
    // « Pour X, 58 ans, … »: a verbless apposition that places, affiliates or ages the source.
    const placed = appositionEnd(tokens, reachOf(m), view.inQuote);
    if (placed > 0) m = { ...m, reach: placed };
    if (isNewsroom(m)) return;
    // (« Pour la CGT, … »: an acronym is a body.)
    if (head.lower === 'pour' && !(isSpeakerLike(m) && (m.type !== 'name' || m.organisation === true || isPersonLike(m) || isOrganisationName(m.text) || /^\p{Lu}{2,}$/u.test(m.text)))) return;
    // « Pour la troisième campagne consécutive, … » is a time, « Pour les éleveurs qui … » those it
    // concerns (a crowd's view is optional anyway): « pour » needs a person, a role or an organisation.
    // (« Pour les syndicats, elle risque de devenir définitive »: bodies, though, speak.)
    const bodies = m.type === 'description' && /^les\s/i.test(m.text) && ORGANISATION_NOUNS.has(singularOf(m.head ?? ''));
    if (head.lower === 'pour' && m.type === 'description' && !bodies && (m.generic || /^(les|des)\s/i.test(m.text))) return;
    const contentTok = tokens[reachOf(m) + 1];
    if (!contentTok) return;
    // « Pas si sûr, selon Armelle Tissot, avocate en droit de la consommation. »: what follows the source
    // is its apposition, and the sentence ends there; the words are before (an optional case at most).
    const apposition = appositionAfter(text, tokens, reachOf(m));
    if (h > 0 && apposition && (apposition.after >= tokens.length - 1 || TERMINAL_TOKENS.has(tokens[apposition.after]?.text ?? ''))) return;
    if (quotes.some((q) => q.open <= contentTok.start + 1 && q.open >= tokens[reachOf(m)]!.end)) return; // direct, handled
    // The clause runs to the end of the sentence, colon included (« … s’explique par le coût de la vie :
    // croquettes, vétérinaire »), but stops at a semicolon, and at a colon that hands over to a quote.
    const lastQuoteOpen = quotes.length > 0 ? quotes[quotes.length - 1]!.open : -1;
    const stop = tokens.findIndex((t, k) => k > reachOf(m!) + 1 && (t.text === ';' || (t.text === ':' && lastQuoteOpen > t.start)));
    const span = tidy(text, contentTok.start, stop > 0 ? tokens[stop]!.start : sentence.end);
    if (quotes.some((q) => q.open >= span.start && q.open < span.end && !isNameInMarks(view, q))) {
      // The quote is a mixed statement; a clause coordinated with it outside the marks is the source's too.
      for (const piece of coordinatedWithoutQuotes(text, view, reachOf(m) + 1, stop > 0 ? stop : tokens.length)) {
        out.push({ kind: 'indirect', ...piece, text: text.slice(piece.start, piece.end), sentence: { start: sentence.start, end: sentence.end }, cue: head.text, mention: m, confidence: 0.7 });
      }
      return;
    }
    // « Selon France Bleu, il aurait menacé de … »: a relay; the reporting verb's own statement counts.
    // A medium relays whoever speaks after it; anyone else relays only a verb that reports a clause
    // of its own (« Selon lui, deux signaleurs ont constaté la scène » is what he says).
    const medium = isMedium(tokens, m);
    const relayed = m.type !== 'pronoun' && findVerbGroups(tokens, reachOf(m) + 1, Math.min(tokens.length, reachOf(m) + 10)).some((g) => usableInClause(g) && (medium || complementStart(tokens, view.inQuote, g) !== null));
    if (relayed) return;
    out.push({
      kind: 'indirect',
      ...span,
      text: text.slice(span.start, span.end),
      sentence: { start: sentence.start, end: sentence.end },
      cue: head.text,
      mention: m,
      confidence: 0.75,
    });
    return;
  }
  // « …, selon X. » at the end of a sentence without quotes — unless a reporting verb of the
  // sentence already says who spoke (« X aurait réclamé que …, selon deux élus »: a relay).
  if (quotes.length > 0) return;
  for (let k = sentenceFirst; k < out.length; k++) if (out[k]!.kind === 'indirect') return;
  for (let i = tokens.length - 2; i > 2; i--) {
    const t = tokens[i]!;
    if (!SOURCE_MARKERS.has(t.lower)) continue;
    if (tokens[i - 1]?.text !== ',') return;
    let m = mentionAfter(text, tokens, i + 1);
    if (!m) return;
    m = documentAuthor(text, tokens, m) ?? m;
    if (isNewsroom(m)) return;
    const rest = tokens.slice(reachOf(m)).filter((x) => x.kind !== 'punct');
    if (rest.length > 0) return;
    const span = tidy(text, sentence.start, tokens[i - 1]!.start);
    out.push({
      kind: 'indirect',
      ...span,
      text: text.slice(span.start, span.end),
      sentence: { start: sentence.start, end: sentence.end },
      cue: t.text,
      mention: m,
      confidence: 0.7,
    });
    return;
  }
}

/**
 * « selon un bilan présenté lundi par la direction », « d’après les premières constatations des
 * gendarmes », « selon un décompte du syndicat des joueurs »: a document speaks for its author.
 */
function documentAuthor(text: string, tokens: Token[], m: ParsedMention): ParsedMention | null {
  if (m.type !== 'description') return null;
  let k = m.first + 1;
  while (k < m.first + 3 && !DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) k++;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return null;
    // « une note interne consultée par notre journal »: the newsroom read it; the document stays the source.
    if (t.lower === 'par') {
      // (« un rapport interne consulté par Le Figaro »: a publication that read it is no author either.)
      const agent = mentionAfter(text, tokens, j + 1);
      return agent && !isNewsroom(agent) && !isMedium(tokens, agent) ? agent : null;
    }
    if ((t.lower === 'de' || t.lower === 'd’' || t.lower === 'du' || t.lower === 'des') && j === k + 1) {
      // « des gendarmes » → « les gendarmes », « du syndicat » → « le syndicat »: read it with a determiner.
      const det = t.lower === 'du' ? 'le' : t.lower === 'des' ? 'les' : null;
      const view = det ? [...tokens.slice(0, j), { ...t, text: det, lower: det }, ...tokens.slice(j + 1)] : tokens;
      const author = mentionAfter(text, view, det ? j : j + 1);
      if (!author || author.type === 'pronoun') return null;
      // The author's text starts after « du »/« des », which the source does not contain as written.
      const first = det ? j + 1 : author.first;
      if (first >= author.after) return null;
      const found = { ...author, start: tokens[first]!.start, text: text.slice(tokens[first]!.start, author.end), first };
      // « les premiers éléments de l’enquête de la gendarmerie »: a document of a document has the latter's author.
      return documentAuthor(text, tokens, found) ?? found;
    }
  }
  return null;
}

/**
 * « Selon le Bureau central sismologique français (BCSF), … »: when the name parser stops short,
 * the source is everything up to the comma, provided that is a short phrase without a verb —
 * minus a relative clause (« un prêtre du diocèse qui a requis l’anonymat »).
 */
function sourceUpToComma(text: string, tokens: Token[], from: number): ParsedMention | null {
  const comma = tokens.findIndex((t, k) => k > from && t.text === ',');
  if (comma < 0 || comma - from > 12) return null;
  if (findVerbGroups(tokens, from, comma).length > 0) return null;
  let end = comma;
  // … and a participial phrase (« un enquêteur cité par le quotidien local »).
  // (« les réfugiés » is a noun: a participle opens a phrase only before its preposition.)
  const participial = (k: number) => (/^\p{Ll}+(é|ée|és|ées)$/u.test(tokens[k]!.text) || RELAY_PARTICIPLE.test(tokens[k]!.lower)) && ['par', 'à', 'au', 'dans', 'en', 'sur', 'de', 'depuis'].includes(tokens[k + 1]?.lower ?? '');
  const relative = tokens.findIndex((t, k) => k > from + 1 && k < comma && (t.lower === 'qui' || participial(k)));
  if (relative > from) end = relative;
  while (end > from && (tokens[end - 1]!.text === ')' || tokens[end - 1]!.kind === 'punct')) {
    // drop a trailing parenthesis (« (BCSF) »)
    const open = tokens.findIndex((t, k) => k >= from && k < end && t.text === '(');
    end = open > from ? open : end - 1;
  }
  if (end <= from) return null;
  // « selon l’Amicale des gardes champêtres du Rhône » : a determiner before a capitalised name makes it an
  // organisation's, and the determiner is not part of it.
  const determined = DETERMINERS.has(tokens[from]!.lower) && /^\p{Lu}/u.test(tokens[from + 1]?.text ?? '') && end - from > 1;
  const start = determined ? from + 1 : from;
  const first = tokens[start]!;
  const isName = /^\p{Lu}/u.test(first.text);
  const span = { start: first.start, end: tokens[end - 1]!.end, text: text.slice(first.start, tokens[end - 1]!.end), first: start, after: end, reach: comma };
  if (determined) return { ...span, type: 'name', organisation: true, gender: DETERMINER_GENDER.get(tokens[from]!.lower) ?? organisationNounGender(first.lower) };
  return { ...span, type: isName ? 'name' : 'description' };
}

/** « d’après le style du marin »: « d’après » before a thing that is no document means « judging by », not a source. */
function judgingBy(marker: Token, m: ParsedMention): boolean {
  return normalizeApostrophes(marker.lower) === 'd’après' && isThing(m) && !DOCUMENT_NOUNS.has(m.head ?? '') && !AUTHORED_DOCUMENT_NOUNS.has(m.head ?? '');
}

/** « ce nouveau foyer », « la salle »: a description of a thing, which reports for no one. */
function isThing(m: ParsedMention): boolean {
  return m.type === 'description' && m.generic === true && !isPersonOrBodyNoun(m.head ?? '') && !/\p{Lu}/u.test(m.text.slice(1));
}

/** « auteurs », « syndicats », « cueilleuses »: a noun (singular or plural) for people or a body, not a thing or an event. */
function isPersonOrBodyNoun(noun: string): boolean {
  const singular = singularOf(noun);
  return [noun, singular].some((w) => ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w) || ORGANISATION_NOUNS.has(w) || AGENT_NOUN_ENDINGS.some(([ending]) => w.endsWith(ending)));
}

/** « Pour X, … » attributes only when X is a person: a full name, a known first name or a role. */
function isPersonLike(m: ParsedMention): boolean {
  const words = m.text.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  return words.length > 1 || FIRST_NAMES.has(first) || ROLE_NOUNS.has(first);
}
