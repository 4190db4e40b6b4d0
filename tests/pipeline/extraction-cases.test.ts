import { describe, expect, it } from 'vitest';
import { analyzeText, expectOffsetsExact } from '../helpers/analyze.js';

const speakerOf = (text: string, quote: string) => statements(text).find((c) => c.text.startsWith(quote))?.speaker;
const statements = (text: string) => {
  const result = analyzeText(text);
  expectOffsetsExact(result);
  return result.claims.filter((c) => c.kind !== 'assertion');
};

describe('quotation marks', () => {
  it('reads « » with no-break and narrow no-break spaces inside, marks and spaces excluded', () => {
    const [claim] = statements('Le maire Paul Martin a déclaré\u00A0: «\u202FNous ne reculerons pas.\u202F» La séance a été levée.');
    expect(claim?.text).toBe('Nous ne reculerons pas.');
    expect(claim?.kind).toBe('direct');
    expect(claim?.speaker?.name).toBe('Paul Martin');
  });

  it('reads “ ” and straight quotes', () => {
    const [a] = statements('Le PDG Jean Martin a affirmé : “Nous doublerons nos effectifs en 2027.”');
    expect(a?.text).toBe('Nous doublerons nos effectifs en 2027.');
    expect(a?.speaker?.name).toBe('Jean Martin');
    const [b] = statements('"Nous sommes prêts pour la saison", a assuré Claire Dubois, entraîneuse du club.');
    expect(b?.text).toBe('Nous sommes prêts pour la saison');
    expect(b?.speaker?.name).toBe('Claire Dubois');
  });

  it('keeps a nested quote inside the outer statement', () => {
    const [claim] = statements('« Il m’a répondu “jamais” devant tout le monde », a confié Paul Martin.');
    expect(claim?.text).toBe('Il m’a répondu “jamais” devant tout le monde');
    expect(claim?.speaker?.name).toBe('Paul Martin');
  });

  it('makes one statement per pair of marks when a quote runs over paragraphs', () => {
    const text = 'Sophie Marchand, directrice de l’hôpital, a expliqué : « Nous manquons de lits depuis des mois.\n\n« Les équipes sont épuisées et les départs se multiplient. »\n\nLe ministère n’a pas réagi.';
    const claims = statements(text);
    expect(claims.map((c) => c.text)).toEqual(['Nous manquons de lits depuis des mois.', 'Les équipes sont épuisées et les départs se multiplient.']);
    expect(claims.every((c) => c.speaker?.name === 'Sophie Marchand')).toBe(true);
  });

  it('tolerates a stray opening mark without losing the rest of the document', () => {
    const text = 'Sur une pancarte on lisait « Non à la fermeture.\n\n« Nous resterons ouverts », a promis Marc Leroy, le maire.';
    const claims = statements(text);
    const kept = claims.find((c) => c.text === 'Nous resterons ouverts');
    expect(kept?.speaker?.name).toBe('Marc Leroy');
  });
});

describe('cues', () => {
  it('splits « A, dit-il, B » into two statements with one speaker', () => {
    const text = 'Marie Dubois, maire de Lyon, défend son budget. « Ce budget est sincère, a-t-elle ajouté, et il sera tenu. »';
    const claims = statements(text);
    expect(claims.map((c) => c.text)).toEqual(['Ce budget est sincère', 'et il sera tenu.']);
    expect(claims.every((c) => c.speaker?.name === 'Marie Dubois')).toBe(true);
  });

  it('resolves an inverted pronoun to the nearest compatible speaker', () => {
    const text = 'Marine Durand a présenté le plan mardi. Son adjoint Paul Roche était présent. « Nous tiendrons les délais », indique-t-elle.';
    const [claim] = statements(text);
    expect(claim?.speaker?.name).toBe('Marine Durand');
  });

  it('takes a quote after « selon X, » as direct and « … » — X as attributed', () => {
    const [a] = statements('Selon Paul Martin, « la ligne sera rouverte lundi ».');
    expect(a?.kind).toBe('direct');
    expect(a?.speaker?.name).toBe('Paul Martin');
    const [b] = statements('« Nous ne fermerons aucune classe » — Claire Dubois');
    expect(b?.speaker?.name).toBe('Claire Dubois');
  });

  it('reads a headline « X : « … » »', () => {
    const [claim] = statements('Jean Martin : « Je ne serai pas candidat »\n\nLe maire sortant a fait son annonce hier soir.');
    expect(claim?.text).toBe('Je ne serai pas candidat');
    expect(claim?.speaker?.name).toBe('Jean Martin');
  });

  it('refuses a negated cue', () => {
    expect(statements('Paul Martin n’a pas dit que la réforme serait retirée.')).toEqual([]);
    expect(statements('Claire Dubois ne dit pas que le budget est en déficit.')).toEqual([]);
  });

  it('refuses a conditional cue', () => {
    expect(statements('Paul Martin pourrait déclarer que la réforme est retirée. Claire Dubois dirait que le budget est faux si on le lui demandait.')).toEqual([]);
  });

  it('does not take a noun that looks like a verb (« la note », « le juge ») as a cue', () => {
    expect(statements('La note de la banque indique une hausse. Le juge a tranché.').filter((c) => c.cue === 'note')).toEqual([]);
  });
});

describe('mixed quotes and scare quotes', () => {
  it('takes a fragment a speaker is said to have uttered', () => {
    const [claim] = statements('Paul Martin a qualifié le projet de « vitrine électorale » lors du conseil.');
    expect(claim?.kind).toBe('mixed');
    expect(claim?.text).toBe('vitrine électorale');
    expect(claim?.speaker?.name).toBe('Paul Martin');
  });

  it('ignores a term in marks that nobody utters', () => {
    expect(statements('Le parti a poursuivi sa « dédiabolisation » pendant dix ans.')).toEqual([]);
  });
});

describe('indirect speech', () => {
  it('takes the content of a « que » clause', () => {
    const [claim] = statements('La ministre Claire Dubois a annoncé mardi que le budget serait présenté en juin.');
    expect(claim?.kind).toBe('indirect');
    expect(claim?.text).toBe('le budget serait présenté en juin');
    expect(claim?.speaker?.name).toBe('Claire Dubois');
  });

  it('takes « de » + infinitive and « son intention de »', () => {
    const [a] = statements('Le maire Paul Martin a promis de rénover la piscine avant l’été.');
    expect(a?.text).toBe('rénover la piscine avant l’été');
    const [b] = statements('Le syndicat annonce son intention de saisir la justice.');
    expect(b?.text).toBe('saisir la justice');
  });

  it('takes « a demandé à X de » + infinitive, with an indirect object before « de »', () => {
    const claims = statements('Paul Martin a demandé à la région de financer des filets. Il réclame un audit et demande à l’État d’agir vite.');
    expect(claims.map((c) => c.text)).toEqual(['financer des filets', 'agir vite']);
    expect(claims.every((c) => c.speaker?.name === 'Paul Martin')).toBe(true);
  });

  it('reads an organisation after a participle opening the sentence (« Interrogée, la DREAL … »)', () => {
    const [claim] = statements('Interrogée, la DREAL Occitanie indique qu’un suivi renforcé sera mis en place.');
    expect(claim?.text).toBe('un suivi renforcé sera mis en place');
    expect(claim?.speaker?.name).toBe('DREAL Occitanie');
  });

  it('takes « Selon X, » + clause', () => {
    const [claim] = statements('Selon le ministère de la Santé, quarante hôpitaux sont saturés.');
    expect(claim?.kind).toBe('indirect');
    expect(claim?.text).toBe('quarante hôpitaux sont saturés');
    expect(claim?.speaker?.name).toBe('ministère de la Santé');
  });

  it('does not read a relative « que » after a direct object as reported speech', () => {
    expect(statements('Paul Martin a rappelé les mesures que le gouvernement a prises.')).toEqual([]);
  });
});

describe('indirect speech next to a quote', () => {
  it('keeps the reported clause before « , « mais … » » as an indirect statement beside the mixed quote', () => {
    const found = statements('Un constructeur contacté par Le Progrès affirme que les nouveaux modèles disposent déjà d’un code PIN, « mais beaucoup d’agriculteurs ne l’activent pas ».');
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['indirect', 'les nouveaux modèles disposent déjà d’un code PIN'],
      ['mixed', 'mais beaucoup d’agriculteurs ne l’activent pas'],
    ]);
  });

  it('reads « Pour les syndicats, … » as the unions’ view (bodies speak; « Pour les éleveurs qui … » stays a crowd)', () => {
    const [claim] = statements('La directrice assure que la mesure est temporaire. Pour les syndicats, elle risque de devenir définitive.').filter((c) => c.text.startsWith('elle risque'));
    expect(claim?.kind).toBe('indirect');
    expect(claim?.speaker?.name).toBe('syndicats');
  });

  it('reads « a informé Camille Orlandi que … »: a named person between the verb and « que »', () => {
    const [claim] = statements('La Fédération française d’athlétisme a informé Camille Orlandi que sa performance ne pourrait pas être homologuée.');
    expect(claim?.kind).toBe('indirect');
    expect(claim?.text).toBe('sa performance ne pourrait pas être homologuée');
  });

  it('reads « a même proposé, avec son trio, de jouer deux fois »: a phrase between commas before « de »', () => {
    const [claim] = statements('Le contrebassiste Yann Prigent a même proposé, avec son trio, de jouer deux fois.');
    expect(claim?.text).toBe('jouer deux fois');
    expect(claim?.speaker?.name).toBe('Yann Prigent');
  });

  it('reads « Et rappelle que … » opening a sentence as the paragraph’s last speaker going on', () => {
    const found = statements('La région assure que les horaires des cars ont été calés. Dans un communiqué, elle promet « d’ajuster le dispositif ». Et rappelle que l’abonnement mensuel restera au même tarif.');
    const last = found.find((c) => c.text.startsWith('l’abonnement'));
    expect(last?.kind).toBe('indirect');
    expect(last?.speaker?.name).toBe('région');
  });

  it('reads « s’est contentée d’appeler X à … » with « de » elided', () => {
    const [claim] = statements('À Bruxelles, la Commission européenne s’est contentée d’appeler Nicosie à respecter « pleinement » le droit de l’Union.');
    expect(claim?.text).toBe('pleinement');
    expect(claim?.cue).toBe('s’est contentée d’appeler');
    expect(claim?.speaker?.name).toBe('Commission européenne');
  });

  it('leaves a source’s apposition out of the reported clause (« installé à Erbil, », « de l’université Laval à Québec, », « 58 ans, »)', () => {
    const cases: [string, string][] = [
      ['Mais pour l’hydrologue Salam Radhi, installé à Erbil, la responsabilité est aussi intérieure.', 'la responsabilité est aussi intérieure'],
      ['Pour le glaciologue Martin Roy, de l’université Laval à Québec, l’épisode n’a rien de paradoxal.', 'l’épisode n’a rien de paradoxal'],
      ['Pour Araksia Petrossian, 58 ans, le choc a été brutal.', 'le choc a été brutal'],
      ['Selon la sociologue Oyun Bat, interrogée par le quotidien Mongol Tsag, les conséquences sont déjà visibles.', 'les conséquences sont déjà visibles'],
    ];
    for (const [text, content] of cases) expect(statements(text).map((c) => c.text)).toEqual([content]);
  });

  it('reads « met toutefois en garde », « grommelle qu’ », « dit « étudier … » », « évalue le surcoût « à … » » as cues', () => {
    expect(statements('Elle met toutefois en garde contre « la tentation de lire ce roman comme une confession ».')[0]?.cue).toBe('met toutefois en garde');
    expect(statements('Au comptoir du café, un pêcheur grommelle qu’« on aurait mieux fait de réparer la cale ».')[0]?.speaker?.name).toBe('pêcheur');
    expect(statements('La direction du musée dit « étudier la proposition ».')[0]?.text).toBe('étudier la proposition');
    expect(statements('Damien Perret a dû réorganiser ses livraisons. Il évalue le surcoût « à plus de 2 000 euros par mois ».')[0]?.speaker?.name).toBe('Damien Perret');
  });

  it('reads a body’s name with « y » or « et » in it before its verb, and « l’organisation » back to the body named in full', () => {
    const text = 'L’organisation humanitaire Fundación Agua y Tierra met toutefois en garde contre « les promesses qui s’évaporent ». Selon elle, moins d’un tiers des fonds ont été dépensés.';
    expect(statements(text).map((c) => c.speaker?.name)).toEqual(['Fundación Agua y Tierra', 'Fundación Agua y Tierra']);
    const body = 'L’Association indépendante des journalistes de Serbie (NUNS) voit dans cette procédure une « poursuite-bâillon » typique. Selon l’organisation, plus de trente procédures de ce type visent des médias locaux.';
    expect(statements(body).find((c) => c.text.startsWith('plus de trente'))?.speaker?.name).toBe('Association indépendante des journalistes de Serbie');
  });

  it('keeps a ship’s name in marks inside a reported clause, and takes no gloss in parentheses for speech', () => {
    const [ship] = statements('Selon le parquet de Hambourg, la société avait vendu le navire, le « Nordkap Trader », en 2022 à un intermédiaire établi à Dubaï.');
    expect(ship?.kind).toBe('indirect');
    expect(ship?.text).toBe('la société avait vendu le navire, le « Nordkap Trader », en 2022 à un intermédiaire établi à Dubaï');
    const gloss = statements('« Personne n’a rien gelé », rétorque Mme Rexhaj, qui a fondé sa propre liste, Zëri i Gërmovës (« la voix de Gërmova »).');
    expect(gloss.map((c) => c.text)).toEqual(['Personne n’a rien gelé']);
  });

  it('reads « Et prévient que … « … » » as the previous sentence’s subject going on', () => {
    const found = statements('Pour la prochaine édition, Drôme Verticale annonce un tirage au sort. Et prévient que tout dossard revendu hors de ce circuit « sera annulé, sans remboursement ».');
    expect(found.map((c) => [c.kind, c.speaker?.name])).toEqual([['mixed', 'Drôme Verticale']]);
  });

  it('reads « Pour la CGT, minoritaire dans l’entreprise, … »: an acronym is a body, an adjective phrase its apposition', () => {
    const [claim] = statements('Pour la CGT, minoritaire dans l’entreprise, le compte n’y est pas.');
    expect(claim?.text).toBe('le compte n’y est pas');
    expect(claim?.speaker?.name).toBe('CGT');
  });

  it('keeps « et beaucoup viennent de … » after a quote as the source’s clause (a plural verb in -ent)', () => {
    const found = statements('Selon lui, la moitié de ses clients ont « moins de trente ans », et beaucoup viennent des musiques électroniques ou du metal.');
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['mixed', 'moins de trente ans'],
      ['indirect', 'beaucoup viennent des musiques électroniques ou du metal'],
    ]);
  });

  it('reads « Selon X, » after a live blog’s day and hour (« Dimanche, 4 h 10 — Selon les organisateurs, … »)', () => {
    const [claim] = statements('Dimanche, 4 h 10 — Selon les organisateurs, une quinzaine d’auditeurs sont toujours là, emmitouflés dans des plaids.');
    expect(claim?.kind).toBe('indirect');
    expect(claim?.text).toBe('une quinzaine d’auditeurs sont toujours là, emmitouflés dans des plaids');
    expect(claim?.speaker?.name).toBe('organisateurs');
  });
});

describe('speakers', () => {
  it('keeps two people with the same surname apart', () => {
    const text = 'Jean-Marie Le Pen a déclaré que le parti était trahi. Marine Le Pen a répondu que le parti avait changé.';
    const claims = statements(text);
    expect(claims.map((c) => c.speaker?.name)).toEqual(['Jean-Marie Le Pen', 'Marine Le Pen']);
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = 'Sam Altman était à Paris lundi. « Nous investirons en France », a déclaré Altman.';
    const [claim] = statements(text);
    expect(claim?.speaker?.name).toBe('Sam Altman');
  });

  it('learns a role from « Pete Hegseth, le secrétaire à la Défense » and resolves the description later', () => {
    const text = 'Pete Hegseth, le secrétaire à la Défense, était présent. Le secrétaire à la Défense a affirmé que le contrat était signé.';
    const [claim] = statements(text);
    expect(claim?.speaker?.name).toBe('Pete Hegseth');
  });

  it('lets organisations speak', () => {
    const [claim] = statements('OpenAI a indiqué que ses modèles seraient déployés en mars.');
    expect(claim?.speaker?.name).toBe('OpenAI');
    expect(claim?.speaker?.kind).toBe('organisation');
  });
});

describe('offsets', () => {
  it('stay exact with emoji and CRLF line endings', () => {
    const text = 'Titre 🚀 du jour\r\n\r\nLe maire 🙂 Paul Martin a déclaré : « Nous ouvrirons 🎉 le stade en mai. »\r\n\r\n« C’est une fierté », a-t-il ajouté.\r\n';
    const claims = statements(text);
    expect(claims.map((c) => c.text)).toEqual(['Nous ouvrirons 🎉 le stade en mai.', 'C’est une fierté']);
    expect(claims.every((c) => c.speaker?.name === 'Paul Martin')).toBe(true);
  });
});

describe('run-on text', () => {
  it('caps reported content in a paragraph without full stops, so output stays linear in the input', () => {
    const text = 'Paul Martin a déclaré que la ville investira 3 millions d’euros en 2026 '.repeat(2000);
    const claims = statements(text);
    expect(claims.length).toBe(2000);
    const total = claims.reduce((n, c) => n + c.text.length, 0);
    expect(total).toBeLessThan(text.length * 2);
  });

  it('drops an opening mark never closed in a huge paragraph instead of swallowing it', () => {
    const text = `« ${'mot '.repeat(20000)}\n\nPaul Martin a annoncé que la séance était levée.`;
    const claims = statements(text);
    expect(claims.map((c) => c.text)).toEqual(['la séance était levée']);
  });
});

describe('more cues and speakers', () => {
  it('reads « d’après X, » and « Pour X, » clauses, and « D’après elle » through a pronoun', () => {
    const [a] = statements('D’après le parquet de Nice, les deux suspects ont été placés en garde à vue.');
    expect(a?.text).toBe('les deux suspects ont été placés en garde à vue');
    expect(a?.speaker?.name).toBe('parquet de Nice');
    const [b] = statements('Pour Karim Benali, chef économiste de l’Observatoire, le pouvoir d’achat va progresser.');
    expect(b?.text).toBe('le pouvoir d’achat va progresser');
    expect(b?.speaker?.name).toBe('Karim Benali');
  });

  it('does not take misleading verbs (trouver, donner, croire) as cues', () => {
    expect(statements('Paul Martin a trouvé la solution. Claire Dubois a donné son accord. Il croit en sa chance.')).toEqual([]);
  });

  it('gives a gerund or participial clause the subject of the main clause', () => {
    const claims = statements('Le maire, Yannick Le Goff, a reconnu que l’enveloppe était trop faible, tout en assurant que les impôts resteraient stables.');
    expect(claims.map((c) => c.text)).toEqual(['l’enveloppe était trop faible', 'les impôts resteraient stables']);
    expect(claims.every((c) => c.speaker?.name === 'Yannick Le Goff')).toBe(true);
  });

  it('attributes a relayed statement to the speaker, not to the publication that relays it', () => {
    const [claim] = statements('Selon le quotidien Kystposten, le ministre Eirik Hallstensen aurait qualifié la position européenne de « chantage ».');
    expect(claim?.text).toBe('chantage');
    expect(claim?.speaker?.name).toBe('Eirik Hallstensen');
  });

  it('resolves « l’intéressé » to the person the article is about', () => {
    const text = 'Théo Marsal : « Je ne suis pas venu pour rien »\n\nThéo Marsal a signé l’été dernier. Son entraîneur, Franck Ilunga, ne tarit pas d’éloges. « Il comprend le jeu », estime le technicien.\n\nL’intéressé, lui, refuse de s’emballer : « L’Euro, c’est dans dix mois. »';
    const last = statements(text).at(-1);
    expect(last?.text).toBe('L’Euro, c’est dans dix mois.');
    expect(last?.speaker?.name).toBe('Théo Marsal');
  });
});

describe('boundaries and non-speech', () => {
  it('keeps « , pourtant gratuit, » inside a reported clause (not a participial clause)', () => {
    const [claim] = statements('Elle a rappelé que le parking de la gare, pourtant gratuit, restait vide.');
    expect(claim?.text).toBe('le parking de la gare, pourtant gratuit, restait vide');
  });

  it('does not take the name of an offence after « une enquête pour » as anyone’s words', () => {
    expect(statements('Le parquet de Brest a ouvert une enquête pour « mise en danger de la vie d’autrui ».')).toEqual([]);
  });

  it('gives a colon quote after a participle and « par X » to X', () => {
    const text = 'Son rival dénonce un budget truqué. Une accusation balayée par Paul Leroy : « Les comptes sont publics. »';
    expect(statements(text).find((c) => c.text === 'Les comptes sont publics.')?.speaker?.name).toBe('Paul Leroy');
  });
});

describe('« Pour X, » that is not a source', () => {
  it('ignores a time (« Pour la troisième campagne, »), a crowd concerned and « Pour » inside a quote', () => {
    expect(statements('Pour la troisième campagne consécutive, la récolte s’annonce maigre.')).toEqual([]);
    expect(statements('Pour les éleveurs qui vendent en circuit court, l’abattoir le plus proche est à 70 kilomètres.')).toEqual([]);
    const inQuote = statements('« Pour un studio, je n’aurais pas payé moins de 550 euros », résume Paul Morin.');
    expect(inQuote.map((c) => c.kind)).toEqual(['direct']);
  });
});

describe('more complements and agents', () => {
  it('takes « appelle les particuliers à » + infinitive', () => {
    const [claim] = statements('L’agence régionale de santé appelle les particuliers à signaler les plants sur la plateforme.');
    expect(claim?.text).toBe('signaler les plants sur la plateforme');
  });

  it('finds a named agent with a long apposition before the colon', () => {
    const text = 'Le maire promet deux mairies déléguées. Une réponse jugée insuffisante par Alain Teulier, agriculteur au hameau de Cabanac, venu assister au conseil : « Un mandat, c’est six ans. »';
    expect(statements(text).find((c) => c.text.startsWith('Un mandat'))?.speaker?.name).toBe('Alain Teulier');
  });
});

describe('titles in marks', () => {
  it('does not take a title or a name in marks for anyone’s words', () => {
    const text = 'La photographe promet que « Les Veilleuses » seront montrées « avant l’été ». Le studio a arrêté « Vesper » et « Terres d’Ombre ».';
    expect(statements(text).map((c) => c.text)).toEqual(['avant l’été']);
  });

  it('keeps a capitalised quote announced by a colon', () => {
    const [claim] = statements('Le maire a tranché : « Jamais Plus »');
    expect(claim?.text).toBe('Jamais Plus');
  });
});

describe('clause uses of incise verbs and long « Pour X, » sources', () => {
  it('reads « glisse qu’il « … » » in a clause', () => {
    const [claim] = statements('Un autre vendangeur, plus âgé, glisse qu’il « n’a jamais vu la terre aussi sèche ».');
    expect(claim?.text).toBe('n’a jamais vu la terre aussi sèche');
    expect(claim?.speaker?.name).toBe('autre vendangeur');
  });

  it('reads « Pour X, apposition, clause « … » » as X’s', () => {
    const text = 'Pour Jérôme Baudet, président de la Fédération des pharmaciens (FSPF) dans l’Allier, la situation est « pire qu’en 2023 ».';
    expect(statements(text).map((c) => [c.text, c.speaker?.name])).toEqual([['pire qu’en 2023', 'Jérôme Baudet']]);
  });

  it('finds the subject of an incise after « à l’AFP » for a following participial clause', () => {
    const text = '« Nous n’avons jamais pris de telles mesures », a déclaré à l’AFP le secrétaire général de la préfecture, soulignant que le débit était « inférieur de 70 % à la normale ».';
    for (const c of statements(text)) expect(c.speaker?.name).toBe('secrétaire général de la préfecture');
  });
});

describe('offence names', () => {
  it('ignores the offence after « placés en garde à vue pour »', () => {
    expect(statements('Les deux suspects ont été placés en garde à vue pour « vol en bande organisée ».')).toEqual([]);
  });
});

describe('clauses coordinated with a quoted one', () => {
  it('gives the quote-free clause after « et » / « mais » its own statement', () => {
    const a = statements('Selon le médecin du Samu, ils présentaient « une hypothermie modérée » mais leur pronostic vital n’a jamais été engagé.');
    expect(a.map((c) => [c.kind, c.text])).toEqual([['mixed', 'une hypothermie modérée'], ['indirect', 'leur pronostic vital n’a jamais été engagé']]);
    const b = statements('La préfecture demande aux habitants de se tenir prêts à évacuer et de « ne surtout pas prendre la route ».');
    expect(b.map((c) => [c.kind, c.text])).toEqual([['indirect', 'se tenir prêts à évacuer'], ['mixed', 'ne surtout pas prendre la route']]);
  });

  it('does not split a noun phrase or a participle off a quoted clause', () => {
    const a = statements('Il a reconnu avoir prêté son compte bancaire et celui de sa compagne « contre 500 euros par mois ».');
    expect(a.map((c) => c.kind)).toEqual(['mixed']);
    const b = statements('La société a indiqué que son chauffeur, « très choqué », avait été entendu et placé en arrêt de travail.');
    expect(b.map((c) => c.kind)).toEqual(['mixed']);
  });

  it('ends a reported clause where « et » starts a compound verb of the speaker', () => {
    const [claim] = statements('La magistrate a rappelé que les dégâts avaient été chiffrés à 48 000 euros et a requis quatre mois.');
    expect(claim?.text).toBe('les dégâts avaient été chiffrés à 48 000 euros');
  });
});

describe('reporting infinitives after « préférer », « finir par », « se borner à »', () => {
  it('reads « préfère parler de « … » », « finit par concéder avoir ressenti « … » », « s’est bornée à rappeler que »', () => {
    expect(statements('La capitaine Léa Moreau, elle, préfère parler de « travail collectif ».').map((c) => [c.text, c.speaker?.name])).toEqual([['travail collectif', 'Léa Moreau']]);
    expect(statements('Relancé, Lucas Ferrand finit par concéder avoir ressenti « une gêne au service ».').map((c) => c.text)).toEqual(['une gêne au service']);
    const [c] = statements('La Conférence des évêques s’est bornée à rappeler que la nomination prendrait du temps.');
    expect(c?.text).toBe('la nomination prendrait du temps');
  });

  it('does not read a negated introducer or a non-reporting infinitive', () => {
    expect(statements('Il n’a pas osé dire que le projet était mort.')).toEqual([]);
    expect(statements('Il préfère attendre la fin de la saison.')).toEqual([]);
  });
});

describe('more sources and clause uses', () => {
  it('reads « se souvient d’une élève « … » » and « Mais d’après X, … »', () => {
    expect(statements('Le vieux maître, Anselme Keller, se souvient d’une élève « têtue comme une bourrique ».').map((c) => [c.text, c.speaker?.name])).toEqual([['têtue comme une bourrique', 'Anselme Keller']]);
    const [c] = statements('La chambre n’a pas réagi. Mais d’après un de ses conseillers, une réunion de crise se tiendra lundi.');
    expect(c?.text).toBe('une réunion de crise se tiendra lundi');
  });

  it('gives « qui » after an incise its subject (« a indiqué l’ARS en début d’après-midi, qui évoque « … » »)', () => {
    const text = 'Aucune victime n’est dans un état grave, a indiqué l’ARS de Nouvelle-Aquitaine en début d’après-midi, qui évoque « une prise en charge précoce ».';
    expect(speakerOf(text, 'une prise en charge')?.name).toBe('ARS de Nouvelle-Aquitaine');
  });

  it('treats a trailing « selon X » as a relay when the sentence has its own reporting verb', () => {
    const claims = statements('Le directeur de la police, Frédéric Mallet, aurait lui-même réclamé que l’agent soit suspendu, selon deux élus de l’opposition.');
    expect(claims.map((c) => [c.text, c.speaker?.name])).toEqual([['l’agent soit suspendu', 'Frédéric Mallet']]);
  });
});

describe('relative clauses before a quote', () => {
  it('gives « X, qui dénonce « … », a répondu … » to X when the incise after the quote has no subject', () => {
    const text = 'La présidente, Nadège Courtial, apicultrice, témoigne. L’apicultrice, qui dénonce depuis des années « l’inaction de l’État », a répondu à nos questions.';
    expect(speakerOf(text, 'l’inaction')?.name).toBe('Nadège Courtial');
  });

  it('reads an organisation name with « et » between capitalised words', () => {
    const text = 'Dans un communiqué, l’association Rouge et Noir 1961, principal groupe de supporters, dénonce « une vente à la découpe ».';
    expect(speakerOf(text, 'une vente')?.name).toMatch(/Rouge et Noir 1961$/);
  });
});

describe('the newsroom and trailing relays', () => {
  it('attributes nothing to « nos informations »', () => {
    expect(statements('Selon nos informations, le ministre devrait démissionner.')).toEqual([]);
    expect(statements('Le ministre devrait démissionner dans la semaine, selon nos informations.')).toEqual([]);
  });

  it('keeps the reporting verb’s subject when a source follows the quote', () => {
    expect(speakerOf('Emmanuel Macron a promis de « tout faire » pour sauver le site, selon un communiqué de l’Élysée.', 'tout faire')?.name).toBe('Emmanuel Macron');
  });
});

describe('participial clauses, relative objects and indirect objects', () => {
  it('leaves a participial clause after a quote free to report its own content', () => {
    const claims = statements('Paul Chabert a appelé à « ne pas mettre trop de pression », rappelant qu’elle disputait sa sixième course.');
    expect(claims.map((c) => [c.kind, c.text])).toEqual([['mixed', 'ne pas mettre trop de pression'], ['indirect', 'elle disputait sa sixième course']]);
  });

  it('gives a quote after « une mesure que X avait dénoncée comme » to X', () => {
    expect(speakerOf('Le groupe avait annoncé en mars des suppressions de postes, une mesure que l’intersyndicale avait dénoncée comme « un contresens social ».', 'un contresens')?.name).toBe('intersyndicale');
  });

  it('reads « a lancé au quatrième arbitre que « … » »', () => {
    expect(speakerOf('Hervé Mallet fulmine. Il a lancé au quatrième arbitre que c’était « un scandale ».', 'un scandale')?.name).toBe('Hervé Mallet');
  });
});

describe('boundaries of « Selon X, » clauses', () => {
  it('runs past a colon that explains, stops at one that hands over to a quote', () => {
    const [a] = statements('Selon le refuge, la hausse des abandons s’explique par le coût de la vie : croquettes, vétérinaire, assurance.');
    expect(a?.text).toBe('la hausse des abandons s’explique par le coût de la vie : croquettes, vétérinaire, assurance');
    const b = statements('Pour l’économiste Mathilde Gauch, le problème est structurel : la France « construit là où la terre est bon marché ».');
    expect(b.map((c) => [c.kind, c.text])).toEqual([['indirect', 'le problème est structurel'], ['mixed', 'construit là où la terre est bon marché']]);
  });

  it('skips an indefinite apposition after the source, and ends a clause at a negated coordinated verb', () => {
    const [a] = statements('Selon l’Observatoire funéraire de l’Ouest, une association de professionnels du secteur, le délai atteint six jours.');
    expect(a?.text).toBe('le délai atteint six jours');
    const [b] = statements('Le président assure que deux parkings ouvriront en 2027 et n’exclut pas d’étendre la voie.');
    expect(b?.text).toBe('deux parkings ouvriront en 2027');
  });
});

describe('infinitive complements, verbless openings and rejected terms', () => {
  it('reads infinitives after an object with a number, an adverb or a negation', () => {
    expect(statements('Une voix invite les 9 000 spectateurs à rejoindre les abris.').map((c) => c.text)).toEqual(['rejoindre les abris']);
    expect(statements('Le maire demande aux organisateurs de mieux gérer le stationnement.').map((c) => c.text)).toEqual(['mieux gérer le stationnement']);
    expect(statements('Les autorités sanitaires appellent à ne rien consommer sans contrôle.').map((c) => c.text)).toEqual(['ne rien consommer sans contrôle']);
  });

  it('finds the subject after a verbless opening phrase for the quote that follows', () => {
    const text = 'Nathalie Rouaud, la présidente, a pris la parole. Parmi les rares jeunes présents, Killian Bourdais, 27 ans, se dit prêt. « Il faut changer la formule. »';
    expect(speakerOf(text, 'Il faut changer')?.name).toBe('Killian Bourdais');
  });

  it('does not give a rejected term to the verb that reports the next quote', () => {
    const claims = statements('Elle refuse pourtant le mot de « luthière », qu’elle juge « trop chic pour quelqu’un qui a de la colle sous les ongles ».');
    expect(claims.map((c) => c.text)).toEqual(['trop chic pour quelqu’un qui a de la colle sous les ongles']);
  });

  it('reads organisations named after their noun, with lower-case words inside (« l’ONG Terres sans plastique salue »)', () => {
    expect(speakerOf('L’ONG Terres sans plastique salue pour sa part « un premier pas ».', 'un premier pas')?.name).toBe('Terres sans plastique');
  });
});

describe('more clause and source shapes', () => {
  it('keeps « tandis qu’un porte-parole … a dénoncé « … » » for the second speaker', () => {
    const text = 'La délégation américaine a estimé que le projet était « juridiquement fragile », tandis qu’un porte-parole de la délégation chinoise a dénoncé une « tentative de politiser ».';
    expect(speakerOf(text, 'tentative')?.name).toBe('porte-parole de la délégation chinoise');
  });

  it('lets « Son entourage » speak as itself and reads « déconseille de »', () => {
    expect(speakerOf('Le président n’a pas souhaité s’exprimer. Son entourage a toutefois fait savoir que « le résultat ne dit rien ».', 'le résultat')?.name).toBe('entourage');
    expect(statements('L’avocate déconseille de faire opposition au prélèvement.').map((c) => c.text)).toEqual(['faire opposition au prélèvement']);
  });

  it('prefers the verb before a quote over a source after it (« …, d’après le site du club »)', () => {
    expect(speakerOf('L’entraîneur, Ewan Strachley, a qualifié sa recrue de « joueur parfait », d’après le site officiel du club.', 'joueur parfait')?.name).toBe('Ewan Strachley');
  });
});

describe('session 3: v15 study (extraction)', () => {
  const found = (text: string) => analyzeText(text).claims.filter((c) => c.kind !== 'assertion');

  it('reads a long organisation subject with an acronym inside it', () => {
    const text = 'Les fouilles ont commencé au printemps sur le site. La direction régionale des affaires culturelles (Drac) d’Occitanie, qui doit décider du sort du site, a indiqué qu’aucune décision de classement n’était « à l’ordre du jour ».';
    const claim = found(text).find((c) => c.text === 'à l’ordre du jour');
    expect(claim?.speaker?.name).toBe('direction régionale des affaires culturelles (Drac) d’Occitanie');
    expect(claim?.speaker?.aliases).toContain('Drac');
  });

  it('does not make the writer (« J’espère que … ») a speaker', () => {
    const text = 'Le festival a ouvert ses portes samedi dans la Creuse, et les salles étaient pleines. J’espère que le département changera d’avis en voyant ces salles pleines.';
    expect(found(text).filter((c) => c.kind === 'indirect')).toEqual([]);
  });

  it('reads a title followed by its author as a title, even after a headline colon', () => {
    const text = 'Festival de Lancrenay : « La Digue » de Léna Ostrowski remporte le Grand Prix\n\nLe jury a salué un livre « qui respire le sel », a déclaré son président, Marc Veyrier.';
    const claims = found(text);
    expect(claims.some((c) => c.text === 'La Digue')).toBe(false);
    expect(claims.find((c) => c.text === 'qui respire le sel')?.speaker?.name).toBe('Marc Veyrier');
  });

  it('takes « redouter » as a reporting verb', () => {
    const text = 'La pharmacie fermera fin décembre. Le docteur Éric Latapie redoute « des ruptures de traitement chez les plus fragiles ».';
    expect(found(text).find((c) => c.text.startsWith('des ruptures'))?.speaker?.name).toBe('Éric Latapie');
  });
});

describe('session 3: v21 study (extraction)', () => {
  const found = (text: string) => analyzeText(text).claims.filter((c) => c.kind !== 'assertion');

  it('does not take a source’s apposition ending the sentence for its words (« Pas si sûr, selon X, avocate … »)', () => {
    const text = 'Les hausses sont-elles légales ? Pas si sûr, selon Armelle Tissot, avocate en droit de la consommation. Pour elle, la clause est abusive.';
    expect(found(text).some((c) => c.text.startsWith('avocate'))).toBe(false);
    expect(found(text).find((c) => c.text === 'la clause est abusive')?.speaker?.name).toBe('Armelle Tissot');
  });

  it('keeps an infinitive coordinated after a quoted one (« conseille de « … » et de vérifier … »)', () => {
    const text = 'Une trentaine de plaintes ont été enregistrées. Un enquêteur conseille de « ne jamais payer par virement » et de vérifier l’adresse avant de réserver.';
    expect(found(text).find((c) => c.kind === 'indirect')?.text).toBe('vérifier l’adresse avant de réserver');
  });

  it('makes a first name the list does not know a person when a gendered role follows (« Fatoumata, mère de trois enfants »)', () => {
    const text = 'Dans les quartiers, l’argument peine à convaincre. Fatoumata, mère de trois enfants, vit aux Sablons. « Mes enfants ne partent jamais », soupire-t-elle.';
    expect(found(text).find((c) => c.text.startsWith('Mes enfants'))?.speaker?.name).toBe('Fatoumata');
  });
});

describe('three-word reporting verbs', () => {
  it('reads « met en garde » as a cue with its subject after it', () => {
    const claims = analyzeText('Un adolescent a été sauvé samedi dans la Garonne par un pêcheur. « La Garonne est traîtresse à cet endroit », met en garde le lieutenant Fabien Estrade.').claims;
    const quote = claims.find((c) => c.text.startsWith('La Garonne'));
    expect(quote?.cue).toBe('met en garde');
    expect(quote?.speaker?.name).toBe('Fabien Estrade');
  });
});

describe('session 4: indirect speech after a time or with a past infinitive', () => {
  it('reads a clause after « la semaine dernière » as what was said', () => {
    const claims = statements('L’Organisation internationale pour les migrations a indiqué la semaine dernière que plus d’un million de réfugiés étaient rentrés.');
    const claim = claims.find((c) => c.kind === 'indirect');
    expect(claim?.text).toBe('plus d’un million de réfugiés étaient rentrés');
  });

  it('reads a past infinitive after any reporting verb as reported speech (« a expliqué avoir « perdu le plaisir » »)', () => {
    const mixed = statements('La skieuse a expliqué avoir « perdu le plaisir » depuis plusieurs mois.');
    expect(mixed.map((c) => [c.kind, c.text])).toContainEqual(['mixed', 'perdu le plaisir']);
    const indirect = statements('La skieuse a expliqué avoir perdu le plaisir depuis plusieurs mois.');
    expect(indirect.map((c) => [c.kind, c.text])).toContainEqual(['indirect', 'avoir perdu le plaisir depuis plusieurs mois']);
  });
});

describe('session 4: titles in marks', () => {
  it('reads a capitalised phrase after a preposition, mid-sentence, as a title (« révélée par « Sous la cendre » »)', () => {
    const claims = statements('« Je pense d’abord à Mathis », écrit la cinéaste de 46 ans, révélée en 2019 par « Sous la cendre ».');
    expect(claims.some((c) => c.text === 'Sous la cendre')).toBe(false);
    expect(claims.some((c) => c.text === 'Je pense d’abord à Mathis')).toBe(true);
  });

  it('reads a section word and its colon before a title as a headline, not a quote', () => {
    const claims = statements('Séries : “Les Enfants du sel” annulée après deux saisons, sa créatrice dénonce “un gâchis”\n\nC’était l’une des séries.');
    expect(claims.some((c) => c.text === 'Les Enfants du sel')).toBe(false);
  });
});

describe('session 4: sentence ends and numbered names', () => {
  it('ends a sentence after « contre X. » when a word that opens sentences follows', () => {
    const claims = statements('Il annonce une plainte contre X. Selon lui, la rivière abritait des écrevisses.');
    expect(claims.map((c) => [c.kind, c.text])).toContainEqual(['indirect', 'la rivière abritait des écrevisses']);
  });

  it('ends a sentence at a heading line inside a paragraph (live blog entries), and not at a line a quote runs over', () => {
    const text = '12h40 - Le confinement prolongé\nLa préfecture de l’Essonne annonce le maintien du confinement. « Les mesures ne permettent pas de lever la consigne », précise-t-elle.\n\n12h15 - Une riveraine\nMartine habite à 300 mètres du site.';
    const analysis = analyzeText(text);
    expect(analysis.segmentation.sentences.some((s) => text.slice(s.start, s.end) === "12h40 - Le confinement prolongé")).toBe(true);
    expect(statements(text).find((c) => c.text.startsWith('Les mesures'))?.speaker?.name).toBe('préfecture de l’Essonne');
    const quoteOverLines = 'Titre\n\nIl a lancé « Nous irons\nJusqu’au bout » devant la presse.';
    expect(analyzeText(quoteOverLines).segmentation.sentences.filter((s) => s.paragraph === 1)).toHaveLength(1);
  });

  it('reads a « que » clause after the addressee (« a informé ses apporteurs qu’elle … ») and demonyms like « chypriote »', () => {
    const informed = statements('La cidrerie a informé ses apporteurs qu’elle réduirait de 30 % ses achats cette saison.');
    expect(informed.map((c) => [c.kind, c.text, c.speaker?.name])).toContainEqual(['indirect', 'elle réduirait de 30 % ses achats cette saison', 'cidrerie']);
    const counted = statements('La maison Dorvault a informé mardi les quelque 400 viticulteurs qui la livrent qu’elle réduirait ses achats.');
    expect(counted.find((c) => c.kind === 'indirect')?.text).toBe('elle réduirait ses achats');
    const warned = statements('Le maire a prévenu les habitants que les travaux dureraient deux ans.');
    expect(warned.find((c) => c.kind === 'indirect')?.text).toBe('les travaux dureraient deux ans');
    // (Not any verb: « a annoncé la signature d’un accord que … » keeps its object.)
    const announced = statements('Le maire a annoncé la signature d’un accord que la région finance.');
    expect(announced.some((c) => c.kind === 'indirect' && c.text.startsWith('la région'))).toBe(false);
    const cyprus = statements('Le ministère chypriote de l’Intérieur assure que la République « respecte pleinement ses obligations ».');
    expect(cyprus.find((c) => c.kind === 'mixed')?.speaker?.name).toBe('ministère chypriote de l’Intérieur');
  });

  it('reads « accuser X de » + infinitive as reported content (« accuse l’organisateur de ne pas avoir proposé … »)', () => {
    const accused = statements('La fédération accuse l’organisateur de ne pas avoir proposé de solution de rechange.');
    expect(accused.map((c) => [c.kind, c.text])).toContainEqual(['indirect', 'ne pas avoir proposé de solution de rechange']);
    const warsaw = statements('Varsovie accuse Minsk d’orchestrer depuis 2021 l’arrivée de migrants.');
    expect(warsaw.find((c) => c.kind === 'indirect')?.text).toBe('orchestrer depuis 2021 l’arrivée de migrants');
    // (An object noun with « de » inside it is not the content: « accuse la baisse des prix » reports nothing.)
    expect(statements('La fédération accuse la baisse des prix.').some((c) => c.kind === 'indirect')).toBe(false);
  });

  it('reads « présenter comme » (not reflexive) and a body named after its noun’s complement (« l’association de consommateurs Énergie Juste 44 »)', () => {
    const called = statements('Il a fallu dix jours pour un remaniement que Matignon présentait comme « technique ».');
    expect(called.find((c) => c.kind === 'mixed')?.speaker?.name).toBe('Matignon');
    expect(statements('Ils se présentaient comme des employés de la « régie des eaux » venus vérifier une fuite.')).toHaveLength(0);
    const body = statements('Depuis octobre, l’association de consommateurs Énergie Juste 44 dit avoir reçu « plus de 300 signalements » de clients.');
    expect(body.find((c) => c.kind === 'mixed')?.speaker?.name).toBe('Énergie Juste 44');
  });

  it('takes no claim from a work title before « écrite par », after « le morceau » or « dite », or before « cinq titres »', () => {
    expect(statements('« Sept jours à Morlanne », écrite et mise en scène par Romain Achard, revient sur une disparition.')).toHaveLength(0);
    expect(statements('Le morceau « Cellule 112 » pourrait tourner sur n’importe quelle radio, estime Samia Oukaci.').some((c) => c.text === 'Cellule 112')).toBe(false);
    expect(statements('« On en rêvait », raconte la capitaine, Jade Moreau, dite « Jade Stomp » sur la piste.').some((c) => c.text === 'Jade Stomp')).toBe(false);
    expect(statements('Ysé Marchetti a mis en ligne « Cuisine ouverte », cinq titres enregistrés chez elle.').some((c) => c.text === 'Cuisine ouverte')).toBe(false);
    // (A quoted sentence of speech after « par » stays speech.)
    expect(statements('Le projet a été salué par « Je suis fière de vous », a lancé la maire.').length).toBeGreaterThan(0);
  });

  it('reads « de se fier » after an adverb in -ment, a list of names in the addressee, and a known name ending in lower case before the verb', () => {
    const advice = statements('Le centre antipoison déconseille formellement de se fier aux applications de reconnaissance.');
    expect(advice.find((c) => c.kind === 'indirect')?.text).toBe('se fier aux applications de reconnaissance');
    const list = statements('La préfecture demande aux habitants de Saulx, Ormoy et Villiers de rester chez eux.');
    expect(list.find((c) => c.kind === 'indirect')?.text).toBe('rester chez eux');
    const rsf = statements('Reporters sans frontières a demandé à la justice serbe de « rejeter sans délai » la plainte.');
    expect(rsf.find((c) => c.kind === 'mixed')?.speaker?.name).toBe('Reporters sans frontières');
  });

  it('keeps the reported clause before « mais « … » » when the quote opens with a clause of its own', () => {
    const text = 'Pour l’historienne Corinne Valadier, le style des visages rappelle celui des ateliers auvergnats, mais « rien n’interdit une campagne plus tardive ».';
    expect(statements(text).map((c) => [c.kind, c.text])).toEqual([
      ['indirect', 'le style des visages rappelle celui des ateliers auvergnats'],
      ['mixed', 'rien n’interdit une campagne plus tardive'],
    ]);
    // (Not before a quoted noun phrase: « son compte et « celui de sa compagne » ».)
    const noun = statements('Selon les enquêteurs, il a vidé son compte et « celui de sa compagne ».');
    expect(noun.some((c) => c.kind === 'indirect' && c.text === 'il a vidé son compte')).toBe(false);
  });

  it('reads « que » after « , lui, » and after two phrases set between commas (« a fait savoir à l’association, par un courrier daté du 2 mai, qu’il … »)', () => {
    const apart = statements('Le syndicat des exploitants redoute, lui, que la course aux équipements ne creuse l’écart.');
    expect(apart.find((c) => c.kind === 'indirect')?.text).toBe('la course aux équipements ne creuse l’écart');
    const acronym = statements('L’enseignant a demandé à l’Office national des processus électoraux (ONPE) de publier les images.');
    expect(acronym.find((c) => c.kind === 'indirect')?.text).toBe('publier les images');
    const letter = statements('Le père Morvan a fait savoir à l’association, par un courrier daté du 2 mai, qu’il refusait de prêter la chapelle.');
    expect(letter.find((c) => c.kind === 'indirect')?.text).toBe('il refusait de prêter la chapelle');
  });

  it('reads the reason given after « justifier … par » as the speaker’s words, with a body named by two complements', () => {
    const bus = statements('Tisséo justifie la suppression par une fréquentation « trop faible en semaine ».');
    expect(bus.find((c) => c.kind === 'mixed')?.speaker?.name).toBe('Tisséo');
    const ministry = statements('Le ministère du Travail et des Affaires sociales justifie cette décision par la nécessité de « passer de l’urgence à l’intégration ».');
    expect(ministry.find((c) => c.kind === 'mixed')?.speaker?.name).toBe('ministère du Travail et des Affaires sociales');
    // (« justifie » without « par » keeps reporting only in an incise.)
    expect(statements('Le club justifie ses « choix sportifs » depuis des semaines.').some((c) => c.kind === 'mixed')).toBe(false);
  });

  it('reads a channel with its number (« France 5 a indiqué que ») and a demonym subject with an age', () => {
    const channel = statements('Sollicitée, France 5 a indiqué que la diffusion était maintenue.');
    expect(channel.find((c) => c.kind === 'indirect')?.speaker?.name).toBe('France 5');
    const rider = statements('Dimanche, la Landaise de 24 ans écrit qu’Ulane « était bien plus qu’un cheval de sport ».');
    expect(rider.find((c) => c.kind === 'mixed')?.speakerMention).toBe('la Landaise de 24 ans');
  });
});

describe('session 4: a quoted infinitive after « à »', () => {
  it('reads « appelle X à « ne pas céder » et à se rendre … » as two reported statements', () => {
    const claims = statements('Le porte-parole du ministère, Tojo Rabearivelo, a appelé la population à « ne pas céder à la panique » et à se rendre au centre de santé le plus proche.');
    expect(claims.map((c) => c.text)).toContain('ne pas céder à la panique');
    expect(claims.some((c) => c.kind === 'indirect' && c.text.startsWith('se rendre au centre de santé'))).toBe(true);
  });
});

describe('session 4: « Pour X, » and a named subject', () => {
  it('gives a quote to the named subject of the reporting verb after « Pour la défense, »', () => {
    const [claim] = statements('Pour la défense, Me Rémi Boyer a plaidé la bonne foi de son client, « un homme dépassé par la crise ».');
    expect(claim?.speaker?.name).toBe('Rémi Boyer');
  });
});

describe('session 4: a colon quote after a « que » clause', () => {
  it('gives the quote to the main verb’s subject, not to the verb inside « qu’on ne l’y reprendra plus »', () => {
    const claims = statements('Mathilde Servant, elle, jure qu’on ne l’y reprendra plus : « Désormais, le violoncelle voyage attaché à mon poignet. »');
    const direct = claims.find((c) => c.kind === 'direct');
    expect(direct?.speaker?.name).toBe('Mathilde Servant');
    expect(direct?.cue).toBe('jure');
  });
});
