// Scores predicted statements against a gold set, as ANNOTATION.md defines it: a lenient
// match covers more than 30 % of the gold quote's characters, a strict one overlaps more than
// 80 % of both spans; matching is one to one, best overlap first; optional gold statements
// neither reward nor punish.

import { fold } from '../pipeline/tokenize.js';

export type StatementKind = 'direct' | 'mixed' | 'indirect';

export interface GoldStatement {
  kind: StatementKind;
  start: number;
  end: number;
  quote: string;
  speaker: string;
  aliases: string[];
  optional: boolean;
}

export interface PredictedStatement {
  kind: StatementKind;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface Match {
  gold: number;
  pred: number;
  overlap: number;
}

export const LENIENT = 0.3;
export const STRICT = 0.8;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matching, greedily by overlap ratio, under a predicate on the pair. */
export function matchStatements(
  gold: GoldStatement[],
  pred: PredictedStatement[],
  accept: (g: GoldStatement, p: PredictedStatement, shared: number) => boolean,
): Match[] {
  const pairs: { gold: number; pred: number; overlap: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const shared = overlap(g, p);
      if (shared > 0 && accept(g, p, shared)) pairs.push({ gold: gi, pred: pi, overlap: shared, score: shared / (g.end - g.start) });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || b.overlap - a.overlap);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: Match[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.gold) || usedPred.has(pair.pred)) continue;
    usedGold.add(pair.gold);
    usedPred.add(pair.pred);
    matches.push({ gold: pair.gold, pred: pair.pred, overlap: pair.overlap });
  }
  return matches;
}

export const lenientAccept = (g: GoldStatement, _p: PredictedStatement, shared: number) => shared > LENIENT * (g.end - g.start);
export const strictAccept = (g: GoldStatement, p: PredictedStatement, shared: number) =>
  shared > STRICT * (g.end - g.start) && shared > STRICT * (p.end - p.start);

const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'lui', 'eux', 'on', '-t-il', '-t-elle', '-il', '-elle']);

const LEADING_DETERMINER = /^(le |la |les |l’|un |une |des )/;

/**
 * Words after which the rest of a noun phrase is a complement, not the speaker: « commune » is no trailing part of
 * « un expert mandaté par la commune », nor « Aveyron » of « la caisse … de l’Aveyron ».
 */
const COMPLEMENT_WORDS = new Set([
  'de', 'du', 'des', 'd’', 'l’', 'le', 'la', 'les', 'a', 'au', 'aux', 'dans', 'par', 'pour', 'en', 'chez', 'sur', 'depuis',
  'et', 'qui', 'que', 'comme', 'avec', 'sans', 'contre', 'entre', 'vers',
]);

/**
 * Right when the predicted name is the canonical name, an alias, or a trailing part of one
 * (« Altman », « opposition de droite » for « l’opposition de droite »), ignoring case and accents.
 * A trailing part starts after a space, and not after a link word or an article: the tail of a noun phrase's
 * complement names someone else.
 */
export function speakerCorrect(predicted: string | null, gold: GoldStatement): boolean {
  if (!predicted) return false;
  const p = fold(predicted).replace(LEADING_DETERMINER, '');
  if (!p || PRONOUNS.has(p)) return false;
  return [gold.speaker, ...gold.aliases].some((name) => {
    const n = fold(name);
    if (n === p || n.replace(LEADING_DETERMINER, '') === p) return true;
    if (!n.endsWith(p) || n.length === p.length) return false;
    const head = n.slice(0, n.length - p.length);
    if (!head.endsWith(' ')) return false;
    const wordBefore = head.trimEnd().split(' ').pop()!;
    return !COMPLEMENT_WORDS.has(wordBefore) && !wordBefore.endsWith('’');
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentScore {
  lenient: Counts;
  strict: Counts;
  speakerRight: number;
  speakerTotal: number;
  recallByKind: Record<StatementKind, { found: number; total: number }>;
  missed: GoldStatement[];
  spurious: PredictedStatement[];
  wrongSpeaker: { gold: GoldStatement; pred: PredictedStatement }[];
}

/** Predictions matched to optional gold are set aside; unmatched optional gold is not a miss. */
function counts(gold: GoldStatement[], pred: PredictedStatement[], matches: Match[]): Counts {
  const tp = matches.filter((m) => !gold[m.gold]!.optional).length;
  const fp = pred.length - matches.length;
  const required = gold.filter((g) => !g.optional).length;
  return { tp, fp, fn: required - tp };
}

export function scoreDocument(gold: GoldStatement[], pred: PredictedStatement[]): DocumentScore {
  const lenientMatches = matchStatements(gold, pred, lenientAccept);
  const strictMatches = matchStatements(gold, pred, strictAccept);
  const score: DocumentScore = {
    lenient: counts(gold, pred, lenientMatches),
    strict: counts(gold, pred, strictMatches),
    speakerRight: 0,
    speakerTotal: 0,
    recallByKind: { direct: { found: 0, total: 0 }, mixed: { found: 0, total: 0 }, indirect: { found: 0, total: 0 } },
    missed: [],
    spurious: [],
    wrongSpeaker: [],
  };
  const matchedGold = new Map(lenientMatches.map((m) => [m.gold, m.pred]));
  const matchedPred = new Set(lenientMatches.map((m) => m.pred));
  gold.forEach((g, gi) => {
    if (g.optional) return;
    score.recallByKind[g.kind].total++;
    const pi = matchedGold.get(gi);
    if (pi === undefined) {
      score.missed.push(g);
      return;
    }
    score.recallByKind[g.kind].found++;
    score.speakerTotal++;
    const p = pred[pi]!;
    if (speakerCorrect(p.speaker, g)) score.speakerRight++;
    else score.wrongSpeaker.push({ gold: g, pred: p });
  });
  pred.forEach((p, pi) => {
    if (!matchedPred.has(pi)) score.spurious.push(p);
  });
  return score;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
