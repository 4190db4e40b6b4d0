// Named entities in French text, found by their shape alone: runs of capitalised words (Sam Altman,
// Charles de Gaulle), acronyms (IA, GPT-4) and words with an inner capital (OpenAI, ChatGPT, xAI).
// A single ordinary capitalised word is reported only on request: it is as often a noun that must be
// translated (le Pentagone, la Défense) as a name, so the Apertium shield leaves those to Apertium.

export type EntityKind = 'name' | 'acronym' | 'product' | 'capitalised';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*/gu;

// Particles that join the parts of a personal name: Charles de Gaulle, Ursula von der Leyen, Valéry Giscard d'Estaing.
const NAME_PARTICLES = new Set(['de', 'du', 'd', 'von', 'van', 'der', 'den', 'del', 'della', 'da', 'di', 'dos', 'bin', 'ben']);

// Function words that start a sentence with a capital without being a name (« Le Pentagone », « Selon Sam Altman »).
const SENTENCE_STARTERS = new Set(
  `le la les l un une des de du d ce cet cette ces c ça il elle ils elles on nous vous je j tu selon pour par
  mais et ou donc or ni car dans en au aux sur sous avec sans si quand alors depuis après avant lors comme chez
  tout tous toute toutes qui que qu quoi dont où mon ma mes son sa ses notre nos votre vos leur leurs cela ceci
  voici voilà aujourd hier demain ainsi enfin puis pourtant cependant toutefois néanmoins outre entre contre
  vers malgré parmi pendant y a est`.split(/\s+/),
);

const SPACE_ONLY = /^[ \u00A0\u202F]$/;
const SENTENCE_BOUNDARY = /(?:[.!?…«“"(—–]\s*|\n\s*)$/;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*$/u.test(word);
}

/** OpenAI, ChatGPT, xAI, iPhone: a capital after the first letter of a part, and some lower case. */
export function hasInnerCapital(word: string): boolean {
  return word.split(/[-‑]/).some((part) => /\p{Ll}/u.test(part) && /^.+\p{Lu}/u.test(part) && !isAcronym(part));
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

function isSentenceInitial(text: string, word: Word): boolean {
  const before = text.slice(Math.max(0, word.start - 3), word.start);
  return word.start === 0 || /^\s*$/.test(text.slice(0, word.start)) || SENTENCE_BOUNDARY.test(before);
}

export interface FindEntitiesOptions {
  /** Also report single capitalised words that do not start a sentence (Anthropic, Pentagone). */
  includeSingleWords?: boolean;
}

export function findNamedEntities(text: string, options: FindEntitiesOptions = {}): EntityMention[] {
  const list = words(text);
  const found: EntityMention[] = [];
  let i = 0;
  while (i < list.length) {
    const first = list[i]!;
    const initial = isSentenceInitial(text, first);
    const shaped = isAcronym(first.text) || hasInnerCapital(first.text);
    const startsName = shaped || (isCapitalised(first.text) && !(initial && SENTENCE_STARTERS.has(first.text.toLowerCase())));
    if (!startsName) {
      i += 1;
      continue;
    }
    // Extend over capitalised words separated by one space, and over particles between capitalised parts of
    // a personal name. Particles do not join a product or acronym to what follows (« xAI d'Elon Musk »).
    let last = i;
    let onlyPersonalParts = !shaped;
    for (let j = i + 1; j < list.length; j += 1) {
      const previous = list[j - 1]!;
      const next = list[j]!;
      const gap = text.slice(previous.end, next.start);
      const nextIsNamePart = isCapitalised(next.text) || isAcronym(next.text) || hasInnerCapital(next.text);
      if (SPACE_ONLY.test(gap) && nextIsNamePart && j === last + 1) {
        last = j;
        if (!isCapitalised(next.text) || hasInnerCapital(next.text)) onlyPersonalParts = false;
        continue;
      }
      // One or two particles, then a capitalised part: « de Gaulle », « d'Estaing », « von der Leyen ».
      if (j === last + 1 && onlyPersonalParts && SPACE_ONLY.test(gap)) {
        let k = j;
        while (k < j + 2 && list[k] && NAME_PARTICLES.has(list[k]!.text)) k += 1;
        const particleEnd = list[k - 1];
        const after = list[k];
        if (
          k > j &&
          particleEnd &&
          after &&
          /^(?:[ \u00A0\u202F]|['’])$/.test(text.slice(particleEnd.end, after.start)) &&
          isCapitalised(after.text)
        ) {
          last = k;
          j = k;
          continue;
        }
      }
      break;
    }
    const end = list[last]!;
    const runText = text.slice(first.start, end.end);
    if (last > i) {
      found.push({ start: first.start, end: end.end, text: runText, kind: 'name' });
    } else if (isAcronym(first.text)) {
      found.push({ start: first.start, end: first.end, text: runText, kind: 'acronym' });
    } else if (hasInnerCapital(first.text)) {
      found.push({ start: first.start, end: first.end, text: runText, kind: 'product' });
    } else if (options.includeSingleWords && !initial) {
      found.push({ start: first.start, end: first.end, text: runText, kind: 'capitalised' });
    }
    i = last + 1;
  }
  return found;
}
