// French language knowledge as data: quotation marks, reporting verbs and their forms,
// attribution markers, pronouns, titles and role nouns. Extraction code reads these
// tables; it holds no word lists of its own.

export const QUOTE_PAIRS: ReadonlyArray<{ open: string; close: string }> = [
  { open: '«', close: '»' },
  { open: '“', close: '”' },
  { open: '‹', close: '›' },
  { open: '„', close: '“' },
];
/** A straight double quote opens and closes alike. */
export const SYMMETRIC_QUOTES = ['"'];

/** Spaces French typography puts inside « » (normal, no-break, narrow no-break, thin). */
export const QUOTE_INNER_SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009', '\t']);

export const DASHES = new Set(['—', '–', '-']);

/** Words that end a French abbreviation, so the period after them does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'cf', 'etc', 'env', 'av', 'apr', 'j.-c',
  'p', 'n', 'no', 'vol', 'art', 'al', 'gal', 'gén', 'col', 'cdt', 'lt', 'sgt', 'mgr', 'vs', 'fig', 'éd', 'dir',
]);

// ---------------------------------------------------------------------------------------------
// Reporting verbs ("verbes de parole"). Regular -er verbs are conjugated by rule; the others
// list their stems. Each entry says whether it may introduce a bare infinitive ("a indiqué
// souhaiter ...") and whether it is only a reporting verb with a complement clause (weak).

interface RegularVerb {
  lemma: string;
  /** Accepts a bare infinitive complement: « a indiqué souhaiter que … ». */
  infinitive?: boolean;
}
interface IrregularVerb {
  lemma: string;
  /** Present 3sg, present 3pl, past participle, imperfect stem, passé simple 3sg, future/conditional stem. */
  forms: [string, string, string, string, string, string];
  infinitive?: boolean;
}

// Verbs that mislead (croire, donner, trouver, penser) are deliberately absent: « il a trouvé la solution »
// is no statement, and an opinion verb only reports when the article frames it with a reporting verb.
const REGULAR_ER: RegularVerb[] = [
  { lemma: 'accuser' }, { lemma: 'affirmer', infinitive: true }, { lemma: 'ajouter' }, { lemma: 'alerter' },
  { lemma: 'annoncer', infinitive: true }, { lemma: 'argumenter' }, { lemma: 'arguer' }, { lemma: 'assurer', infinitive: true },
  { lemma: 'attester' }, { lemma: 'avancer' }, { lemma: 'avouer', infinitive: true }, { lemma: 'blaguer' },
  { lemma: 'certifier' }, { lemma: 'clamer' }, { lemma: 'commenter' }, { lemma: 'confier' },
  { lemma: 'confirmer', infinitive: true }, { lemma: 'conseiller' }, { lemma: 'considérer' }, { lemma: 'constater' },
  { lemma: 'conter' }, { lemma: 'contester' }, { lemma: 'critiquer' }, { lemma: 'déclarer', infinitive: true },
  { lemma: 'déplorer' }, { lemma: 'dénoncer' }, { lemma: 'détailler' },
  { lemma: 'demander' }, { lemma: 'développer' }, { lemma: 'déclamer' }, { lemma: 'énoncer' },
  { lemma: 'espérer' }, { lemma: 'estimer', infinitive: true }, { lemma: 'évoquer' }, { lemma: 'exhorter' },
  { lemma: 'exiger' }, { lemma: 'expliquer', infinitive: true }, { lemma: 'exposer' }, { lemma: 'exprimer' },
  { lemma: 'féliciter' }, { lemma: 'fustiger' }, { lemma: 'glisser' }, { lemma: 'ironiser' },
  { lemma: 'indiquer', infinitive: true }, { lemma: 'informer' }, { lemma: 'insister' }, { lemma: 'interpeller' },
  { lemma: 'jurer', infinitive: true }, { lemma: 'juger' }, { lemma: 'lancer' }, { lemma: 'lâcher' },
  { lemma: 'marteler' }, { lemma: 'mentionner' }, { lemma: 'menacer' }, { lemma: 'murmurer' },
  { lemma: 'narrer' }, { lemma: 'noter' }, { lemma: 'notifier' }, { lemma: 'objecter' },
  { lemma: 'observer' }, { lemma: 'opposer' }, { lemma: 'pester' }, { lemma: 'plaider' },
  { lemma: 'plaisanter' }, { lemma: 'poster' }, { lemma: 'préciser', infinitive: true }, { lemma: 'proclamer' },
  { lemma: 'prophétiser' }, { lemma: 'proposer' }, { lemma: 'protester' }, { lemma: 'publier' },
  { lemma: 'qualifier' }, { lemma: 'raconter' }, { lemma: 'rapporter' }, { lemma: 'rappeler', infinitive: true },
  { lemma: 'rassurer' }, { lemma: 'réaffirmer' }, { lemma: 'réclamer' }, { lemma: 'recommander' },
  { lemma: 'regretter' }, { lemma: 'réitérer' }, { lemma: 'relater' }, { lemma: 'relever' },
  { lemma: 'remarquer' }, { lemma: 'répliquer' }, { lemma: 'répéter' }, { lemma: 'résumer' },
  { lemma: 'rétorquer' }, { lemma: 'révéler' }, { lemma: 'revendiquer' }, { lemma: 'riposter' },
  { lemma: 'saluer' }, { lemma: 'signaler' }, { lemma: 'signifier' }, { lemma: 'souffler' },
  { lemma: 'souhaiter' }, { lemma: 'souligner', infinitive: true }, { lemma: 'suggérer' }, { lemma: 'supplier' },
  { lemma: 'témoigner' }, { lemma: 'tonner' }, { lemma: 'tweeter' }, { lemma: 'twitter' },
  { lemma: 's’exclamer' }, { lemma: 's’étrangler' }, { lemma: 'expliciter' }, { lemma: 'analyser' }, { lemma: 'rigoler' }, { lemma: 'déconseiller' }, { lemma: 'attaquer' }, { lemma: 's’enthousiasmer' }, { lemma: 's’inquiéter' },
  { lemma: 'se réjouir' }, { lemma: 'se féliciter' }, { lemma: 'détailler' }, { lemma: 'décrypter' }, { lemma: 'nuancer' },
  { lemma: 'alléguer' }, { lemma: 'insinuer' }, { lemma: 'redouter' }, { lemma: 'informer' }, { lemma: 'tancer' }, { lemma: 'chiffrer' },
  { lemma: 'assener' }, { lemma: 'asséner' }, { lemma: 'invoquer' }, { lemma: 'prôner' },
  { lemma: 'préconiser' }, { lemma: 'raisonner' }, { lemma: 'pronostiquer' },
  { lemma: 'confesser' }, { lemma: 'chuchoter' }, { lemma: 'crier' },
  { lemma: 'pointer' }, { lemma: 'rectifier' },
  { lemma: 'nuancer' }, { lemma: 'tempérer' }, { lemma: 'temporiser' }, { lemma: 'trancher' },
  { lemma: 's’alarmer' }, { lemma: 's’inquiéter' }, { lemma: 's’indigner' }, { lemma: 's’étonner' },
  { lemma: 'se féliciter' }, { lemma: 'se vanter' }, { lemma: 'appeler' }, { lemma: 'inviter' },
  { lemma: 's’engager' }, { lemma: 'encourager' }, { lemma: 'inciter' }, { lemma: 'soupirer' },
  { lemma: 's’amuser' }, { lemma: 's’agacer' }, { lemma: 's’emporter' }, 
  { lemma: 'interroger' }, { lemma: 'se désoler' }, { lemma: 'se montrer' }, 
  { lemma: 'acquiescer' }, { lemma: 'abonder' }, { lemma: 'nier', infinitive: true }, { lemma: 'calculer' },
  { lemma: 'éluder' }, { lemma: 'justifier' }, { lemma: 'parler' }, { lemma: 'reprocher' },
  { lemma: 'concéder', infinitive: true }, { lemma: 'souligner' }, { lemma: 'tempêter' }, { lemma: 'fulminer' },
  { lemma: 'relativiser' }, { lemma: 'énumérer' }, { lemma: 's’émerveiller' }, { lemma: 'hurler' }, { lemma: 's’écrier' }, { lemma: 'bougonner' }, { lemma: 'marmonner' }, { lemma: 's’esclaffer' }, { lemma: 's’insurger' }, { lemma: 'savourer' }, { lemma: 'grincer' }, { lemma: 'jurer' }, { lemma: 'tacler' }, { lemma: 'railler' }, { lemma: 'cingler' }, { lemma: 'épingler' }, { lemma: 'recadrer' }, { lemma: 'taquiner' }, { lemma: 'persifler' },
  { lemma: 's’énerver' }, { lemma: 'assumer' }, { lemma: 'grommeler' }, { lemma: 'maugréer' }, { lemma: 'ronchonner' }, { lemma: 'évaluer' }, { lemma: 'enrager' },
];

const IRREGULAR: IrregularVerb[] = [
  { lemma: 'dire', forms: ['dit', 'disent', 'dit', 'dis', 'dit', 'dir'], infinitive: true },
  { lemma: 'redire', forms: ['redit', 'redisent', 'redit', 'redis', 'redit', 'redir'] },
  { lemma: 'prédire', forms: ['prédit', 'prédisent', 'prédit', 'prédis', 'prédit', 'prédir'] },
  { lemma: 'contredire', forms: ['contredit', 'contredisent', 'contredit', 'contredis', 'contredit', 'contredir'] },
  { lemma: 'écrire', forms: ['écrit', 'écrivent', 'écrit', 'écriv', 'écrivit', 'écrir'] },
  { lemma: 'décrire', forms: ['décrit', 'décrivent', 'décrit', 'décriv', 'décrivit', 'décrir'] },
  { lemma: 'promettre', forms: ['promet', 'promettent', 'promis', 'promett', 'promit', 'promettr'] },
  { lemma: 'admettre', forms: ['admet', 'admettent', 'admis', 'admett', 'admit', 'admettr'] },
  { lemma: 'reconnaître', forms: ['reconnaît', 'reconnaissent', 'reconnu', 'reconnaiss', 'reconnut', 'reconnaîtr'], infinitive: true },
  { lemma: 'répondre', forms: ['répond', 'répondent', 'répondu', 'répond', 'répondit', 'répondr'] },
  { lemma: 'soutenir', forms: ['soutient', 'soutiennent', 'soutenu', 'souten', 'soutint', 'soutiendr'] },
  { lemma: 'maintenir', forms: ['maintient', 'maintiennent', 'maintenu', 'mainten', 'maintint', 'maintiendr'] },
  { lemma: 'prévenir', forms: ['prévient', 'préviennent', 'prévenu', 'préven', 'prévint', 'préviendr'] },
  { lemma: 'convenir', forms: ['convient', 'conviennent', 'convenu', 'conven', 'convint', 'conviendr'] },
  { lemma: 'avertir', forms: ['avertit', 'avertissent', 'averti', 'avertiss', 'avertit', 'avertir'] },
  { lemma: 'réagir', forms: ['réagit', 'réagissent', 'réagi', 'réagiss', 'réagit', 'réagir'] },
  { lemma: 'conclure', forms: ['conclut', 'concluent', 'conclu', 'conclu', 'conclut', 'conclur'] },
  { lemma: 'poursuivre', forms: ['poursuit', 'poursuivent', 'poursuivi', 'poursuiv', 'poursuivit', 'poursuivr'] },
  { lemma: 'reprendre', forms: ['reprend', 'reprennent', 'repris', 'repren', 'reprit', 'reprendr'] },
  { lemma: 'démentir', forms: ['dément', 'démentent', 'démenti', 'dément', 'démentit', 'démentir'] },
  { lemma: 'se plaindre', forms: ['plaint', 'plaignent', 'plaint', 'plaign', 'plaignit', 'plaindr'] },
  { lemma: 'se réjouir', forms: ['réjouit', 'réjouissent', 'réjoui', 'réjouiss', 'réjouit', 'réjouir'] },
  { lemma: 'garantir', forms: ['garantit', 'garantissent', 'garanti', 'garantiss', 'garantit', 'garantir'] },
  { lemma: 'sourire', forms: ['sourit', 'sourient', 'souri', 'souri', 'sourit', 'sourir'] },
  { lemma: 'rire', forms: ['rit', 'rient', 'ri', 'ri', 'rit', 'rir'] },
  { lemma: 'renchérir', forms: ['renchérit', 'renchérissent', 'renchéri', 'renchériss', 'renchérit', 'renchérir'] },
  { lemma: 'faire savoir', forms: ['fait savoir', 'font savoir', 'fait savoir', 'fais savoir', 'fit savoir', 'fer savoir'] },
  { lemma: 'mettre en garde', forms: ['met en garde', 'mettent en garde', 'mis en garde', 'mett en garde', 'mit en garde', 'mettr en garde'] },
  { lemma: 'se souvenir', forms: ['souvient', 'souviennent', 'souvenu', 'souven', 'souvint', 'souviendr'] },
  { lemma: 'défendre', forms: ['défend', 'défendent', 'défendu', 'défend', 'défendit', 'défendr'] },
  { lemma: 'rendre hommage', forms: ['rend hommage', 'rendent hommage', 'rendu hommage', 'rend hommage', 'rendit hommage', 'rendr hommage'] },
  { lemma: 'laisser entendre', forms: ['laisse entendre', 'laissent entendre', 'laissé entendre', 'laiss entendre', 'laissa entendre', 'laisser entendre'] },
  { lemma: 'balayer', forms: ['balaie', 'balaient', 'balayé', 'balay', 'balaya', 'balaier'] },
  { lemma: 'faire valoir', forms: ['fait valoir', 'font valoir', 'fait valoir', 'fais valoir', 'fit valoir', 'fer valoir'] },
  { lemma: 'faire remarquer', forms: ['fait remarquer', 'font remarquer', 'fait remarquer', 'fais remarquer', 'fit remarquer', 'fer remarquer'] },
  { lemma: 'faire observer', forms: ['fait observer', 'font observer', 'fait observer', 'fais observer', 'fit observer', 'fer observer'] },
  { lemma: 'vouloir croire', forms: ['veut croire', 'veulent croire', 'voulu croire', 'voul croire', 'voulut croire', 'voudr croire'] },
  { lemma: 's’émouvoir', forms: ['émeut', 'émeuvent', 'ému', 'émouv', 'émut', 'émouvr'] },
  // « un remaniement que Matignon présentait comme « technique » »: how someone calls a thing.
  { lemma: 'présenter comme', forms: ['présente comme', 'présentent comme', 'présenté comme', 'présent comme', 'présenta comme', 'présenter comme'] },
  { lemma: 'interrompre', forms: ['interrompt', 'interrompent', 'interrompu', 'interromp', 'interrompit', 'interrompr'] },
];

/**
 * Verbs that report speech only in an incise (« …», poursuit-il) or before a colon; elsewhere
 * they have their ordinary sense (« le parti a poursuivi sa « dédiabolisation » »).
 */
export const INCISE_ONLY_LEMMAS = new Set([
  'poursuivre', 'reprendre', 'lancer', 'glisser', 'souffler', 'tonner', 'lâcher', 'conclure', 'développer',
  'exposer', 'résumer', 'conter', 'narrer', 'blaguer', 'plaisanter', 'ironiser', 'pester', 'murmurer',
  'chuchoter', 'crier', 's’exclamer', 's’étrangler', 'tancer', 'poster', 'publier', 'détailler', 'commenter', 'témoigner', 'sourire', 'rire',
  'soupirer', 's’amuser', 's’agacer', 's’emporter', 'trancher', 'interroger', 'se désoler', 'se montrer',
  'acquiescer', 'abonder', 'renchérir', 'calculer', 'éluder', 'tempêter', 'fulminer', 'se souvenir', 'justifier',
  'analyser', 's’enthousiasmer', 'décrypter', 'vouloir croire', 'rigoler', 'attaquer',
  'balayer', 'tacler', 'railler', 'cingler', 'épingler', 'recadrer', 'taquiner', 'persifler', 'relativiser', 'énumérer', 'savourer', 'grincer', 's’émerveiller',
  's’émouvoir', 'interrompre', 'hurler', 's’écrier', 'bougonner', 'marmonner', 's’esclaffer', 's’énerver', 'assumer', 'grommeler', 'maugréer', 'ronchonner', 'enrager',
]);

/** Verbs whose object stands between them and « de » + infinitive (« accuse l’organisateur de ne pas avoir … »). */
export const OBJECT_DE_INFINITIVE_LEMMAS = new Set(['accuser', 'sommer', 'supplier', 'conjurer', 'presser']);

/** Verbs whose addressee may stand between them and « que » (« a informé ses apporteurs qu’elle … »). */
export const PERSON_OBJECT_QUE_LEMMAS = new Set(['informer', 'prévenir', 'avertir', 'assurer', 'convaincre', 'persuader', 'rassurer', 'aviser', 'alerter']);

/** Verbs whose reported content is « à » + infinitive (« a appelé les habitants à … », « s’est engagé à … »). */
export const A_INFINITIVE_LEMMAS = new Set(['déconseiller', 'reprocher', 'appeler', 'inviter', 's’engager', 'encourager', 'inciter', 'demander', 'exhorter', 'insister']);

/**
 * Nouns of documents that are cited rather than speak: in « selon un bilan présenté lundi par
 * la direction », the speaker is the one after « par ».
 */
export const DOCUMENT_NOUNS = new Set([
  'étude', 'bilan', 'rapport', 'estimation', 'communiqué', 'chiffres', 'données', 'enquête', 'sondage', 'note', 'formule',
  'analyse', 'document', 'décompte', 'comptage', 'statistiques', 'relevé', 'publication', 'courrier', 'lettre',
  'constatations', 'constat', 'conclusions', 'résultats', 'calculs', 'projections', 'prévisions', 'informations',
  'éléments', 'bulletin', 'expertise', 'audit', 'recensement', 'baromètre', 'simulation', 'relevés', 'décision', 'avis', 'jugement', 'délibération', 'analyses', 'mesures', 'décision', 'avis', 'jugement', 'délibération',
]);

/** Words opening a subordinate clause (« parce qu’il parle de … »): a verb after one is not the sentence's main verb. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['parce', 'puisque', 'puisqu’', 'lorsque', 'lorsqu’', 'quand', 'car', 'si', 's’', 'comme', 'tandis']);

/** « Avec notre envoyé spécial …, X », « De notre correspondante à Dakar, X »: bylines name the writer. */
export const BYLINE_NOUNS: ReadonlySet<string> = new Set(['envoyé', 'envoyée', 'envoyés', 'correspondant', 'correspondante', 'correspondants', 'reporter', 'journaliste', 'journalistes']);

/** Words that open sentences and are no surname: after « X. » they tell a sentence end from an initial. */
export const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'selon', 'il', 'elle', 'ils', 'elles', 'on', 'mais', 'et', 'pour', 'dans', 'en', 'au', 'aux', 'à', 'depuis', 'après', 'avant',
  'ce', 'cette', 'ces', 'cet', 'son', 'sa', 'ses', 'leur', 'leurs', 'une', 'un', 'des', 'les', 'l’', "l'", 'c’est', "c'est", 'lors', 'sur',
]);

/** Documents someone writes and that speak for their author once introduced (« dans une lettre … La lettre évoque »). */
export const AUTHORED_DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['lettre', 'courrier', 'communiqué', 'message', 'tribune', 'courriel', 'mail', 'missive', 'texte']);

/** Reporting verbs that are not speech before these words (« relever de » is « to fall under »). */
export const NOT_SPEECH_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['relever', new Set(['de', 'du', 'd’'])],
]);

/** Reporting verbs whose pronominal form is not speech (« s’annonce maigre », « s’est déclaré », « s’explique par »). */
export const NOT_SPEECH_WHEN_REFLEXIVE = new Set(['annoncer', 'déclarer', 'expliquer', 'révéler', 'présenter', 'présenter comme', 'montrer', 'traduire', 'confirmer', 'écrire', 'raconter', 'répéter']);

/** 'gerund': the present participle, a cue only after « en » (« tout en assurant que … »). */
export type VerbTense = 'present' | 'past' | 'participle' | 'imperfect' | 'future' | 'conditional' | 'gerund';

export interface VerbForm {
  lemma: string;
  tense: VerbTense;
  infinitive: boolean;
}

function stemChangeForPresent(stem: string): string {
  // lever → lève, répéter → répète, rappeler → rappelle, jeter → jette
  if (/(el)$/.test(stem) && /(appel|interpell|grommel)$/.test(stem)) return stem + 'l';
  // Only before a single consonant (or consonant + r/l): « regretter » stays « regrette », « pester » « peste ».
  const m = /^(.*)([eé])([^aeiouyéèêë][rl]?)$/.exec(stem);
  const doubled = m?.[3]?.length === 2 && m[3][0] === m[3][1]; // « interpeller » keeps « interpelle »
  if (m && m[1] !== undefined && m[3] !== undefined && m[1].length > 0 && !doubled) return `${m[1]}è${m[3]}`;
  return stem;
}

function regularForms(verb: RegularVerb): Array<[string, VerbTense]> {
  const lemma = verb.lemma.replace(/^(se |s’|s')/, '');
  const stem = lemma.slice(0, -2);
  const soft = lemma.endsWith('cer') ? stem.slice(0, -1) + 'ç' : lemma.endsWith('ger') ? stem + 'e' : stem;
  const present = stemChangeForPresent(stem);
  const out: Array<[string, VerbTense]> = [
    [present + 'e', 'present'], [present + 'ent', 'present'],
    [stem + 'é', 'participle'], [stem + 'ée', 'participle'], [stem + 'és', 'participle'], [stem + 'ées', 'participle'],
    [soft + 'ait', 'imperfect'], [soft + 'aient', 'imperfect'],
    [soft + 'a', 'past'], [stem + 'èrent', 'past'],
    [lemma + 'a', 'future'], [lemma + 'ont', 'future'],
    [lemma + 'ait', 'conditional'], [lemma + 'aient', 'conditional'],
    [soft + 'ant', 'gerund'],
  ];
  return out;
}

function irregularForms(verb: IrregularVerb): Array<[string, VerbTense]> {
  const [p3s, p3p, pp, impf, ps, fut] = verb.forms;
  const suffix = (base: string, s: string) => (base.includes(' ') ? base.replace(' ', s + ' ') : base + s);
  return [
    [p3s, 'present'], [p3p, 'present'], [pp, 'participle'], [suffix(pp, 'e'), 'participle'],
    [suffix(pp, pp.endsWith('s') ? '' : 's'), 'participle'], [suffix(pp, 'es'), 'participle'],
    [suffix(impf, 'ait'), 'imperfect'], [suffix(impf, 'aient'), 'imperfect'],
    [ps, 'past'], [suffix(fut, 'a'), 'future'], [suffix(fut, 'ont'), 'future'],
    [suffix(fut, 'ait'), 'conditional'], [suffix(fut, 'aient'), 'conditional'],
    [suffix(impf, 'ant'), 'gerund'],
  ];
}

/** Generated verb forms that are far more often another word: « maintenant » is the adverb, not « maintenir ». */
const FORMS_THAT_ARE_OTHER_WORDS = new Set(['maintenant']);

function buildVerbTable(): Map<string, VerbForm> {
  const table = new Map<string, VerbForm>();
  const add = (form: string, lemma: string, tense: VerbTense, infinitive: boolean) => {
    const key = form.toLowerCase();
    if (!key || table.has(key) || FORMS_THAT_ARE_OTHER_WORDS.has(key)) return;
    table.set(key, { lemma, tense, infinitive });
  };
  for (const verb of REGULAR_ER) {
    for (const [form, tense] of regularForms(verb)) add(form, verb.lemma, tense, verb.infinitive ?? false);
  }
  for (const verb of IRREGULAR) {
    for (const [form, tense] of irregularForms(verb)) add(form, verb.lemma, tense, verb.infinitive ?? false);
  }
  return table;
}

/** Lower-case word form → reporting verb. Multi-word forms (« fait savoir ») are keyed with one space. */
export const REPORTING_VERB_FORMS: ReadonlyMap<string, VerbForm> = buildVerbTable();

/** The infinitive of every reporting verb (« parler », « rappeler », « concéder »), for « préfère parler de ». */
export const REPORTING_INFINITIVES: ReadonlyMap<string, VerbForm> = new Map(
  [...REPORTING_VERB_FORMS.values()].map((f) => [f.lemma.replace(/^(se |s’|s')/, ''), { ...f, tense: 'present' as VerbTense }]),
);

/**
 * Verbs after which a reporting infinitive reports for the subject (« préfère parler de « … » »,
 * « finit par concéder », « s’est bornée à rappeler que », « tient à préciser »), with the word
 * that links them (empty when none).
 */
export const INFINITIVE_INTRODUCERS: ReadonlyMap<string, string> = new Map([
  ['préfère', ''], ['préfèrent', ''], ['préféré', ''], ['préférait', ''], ['préfèrerait', ''], ['préférerait', ''],
  ['finit', 'par'], ['finissent', 'par'], ['fini', 'par'], ['finissait', 'par'],
  ['borne', 'à'], ['borné', 'à'], ['bornée', 'à'], ['bornés', 'à'], ['bornées', 'à'],
  ['contente', 'de'], ['contenté', 'de'], ['contentée', 'de'], ['contentait', 'de'],
  ['tient', 'à'], ['tenu', 'à'], ['tenait', 'à'], ['tiennent', 'à'],
  ['ose', ''], ['osé', ''], ['osait', ''],
]);

/** Every spelling that is a past participle of a reporting verb (« dit », « écrit » are also presents). */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(
  [...REGULAR_ER.flatMap(regularForms), ...IRREGULAR.flatMap(irregularForms)]
    .filter(([, tense]) => tense === 'participle')
    .map(([form]) => form.toLowerCase()),
);

/** Auxiliaries (3rd person) in compound tenses; the conditional ones make a cue conditional. */
export const AUXILIARIES: ReadonlyMap<string, 'indicative' | 'conditional'> = new Map([
  ['a', 'indicative'], ['ont', 'indicative'], ['avait', 'indicative'], ['avaient', 'indicative'],
  ['aura', 'indicative'], ['auront', 'indicative'], ['eut', 'indicative'], ['est', 'indicative'],
  ['sont', 'indicative'], ['était', 'indicative'], ['étaient', 'indicative'],
  ['aurait', 'conditional'], ['auraient', 'conditional'],
]);

/** Modal or semi-auxiliary verbs that can sit between subject and reporting verb. */
export const MODALS: ReadonlyMap<string, 'indicative' | 'conditional'> = new Map([
  ['va', 'indicative'], ['vont', 'indicative'], ['allait', 'indicative'], ['vient', 'indicative'],
  ['viennent', 'indicative'], ['venait', 'indicative'], ['tient', 'indicative'], ['a tenu', 'indicative'],
  ['pourrait', 'conditional'], ['pourraient', 'conditional'], ['devrait', 'conditional'],
  ['devraient', 'conditional'], ['voudrait', 'conditional'], ['peut', 'conditional'], ['doit', 'indicative'],
]);

export const NEGATION_OPENERS = new Set(['ne', 'n’', "n'"]);
export const NEGATION_CLOSERS = new Set(['pas', 'jamais', 'plus', 'guère', 'point', 'nullement', 'aucunement', 'rien']);

/** Adverbs and short adverbials that may stand between subject, auxiliary and participle. */
export const ADVERBS = new Set([
  'mieux', 'davantage',
  'aussi', 'également', 'encore', 'déjà', 'toujours', 'ensuite', 'enfin', 'alors', 'même', 'notamment',
  'surtout', 'bien', 'ainsi', 'pourtant', 'cependant', 'néanmoins', 'toutefois', 'donc', 'clairement',
  'publiquement', 'récemment', 'longtemps', 'vivement', 'fermement', 'hier', 'aujourd’hui', "aujourd'hui",
  'mardi', 'lundi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'plus', 'tard', 'ailleurs', 'par',
  'de', 'son', 'côté', 'sa', 'part', 'pour', 'sa', 'à', 'nouveau', 'immédiatement', 'rapidement', 'simplement',
  'franchement', 'volontiers', 'sobrement', 'officiellement', 'vite', 'tout', 'ce', 'soir', 'matin',
  'aussitôt', 'd’ailleurs', 'd’abord', 'd’emblée', 'encore une fois', 'prudemment', 'calmement', 'désormais', 'souvent', 'longuement', 'brièvement', 'personnellement',
  'lui-même', 'elle-même', 'publiquement', 'samedi', 'vivement', 'fortement', 'clairement', 'pour', 'sa', 'part',
]);

export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'pl' | 'any'> = new Map([
  ['il', 'm'], ['elle', 'f'], ['ils', 'pl'], ['elles', 'pl'], ['on', 'any'],
  ['celui-ci', 'm'], ['celle-ci', 'f'], ['ceux-ci', 'pl'], ['celles-ci', 'pl'],
]);
/** The writer or the reader (« J’espère que … », « nous avons appris que »): never a third party who speaks. */
export const LOCUTOR_PRONOUNS = new Set(['je', 'j’', 'tu', 'nous', 'vous']);
/** Stressed pronouns after « selon », « pour », « d'après ». */
export const STRESSED_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'pl'> = new Map([
  ['lui', 'm'], ['elle', 'f'], ['eux', 'pl'], ['elles', 'pl'],
]);

export const DETERMINERS = new Set([
  'le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'cet',
  'du', 'au', 'aux', 'plusieurs', 'certains', 'certaines', 'quelques', 'deux', 'trois', 'nombre', 'chaque',
  'notre', 'votre',
]);

/** Civil titles before a name; the value is the gender they imply. */
export const TITLES: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  ['m.', 'm'], ['monsieur', 'm'], ['mme', 'f'], ['madame', 'f'], ['mlle', 'f'], ['mademoiselle', 'f'],
  ['dr', 'any'], ['docteur', 'any'], ['docteure', 'f'], ['pr', 'any'], ['professeur', 'any'], ['me', 'any'],
  ['maître', 'any'], ['mgr', 'm'], ['dj', 'any'],
  // Religious: « sœur Agnès », « frère Jean », « le père Thomas Keane ».
  ['sœur', 'f'], ['frère', 'm'], ['père', 'm'], ['abbé', 'm'],
]);

/**
 * Demonyms written with a capital as nouns (« l’Américaine », « l’Italienne Chiara Bellini »):
 * descriptions, not names. Matched by ending; the value is the gender the ending implies.
 */
export const DEMONYM_ENDINGS: ReadonlyArray<[string, 'm' | 'f']> = [
  ['aine', 'f'], ['ienne', 'f'], ['aise', 'f'], ['oise', 'f'], ['ande', 'f'], ['ane', 'f'], ['ine', 'f'], ['arde', 'f'], ['ote', 'f'],
  ['ain', 'm'], ['ien', 'm'], ['ais', 'm'], ['ois', 'm'], ['and', 'm'], ['an', 'm'], ['ard', 'm'], ['ot', 'm'],
  ['ole', 'f'], ['ol', 'm'], ['esse', 'f'], ['angelle', 'f'], ['angeau', 'm'], ['onne', 'f'], ['aque', 'f'], ['ecque', 'f'], ['urque', 'f'],
];

/** Endings of agent nouns (« cueilleuse », « saisonnier », « animatrice »), for a person noun the lists do not hold. */
export const AGENT_NOUN_ENDINGS: ReadonlyArray<[string, 'm' | 'f']> = [
  ['euse', 'f'], ['trice', 'f'], ['ière', 'f'], ['eur', 'm'], ['ier', 'm'],
];

/** Demonyms whose ending does not tell them (« l’Espagnol » does; « la Suisse », « le Belge » do not): gender from the determiner. */
export const DEMONYM_WORDS: ReadonlySet<string> = new Set([
  'suisse', 'belge', 'russe', 'britannique', 'britanniques', 'tchèque', 'slovaque', 'croate', 'serbe', 'slovène', 'grec', 'turc', 'basque', 'breton', 'letton', 'estonienne',
  'kényan', 'nippon', 'chypriote', 'monégasque', 'malgache', 'ivoirienne', 'islandaise', 'néo-zélandais', 'néo-zélandaise', 'sud-africain', 'sud-africaine', 'nord-américain',
]);

/** Role nouns that make a noun phrase a speaker description (« le patron d'OpenAI »). Value: gender. */
export const ROLE_NOUNS: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  ['patron', 'm'], ['patronne', 'f'], ['président', 'm'], ['présidente', 'f'], ['ministre', 'any'],
  // Sport and culture: « a plaisanté le portier », « assure l’ancienne internationale », « la traductrice ».
  ['portier', 'm'], ['pilier', 'm'], ['talonneur', 'm'], ['ouvreur', 'm'], ['international', 'm'], ['internationale', 'f'],
  ['meneur', 'm'], ['meneuse', 'f'], ['pivot', 'any'], ['avant', 'any'], ['ligne', 'm'], ['demi', 'm'], ['patineur', 'm'], ['patineuse', 'f'], ['danseur', 'm'], ['danseuse', 'f'],
  ['auteure', 'f'], ['metteur', 'm'], ['metteuse', 'f'], ['pongiste', 'any'], ['perchiste', 'any'], ['sprinteur', 'm'], ['sprinteuse', 'f'],
  ['rugbyman', 'm'], ['rugbywoman', 'f'], ['footballeur', 'm'], ['footballeuse', 'f'], ['basketteur', 'm'], ['basketteuse', 'f'],
  ['handballeur', 'm'], ['handballeuse', 'f'], ['escrimeur', 'm'], ['escrimeuse', 'f'], ['cavalier', 'm'], ['cavalière', 'f'],
  ['golfeur', 'm'], ['golfeuse', 'f'], ['surfeur', 'm'], ['surfeuse', 'f'], ['triathlète', 'any'], ['marathonien', 'm'], ['marathonienne', 'f'],
  ['haltérophile', 'any'], ['tenniswoman', 'f'], ['rappeur', 'm'], ['rappeuse', 'f'], ['dessinateur', 'm'], ['dessinatrice', 'f'],
  ['plasticien', 'm'], ['plasticienne', 'f'], ['chorégraphe', 'any'], ['compositeur', 'm'], ['compositrice', 'f'],
  ['conservateur', 'm'], ['conservatrice', 'f'], ['trésorier', 'm'], ['trésorière', 'f'], ['recteur', 'm'], ['rectrice', 'f'],
  ['consul', 'm'], ['sous-préfet', 'm'], ['sous-préfète', 'f'], ['doyen', 'm'], ['doyenne', 'f'],
  ['grimpeur', 'm'], ['grimpeuse', 'f'], ['traducteur', 'm'],
  ['traductrice', 'f'], ['streameur', 'm'], ['streameuse', 'f'], ['harpiste', 'any'], ['boxeur', 'm'], ['boxeuse', 'f'],
  ['judoka', 'any'], ['météorologue', 'any'], ['virologue', 'any'], ['infectiologue', 'any'], ['démographe', 'any'],
  ['hydrologue', 'any'], ['volcanologue', 'any'],
  ['porte-parole', 'any'], ['secrétaire', 'any'], ['directeur', 'm'], ['directrice', 'f'], ['maire', 'any'],
  ['député', 'm'], ['députée', 'f'], ['sénateur', 'm'], ['sénatrice', 'f'], ['avocat', 'm'], ['avocate', 'f'],
  ['procureur', 'm'], ['procureure', 'f'], ['juge', 'any'], ['chef', 'any'], ['cheffe', 'f'], ['pdg', 'any'],
  ['fondateur', 'm'], ['fondatrice', 'f'], ['cofondateur', 'm'], ['cofondatrice', 'f'], ['dirigeant', 'm'],
  ['dirigeante', 'f'], ['responsable', 'any'], ['conseiller', 'm'], ['conseillère', 'f'],
  ['ambassadeur', 'm'], ['ambassadrice', 'f'], ['commissaire', 'any'], ['chancelier', 'm'], ['chancelière', 'f'],
  ['entraîneur', 'm'], ['entraîneuse', 'f'], ['sélectionneur', 'm'], ['sélectionneuse', 'f'], ['joueur', 'm'],
  ['joueuse', 'f'], ['capitaine', 'any'], ['chercheur', 'm'], ['chercheuse', 'f'], ['économiste', 'any'],
  ['syndicaliste', 'any'], ['représentant', 'm'], ['représentante', 'f'], ['adjoint', 'm'], ['adjointe', 'f'],
  ['préfet', 'm'], ['préfète', 'f'], ['gouverneur', 'm'], ['gouverneure', 'f'], ['candidat', 'm'],
  ['candidate', 'f'], ['leader', 'any'], ['élu', 'm'], ['élue', 'f'], ['expert', 'm'], ['experte', 'f'],
  ['spécialiste', 'any'], ['médecin', 'any'], ['épidémiologiste', 'any'], ['scientifique', 'any'],
  ['astronome', 'any'], ['physicien', 'm'], ['physicienne', 'f'], ['historien', 'm'], ['historienne', 'f'],
  ['enquêteur', 'm'], ['enquêtrice', 'f'], ['témoin', 'any'], ['habitant', 'm'], ['habitante', 'f'],
  ['militant', 'm'], ['militante', 'f'], ['opposant', 'm'], ['opposante', 'f'], ['patronat', 'any'],
  ['général', 'm'], ['colonel', 'm'], ['commandant', 'm'], ['officier', 'm'], ['policier', 'm'], ['policière', 'f'],
  ['pompier', 'm'], ['rapporteur', 'm'], ['rapporteure', 'f'], ['analyste', 'any'], ['auteur', 'm'],
  ['autrice', 'f'], ['réalisateur', 'm'], ['réalisatrice', 'f'], ['écrivain', 'm'], ['écrivaine', 'f'],
  ['artiste', 'any'], ['chanteur', 'm'], ['chanteuse', 'f'], ['acteur', 'm'], ['actrice', 'f'],
  ['premier', 'm'], ['première', 'f'], ['délégué', 'm'], ['déléguée', 'f'], ['vice-président', 'm'],
  ['vice-présidente', 'f'], ['garde', 'any'], ['coach', 'any'], ['manager', 'any'], ['attaquant', 'm'],
  ['attaquante', 'f'], ['défenseur', 'm'], ['gardien', 'm'], ['gardienne', 'f'], ['professeur', 'm'],
  ['professeure', 'f'], ['enseignant', 'm'], ['enseignante', 'f'], ['agriculteur', 'm'], ['agricultrice', 'f'],
  ['éleveur', 'm'], ['éleveuse', 'f'], ['commerçant', 'm'], ['commerçante', 'f'], ['infirmier', 'm'],
  ['infirmière', 'f'], ['juriste', 'any'], ['magistrat', 'm'], ['magistrate', 'f'], ['ingénieur', 'm'],
  ['ingénieure', 'f'], ['climatologue', 'any'], ['sociologue', 'any'], ['politologue', 'any'],
  ['archéologue', 'any'], ['biologiste', 'any'], ['directeur général', 'm'], ['président-directeur', 'm'],
  ['technicien', 'm'], ['technicienne', 'f'], ['urgentiste', 'any'], ['cadre', 'any'], ['diplomate', 'any'],
  ['planétologue', 'any'], ['manifestant', 'm'], ['manifestante', 'f'], ['gérant', 'm'], ['gérante', 'f'],
  ['agent', 'm'], ['agente', 'f'], ['étudiant', 'm'], ['étudiante', 'f'], ['buteur', 'm'], ['chanteuse', 'f'],
  ['guitariste', 'any'], ['coureur', 'm'], ['coureuse', 'f'], ['cycliste', 'any'], ['pilote', 'any'],
  // Nouns a writer uses to refer back to someone already named (« l’intéressé », « la sexagénaire »).
  ['intéressé', 'm'], ['intéressée', 'f'], ['trentenaire', 'any'], ['quadragénaire', 'any'],
  ['quinquagénaire', 'any'], ['sexagénaire', 'any'], ['septuagénaire', 'any'], ['octogénaire', 'any'],
  ['nonagénaire', 'any'], ['gaucher', 'm'], ['gauchère', 'f'], ['droitier', 'm'], ['droitière', 'f'],
  ['agriculteur', 'm'], ['agricultrice', 'f'], ['arrière', 'any'], ['ailier', 'm'], ['milieu', 'any'],
  ['sage-femme', 'f'], ['gynécologue', 'any'], ['docteure', 'f'], ['patient', 'm'], ['patiente', 'f'],
  ['ministre-présidente', 'f'], ['ancien', 'm'], ['ancienne', 'f'], ['élève', 'any'], ['commandante', 'f'],
  ['prévenu', 'm'], ['prévenue', 'f'], ['accusé', 'm'], ['accusée', 'f'], ['victime', 'any'], ['plaignant', 'm'],
  ['plaignante', 'f'], ['retraité', 'm'], ['retraitée', 'f'], ['producteur', 'm'], ['productrice', 'f'],
  ['viticulteur', 'm'], ['viticultrice', 'f'], ['chef', 'any'], ['cuisinier', 'm'], ['cuisinière', 'f'],
  ['supporter', 'any'], ['coéquipier', 'm'], ['coéquipière', 'f'], ['alpiniste', 'any'], ['secouriste', 'any'],
  ['apiculteur', 'm'], ['apicultrice', 'f'], ['vigneron', 'm'], ['vigneronne', 'f'], ['boulanger', 'm'],
  ['boulangère', 'f'], ['pharmacien', 'm'], ['pharmacienne', 'f'], ['maraîcher', 'm'], ['maraîchère', 'f'],
  ['romancier', 'm'], ['romancière', 'f'], ['écrivain', 'm'], ['éditeur', 'm'], ['éditrice', 'f'], ['vainqueur', 'any'],
  ['négociateur', 'm'], ['négociatrice', 'f'], ['juré', 'm'], ['jurée', 'f'],
]);

/**
 * Nouns for people that are not positions held (« une comédienne », « le conducteur d’un car »,
 * « une jeune mère »). A description headed by one, as a sentence's subject, introduces a person
 * the following pronouns may refer to; unlike role nouns they never bridge to someone named
 * earlier (« la mère de la victime » is someone new).
 */
export const PERSON_NOUNS: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  // Culture and media trades (« la documentariste », « le programmateur du festival »).
  ...('collectionneur illustrateur parolier présentateur chroniqueur programmateur régisseur batteur costumier cascadeur monteur doubleur ' +
    'youtubeur influenceur participant détenu prisonnier manifestant gréviste abonné').split(' ').map((n) => [n, 'm'] as const),
  ...('collectionneuse illustratrice parolière présentatrice chroniqueuse programmatrice régisseuse batteuse costumière cascadeuse monteuse ' +
    'doubleuse youtubeuse influenceuse participante détenue prisonnière manifestante abonnée').split(' ').map((n) => [n, 'f'] as const),
  ...('documentariste vidéaste dramaturge librettiste musicologue galeriste bédéaste beatmaker éditorialiste interprète soliste organiste ' +
    'saxophoniste bassiste scénographe accessoiriste streamer').split(' ').map((n) => [n, 'any'] as const),
  // (« le critique musical »; « la critique », « une critique » are what critics say: masculine only.)
  ['critique', 'm'],
  // Trades and walks of life met in local pages (« un éducateur du club », « une saisonnière »).
  ...('éducateur formateur surveillant ambulancier visiteur reporter géographe chimiste kinésithérapeute dentiste sportif curé prêtre ' +
    'pasteur imam rabbin évêque moine apprenti saisonnier vendangeur cueilleur berger charpentier cafetier garagiste mécanicien ' +
    'vendeur caissier magasinier stagiaire intérimaire aubergiste manutentionnaire bibliothécaire pêcheur').split(' ').map((n) => [n, 'm'] as const),
  ...('éducatrice formatrice surveillante ambulancière visiteuse supportrice poétesse sportive religieuse maîtresse apprentie saisonnière ' +
    'vendangeuse cueilleuse bergère bûcheronne pêcheuse chauffeuse mécanicienne électricienne cafetière vendeuse caissière').split(' ').map((n) => [n, 'f'] as const),
  ...['stagiaire', 'intérimaire', 'aubergiste', 'manutentionnaire', 'bibliothécaire', 'géographe', 'chimiste', 'kinésithérapeute', 'dentiste', 'garagiste', 'reporter'].map((n) => [n, 'any'] as const),
  ['homme', 'm'], ['femme', 'f'], ['jeune', 'any'], ['source', 'any'], ['diplomate', 'any'], ['international', 'm'], ['internationale', 'f'], ['mère', 'f'], ['père', 'm'], ['fils', 'm'], ['fille', 'f'],
  ['frère', 'm'], ['sœur', 'f'], ['mari', 'm'], ['épouse', 'f'], ['compagnon', 'm'], ['compagne', 'f'],
  ['grand-père', 'm'], ['grand-mère', 'f'], ['oncle', 'm'], ['tante', 'f'], ['cousin', 'm'], ['cousine', 'f'],
  ['parent', 'm'], ['voisin', 'm'], ['voisine', 'f'], ['ami', 'm'], ['amie', 'f'], ['collègue', 'any'],
  ['adolescent', 'm'], ['adolescente', 'f'], ['lycéen', 'm'], ['lycéenne', 'f'], ['collégien', 'm'],
  ['collégienne', 'f'], ['riverain', 'm'], ['riveraine', 'f'], ['salarié', 'm'], ['salariée', 'f'],
  ['ouvrier', 'm'], ['ouvrière', 'f'], ['employé', 'm'], ['employée', 'f'], ['serveur', 'm'], ['serveuse', 'f'],
  ['client', 'm'], ['cliente', 'f'], ['usager', 'm'], ['usagère', 'f'], ['passager', 'm'], ['passagère', 'f'],
  ['automobiliste', 'any'], ['conducteur', 'm'], ['conductrice', 'f'], ['chauffeur', 'm'], ['routier', 'm'],
  ['campeur', 'm'], ['campeuse', 'f'], ['restaurateur', 'm'], ['restauratrice', 'f'], ['hôtelier', 'm'],
  ['hôtelière', 'f'], ['artisan', 'm'], ['artisane', 'f'], ['musicien', 'm'], ['musicienne', 'f'],
  ['violoniste', 'any'], ['altiste', 'any'], ['violoncelliste', 'any'], ['pianiste', 'any'], ['danseur', 'm'],
  ['danseuse', 'f'], ['comédien', 'm'], ['comédienne', 'f'], ['photographe', 'any'], ['journaliste', 'any'],
  ['inspecteur', 'm'], ['inspectrice', 'f'], ['contrôleur', 'm'], ['contrôleuse', 'f'], ['gendarme', 'any'],
  ['soldat', 'm'], ['militaire', 'any'], ['luthier', 'm'], ['luthière', 'f'], ['menuisier', 'm'],
  ['plombier', 'm'], ['électricien', 'm'], ['chirurgien', 'm'], ['chirurgienne', 'f'], ['pédiatre', 'any'],
  ['psychiatre', 'any'], ['psychologue', 'any'], ['aide-soignant', 'm'], ['aide-soignante', 'f'],
  ['bénévole', 'any'], ['adhérent', 'm'], ['adhérente', 'f'], ['membre', 'any'], ['concurrent', 'm'],
  ['concurrente', 'f'], ['propriétaire', 'any'], ['locataire', 'any'], ['paysan', 'm'], ['paysanne', 'f'],
  ['pêcheur', 'm'], ['marin', 'm'], ['tonnelier', 'm'], ['tonnelière', 'f'], ['horloger', 'm'], ['horlogère', 'f'], ['forgeron', 'm'], ['céramiste', 'any'], ['potier', 'm'], ['potière', 'f'], ['ébéniste', 'any'], ['couturière', 'f'], ['couturier', 'm'], ['skipper', 'any'], ['skippeuse', 'f'], ['préparateur', 'm'], ['préparatrice', 'f'], ['navigateur', 'm'], ['navigatrice', 'f'], ['athlète', 'any'],
  ['nageur', 'm'], ['nageuse', 'f'], ['arbitre', 'any'], ['prévisionniste', 'any'], ['océanographe', 'any'],
  ['géologue', 'any'], ['glaciologue', 'any'], ['sismologue', 'any'], ['architecte', 'any'], ['urbaniste', 'any'],
  ['greffier', 'm'], ['greffière', 'f'], ['notaire', 'any'], ['consultant', 'm'], ['consultante', 'f'],
  ['proviseur', 'm'], ['proviseure', 'f'], ['principal', 'm'], ['principale', 'f'], ['institutrice', 'f'],
  ['instituteur', 'm'], ['parent d’élève', 'm'], ['internaute', 'any'], ['lecteur', 'm'], ['lectrice', 'f'],
  ['spectateur', 'm'], ['spectatrice', 'f'], ['randonneur', 'm'], ['randonneuse', 'f'], ['skieur', 'm'],
  ['skieuse', 'f'], ['touriste', 'any'], ['vacancier', 'm'], ['vacancière', 'f'], ['commerçant', 'm'],
  ['brasseur', 'm'], ['brasseuse', 'f'], ['pompière', 'f'], ['sapeur-pompier', 'm'], ['urgentiste', 'any'],
  ['quadragénaire', 'any'], ['vétérinaire', 'any'], ['sauveteur', 'm'], ['guide', 'any'], ['fermier', 'm'],
  ['fermière', 'f'], ['éleveur', 'm'], ['éleveuse', 'f'], ['exploitant', 'm'], ['exploitante', 'f'], ['planteur', 'm'], ['planteuse', 'f'], ['cultivateur', 'm'], ['cultivatrice', 'f'],
  ['ostréiculteur', 'm'], ['ostréicultrice', 'f'], ['arboriculteur', 'm'], ['chasseur', 'm'], ['chasseuse', 'f'], ['bûcheron', 'm'],
  ['facteur', 'm'], ['factrice', 'f'], ['livreur', 'm'], ['livreuse', 'f'], ['docker', 'm'], ['soudeur', 'm'], ['mineur', 'm'],
  ['moniteur', 'm'], ['monitrice', 'f'], ['boucher', 'm'], ['bouchère', 'f'], ['fromager', 'm'], ['fromagère', 'f'],
  ['libraire', 'any'], ['fleuriste', 'any'], ['coiffeur', 'm'], ['coiffeuse', 'f'], ['buraliste', 'any'], ['opticien', 'm'],
  ['huissier', 'm'], ['comptable', 'any'], ['banquier', 'm'], ['banquière', 'f'], ['assureur', 'm'], ['maçon', 'm'],
  ['couvreur', 'm'], ['peintre', 'any'], ['sculpteur', 'm'], ['sculptrice', 'f'], ['poète', 'any'], ['cinéaste', 'any'],
  ['scénariste', 'any'], ['barman', 'm'], ['informaticien', 'm'], ['informaticienne', 'f'], ['développeur', 'm'],
  ['développeuse', 'f'], ['animateur', 'm'], ['animatrice', 'f'], ['soigneur', 'm'], ['soigneuse', 'f'], ['graphiste', 'any'],
  ['propriétaire', 'any'], ['voyageur', 'm'], ['voyageuse', 'f'], ['commerçante', 'f'], ['retraitée', 'f'], ['administrateur', 'm'], ['administratrice', 'f'], ['utilisateur', 'm'], ['utilisatrice', 'f'], ['signataire', 'any'], ['photographe', 'any'],
  ['associé', 'm'], ['associée', 'f'], ['partenaire', 'any'], ['rival', 'm'], ['rivale', 'f'], ['adversaire', 'any'],
  ['binôme', 'any'], ['contradicteur', 'm'], ['contradictrice', 'f'], ['colistier', 'm'], ['colistière', 'f'], ['gagnant', 'm'], ['gagnante', 'f'], ['lauréat', 'm'], ['lauréate', 'f'], ['routeur', 'm'], ['verrier', 'm'], ['logeur', 'm'], ['logeuse', 'f'], ['colocataire', 'any'], ['hôte', 'any'], ['hôtesse', 'f'], ['cadet', 'm'], ['cadette', 'f'], ['aîné', 'm'], ['aînée', 'f'], ['anthropologue', 'any'],
]);

/** A general role noun and the roles it covers (« la magistrate » is the prosecutor or the judge). */
export const ROLE_HYPERNYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['magistrat', new Set(['procureur', 'juge', 'président', 'substitut', 'avocat général'])],
  ['magistrate', new Set(['procureure', 'juge', 'présidente', 'substitute', 'avocate générale'])],
  ['élu', new Set(['maire', 'adjoint', 'conseiller', 'député', 'sénateur', 'président'])],
  ['élue', new Set(['maire', 'adjointe', 'conseillère', 'députée', 'sénatrice', 'présidente'])],
  ['dirigeant', new Set(['pdg', 'directeur', 'président', 'patron', 'fondateur', 'gérant'])],
  ['dirigeante', new Set(['pdg', 'directrice', 'présidente', 'patronne', 'fondatrice', 'gérante'])],
  ['édile', new Set(['maire'])],
  ['syndicaliste', new Set(['délégué', 'déléguée', 'secrétaire', 'représentant', 'représentante'])],
  ['scientifique', new Set(['chercheur', 'chercheuse', 'biologiste', 'climatologue', 'glaciologue', 'océanographe', 'physicien', 'physicienne'])],
]);

/**
 * Relations between peers: « Son coéquipier », « Sa concurrente » names the other one of two
 * people the article has introduced, not the possessor.
 */
export const PEER_NOUNS = new Set([
  'coéquipier', 'coéquipière', 'collègue', 'concurrent', 'concurrente', 'associé', 'associée', 'partenaire',
  'compagnon', 'compagne', 'frère', 'sœur', 'épouse', 'mari', 'rival', 'rivale',
  'adversaire', 'binôme', 'cadet', 'cadette', 'aîné', 'aînée', 'logeur', 'logeuse', 'colocataire', 'hôte', 'hôtesse',
  'colistier', 'colistière', 'contradicteur', 'contradictrice',
]);

/**
 * Role nouns a writer uses to refer back to someone already named rather than to introduce
 * someone (« l’intéressé », « la sexagénaire », « le gaucher »).
 */
/** Words opening an apposition that gives someone's other name (« connu sous le pseudonyme de Kairo », « surnommée Zephyr »). */
/** « la rappeuse, de son vrai nom Aïcha Tamboura »: words that introduce a civil name after a description. */
export const REAL_NAME_OPENERS: ReadonlyArray<readonly string[]> = [['de', 'son', 'vrai', 'nom'], ['de', 'son', 'nom'], ['née'], ['né']];

export const NICKNAME_OPENERS: ReadonlySet<string> = new Set(['connu', 'connue', 'surnommé', 'surnommée', 'alias', 'dit', 'dite', 'baptisé', 'baptisée']);

/** Nouns of an age (« la quinquagénaire »): the span of years each covers. */
export const AGE_DECADE_NOUNS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['trentenaire', [30, 39]], ['quadragénaire', [40, 49]], ['quadra', [40, 49]], ['quinquagénaire', [50, 59]], ['quinqua', [50, 59]],
  ['sexagénaire', [60, 69]], ['septuagénaire', [70, 79]], ['octogénaire', [80, 89]], ['nonagénaire', [90, 99]], ['centenaire', [100, 120]],
] as const);

export const ANAPHORIC_NOUNS = new Set([
  'gagnant', 'gagnante', 'lauréat', 'lauréate', 'vainqueure', 'intéressé', 'intéressée', 'trentenaire', 'quadragénaire', 'quinquagénaire', 'sexagénaire', 'septuagénaire',
  'octogénaire', 'nonagénaire', 'gaucher', 'gauchère', 'droitier', 'droitière',
]);

/** Nouns for collective speakers that are organisations (« le ministère a indiqué que »). */
/** The organisation nouns that are feminine (« l’association … elle »); the others are masculine. */
const FEMININE_ORGANISATION_NOUNS = new Set([
  'accusation', 'défense', 'intersyndicale', 'préfecture', 'mairie', 'fédération', 'entreprise', 'société', 'association', 'commission',
  'cour', 'police', 'gendarmerie', 'armée', 'agence', 'direction', 'ong', 'opposition', 'majorité', 'région', 'ville', 'autorité',
  'banque', 'ambassade', 'compagnie', 'université', 'revue', 'chaîne', 'radio', 'bourse', 'équipe', 'fondation', 'mutuelle',
  'coopérative', 'municipalité', 'agglomération', 'métropole', 'enseigne', 'plateforme', 'marque', 'start-up', 'union',
  'confédération', 'chambre', 'délégation', 'entente', 'présidence', 'rédaction',
]);

/** Endings of feminine nouns (« l’Amicale », « l’Union », « l’Entente »), for an organisation's first word no list holds. */
const FEMININE_NOUN_ENDING = /(ale|ion|té|ure|ie|ence|ance|ette|ise|ade|ente)$/u;

/** « l’association » is « elle », « l’office » « il »: an organisation noun's gender when no determiner shows it. */
export function organisationNounGender(noun: string): 'm' | 'f' | 'pl' | undefined {
  if (!ORGANISATION_NOUNS.has(noun)) return FEMININE_NOUN_ENDING.test(noun) ? 'f' : undefined;
  if (noun === 'autorités') return 'pl';
  return FEMININE_ORGANISATION_NOUNS.has(noun) ? 'f' : 'm';
}

export const ORGANISATION_NOUNS = new Set([
  'accusation', 'défense', 'intersyndicale', 'intersyndical', 'organisation', 'label',
  'ministère', 'gouvernement', 'parquet', 'préfecture', 'mairie', 'fédération', 'syndicat', 'entreprise',
  'société', 'groupe', 'association', 'commission', 'élysée', 'matignon', 'conseil', 'tribunal', 'cour',
  'police', 'gendarmerie', 'armée', 'club', 'agence', 'direction', 'institut', 'ong', 'collectif', 'opposition',
  'majorité', 'parti', 'département', 'région', 'ville', 'autorité', 'autorités', 'office', 'banque', 'ambassade',
  'compagnie', 'laboratoire', 'hôpital', 'université', 'observatoire', 'communiqué', 'revue', 'quotidien',
  'hebdomadaire', 'journal', 'magazine', 'chaîne', 'radio', 'site', 'bourse', 'équipe', 'cabinet', 'centre',
  'fondation', 'banque', 'mutuelle', 'coopérative', 'municipalité', 'agglomération', 'métropole', 'rectorat',
  'enseigne', 'plateforme', 'marque', 'start-up', 'réseau', 'comité', 'union', 'confédération', 'chambre', 'team',
  'délégation', 'as', 'fc', 'us', 'sc', 'rc', 'ac', 'entente', 'stade', 'racing', 'sporting', 'olympique',
  'secrétariat', 'collège', 'jury', 'présidence', 'rédaction', 'staff', 'diocèse', 'paroisse', 'section', 'caisse',
]);

/** Names that are organisations even though they look like proper names. */
/**
 * Organisations whose names hold lower-case words (« Santé publique France », « Secours populaire »): a run of
 * capitalised words would cut them short.
 */
export const MULTIWORD_ORGANISATIONS: readonly string[] = [
  'Santé publique France', 'Secours populaire', 'Secours catholique', 'Restos du cœur', 'Médecins sans frontières',
  'Reporters sans frontières', 'Action contre la faim', 'Ligue des droits de l’homme', 'Cour des comptes', 'Cour de cassation',
  'Conseil d’État', 'Conseil constitutionnel', 'Banque de France', 'Caisse des dépôts', 'Office français de la biodiversité',
  'Voies navigables de France', 'Pôle emploi', 'Haute Autorité de santé', 'Agence de l’eau', 'Fondation Abbé-Pierre',
  'Fédération française handisport', 'Fédération française du sport adapté',
];

export const KNOWN_ORGANISATIONS = new Set([
  'openai', 'anthropic', 'google', 'xai', 'microsoft', 'meta', 'apple', 'amazon', 'nvidia', 'pentagone', 'croix-rouge', 'croissant-rouge',
  'onu', 'otan', 'ue', 'insee', 'sncf', 'edf', 'engie', 'total', 'totalenergies', 'renault', 'airbus',
  'afp', 'reuters', 'élysée', 'matignon', 'bercy', 'unesco', 'oms', 'fmi', 'bce', 'cnrs', 'inserm', 'cgt',
  'cfdt', 'fo', 'medef', 'greenpeace', 'uefa', 'fifa', 'psg', 'om', 'ol', 'nasa', 'esa', 'spacex', 'tesla',
  'la maison-blanche', 'maison-blanche', 'kremlin', 'commission européenne', 'assemblée nationale', 'sénat',
]);

/** Publications relay statements (« selon l'AFP », « a rapporté Le Monde »). */
/** Nouns for media that relay others' words (« selon le site spécialisé X, Y aurait menacé de … »). */
/** « au gymnase Jules-Ferry », « rue Victor-Hugo »: a name after one of these is a place, not a person. */
/**
 * Places written like a person's first and last name (« Burkina Faso », « Las Piedras », « Bad Wellrode »):
 * whole names, and first words that open place names.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  // Countries named with « la », « le », « l’ » that a determiner would otherwise make an organisation.
  'somalie', 'éthiopie', 'érythrée', 'libye', 'tunisie', 'algérie', 'mauritanie', 'guinée', 'zambie', 'namibie', 'tanzanie',
  'ouganda', 'syrie', 'jordanie', 'turquie', 'grèce', 'bulgarie', 'roumanie', 'hongrie', 'pologne', 'ukraine', 'russie',
  'serbie', 'croatie', 'albanie', 'bosnie', 'slovénie', 'slovaquie', 'lituanie', 'lettonie', 'estonie', 'finlande', 'suède',
  'norvège', 'irlande', 'écosse', 'colombie', 'bolivie', 'argentine', 'inde', 'chine', 'indonésie', 'malaisie', 'thaïlande',
  'birmanie', 'mongolie', 'australie', 'nouvelle-zélande', 'papouasie', 'corée', 'géorgie', 'arménie', 'moldavie',
  'belgique', 'suisse', 'autriche', 'allemagne', 'espagne', 'italie', 'afghanistan', 'iran', 'irak', 'yémen',
  'kenya', 'mali', 'niger', 'nigeria', 'tchad', 'soudan', 'sénégal', 'cameroun', 'gabon', 'congo', 'togo', 'bénin', 'ghana',
  'maroc', 'liban', 'pakistan', 'bangladesh', 'népal', 'vietnam', 'cambodge', 'laos', 'japon', 'mexique', 'guatemala',
  'honduras', 'nicaragua', 'panama', 'venezuela', 'pérou', 'chili', 'brésil', 'paraguay', 'uruguay', 'équateur', 'canada',
  'burkina faso', 'costa rica', 'sri lanka', 'sierra leone', 'hong kong', 'new york', 'new delhi', 'buenos aires', 'tel aviv',
  'addis abeba', 'porto rico', 'puerto rico', 'el salvador', 'abou dhabi', 'kuala lumpur', 'rio de janeiro', 'sao paulo', 'são paulo',
  'cap vert', 'timor oriental', 'papouasie nouvelle-guinée', 'saint-marin', 'la havane', 'la paz', 'le caire', 'le cap',
]);
export const PLACE_NAME_OPENERS: ReadonlySet<string> = new Set([
  'las', 'los', 'el', 'san', 'santa', 'santo', 'são', 'puerto', 'porto', 'port', 'bad', 'new', 'fort', 'mount', 'lake', 'cape', 'ciudad', 'villa', 'nueva', 'nuevo',
]);

/** Place names that take « de la » inside them (« Pays de la Loire », « Val de la Seine »). */
export const PLACE_NAME_OPENERS_WITH_ARTICLE = new Set(['pays', 'val', 'vallée', 'côte', 'côtes', 'île', 'mont', 'port', 'pont', 'bois', 'forêt']);

export const PLACE_NOUNS = new Set([
  'gymnase', 'école', 'collège', 'lycée', 'rue', 'avenue', 'boulevard', 'place', 'quai', 'allée', 'impasse', 'chemin',
  'stade', 'salle', 'hôpital', 'gare', 'pont', 'parc', 'square', 'centre', 'espace', 'théâtre', 'musée', 'médiathèque',
  'piscine', 'résidence', 'cité', 'quartier', 'port', 'aéroport', 'clinique', 'campus', 'halle', 'église', 'cathédrale',
  'prix', 'trophée', 'médaille', 'coupe',
]);

/** Works whose titles stand in marks (« le film “Charbon blanc” », « son roman « La Saline » »). */
export const WORK_NOUNS = new Set([
  'film', 'films', 'long-métrage', 'court-métrage', 'documentaire', 'série', 'livre', 'roman', 'recueil', 'essai',
  'album', 'disque', 'chanson', 'titre', 'spectacle', 'pièce', 'opéra', 'exposition', 'émission', 'podcast',
  'tribune', 'rapport', 'projet', 'opération', 'plan', 'programme', 'collectif', 'association', 'festival', 'jeu',
  'morceau', 'titres', 'ep', 'single', 'tube', 'clip', 'bd', 'manga', 'albums', 'chansons', 'séries', 'pièces',
]);

/** « « Sept jours à Morlanne », écrite et mise en scène par X »: participles that say who made a work. */
export const CREATION_PARTICIPLES = new Set([
  'écrit', 'écrite', 'écrits', 'écrites', 'réalisé', 'réalisée', 'composé', 'composée', 'mis', 'mise', 'signé', 'signée',
  'produit', 'produite', 'dessiné', 'dessinée', 'publié', 'publiée', 'interprété', 'interprétée', 'chanté', 'chantée',
]);

/** « la capitaine, Jade Moreau, dite « Jade Stomp » »: words before a nickname in marks (no one utters it). */
export const NICKNAME_WORDS_BEFORE_MARKS = new Set(['dite', 'dit', 'surnommé', 'surnommée', 'alias', 'baptisé', 'baptisée', 'intitulé', 'intitulée', 'nommé', 'nommée']);

/** « Selon X, », « D’après X, »: a source; with « Pour X, » an opinion's holder. */
export const SOURCE_MARKERS = new Set(['selon', 'd’après']);
export const SOURCE_OPENERS = new Set([...SOURCE_MARKERS, 'pour']);

/** Conjunctions that may open a sentence before « selon X, » (« Mais d’après un conseiller, … »). */
export const SENTENCE_CONJUNCTIONS = new Set(['mais', 'et', 'or', 'pourtant', 'enfin', 'ainsi', 'toutefois', 'cependant', 'donc']);

/** Auxiliaries and modals whose presence makes a piece of text a clause. */
export const FINITE_HINTS = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'doit', 'doivent', 'devrait', 'devraient', 'peut', 'peuvent', 'pourrait', 'pourraient', 'va', 'vont', 'faut', 'fallait', 'faudrait']);

/** Days and times that stand between a verb and its complement without being a preposition. */
export const WEEKDAYS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
export const TIME_WORDS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd’hui']);
/** « la semaine dernière », « ce matin », « l’an dernier »: nouns of a time, and the words that place it. */
export const TIME_NOUNS = new Set(['semaine', 'mois', 'an', 'année', 'veille', 'lendemain', 'matin', 'soir', 'week-end', 'jour', 'nuit', 'après-midi']);
export const TIME_QUALIFIERS = new Set(['dernier', 'dernière', 'passé', 'passée', 'prochain', 'prochaine', 'même', 'suivant', 'suivante']);

/** Determiners that open a title in marks (« Les Heures claires », « La Saline »). */
export const TITLE_DETERMINERS = new Set(['le', 'la', 'les', 'l’', 'un', 'une']);

/** A segment between commas opening with these is a place or time (« , dans le Finistère, »). */
export const LOCATIVE_OPENERS = new Set(['dans', 'à', 'en', 'près', 'sur', 'au', 'aux']);

/** « Celui-ci a indiqué »: the one last mentioned. */
/** « ce dernier », « cette dernière »: the latter, the last one mentioned (two words, read as one pronoun). */
export const LATTER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'pl'> = new Map([
  ['ce dernier', 'm'], ['cette dernière', 'f'], ['ces derniers', 'pl'], ['ces dernières', 'pl'],
]);
export const DEMONSTRATIVE_PRONOUNS = new Set(['celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci', ...LATTER_PRONOUNS.keys()]);
export const DEMONSTRATIVE_GENDERS: ReadonlyMap<string, 'm' | 'f' | 'pl'> = new Map([['celui-ci', 'm'], ['celle-ci', 'f'], ['ceux-ci', 'pl'], ['celles-ci', 'pl']]);

/** « Son entourage a fait savoir que … »: speakers in their own right, not their possessor. */
export const COLLECTIVE_SPEAKERS = new Set(['entourage', 'cabinet', 'staff', 'camp', 'proches', 'avocats', 'conseil']);

/** « une enquête pour « homicide involontaire » »: words before « pour » that name an offence, not speech. */
export const OFFENCE_CONTEXT = new Set(['garde', 'vue', 'placé', 'placée', 'placés', 'mis', 'mise', 'enquête', 'plainte', 'poursuivi', 'poursuivie', 'poursuivis', 'condamné', 'condamnée', 'condamnés', 'examen', 'interpellé', 'interpellée', 'jugé', 'jugée', 'jugés', 'information', 'procédure', 'arrêté', 'arrêtée', 'écroué', 'écrouée']);

/** Words ending in « -ant » that are not present participles (« , pourtant gratuit, »). */
export const NOT_PARTICIPLES = new Set(['pourtant', 'cependant', 'maintenant', 'pendant', 'durant', 'avant', 'auparavant', 'devant', 'autant', 'tant', 'quant', 'néant', 'enfant', 'géant', 'restaurant', 'montant', 'habitant', 'étudiant', 'important', 'suivant', 'précédent', 'gérant', 'commerçant', 'manifestant', 'dirigeant']);

/** « d’une voix à peine audible », « d’un ton sec »: manner after a speaker, not part of the description. */
export const MANNER_NOUNS = new Set(['voix', 'ton', 'air', 'geste', 'trait', 'sourire', 'souffle']);

/** « qui a requis l’anonymat »: a source that stays unnamed is nobody named earlier. */
export const ANONYMITY_WORDS = new Set(['anonymat', 'anonyme', 'anonymes']);

/**
 * « interrogé par », « cité par », « joint par X »: X only asked or relayed; it neither speaks nor is
 * who the next pronoun means. Stems; any gender and number ending follows.
 */
export const RELAY_PARTICIPLE = /^(?:(?:interrog|cit|contact|sollicit|interview|consult|relay)(?:é|ée|és|ées)|joint(?:e|es|s)?)$/u;

/** « prévenues « dès lundi soir » par SMS »: how it was said, not who said it. */
export const MEANS_NOUNS = new Set(['sms', 'mail', 'e-mail', 'courriel', 'courrier', 'téléphone', 'écrit', 'voie', 'message', 'lettre', 'affichage', 'haut-parleur', 'radio', 'vidéo']);

/** « Seul l’arrière X a accepté de s’exprimer : »: a word that may stand before a sentence's subject. */
export const SUBJECT_RESTRICTORS = new Set(['seul', 'seule', 'seuls', 'seules']);

/**
 * « X, installé à Erbil, … », « X, interrogée par Y, … »: a participle and the preposition after it open an
 * apposition that places the one before it.
 */
export const APPOSITION_PARTICIPLE = /^\p{Ll}+(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u;
export const APPOSITION_PREPOSITIONS = new Set(['à', 'au', 'aux', 'par', 'en', 'dans', 'depuis', 'sur', 'chez', 'comme']);

/** « le lanceur de marteau », « la documentariste »: endings of nouns for people the lists do not hold. */
export const PERSON_NOUN_ENDING = /(eur|euse|trice|iste)$/u;

/** « Fundación Agua y Tierra », « Eau et Rivières du Berry »: links inside a body's name. */
export const NAME_CONJUNCTIONS = new Set(['et', 'y', '&']);

/** « beaucoup viennent », « les clients arrivent »: a third-person plural present; the words below end alike but are none. */
export const PLURAL_VERB_ENDING = /\p{L}{2,}(?<!m)ent$/u;
export const NOT_PLURAL_VERBS = new Set([
  'souvent', 'parent', 'parents', 'président', 'client', 'agent', 'argent', 'accident', 'talent', 'cent', 'dent', 'vent', 'urgent', 'récent',
  'patient', 'absent', 'présent', 'moment', 'comment', 'excellent', 'évident', 'lent', 'prudent', 'incident', 'adjacent', 'décent', 'fréquent',
  'violent', 'différent', 'intelligent', 'continent', 'serpent', 'couvent', 'régent', 'équivalent', 'précédent', 'résident', 'dirigeant',
]);

export const MEDIA_NOUNS = new Set(['quotidien', 'hebdomadaire', 'journal', 'magazine', 'chaîne', 'radio', 'site', 'revue', 'agence', 'média', 'blog', 'mensuel', 'newsletter']);

/** Last words of company names, folded (« Atlantis Énergies », « Vertal Industries »). */
export const COMPANY_NAME_WORDS = new Set([
  'energies', 'energie', 'industries', 'industrie', 'group', 'groupe', 'holding', 'partners', 'services', 'solutions',
  'technologies', 'consulting', 'capital', 'assurances', 'transports', 'editions', 'productions', 'logistique',
  'distribution', 'immobilier', 'systems', 'labs', 'interactive', 'studio', 'studios', 'sa', 'sas', 'sarl', 'inc',
  'racing', 'team', 'motorsport', 'films', 'records', 'gaming', 'esport', 'media', 'medias',
  'films', 'pictures', 'records', 'music', 'medias', 'media', 'presse', 'conseil', 'finance', 'bank', 'airlines', 'motors',
]);

/** Parts of trade-union names (« SNUipp-FSU », « CFE-CGC », « FO »), folded: « le syndicat » refers to these. */
export const UNION_MARKERS = new Set([
  'cgt', 'cfdt', 'fo', 'fsu', 'unsa', 'sud', 'cftc', 'cfe', 'cgc', 'solidaires', 'fnsea', 'snes', 'snuipp', 'sgen',
  'unef', 'snalc', 'snpden', 'sncf-cgt', 'jeunes agriculteurs', 'coordination rurale', 'confederation paysanne',
]);

/** Words that end a newspaper's name (« au Midlands Courier X », « au Hokuriku Shinpo »): the person's name follows. */
export const PUBLICATION_NAME_WORDS = new Set([
  'courier', 'times', 'post', 'herald', 'tribune', 'journal', 'news', 'gazette', 'daily', 'weekly', 'standard', 'guardian',
  'express', 'observer', 'telegraph', 'chronicle', 'ilbo', 'shimbun', 'shinpo', 'zeitung', 'dagblad', 'courrier', 'matin',
  'shinbun', 'nippo', 'kurier', 'tageblatt', 'mail', 'mirror', 'monitor', 'ledger', 'review', 'record', 'star', 'today', 'independent', 'nation',
]);

export const PUBLICATIONS = new Set([
  'afp', 'reuters', 'ap', 'le monde', 'le figaro', 'libération', 'les échos', 'le parisien', 'mediapart',
  'bfmtv', 'franceinfo', 'france info', 'le point', "l'express", 'l’express', 'ouest-france', 'the new york times',
  'bloomberg', 'the washington post', 'the guardian', 'politico', 'axios', 'cnn', 'bbc', 'rtl', 'tf1', 'france 2',
  'échos', '20 minutes', 'sud ouest', 'la dépêche', 'la dépêche du midi', 'le progrès', 'la voix du nord', 'le télégramme',
  'nice-matin', 'la provence', 'le dauphiné libéré', 'le dauphiné', 'l’est républicain', 'midi libre', 'la croix',
  'l’équipe', "l'équipe", 'le journal du dimanche', 'jdd', 'france inter', 'france bleu', 'rfi', 'france 24', 'france 3',
  'europe 1', 'rmc', 'lci', 'arte', 'france culture', 'france musique', 'france 5', 'france 24', 'tv5monde', 'les inrocks', 'eurosport', 'télérama', 'marianne', 'challenges', 'le canard enchaîné', 'l’obs', "l'obs",
  'la tribune', 'l’humanité', 'courrier international', 'jeune afrique', 'tv5monde', 'huffpost', 'le huffpost', 'so foot',
  'paris match', 'l’alsace', 'dna', 'le républicain lorrain', 'la montagne', 'la nouvelle république', 'le courrier picard',
  'paris-normandie', 'ouest france', 'france télévisions', 'radio france', 'mediapart', 'streetpress', 'konbini', 'brut',
]);

/** Nouns after « son/sa/leur » that take « de » + infinitive as reported content. */
/** « Témoignage de Karine, bloquée … : « … » »: a noun that announces someone's words before a colon (live blogs). */
export const TESTIMONY_NOUNS = new Set(['mots', 'propos', 'déclaration', 'témoignage', 'réaction', 'réactions', 'réponse', 'riposte', 'verdict', 'message', 'récit', 'confidence', 'confidences', 'explication', 'explications', 'mise', 'coup']);

export const INTENT_NOUNS = new Set([
  'intention', 'volonté', 'souhait', 'refus', 'décision', 'projet', 'désir', 'ambition', 'détermination',
  'engagement', 'promesse', 'espoir', 'envie',
]);

/** Complementisers that open indirect speech after a reporting verb. */
export const COMPLEMENTISERS = new Set(['que', 'qu’', "qu'"]);
/** Opinion and scene-setting markers lower a sentence's check-worthiness. */
export const OPINION_MARKERS = new Set([
  'ironiquement', 'paradoxe', 'paradoxalement', 'sans doute', 'peut-être', 'semble', 'semblent', 'heureusement',
  'malheureusement', 'hélas', 'étonnamment', 'curieusement', 'visiblement', 'probablement',
  'beau', 'belle', 'magnifique', 'triste', 'regrettable', 'scandaleux', 'incroyable',
]);

/** Words that signal a factual, checkable sentence (figures aside, which are found by shape). */
export const FACT_MARKERS = new Set([
  'record', 'premier', 'première', 'dernier', 'plus', 'moins', 'hausse', 'baisse', 'millions', 'milliards',
  'million', 'milliard', 'pour cent', 'accord', 'contrat', 'loi', 'décret', 'signé', 'signature', 'vote', 'voté',
  'élu', 'condamné', 'tué', 'morts', 'blessés', 'budget', 'euros', 'dollars', 'exclu', 'interdit', 'annoncé',
  'obtenu', 'déjà', 'depuis', 'contre', 'population', 'chômage', 'inflation', 'croissance', 'taux', 'déficit',
]);

/** Numbers written as words count as figures (« deux garde-fous », « trois milliards »). */
export const NUMBER_WORDS = new Set([
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt',
  'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'million', 'millions', 'milliard',
  'milliards', 'moitié', 'tiers', 'quart', 'double', 'triple', 'dizaine', 'dizaines', 'centaine', 'centaines',
]);

/** The commonest French function words: their share tells French text from other languages cheaply. */
export const FRENCH_FUNCTION_WORDS = new Set([
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'que', 'qui', 'dans', 'pour', 'sur', 'au', 'aux',
  'avec', 'pas', 'ne', 'il', 'elle', 'ils', 'a', 'ont', 'sont', 'ce', 'cette', 'ses', 'son', 'sa', 'leur', 'par',
  'plus', 'mais', 'ou', 'en', 'l', 'd', 'qu', 'n', 's', 'c', 'nous', 'vous', 'été', 'après', 'selon',
]);
/** Words that are frequent in English and rare in French, to keep English out of the shortcut. */
export const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'on', 'it', 'are', 'be', 'this', 'by']);

export const MONTHS: readonly string[] = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre',
];
export const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);

/**
 * First names met in international, sport and culture pages (Spanish, Portuguese, Basque, Italian, German,
 * Nordic, Slavic, Arabic, West African, Japanese), so that « le météorologue de Copeco Francisco Lagos »
 * ends its description before the name and « il » / « elle » find them.
 */
export const INTERNATIONAL_FIRST_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...('francisco antonio jose josé eduardo ernesto gustavo héctor hector ignacio jaime julio marcelo mario mauricio nicolás nicolas octavio raúl raul roberto rubén ruben ' +
    'salvador sebastián vicente alberto alfonso arturo cristian emilio enrique esteban felipe guillermo jesús joaquín martín óscar ramón víctor ' +
    'thiago gonçalo tiago leonardo álvaro alvaro adrián iker unai aitor mikel ander asier gorka jon txema xabier davide federico gianluca massimo ' +
    'paolo pietro riccardo salvatore tommaso vincenzo jurgen dieter helmut günter gunter uwe jens bjorn björn nils anders magnus henrik mikael ' +
    'paweł pawel krzysztof marek jakub wojciech michał michal dragan milan zoran goran dejan nikola marko petar bojan mohammed yusuf hussein ' +
    'ismail khaled khalid moustapha abdou amadou oumar boubacar souleymane ibrahima lamine aliou modou babacar pape kwame kwaku yaw kojo chidi ' +
    'emeka chinedu hiroshi takashi kenji haruto sota akira tuan hung dmitry dmitri sergei sergey alexei alexey andrei andrey mikhail nikolai oleg ' +
    'yuri taras bohdan ostap syed imran arjun rahul vikram sanjay noam dennis').split(' ').map((n) => [n, 'm'] as const),
  ...('ann anna-lena annick-marie birgitta claudia gloria lorena marisol silvana yolanda maría isabel paula marta cristina teresa mercedes dolores juana florencia agustina fernanda ximena guadalupe consuelo amparo rocío rocio ' +
    'nerea ainhoa amaia itziar maite leire irati graça conceição joana mafalda adriana alessia martina beatrice ilaria serena karin britta heike ' +
    'ute frauke kasia małgorzata malgorzata joanna magdalena monika ewa jelena ivana milena marija dragana snežana vesna mirela fatoumata ' +
    'aïssatou aissatou mariam binta khady coumba ndeye ama akosua abena efua ngozi chioma halima zainab hadiza aisha leila layla noura rania ' +
    'sanaa habiba zineb meriem imane hina sakura aiko yoko keiko yui linh natalya ekaterina anastasia oksana yulia olena nadiya').split(' ').map((n) => [n, 'f'] as const),
]);

/**
 * Frequent first names with a gender, to tell people from organisations and to resolve
 * « il » / « elle ». A name not listed still counts as a person when it is followed by a surname.
 */
export const FIRST_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map(
  [
    // (First, so that the lists below decide a name both hold.)
    ...INTERNATIONAL_FIRST_NAMES,
    ...'rodrigo diego carlos javier miguel pablo alejandro andrés fernando gonzalo jorge juan luis manuel mateo santiago sergio tomás joão pedro paulo rafael ricardo matteo lorenzo giovanni giuseppe francesco alessandro andrea marco luca stefano klaus jürgen wolfgang stefan michael thomas tobias lukas jonas niklas felix piet pieter jan johan willem sven erik lars björn olaf ahmed mohamed mehdi karim rachid youssef hamza amine bilal omar ibrahim ilias ilyas moussa mamadou ousmane abdoulaye cheikh seydou kofi james john william george henry edward daniel david michael robert richard charles'.split(' ').map((n) => [n, 'm'] as const),
    ...'valentina camila sofía lucía isabella daniela gabriela mariana catalina ana carmen rosa pilar beatriz giulia chiara francesca alessandra elena federica silvia greta ingrid astrid sigrid freya hanna johanna katrin petra ursula anke birgit fatima aïcha khadija leïla yasmina samira nadia amina salma meryem aminata fatou awa mariama emily emma olivia charlotte sophie grace elizabeth mary jennifer sarah jessica'.split(' ').map((n) => [n, 'f'] as const),
    ...'hugues thibaut gwendal goulven brieuc gurvan jules-henri jean-noël jean-philippe jean-christophe pierre-alain pierre-louis paul-henri françois-xavier régis rudy sylvère valéry vivien yoann yohann yves-marie alban aristide armand barthélemy blaise calixte charles-henri clovis côme cyprien désiré donatien edmond émeric emilien enguerrand ernest evrard félicien ferdinand gaétan geoffroy gervais gildas guilhem harold hippolyte ignace isidore jérémie joachim jonas josselin lambert léonard lilian martial maxence prosper raoul rodrigue romuald stanislas ulrich urbain yannis koen bert hans-peter'.split(' ').map((n) => [n, 'm'] as const),
    ...'adélaïde albane alexandra alexia anne-laure anne-sophie annie bénédicte carine christelle christiane danièle flora guillemette jocelyne laure léna liliane lydie marielle maryse michèle paule rosine sabine séverine viviane'.split(' ').map((n) => [n, 'f'] as const),
    ...'bastien anselme thibault roland killian kylian enzo mathis clément baptiste damien ludovic mickaël mikaël raymond gaston lucien albert aurélien adrien alexis alexandre amaury anatole augustin axel basile benoît benjamin bertrand boris cédric charles christian claude constant corentin cyril cyrille daniel david didier dimitri dominique dylan edgar émile erwan étienne eugène évariste fabien fabrice félix fernand florent florian francis franck frédéric gabin gaël gautier geoffrey georges gérard germain ghislain gilbert gilles grégoire grégory guillaume gustave guy hector henri honoré hubert ibrahim jacky jean-baptiste jean-claude jean-françois jean-louis jean-luc jean-marc jean-michel jean-paul jean-pierre jérémy jérôme joël jonathan joseph josé jules justin kévin lionel loïs lorenzo louis-marie luc lucas malo marcel marius martin maurice maël max maximilien médéric mehdi michaël morgan mathias mohamed moussa nathan noah noé norbert octave oscar pablo patrice philémon quentin rafael raphaël rémi rémy renaud richard robin rodolphe ronan samuel sébastien serge sacha simon sylvain tanguy teddy théo théophile timothée tom tony tristan ulysse valentin victor vincent virgile wilfried william xavier yann yannick yves yvon zacharie abdel ahmed ali amine bilal farid hamid hassan karim malik nabil omar rachid saïd samir sofiane youssef walid jordi iñaki marco matteo luca giovanni carlos diego javier miguel pedro sergio hans jan lars sven björn piotr tomasz andrzej ivan igor nikolaï dmitri vladimir bernard hervé gérald mathéo timéo évan nolan ethan liam aaron gabriel jules léon sacha émilien marin gaspard achille auguste aymeric eudes firmin gauthier léandre léopold marceau nestor pacôme séraphin tancrède yvan loris kenzo ilyes rayan amir anis yassine'.split(' ').map((n) => [n, 'm'] as const),
    ...'nuria sonia gwenaëlle gwénaëlle gwenaelle fanny romane tiphaine bérénice capucine colette danielle francine ginette huguette lucienne odile adèle adeline agathe alice aline alix amandine amélie anaïs andrée angèle angélique annabelle annick anouk apolline ariane armelle arlette aude audrey aurore axelle barbara béatrice bernadette blandine blanche brigitte carole caroline cassandre cécile céleste chantal charlène charlotte clarisse claudine clémence clotilde coline colombe constance coralie corinne cyrielle daphné delphine denise diane dominique dorothée édith éléonore éliane élodie éloïse émeline émilie emmanuelle estelle eugénie eva évelyne fabienne faustine félicie flavie flore florence françoise frédérique gaëlle geneviève georgette germaine ghislaine gisèle grâce hélène héloïse henriette hortense ingrid irène iris isaure jacqueline jeanne jeannine joëlle josette joséphine judith juliette karine laetitia laëtitia laurence léonie lise lisa louane louise luce lucille ludivine madeleine maëlle maëva magali manon marcelle margaux margot marguerite marianne marie-christine marie-françoise marie-hélène marie-laure marie-pierre marina marion marjorie marthe mathilde maud mélanie mélissa micheline mireille muriel murielle myriam nadège nadine noémie océane odette ophélie patricia paulette perrine pierrette rachel raphaëlle rebecca régine renée rolande rosalie rose roseline salomé samia sandra simone solange solène sonia stéphanie suzanne sylviane tatiana thérèse valentine vanessa véra victoire violette virginie yolande yvette yvonne zoé fatima aïcha leïla malika nora rachida samira yasmina amina salma khadija carmen lucia paola francesca elena ingrid astrid kirsten birgit katarzyna agnieszka natalia svetlana tatiana irina mégane jade lou louna lola mila rose ambre romy alba nina célia elsa inaya lana maëlys mélodie'.split(' ').map((n) => [n, 'f'] as const),
    ...'karim yanis yann kevin hugo arnaud hervé denis étienne gérard alain paul romain thierry pascal éric maxime olivier karl mathieu julien antoine pierre-yves loïc erwan gaëtan anthony steve john james michael peter andrew robert'.split(' ').map((n) => [n, 'm'] as const),
    ...'jessica chiara giulia zofia anna sarah nadia karima inès florence yasmine monique camille hélène martine marie-claude amandine justine nina lina maria sofia elena julia olga'.split(' ').map((n) => [n, 'f'] as const),
    ...'sam donald pete elon jean jacques pierre paul michel marc emmanuel nicolas françois olivier laurent philippe alain bernard bruno éric eric thierry patrick christophe stéphane gérald édouard edouard gabriel jordan mathieu matthieu thomas julien antoine louis hugo lucas léo adam arthur raphaël jules maxime alexandre vincent sébastien david daniel joe barack vladimir volodymyr xi kylian zinédine didier karim antoine olivier yannick benoît guillaume romain florian kevin mohamed ahmed ali omar rachid karim yves henri georges charles rené andré claude serge gilles dominique luc jean-marie jean-luc jean-pierre jean-michel jean-paul jean-claude jean-louis jean-françois jean-marc jean-yves marc-antoine pierre-yves tim mark jeff bill satya sundar dario demis jensen mustafa greg ilya andrej yann xavier fabien fabrice franck frédéric gaël grégoire hervé jérôme joël lionel manuel marcel martin maurice noël pascal quentin rémi richard robert roger samuel simon sylvain tristan victor william yohan'.split(
      ' ',
    ).map((n) => [n, 'm'] as const),
    ...'marine marie anne sophie isabelle catherine nathalie sylvie valérie christine véronique sandrine céline julie claire camille léa manon chloé emma inès sarah laura pauline lucie élisabeth elisabeth élise agnès aurélie amélie hélène martine monique nicole brigitte ségolène rachida najat anne-marie marie-claire marie-france ursula christine kamala hillary angela giorgia mette sanna jacinda greta mira daniela fidji fiona rachel rebecca susan sheryl lisa ginni yasmine fatima amina leïla nadia samia karine corinne laurence florence patricia dominique josiane geneviève jacqueline françoise odile marion clémence clémentine mathilde margaux océane juliette charlotte alice adèle agathe valentine victoire zoé anaïs audrey aurore cécile delphine émilie estelle eva gaëlle héloïse irène jeanne joséphine lætitia laetitia louise lucile madeleine maëlle mélanie morgane muriel noémie ophélie pascale rose solène stéphanie virginie yvonne'.split(
      ' ',
    ).map((n) => [n, 'f'] as const),
  ],
);

/**
 * First names given to women and men alike: the person's gender comes from what the article says
 * (« le riverain », « s’agace-t-il »), not from the name.
 */
export const EPICENE_FIRST_NAMES: ReadonlySet<string> = new Set([
  'dominique', 'claude', 'sacha', 'sasha', 'alix', 'charlie', 'lou', 'eden', 'andréa', 'morgan', 'ange', 'maxence', 'noa', 'noah', 'swann', 'céleste', 'stéphane', 'yannick', 'hyacinthe',
]);

/** Particles inside proper names (« Jean-Marie Le Pen », « Charles de Gaulle »). */
export const NAME_PARTICLES = new Set(['de', 'du', 'des', 'le', 'la', 'of', 'van', 'von', 'der', 'da', 'di', 'del', 'al', 'ben', 'bin', 'el', 'd’', "d'", 'ould', 'mint', 'bint', 'ibn', 'dos', 'das', 'do']);

/** Lower-case particles that join a first name to a surname inside a person's name (« Mohamed Lemine ould Sidi »). */
export const INNER_NAME_PARTICLES = new Set(['de', 'd’', 'of', 'van', 'von', 'da', 'di', 'del', 'der', 'al', 'ben', 'el', 'ould', 'mint', 'bint', 'ibn', 'bin', 'dos', 'das', 'do']);

/** « ould » (son of) and « mint » (daughter of) in Mauritanian names tell the gender. */
export const GENDERED_NAME_PARTICLES: ReadonlyMap<string, 'm' | 'f'> = new Map([['ould', 'm'], ['ben', 'm'], ['bin', 'm'], ['ibn', 'm'], ['mint', 'f'], ['bint', 'f']]);

/** Capitalised words that start sentences or name things but are not speakers. */
export const NOT_NAMES = new Set([
  'celui', 'celle', 'ceux', 'celles', 'reste', 'début', 'légende',
  'dedans', 'dehors', 'ici', 'là', 'ensuite', 'puis', 'enfin', 'désormais', 'pourtant', 'cependant', 'néanmoins', 'toutefois',
  'surtout', 'parfois', 'souvent', 'bientôt', 'déjà', 'encore', 'certes', 'ailleurs', 'autrefois', 'demain', 'aussitôt',
  'le', 'la', 'les', 'un', 'une', 'des', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous',
  'vous', 'je', 'tu', 'selon', 'pour', 'après', 'avant', 'alors', 'mais', 'et', 'ou', 'donc', 'or', 'ni',
  'car', 'si', 'quand', 'lorsque', 'puis', 'ensuite', 'enfin', 'aussi', 'même', 'c’est', "c'est", 'c’', "c'",
  'en', 'dans', 'sur', 'sous', 'par', 'avec', 'sans', 'chez', 'depuis', 'pendant', 'lundi', 'mardi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'ironiquement', 'quelques', 'tout', 'tous', 'toute',
  'toutes', 'au', 'aux', 'du', 'de', 'd’', "d'", 'l’', "l'", 'qu’', "qu'", 'à', 'dès', 'cela', 'ceci', 'ça',
  'voici', 'voilà', 'certes', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'ainsi', 'd’après', "d'après",
  'que', 'qui', 'quoi', 'comment', 'pourquoi', 'combien', 'quel', 'quelle', 'quels', 'quelles', 'où',
  ...MONTHS,
  ...TESTIMONY_NOUNS,
  'parmi', 'entre', 'contre', 'vers', 'malgré', 'hors', 'outre', 'premiers', 'premières', 'derniers', 'dernières',
  'jeux', 'coupe', 'championnat', 'championnats', 'mondial', 'mondiaux', 'festival', 'salon', 'foire', 'marathon',
  // « Jusqu’ici, … », « Plus sérieusement, … », « Neuf sont revenus »: sentence openers, not names.
  // (« A Vientiane, … »: « À » written without its accent.)
  'jusqu’', "jusqu'", 'jusque', 'ici', 'a', 'plus', 'moins', 'trop', 'très', 'peu', 'beaucoup', 'seul', 'seule', 'seuls', 'seules',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze',
  'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'mille',
]);

// --- Word lists of the extraction rules: cues, mentions, attribution ----------------------------

export const INCISE_OBJECT_PRONOUNS = new Set(['nous', 'vous', 'lui', 'leur', 'me', 'm’', 'nous’', 'l’', 'le', 'la', 'les', 'y']);

/** Words that tie a noun to its complement: a noun phrase right after one continues the adverbial. */
export const DETERMINER_WORDS = new Set(['le', 'la', 'les', 'l’', 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'ce', 'cet', 'cette', 'ces']);

export const ROLE_LINK_WORDS = new Set(['de', 'd’', 'du', 'des', 'à', 'au', 'aux', 'en', 'par', 'devant', 'lors', 'dans', 'sur', 'pendant', 'avec']);

export const PREPOSITIONS_BEFORE_COMPLEMENT = new Set([
  'à', 'au', 'aux', 'dans', 'sur', 'lors', 'devant', 'auprès', 'en', 'par', 'via', 'après', 'avant', 'pendant', 'avec',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'ce', 'cette', 'dès', 'depuis', 'entre', 'sous', 'face',
]);

export const NOT_INFINITIVES = new Set([
  'leur', 'hier', 'premier', 'dernier', 'cher', 'fier', 'plaisir', 'avenir', 'soir', 'espoir', 'entre', 'contre',
  'notre', 'votre', 'autre', 'lettre', 'ministre', 'centre', 'titre', 'nombre', 'membre', 'ordre', 'cadre',
  'chiffre', 'libre', 'pire', 'dire_', 'quartier', 'janvier', 'février', 'mer', 'fer', 'hiver', 'poire', 'histoire',
  'mémoire', 'victoire', 'territoire', 'trajectoire', 'gloire', 'noire', 'noir', 'tir', 'désir', 'loisir',
  'sourire', 'empire', 'navire', 'quatre', 'propre', 'sombre', 'septembre', 'octobre', 'novembre', 'décembre',
  'pouvoir', 'devoir', 'savoir', 'dossier', 'métier', 'papier', 'chantier', 'courrier', 'fichier', 'collier',
  'acier', 'foyer', 'loyer', 'cahier', 'atelier', 'escalier', 'sentier', 'terroir', 'rasoir', 'miroir', 'couloir',
  'trottoir', 'tiroir', 'manoir', 'comptoir', 'réservoir', 'accessoire', 'directoire', 'laboratoire', 'heure',
]);

export const OBJECT_PRONOUNS = new Set(['ne', 'n’', 'se', 's’', 'le', 'la', 'les', 'l’', 'lui', 'leur', 'y', 'en', 'me', 'm’', 'nous', 'vous']);

export const SUBJECT_PRONOUN_SET = new Set(['il', 'elle', 'ils', 'elles']);

/** Lower-case words that make a following capitalised word a complement (« secrétaire à la Défense »). */
export const COMPLEMENT_LINKS = new Set(['de', 'd’', 'du', 'des', 'à', 'au', 'aux', 'la', 'le', 'les', 'l’']);

/** Endings of French adjectives; a word after a noun without one is more likely a verb. */
export const ADJECTIVE_SHAPE = /(al|ale|ic|in|ine|aux|ales|el|elle|ien|ienne|en|enne|an|anne|ais|aise|ois|oise|ain|aine|if|ive|eux|euse|ique|aire|iste|ible|able|ante?|ente|ier|ière|er|ère|on|onne|ard|arde|eur|rice|il|ile|ol|ole)s?$/;

export const NATIONALITY_ADJECTIVES = new Set(['gauche', 'droit', 'droite', 'proche', 'proches', 'voisin', 'voisine', 'voisins', 'voisines', 'belge', 'suisse', 'russe', 'grecque', 'turque', 'tchèque', 'slovaque', 'slovène', 'croate', 'serbe', 'danoise', 'basque', 'corse', 'arabe', 'kurde', 'jeune', 'vieux', 'vieille', 'fidèle', 'fidèles', 'principal', 'adjoint', 'adjointe', 'général', 'générale', 'maritime', 'maritimes', 'turc', 'grec', 'grecque', 'allemand', 'allemande', 'kényan', 'kényane', 'philippin', 'uni', 'unie', 'unis', 'unies',
  // (Nouns used as adjectives in bodies' names: « caisse primaire d’assurance maladie ».)
  'maladie', 'chômage', 'vieillesse',
  'chypriote', 'cypriote', 'kirghiz', 'kirghize', 'ouzbek', 'ouzbèke', 'tadjik', 'tadjike', 'kazakh', 'kazakhe', 'azéri', 'azérie', 'malgache', 'birmane', 'khmer', 'khmère', 'thaï', 'thaïe', 'letton', 'lettone', 'estonien', 'lituanien', 'lituanienne', 'slovène', 'islandais', 'islandaise']);

/** Words listed among adverbs only as pieces of phrases (« à nouveau », « par ailleurs »): not skippable alone. */
export const ADVERBIAL_PIECES = new Set(['à', 'de', 'pour', 'par', 'son', 'sa', 'ce', 'tout', 'plus', 'côté', 'part']);

/** Nouns of adverbial phrases after « à » (« à l’issue de », « à la sortie de ») that end a role. */
export const ADVERBIAL_NOUNS = new Set(['zone', 'conférence', 'coulisses', 'duplex', 'visioconférence', 'arrivée', 'départ', 'entracte', 'pause', 'mi-temps', 'issue', 'sortie', 'cours', 'occasion', 'suite', 'fin', 'début', 'veille', 'lendemain', 'moment', 'micro', 'antenne', 'tribune', 'barre', 'entrée', 'heure', 'approche', 'ouverture', 'clôture', 'suspension', 'reprise', 'terme', 'rentrée', 'fermeture', 'audience', 'téléphone', 'radio', 'télévision', 'presse', 'journalistes', 'médias', 'bord', 'réseaux']);

/** « l’Union cycliste internationale », « le Bureau central … »: an adjective right after a capitalised noun. */
export const ORG_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(al|ale|aux|iste|ique|aire|ien|ienne|enne|anne|ain|aine|ais|aise|ois|oise|if|ive|el|elle|in|ine|and|ande|an|ane)$/u;

/** Prepositions inside an organisation's name (« Ligue pour la protection des oiseaux »), not articles. */
export const ORG_NAME_LINKS = new Set(['de', 'd’', 'du', 'des', 'pour', 'à', 'au', 'aux']);

export const ROLE_LINKS = new Set(['de', 'd’', 'du', 'des', 'à', 'au', 'aux', 'la', 'le', 'les', 'l’', 'et', 'en', 'chargé', 'chargée', 'pour']);

export const ADJECTIVES_BEFORE_HEAD = new Set([
  // (« le troisième ligne », « le deuxième ligne »: rugby positions.)
  'deuxième', 'troisième',
  'nouveau', 'nouvel', 'nouvelle', 'ancien', 'ancienne', 'ex', 'jeune', 'vieux', 'vieil', 'vieille', 'futur', 'future',
  'actuel', 'actuelle', 'premier', 'première', 'grand', 'grande', 'célèbre', 'influent', 'influente', 'éternel',
  'petit', 'petite', 'petits', 'petites', 'grands', 'grandes', 'jeunes', 'nouveaux', 'nouvelles', 'anciens', 'anciennes',
  'haut', 'haute', 'hauts', 'hautes',
]);

/** Words that end a noun phrase: they start a clause, a verb group or an adverbial. */
export const NP_STOPS = new Set([
  'en', 'dans', 'sur', 'lors', 'qui', 'que', 'qu’', 'ayant', 'étant', 'derrière', 'avec', 'sans', 'pour', 'par', 'et', 'ou', 'mais', 'ne', 'n’',
  'se', 's’', 'y', 'a', 'ont', 'est', 'sont', 'avait', 'avaient', 'était', 'étaient', 'aurait', 'auraient', 'va',
  'vont', 'peut', 'doit', 'ce', 'cette', 'il', 'elle', 'ils', 'elles', 'on', 'pas', 'plus', 'très', 'lui', 'leur',
  'son', 'sa', 'ses', 'comme', 'après', 'avant', 'depuis', 'pendant', 'devant', 'auprès', 'vers', 'chez', 'dont',
  'où', 'si', 'car', 'puis', 'alors', 'donc', 'selon', 'sous', 'entre', 'contre', 'hier', 'aujourd’hui',
]);

export const DETERMINER_GENDER: ReadonlyMap<string, 'm' | 'f' | 'pl'> = new Map([
  ['le', 'm'], ['un', 'm'], ['ce', 'm'], ['cet', 'm'], ['du', 'm'], ['au', 'm'],
  ['la', 'f'], ['une', 'f'], ['cette', 'f'], ['les', 'pl'], ['des', 'pl'], ['ces', 'pl'], ['leurs', 'pl'], ['ses', 'pl'], ['aux', 'pl'],
  ['plusieurs', 'pl'], ['quelques', 'pl'], ['certains', 'pl'], ['certaines', 'pl'],
]);

/** « Et prévient que … », « Puis rappelle … »: sentence openers that carry the speaker of the sentence before. */
export const CONTINUING_OPENERS = new Set(['et', 'puis']);

export const CLAUSE_STARTERS = new Set(['et', 'mais', 'que', 'qu’', 'qui', 'car', 'puis', 'où', 'dont', 'lorsque', 'quand', 'si', 'comme', 'alors']);

/** Prepositions after which a name is an object, not a speaker. */
export const OBJECT_PREPOSITIONS = new Set(['à', 'au', 'aux', 'avec', 'contre', 'de', 'd’', 'du', 'des', 'par', 'sur', 'chez', 'vers', 'entre', 'sans', 'envers', 'derrière', 'devant', 'depuis', 'dans', 'en']);

/** « une paroissienne venue avec ses enfants », « un expert mandaté par la commune »: links that open a participle's complement. */
export const PARTICIPLE_COMPLEMENT_LINKS = new Set(['avec', 'sans', 'chez', 'à', 'au', 'aux', 'en', 'depuis', 'pour', 'dans', 'sur', 'par', 'de', 'd’', 'du', 'des']);
/** Adjectives that take a complement after a subject like participles do (« présent dans la salle », « enceinte de sept mois »). */
export const PREDICATIVE_ADJECTIVES = new Set(['présent', 'présente', 'présents', 'présentes', 'enceinte', 'originaire', 'originaires', 'joint', 'jointe', 'joints', 'jointes', 'installé', 'proche', 'proches']);
/** Links whose complement after a participle is a circumstance, not part of who the person is (« venue avec ses enfants »). */
export const CIRCUMSTANCE_LINKS = new Set(['avec', 'pour', 'sans']);
/** Relative pronouns that open a clause inside a subject (« un agent qui connaît le dossier prévient »). */
export const RELATIVE_OPENERS = new Set(['qui', 'dont']);
/** Past participles as they end in the feminine, masculine and plural (« venue », « arrivés », « partie », « venu »). */
export const PARTICIPLE_ENDING = /(é|ée|és|ées|is|ue|ues|u|us)$/u;

export const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs']);

/** « l’intéressé(e) » names the person an article is about. */
export const TOPIC_NOUNS = new Set(['intéressé', 'intéressée', 'lauréat', 'lauréate', 'gagnant', 'gagnante']);

export const DETERMINERS_BEFORE_DEMONYM = new Set(['le', 'la', 'l’', 'un', 'une', 'du', 'au', 'de', 'à']);

export const ETRE_FORMS = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut']);

/** Tokens that stop a verb group from being a verb: « la note », « un écrit », « le juge ». */
export const NOT_BEFORE_VERB = new Set([...DETERMINERS, 'de', 'd’', 'en', 'à', 'par', 'pour', 'sans', 'dont', 'cette', 'notre', 'votre', 'mon', 'ma', 'mes', 'ton', 'ta']);

/**
 * « Jugé mardi pour violences, Jordan V. a reconnu … »: a participle opening the sentence that puts
 * its subject on trial; later « le prévenu » / « l’accusé » is that person. Participle → roles taught.
 */
export const TRIAL_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([
  ...['jugé', 'poursuivi', 'accusé', 'renvoyé', 'condamné', 'comparaissant'].map((w): [string, string[]] => [w, ['prévenu', 'accusé']]),
  ...['jugée', 'poursuivie', 'accusée', 'renvoyée', 'condamnée'].map((w): [string, string[]] => [w, ['prévenue', 'accusée']]),
]);

/**
 * Offices of an institution: « le maire », « la procureure » opening a sentence more often bring in
 * the holder of that office than refer back to the private person named just before.
 */
export const OFFICE_NOUNS = new Set([
  'maire', 'préfet', 'préfète', 'sous-préfet', 'sous-préfète', 'ministre', 'président', 'présidente', 'procureur', 'procureure', 'juge', 'député',
  'députée', 'sénateur', 'sénatrice', 'directeur', 'directrice', 'porte-parole', 'secrétaire', 'commissaire',
  'ambassadeur', 'ambassadrice', 'gouverneur', 'gouverneure', 'chancelier', 'chancelière', 'adjoint', 'adjointe',
  'conseiller', 'conseillère', 'responsable', 'chef', 'cheffe', 'dirigeant', 'dirigeante', 'représentant',
  'représentante', 'patron', 'patronne', 'pdg', 'avocat', 'avocate', 'entraîneur', 'entraîneuse', 'sélectionneur',
  'sélectionneuse', 'capitaine', 'proviseur', 'proviseure', 'principal', 'principale', 'délégué', 'déléguée',
  'administrateur', 'administratrice', 'gérant', 'gérante', 'médiateur', 'médiatrice', 'rapporteur',
  'rapporteure', 'inspecteur', 'inspectrice', 'greffier', 'greffière', 'arbitre', 'commandant', 'colonel', 'général',
  'capitaine', 'lieutenant', 'adjudant', 'brigadier', 'recteur', 'rectrice', 'doyen', 'doyenne', 'vice-président',
  'vice-présidente', 'trésorier', 'trésorière', 'présidente-directrice', 'défenseur', 'défenseure',
]);

/**
 * Public bodies that speak as themselves: « selon la police », « a indiqué le parquet » never refer
 * back to a company or association named before, as « l’entreprise » or « le syndicat » do.
 */
export const SELF_NAMING_BODIES = new Set([
  'accusation', 'défense', 'intersyndicale', 'police', 'gendarmerie', 'armée', 'justice', 'gouvernement', 'préfecture', 'parquet',
  'tribunal', 'cour', 'opposition', 'majorité', 'élysée', 'matignon', 'mairie', 'municipalité', 'rectorat', 'ministère', 'autorités',
]);


/** Legal texts: « la loi garantit un « droit à … » » states a rule; nobody is quoted. */
export const LEGAL_TEXT_NOUNS = new Set(['loi', 'décret', 'arrêté', 'code', 'règlement', 'constitution', 'circulaire', 'ordonnance', 'directive']);

/**
 * Phrases that stand between an incise verb and its subject (« s’agace de son côté le président »,
 * « dit d’elle son producteur »), as lower-case token sequences.
 */
export const INCISE_PHRASES: readonly (readonly string[])[] = [
  ['de', 'son', 'côté'], ['de', 'leur', 'côté'], ['pour', 'sa', 'part'], ['pour', 'leur', 'part'], ['à', 'son', 'tour'],
  ['d’', 'elle'], ['d’', 'eux'], ['d’', 'elles'], ['de', 'lui'], ['à', 'son', 'sujet'], ['en', 'retour'], ['en', 'écho'],
  ['tout', 'haut'], ['à', 'voix', 'haute'], ['à', 'voix', 'basse'],
  // « annonce sur X la société gestionnaire »: where it was said.
  ['sur', 'les', 'réseaux', 'sociaux'], ['sur', 'x'], ['sur', 'facebook'], ['sur', 'twitter'], ['sur', 'instagram'], ['sur', 'linkedin'], ['sur', 'tiktok'], ['sur', 'bluesky'],
];

/** Types of organisation written as acronyms before a name (« l’ONG Tembo Trust »): not part of the name. */
export const ORGANISATION_ACRONYMS = new Set(['ONG', 'PME', 'SCOP', 'GIE', 'EPCI', 'SAS', 'SARL']);
