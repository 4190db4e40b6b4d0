// French text reduced to what two wordings of one statement share: content words, stemmed (Snowball/Porter
// French stemmer from natural) and folded (lower case, no accents). Function words and numbers are dropped, so
// « nous avons conclu un accord » and « avait conclu l’accord » meet, and a changed figure does not hide
// that two sentences make the same statement (figures are compared separately, see figures.ts).

import frenchStemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { memoizeString } from '../core/memo.js';
import { fold, tokenize } from '../pipeline/tokenize.js';
import { isNumberWord } from './french-numbers.js';

/** Folded French function words: they carry no statement of their own. */
const STOPWORDS = new Set(
  `a ai aie ainsi alors as au aucun aucune aupres auquel aura aurait aussi autre autres aux avaient avais avait
   avant avec avez avoir avons ayant c ca car ce ceci cela celle celles celui cependant certains ces cet cette ceux
   chaque chez comme comment d dans de des deja desormais dont du elle elles en encore entre es est et etaient
   etait etant ete etre eu eux fait faire fut ici il ils j je l la laquelle le lequel les leur leurs lors lorsque
   lui m ma mais me meme memes mes moi mon n ne ni non nos notre nous on ont or ou ou par parce parmi pas pendant
   peu peut peuvent plus plutot pour pourquoi puis qu quand que quel quelle quelles quels qui quoi s sa sans se
   selon sera serait seront ses si sien soi soit son sont sous sur t ta tandis te tel telle tels tes toi ton tous
   tout toute toutes tres tu un une va vers voici voila vos votre vous y`
    .split(/\s+/)
    .filter(Boolean),
);

/** The stem of one word, hyphenated compounds part by part (« garde-fous » and « garde-fou » → « gard-fou »). */
export const stemWord: (word: string) => string = memoizeString(
  (word) =>
    word
      .toLowerCase()
      .split('-')
      // The stemmer leaves the plural of short words (« fous », « lois »): drop it so both numbers meet.
      .map((part) => fold(frenchStemmer.stem(part)).replace(/(?<=^.{3,})[sx]$/u, ''))
      .join('-'),
  100_000,
);

export interface ContentWord {
  /** The word folded as FTS5 `remove_diacritics 2` indexes it: lower case, no accents. */
  folded: string;
  stem: string;
}

/** The content words of a text in order: no function words, elisions, numbers or number words. */
export function contentWords(text: string): ContentWord[] {
  const words: ContentWord[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    // Elided articles and pronouns (« l’ », « qu’ ») are tokens of their own, ending with the apostrophe.
    const folded = fold(token.lower);
    if (folded.length < 2 || folded.endsWith('’') || STOPWORDS.has(folded) || isNumberWord(folded)) continue;
    words.push({ folded, stem: stemWord(token.lower) });
  }
  return words;
}

/** The set of content stems: what statement similarity is computed over. */
export function stemSet(text: string): Set<string> {
  return new Set(contentWords(text).map((w) => w.stem));
}
