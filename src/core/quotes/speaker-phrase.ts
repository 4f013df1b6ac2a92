/**
 * Reads who a phrase names as a speaker: a person of the cast by any alias, a pronoun (to be
 * resolved), an anonymous or descriptive source ("a White House official", "aides"), an outlet
 * ("the Post"), or another named body ("Regent Street Association").
 */
import { BODY_KIND_PATTERN } from './body-words.js';
import { HONORIFIC_PATTERN, SURNAME_HONORIFIC_PATTERN } from '../text/honorifics.js';
import type { CastLookup, PersonInText } from '../people/cast-lookup.js';
import { latestPaper, outletName, publicationsByKind, resolveOutlet } from '../ingest/outlets.js';
import { kindNameOpening, leadingName, looksLikePersonName, readUnknownName } from './unknown-name.js';
import { isRoleHead } from '../people/roles.js';
import { CUE } from './speech-cues.js';
import { isDemonym, isKnownPlace, isNationalNoun } from '../people/not-a-person.js';
import { lexiconTags } from '../text/nlp.js';

/** How a speaker is known (re-exported for the attribution rules). */
export type { SpeakerKind } from '../types.js';

/** A speaker read from a phrase; a pronoun still needs resolving. */
export type SpeakerReading =
  | { kind: 'named'; speaker: string; start: number; roleAlias?: string; loose?: boolean }
  | { kind: 'anonymous' | 'outlet'; speaker: string; start: number; elliptical?: boolean; titled?: boolean; bare?: boolean }
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'they' | 'it'; start: number };

const PLURAL_ONLY_SOURCES =
  'judges|businessmen|farmers|industrialists|exporters|importers|growers|campaigners|protesters|activists|organisers|organizers|MPs|MEPs|academics|watchdogs|' +
  // A trade's firms and its customers heard as one ("film distributors have hailed …", "refiners said", "voters say");
  // not fans, more often calling for a thing than saying words ("with fans calling for the "immediate sacking"").
  'manufacturers|suppliers|refiners|distributors|retailers|wholesalers|shippers|buyers|sellers|consumers|voters';
const PERSON_SOURCE_NOUNS =
  'officials?|aides?|advisers?|advisors?|sources?|spokesman|spokeswoman|spokespeople|spokesperson|representatives?|people|person|staffers?|insiders?|friends?|allies|ally|associates?|confidants?|lawyers?|analysts?|diplomats?|coach|manager|boss|chairman|chairwoman|officers?|members?|critics?|supporters?|observers?|experts?|executives?|employees?|investigators?|prosecutors?|witness(?:es)?|residents?|colleagues?|aide|counsel|attorneys?|' +
  // The market's voices in wire copy ("said one arbitrageur", "dealers said", "a Tokyo economist said"); a study's ("the researchers concluded").
  'researchers?|scientists?|traders?|dealers?|bankers?|brokers?|economists?|strategists?|arbitrageurs?|arbitragers?|consultants?|specialists?|investors?|shareholders?|directors?|delegates?|negotiators?|ministers?|lawmakers?|legislators?|' +
  // Groups heard as one ("local businessmen have said", "wrote the judges"), only in the plural: "the farmer" is no pointer back.
  PLURAL_ONLY_SOURCES;
/**
 * Nouns of a description that stands for a body or a document, not a person: "the company said",
 * "the Hughes board said", "a statement said" (settleSpeaker points "the company" back to the body).
 */
const BODY_SOURCE_NOUNS =
  'statements?|communiques?|reports?|company|companies|firms?|group|concern|banks?|board|committee|commission|panel|ministry|department|office|government|unions?|body|agency|delegation|team|airline|exchange|bourse|club|' +
  // The other kinds of body a name ends in, which its short form speaks for ("…," the corporation said; "the Chamber said").
  'corporations?|organisations?|organizations?|chambers?|councils?|institutes?|associations?|federations?|partnerships?|trusts?|foundations?|networks?|authority|authorities|' +
  // Writings that speak as a statement does ("…," the study said; "…," the editorial said; "…," the council's ruling
  // said), a legislature's measure as its resolution does ("The measure said the attack was a firm indication …").
  'study|survey|editorial|ruling|verdict|judgment|judgement|letter|memo|memorandum|motion|resolution|measure|petition|summary|circular|announcement|declaration|notice|' +
  // So do a firm's published papers and pages ("…," says the instructions on Microsoft's website).
  'instructions|guidelines|guidance|prospectus|' +
  // Court papers speak for those who filed them or the court that made them ("Her lawsuit … said"; "Conte's statements,
  // the suit added, were …"; "…," the Fed order said). (Not "brief": "according to our brief" is an aide's, no
  // speaker.)
  'lawsuits?|suit|complaint|indictment|order|' +
  // So does an advert for whoever placed it ("…," the advert said).
  'advert|advertisement|' +
  // And the press, when the article names no outlet for it to stand for ("…," said the magazine; "said an article in the official press").
  'newspapers?|papers?|magazines?|tabloid|article|document|bulletin|radio|station|website|' +
  // And a plan in its own words ("The economic masterplan … said China would "…"").
  'masterplan|manifesto|' +
  // A charity that warns in a lede ("…, a charity has warned."). (Not "industry", "poll" or a watchdog alone, which a
  // sentence names as often as it quotes: "Japanese industry agreed with the government", "February poll claim".)
  'charity|charities|' +
  // The police speak as a body ("police said"; "the police" is whichever force the article named).
  'police';
const SOURCE_NOUNS = `${PERSON_SOURCE_NOUNS}|${BODY_SOURCE_NOUNS}`;
/** A singular noun of a writing or the press with nothing before it. */
const BARE_BODY = /^(?:newspaper|paper|magazine|tabloid|article|document|bulletin|radio|station|website|statement|report|study|survey|editorial)$/;
/** The nouns of the press among them, which an outlet named with them speaks for. */
const PRESS_NOUN = /^(?:newspapers?|papers?|magazines?|tabloid)$/;
const SOURCE_MODIFIERS =
  'administration|government|campaign|department|state|federal|senior|top|former|other|unnamed|anonymous|close|longtime|party|company|police|military|intelligence|industry|congressional|republican|democratic|european|foreign|local|legal|press|family|team|club|justice';
const SOURCE_NOUN = new RegExp(`^(?:${SOURCE_NOUNS})$`);
/** A name standing before a source noun is a modifier ("Trump advisers"), not the speaker. */
const BEFORE_A_SOURCE_NOUN = new RegExp(`^\\s+(?:${SOURCE_NOUNS})(?![\\p{L}])`, 'iu');
const singular = (nouns: string) => nouns.split('|').map((n) => n.replace(/s\?$|\(\?:es\)\?$/, ''));
/** The nouns of a description that stand for one person ("the analyst", "the source"). */
export const PERSON_NOUNS = new Set(
  singular(PERSON_SOURCE_NOUNS).filter((n) => !['people', 'allies', 'spokespeople', ...PLURAL_ONLY_SOURCES.split('|')].includes(n)),
);
/**
 * A source's noun straight after a name ("Reagan Administration officials", "Monetary sources"), not one a description
 * goes on from ("Finance ministers from seven major industrialized nations" is read whole by other rules).
 */
const SOURCE_AFTER_NAME = new RegExp(`^\\s+(?:${PERSON_SOURCE_NOUNS})(?![\\p{L}])(?!\\s+(?:from|of|at|in|for|with|on)\\s)`, 'u');
/** The nouns of a description that stand for a body or a document ("the company", "the report"). */
export const BODY_NOUNS = new Set(singular(BODY_SOURCE_NOUNS));
/**
 * Any word but the small words that end a description ("the word that people…" is no source), a modal or a conjunction,
 * which a description never holds ("the Louvre agreement may falter if member states …"), a count, which only opens
 * one ("a move some delegates described as …" is "some delegates"), and a verb that tells what something shows or
 * someone holds ("The papers suggest ministers believe …", "The poster shows Mr Howard …, saying"): a clause of its own.
 */
const CONTENT_WORD =
  "(?!(?:the|a|an|that|which|who|whom|whose|and|or|but|of|to|in|on|at|for|with|by|from|as|is|was|were|are|be|been|has|have|had|said|says|told|word|words|may|might|must|can|could|would|should|will|shall|if|when|because|while|whether|until|unless|after|before|since|than|what|not|some|any|many|most|all|each|every|few|several|no|suggests?|shows?|reveals?|believes?|thinks?|thought|indicates?|insists?|claims|understands?|understood|feels?|felt|knows?|knew|hears?|depicts?|features)(?![\\p{L}'’-]))\\p{Ll}[\\p{L}-]*(?:['’]s)?";

/** A word list as a pattern matching each word with a capital or small first letter. */
const anyCase = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
// Up to four modifiers, a firm's name of a few capitalised words counting as one ("one former General Motors
// human relations executive"): fewer would cut the description down to its last words ("Motors human relations executive").
// So does a body's name that goes on with "of" or "for", perhaps with its initials ("a Department for Work and Pensions
// spokeswoman", not "Pensions spokeswoman"; "a Ministry of International Trade and Industry (MITI) official").
/**
 * Where a described source is from, after its preposition ("officials of Korth and PaineWebber"): a few words,
 * up to a comma or stop, never a verb of speech, which opens a clause of its own ("Officers of Korth and
 * PaineWebber said the GMAC notes …" describes no one as "… said the GMAC"), nor "what", which opens a clause whose
 * subject speaks ("authorities in Japan stopped imposing what the MPs called …"); a place's letters go on ("for one U.S. Bank
 * creditor").
 */
const WHERE_FROM = '(?:(?<![\\p{L}.])(?:\\p{Lu}\\.){2,3}|(?!(?<![\\p{L}])(?:said|says|told|tells|added|adds|what)(?![\\p{L}]))[^,;.]){1,40}';
/** Where someone described in full is from, as long as a wire writes it ("a spokesman for one of Spain's major sunflower oil producers"). */
const LONG_WHERE_FROM = WHERE_FROM.replace('{1,40}', '{1,70}');
/** Someone's relative by given name alone, perhaps with an age after it ("Mr Nogar's son Stephen, 57,"), as the whole phrase. */
const RELATIVE_BY_GIVEN_NAME = new RegExp(
  String.raw`^\s*(?:(?:But|And)\s+)?((?:(?:${SURNAME_HONORIFIC_PATTERN})\.?\s+)?\p{Lu}[\p{L}'’-]*['’]s?\s+(?:late\s+)?(?:son|daughter|wife|husband|widow|widower|brother|sister|father|mother|grandson|granddaughter|nephew|niece|fianc[eé]e?)\s+\p{Lu}\p{Ll}+)(?:,\s*\d{1,3},?)?\s*$`,
  'u',
);
/** A ministry named by a word that mostly opens titles ("Treasury Secretary James Baker"), as the whole phrase: "the Treasury", "The U.K. Treasury". */
const WHOLE_TREASURY = /^\s*(?:[Tt]he\s+)?(?:(?:U\.K\.|U\.S\.|British|French|Japanese|German)\s+)?Treasury\s*$/u;
/** Whether a clause opens the sentence on a participle with its capital ("Speaking to Le Matin", "Commenting on Funaro"). */
function opensOnGerund(clause: string): boolean {
  return lexiconTags(/^\s*(\p{Lu}\p{Ll}+ing)\s/u.exec(clause)?.[1] ?? '').includes('Gerund');
}

/**
 * Adverbs of place or time between a subject and its cue ("a foreign banker here recently told Reuters"): no part of the
 * subject. Looked for in the clause's last few words only: a clause may hold a long run of blanked quotes.
 */
const TRAILING_ADVERBS = /(?:\s+(?:here|there|recently|also|later|earlier|privately|publicly|today|yesterday))+\s*$/;
/** After a description, sentence adverbs too ("The chancellor meanwhile insisted"); after a name they leave it a loose reading, which settles it. */
const DESCRIPTION_ADVERBS =
  /(?:\s+(?:here|there|recently|also|later|earlier|privately|publicly|today|yesterday|meanwhile|however|though|too|instead|again|now|then|still))+\s*$/;
function blankTrailingAdverbs(clause: string): string {
  const cut = Math.max(0, clause.length - 120);
  const adverbs = /^\s*(?:the|a|an)\s/i.test(clause) ? DESCRIPTION_ADVERBS : TRAILING_ADVERBS;
  return clause.slice(0, cut) + clause.slice(cut).replace(adverbs, (m) => ' '.repeat(m.length));
}
/**
 * A body someone sits on or a desk they work at ("one banker on the committee", "an officer on Prudential-Bache's
 * syndicate desk"): not "on Monday", a time.
 */
const ON_A_BODY =
  "\\s+on\\s+(?:the|a|its|their|\\p{Lu}[\\p{L}.&-]*['’]s)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:committee|board|panel|council|team|staff|commission|delegation|desk|floor)";
/** A modifier that opens on a figure ("One 93-year-old investor", "a 20-year veteran"). */
const AGE_WORD = '\\d+-[\\p{L}-]+';
// Where the described source is from may be what they take part in ("An EC negotiator taking part in the talks said:"),
// or made ("said the director behind JFK, Platoon and …").
const ANONYMOUS = new RegExp(
  `(?<![\\p{L}'’])(?:(?:${anyCase('a|an|one|two|three|four|several|some|many|other|another|the')})\\s+)?(?:(?:\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+(?:(?:and|&)\\s+)?\\p{Lu}[\\p{L}.-]*){0,3}(?:\\s+\\([\\p{Lu}.&-]{2,10}\\))?)?(?:['’]s?)?|${anyCase(SOURCE_MODIFIERS)}|${CONTENT_WORD}|${AGE_WORD})\\s+){0,4}(?:${anyCase(PERSON_SOURCE_NOUNS)}|${BODY_SOURCE_NOUNS})(?:\\s+(?:within|at|in|from|for|of|to|with|representing|behind|close to|familiar with|with knowledge of|away from|attending|taking part in|involved in|participating in|travell?ing with)\\s+${WHERE_FROM}|${ON_A_BODY}|\\s+here)?(?=\\s*$|[,;.])`,
  'u',
);
/**
 * A description whose modifiers two fields join by "and" ("his transport and environment spokesman", "a trade and
 * industry official"): only after a determiner or an owner, lest "and" join a clause to it ("visited plants and officials said").
 */
const JOINED_DESCRIPTION = new RegExp(
  `(?<![\\p{L}'’])(?:${anyCase('his|her|its|their|the|a|an')})\\s+${CONTENT_WORD}\\s+and\\s+${CONTENT_WORD}\\s+(?:${CONTENT_WORD}\\s+)?(?:${PERSON_SOURCE_NOUNS})(?=\\s*$|[,;.])`,
  'u',
);
/** Past tenses of verbs that say what someone thought or did, which do not end in "-ed" ("took a calmer view"). */
const IRREGULAR_PAST = 'took|gave|made|saw|felt|thought|kept|held|struck|sounded|found|sought|put|set|spoke|wrote|went|came|got|knew|told|said';
/**
 * A description that opens a clause as its subject (after a "But" or an "And"), and the verb after it ("The senior banker was strongly
 * opposed …", "A spokesman for Acme declined to comment …"): where it is from may follow, a name's words.
 */
const DESCRIBED_SUBJECT = new RegExp(
  `^\\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\\s+)?((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:(?:\\p{Lu}[\\p{L}.-]*(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*)?|${anyCase(SOURCE_MODIFIERS)}|${CONTENT_WORD})\\s+){0,3}?(?:${PERSON_SOURCE_NOUNS}|${BODY_SOURCE_NOUNS})(?:\\s+(?:at|for|of|from|with|in|to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,4}\\p{Lu}[\\p{L}.&'’-]*)?)\\s+(?:(?:also|later|then|had|has|have|was|were|is|are)\\s+)?(?:was|were|is|are|has|have|had|would|will|could|did|${IRREGULAR_PAST}|\\p{Ll}+ed|\\p{Ll}+s)\\s`,
  'u',
);
/**
 * Someone known by their work and what it is of ("the star of Rain Man and Tootsie", "the winner of the award"):
 * the person an article has just named, unlike a title of an office ("the mayor of London"). Group 1 is the person's
 * noun with what stands before it ("the star").
 */
export const KNOWN_BY_WORK = /^\s*(the\s+(?:\S+\s+)?(?:star|winner|champion|author|creator|writer|singer|actor|actress|veteran|hero|maker))\s+of\s/i;
/** The description that opens a sentence as its subject ("The senior banker was strongly opposed …"), or null. */
export function describedSubject(sentence: string): SpeakerReading | null {
  const m = DESCRIBED_SUBJECT.exec(sentence);
  return m ? { kind: 'anonymous', speaker: describe(m[1]!), start: m.index + m[0].indexOf(m[1]!) } : null;
}

/** A subject, the verb that gives out a statement, and the statement ("X today issued a brief statement"). */
const ISSUED_STATEMENT =
  /^(.*?\S)\s+(?:(?:today|yesterday|later|earlier|also|then)\s+)?(?:issued|released|put out|published|sent out|made)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:statement|document)\s*$/u;
/** A name that owns a statement, and the statement with whom it went to ("Acme's statement to the stock exchange"). */
const OWNED_STATEMENT =
  /^\s*(?:(?:and|but|while)\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}(\p{Lu}[\p{L}.&-]*))['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:statement|communique|announcement|letter|filing|message|note|memo|e-?mail)(?:\s+(?:to|on|in|at)\s+[^,;.]{1,40})?\s*$/u;
/**
 * The writing a clause speaks through and whom it is from ("…, using an open letter from company president Lee
 * Scott saying"): the writer is the speaker, not the subject before the comma. Only a clause of means ("using",
 * "in", "with"), not one that answers a writing ("responding to a letter from Jones").
 */
const MEANS_FROM =
  /^\s*(?:using|in|with|through|via)\s+(?:an?|the|its|his|her|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:statement|letter|message|memo|note|e-?mail|advert|advertisement)\s+(?:from|by)\s+(\S.*?)\s*$/u;
/** A subject, then a participle of being asked and its agent ("contacted by Reuters"). */
const ASKED_BY =
  /^(\s*\S.*?)(?<=\S)\s+(?:contacted|reached|polled|surveyed|interviewed|questioned|approached|telephoned|phoned|canvassed|consulted)\s+(?:\p{Ll}+\s+){0,2}?by\s+\S.*$/u;
/** "who he", "who she" before a cue: the relative is the verb's object, the pronoun its subject ("whom" is read as a framing relative). */
const OBJECT_WHO = /(?:^|[\s,])who\s+(he|she)\s*$/i;
/** A body, in a few words, then whom it is led by ("the group led by Dr. Robert Redfield"). */
const LED_BY = /^\s*((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+))\s+(?:led|headed|chaired)\s+by\s+\S.*$/u;
/** A statement and the name it is from ("the letter from Qwest"). */
const STATEMENT_FROM =
  /^\s*(?:(?:and|but|while)\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:statement|communique|announcement|letter|filing)\s+(?:from|by)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*)\s*$/u;
const CALENDAR_WORDS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December';
/** A day or month owns no statement as its speaker ("Wednesday's statement said"). */
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_WORDS})$`);
/**
 * A writing and when or by whom it was given out ("the Ministry statement issued on Monday", "a communique released by
 * the central bank"): the clause says nothing of who speaks but its "by". The writing may say what it is on ("A U.S.
 * Embassy report on Saudi Arabia published just before the budget").
 */
/** The verbs ISSUED_WRITING looks for, tested first as the pattern is slow to fail on the many phrases read. */
const GIVEN_OUT = /(?<![\p{L}])(?:issued|released|published|distributed|sent|made|signed)\s/u;
const ISSUED_WRITING = new RegExp(
  String.raw`^(.*?(?:statement|communique|announcement|declaration|report|letter|document|guidance|guidelines|study|survey|review|memo|notice))(?:\s+on\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s+(?:issued|released|published|distributed|sent|made|signed)\s+` +
    String.raw`(?:(by|on behalf of)\s+(\S.*?)|(?:just\s+|shortly\s+)?(?:on|at|after|before|late|early|yesterday|today|this|last|in|following)(?:\s+(?:\p{Ll}+|${CALENDAR_WORDS}|\d+\p{Ll}*)){0,3})\s*$`,
  'u',
);
/**
 * An indefinite article, a few words ending in a small-letter noun of a person's shape ("leader", "seaman",
 * "correspondent"; not "an eventual oil import fee"), perhaps where they are from ("a coffee trader in Santos");
 * the words before the noun may name a place or a firm ("one top New York rescheduler") or an age ("a 60-year-old
 * woman", "one over-60 woman"). Where they are from may run
 * as long as a wire writes it ("a spokesman for one of Spain's major sunflower oil producers").
 */
const INDEFINITE_DESCRIPTION = new RegExp(
  `^\\s*((?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:(?:${CONTENT_WORD}|\\p{Lu}[\\p{L}.&'’-]*|${AGE_WORD}|\\p{Ll}+-\\d+s?)\\s+){0,3}(?!(?:lot|number|few|little|bit|way|time|day|week|month|year|while|kind|sort|couple|half|quarter|third|fourth|fifth|tenth|dozen|hundred|thousand|million|majority|minority|total|share|handful|series|range|variety|result)\\b)\\p{Ll}[\\p{L}-]*(?:er|or|ist|man|woman|ent|ant|ian|ive|ary|eer|ster|ic|ate)(?:\\s+(?:in|at|from|with|for|of|to|away from)\\s+${LONG_WHERE_FROM.replace('[^,;.]', '[^,;.\\d]')})?)\\s*$`,
  'u',
);
/**
 * A plural with no article, perhaps after a word or two that describe it ("meteorologists", "local doctors", "Japanese
 * seismologists"): its singular is the second group.
 */
const BARE_PLURAL = new RegExp(`^\\s*((?:(?:${CONTENT_WORD}|\\p{Lu}\\p{Ll}+)\\s+){0,2}(\\p{Ll}{3,}?)s)\\s*$`, 'u');
/**
 * "the site's controllers": "the", a small-letter owner with its possessive, and a noun of a person's shape (a doer's
 * "-er" or "-or", "-ist", "-ian", "-ant" or "-ent"), one or many.
 */
const OWNED_AGENT = new RegExp(
  `^\\s*((?:[Tt]he)\\s+(?:${CONTENT_WORD}\\s+){0,2}\\p{Ll}[\\p{L}-]*['’]s?\\s+(?:${CONTENT_WORD}\\s+){0,2}\\p{Ll}[\\p{L}-]*(?:er|or|ist|ian|ant|ent)s?)\\s*$`,
  'u',
);
/**
 * "The mayor", "the deputy mayor", "the UAW chief", "the U.S. Ambassador": a definite article and a few small-letter
 * words or a body's letters, the last a title's noun, perhaps with what the title is of ("the Archbishop of
 * Canterbury", "the head of the IMF", "the leader of the council").
 */
// Its head may be capitalised as a title is ("The Judge wrote:").
const DEFINITE_TITLE = new RegExp(
  String.raw`^\s*(?:(?:But|And|Yet|So)\s+)?((?:[Tt]he)\s+(?:(?:(?!(?:of|at|for)\s)\p{Ll}[\p{L}-]*|\p{Lu}{2,6}|(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}+)\s+){0,2}(\p{Ll}+(?:-\p{Ll}+)?|\p{Lu}\p{Ll}+)` +
    String.raw`(?:\s+(?:of|at|for)\s+(?:the\s+\p{Ll}+|(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|and|&|the|for)\s+){0,2}\p{Lu}[\p{L}.&'’-]*){0,4}))?)\s*$`,
  'u',
);
/**
 * A time that opens a clause before its subject ("Last week", "Earlier this month", "On Monday"), named or described
 * ("Last month the governor said").
 */
const LEADING_TIME =
  /^\s*(?:(?:Last|Next|This|Earlier this|Later this|Earlier that|Later that)\s+(?:week|month|year|weekend|night|morning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=\s+(?:the\s+\p{L}|\p{Lu}))/u;
/** The writing a clause opens on before its subject, with no comma after it ("In a statement the RSPCA said"). */
const LEADING_WRITING =
  /^\s*In\s+(?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|interview|speech|report|note|e-?mail|message|submission)\s+(?=(?:the\s+)?\p{Lu})/u;
/** The nouns of a title that, capitalised, end a newspaper's name ("the Hollywood Reporter"). */
const PAPER_HEAD = /^(?:Reporter|Observer|Guardian|Monitor|Examiner|Inquirer|Herald|Tribune|Sentinel|Correspondent)$/;
/**
 * Participles that belong to a title before a capitalised word ("acting Secretary", "outgoing chairman"), to a
 * party's name ("ruling Radical Party Deputy Raul Baglini"), or to the sources of a market ("leading grain and produce
 * merchants Kahn and Kahn Pty Ltd", "banking sources").
 */
const TITLE_PARTICIPLE =
  /^\s*(?:ruling|governing)\s+\p{Lu}[\p{L}-]*\s+(?:\p{Lu}[\p{L}-]*\s+)*?Party\b|^\s*(?:leading|banking|shipping|trading)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:sources|merchants|analysts|economists|dealers|traders|bankers|brokers|officials|executives|experts)\b|^\s*(?:acting|outgoing|incoming|retiring|retired|departing|ousted|embattled|managing|founding|presiding|reigning)\s+(?:\p{Lu}|(?:chairman|chairwoman|president|chief|director|secretary|governor|minister|head|commissioner|editor|partner|member|judge|champion)\b)|^\s*visiting\s+(?:[Cc]hairman|[Pp]resident|[Pp]rime|[Mm]inister|[Ss]ecretary|[Cc]hief|[Dd]irector|[Gg]overnor|[Ee]nvoy|[Pp]rofessor|[Dd]elegation)\b/u;
const PRONOUN = /(?<![\p{L}'’])(he|she|they|it)(?![\p{L}'’])/iu;

/**
 * "The woman she replaced called …": a pronoun right after a noun brought in by "the" or "a", and before one verb in the
 * past that ends the phrase, is the subject of a relative clause without "who" or "that", not the cue's.
 */
function inContactClause(phrase: string, pronoun: RegExpExecArray): boolean {
  const before = phrase.slice(0, pronoun.index);
  const verb = /^\s+(\p{Ll}+)\s*$/u.exec(phrase.slice(pronoun.index + pronoun[0].length))?.[1];
  return (
    verb !== undefined && /(?:^|\s)(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/iu.test(before) && (/ed$/.test(verb) || lexiconTags(verb).includes('PastTense'))
  );
}
/** A pronoun that ends a phrase, after a word in small letters other than a conjunction ("… chairman he"); read in the phrase's last few words. */
const FINAL_PRONOUN = /(?<=(?<![\p{L}'’-])(?!(?:and|or|nor)\s)\p{Ll}[\p{L}'’-]*\s+)(he|she|they)\s*$/u;
/**
 * "he", "she" or "they" ending the words before a cue, after a space; not in a relative clause, whose pronoun is
 * the main clause's subject read on ("Campese defended Andy Robinson, who he believes was the "only choice"").
 */
const CLOSING_PRONOUN = /(?<![\p{L}])(?<!(?:which|who|whom|that|what)\s+)(he|she|they|He|She|They)\s*$/u;
// Not a longer name's first word ("The Daily Telegraph" is no "The Daily").
const SHORT_OUTLET =
  /(?<![\p{L}])(?:the|The)\s+(paper|newspaper|magazine|daily|tabloid|journal|story|network|broadcaster|[A-Z][a-z]+)(?![\p{L}'’])(?!\s+\p{Lu})/u;
/** The outlets that "the network" or "the broadcaster" may stand for. */
const BROADCASTER = /^(?:NBC|ABC|CBS|CNN|BBC|MSNBC|NPR|PBS|Sky News|Fox News|Al Jazeera)$/;

/**
 * Where a description goes on to say where its source is from or works ("an analyst at Nomura", "sources close to
 * the talks"): after its small-letter noun, not inside a body's name before it ("a Department for Work and Pensions spokeswoman").
 */
const DESCRIPTION_TAIL = /(?<=(?:^|\s)\p{Ll}[\p{L}'’-]*)\s+(?:within|at|in|from|for|of|to|with|close to|familiar with|with knowledge of|away from)\s.*$/su;
/** Words that count or point rather than name the noun ("one of the analysts"). */
const COUNT_WORD = /^(?:a|an|the|one|some|many|several|two|three|four|five|most|all|none|each|any|another|other|others)$/;

/**
 * The noun a description stands on, lower-cased: its last word before any place or employer it
 * names ("a fund manager at a major trust bank" is a manager, not a bank), or its last word when
 * the words before the tail only count ("one of China's top economists").
 */
export function descriptionHead(description: string): string {
  const words = description.trim().split(/\s+/);
  const own = description.trim().replace(DESCRIPTION_TAIL, '').split(/\s+/);
  const head = own.at(-1)!.toLowerCase();
  return own.length < words.length && !COUNT_WORD.test(head) ? head : words.at(-1)!.toLowerCase();
}

/** A compass word that opens a place's name ("West German banking sources"): where a source is from, not whom it works for. */
const COMPASS_WORD = /^(?:West|East|North|South|Western|Eastern|Northern|Southern)$/;

/** Words that say nothing of which source a description is ("the", "one of", "close to"). */
const EMPTY_WORDS = new Set(['the', 'and', 'for', 'from', 'with', 'within', 'close', 'familiar', 'knowledge', 'one', 'other', 'another', 'some']);

/**
 * Whether two descriptions on the same noun may be one source: when either says where its source is
 * from or works ("the spokesman in Frankfurt", "an analyst at Nomura Securities"), the other shares a
 * word with it ("the senior Nomura analyst"), not only the noun ("a Commission spokesman in Brussels"),
 * unless the first is its noun alone ("the spokesman").
 */
export function mayBeSameSource(a: string, b: string): boolean {
  // Each names whom its source works for, and not the same ("the Reebok spokesman", "a Ministry of Finance spokesman"): two
  // sources. Where they are from is no employer ("the Japanese brokerage house economist", "one of Japan's major brokerage houses").
  const employers = (d: string) =>
    new Set(
      d
        .trim()
        .split(/\s+/)
        .slice(1)
        .map((w) => w.replace(/['’]s?$/, ''))
        .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isDemonym(w) && !isKnownPlace(w) && !COMPASS_WORD.test(w)),
    );
  const ownA = employers(a);
  const ownB = employers(b);
  if (ownA.size > 0 && ownB.size > 0 && ![...ownA].some((w) => ownB.has(w))) return false;
  if (!DESCRIPTION_TAIL.test(a.trim()) && !DESCRIPTION_TAIL.test(b.trim())) return true;
  // The noun itself is no word they share, in the plural ("sources") or not.
  const head = descriptionHead(a).replace(/(?<=..)s$/, '');
  const words = (d: string) =>
    new Set(
      d
        .toLowerCase()
        .split(/[^\p{L}.'’]+/u)
        .map((w) => w.replace(/['’]s?$/, '').replace(/(?<=..)s$/, ''))
        .filter((w) => w.length > 2 && w !== head && !EMPTY_WORDS.has(w)),
    );
  const ours = words(a);
  // "the spokesman" says no more than its noun: it may point back to any source of that noun.
  if (ours.size === 0) return true;
  const theirs = words(b);
  return [...ours].some((w) => theirs.has(w));
}

/** Initials in brackets after a name: "(DTI)", "(U.N.)", "(G-7)". */
const BRACKETED_INITIALS = /(?<=\S)\s+\((?=[\p{Lu}\d.&-]*\p{Lu}[\p{Lu}\d.&-]*\))[\p{Lu}\d.&-]{2,10}\)/gu;

/** A wire's stock ticker in angle brackets after a name ("<UAW>", "<CAWL.L>"), with the blank before it. */
export const WIRE_TICKER = /(?<=\S)\s*<[\p{Lu}\d.]{1,10}>/gu;
/** The angle brackets a wire sets round a firm's whole name ("a spokesman for <Nomura International>"). */
const WIRE_NAME_MARK = /<(\p{Lu}[^<>]*\p{Ll}[^<>]*)>/gu;
/** A wire's angle brackets round a firm's whole name that is all the phrase holds. */
const WHOLE_WIRE_NAME = /^<(\p{Lu}[^<>]*\p{Ll}[^<>]*)>(?=\s*$)/u;

/**
 * A sentence adverb that opens the phrase before its subject, with no comma after it ("Instead the RFU said",
 * "Meanwhile the Treasury said"): no part of whoever speaks. Not "Today" or "Yesterday", which name programmes
 * ("Today presenter John Humphrys").
 */
const OPENING_ADVERB =
  /^\s*(?:Meanwhile|Instead|Separately|Later|Earlier|Now|Indeed|Also|Elsewhere|Similarly|Likewise|Nonetheless|Nevertheless|Moreover|Furthermore|Finally|Then)\s+(?=the\s|\p{Lu})/u;

/** The opening of a description: an article or a count ("a senior …", "one official at …"). */
const DESCRIPTION_OPENING = /^\s*(?:a|an|one|another|the|two|three|some|several)\s/i;

/**
 * A magazine named before its noun in small letters ("America's TV Guide magazine", "Broadcast magazine"): an outlet
 * that the masthead nouns miss, as the whole phrase. Not a weekday's ("a Sunday magazine") or one brought in by "a".
 */
const MAGAZINE =
  /^\s*(?:with\s+)?(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.]*['’]s?\s+)?(?:(?!(?:a|an|one)\s)\p{Ll}+\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:do|de|da|di|del|della|du|des)\s+)?){1,3})(magazine|newspaper)(?:\s+in\s+(?:its|an?)\s+\p{Ll}+)?\s*$/u;
/**
 * Words before "newspaper" that say whose or what kind of paper it is, not its name: a compound in small letters after
 * its hyphen ("the Tokyo-based newspaper", "the Arabic-language newspaper") or an owner ("the Government newspaper").
 */
const OWNER_WORD = /-\p{Ll}|^(?:Government|State|Party|Communist|Opposition|Army|Military|Official)$/u;
/** So is a newspaper, by its name alone ("said Le Figaro newspaper", "the Jornal do Brasil newspaper, in an editorial"). */
function namedMagazine(phrase: string): { name: string; start: number } | null {
  const m = MAGAZINE.exec(phrase);
  // Nor a people's ("the Italian newspaper"), nor an article's ("The newspaper").
  if (
    !m ||
    /^(?:Sunday|Saturday|Monday|Tuesday|Wednesday|Thursday|Friday|Weekend|The|A|An)\s/.test(m[1]!) ||
    m[1]!
      .trim()
      .split(/\s+/)
      .some((w) => isDemonym(w) || OWNER_WORD.test(w)) ||
    isKnownPlace(m[1]!.trim())
  )
    return null;
  return { name: m[2] === 'magazine' ? `${m[1]!.trim()} magazine` : m[1]!.trim(), start: m.index + m[0].indexOf(m[1]!) };
}

/**
 * A member of a party, which a legislator's state comes before ("the Illinois Democrat", "the Oregon Republican"), or
 * of a parliament, which the seat or the party comes before ("the Salford MP", "the Tory MP").
 */
const PARTY_MEMBER = /^(?:Democrat|Republican|MP|MEP|MSP)$/u;
/**
 * "said the American", "the 24-year-old Swiss added", "the Delaware Democrat said": someone described by their nation
 * or their party, not named. A people's word that is only plural after "the" ("the French said", "the British") names
 * a nation or its government.
 */
export function isNationalDescription(phrase: string): boolean {
  const word = /^\s*[Tt]he\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(\p{Lu}\p{Ll}+|MS?E?P)\s*$/u.exec(phrase)?.[1];
  if (!word) return false;
  // Nor a plural ("the Americans", "the Russians", which the lexicon tags as nationalities too).
  return isNationalNoun(word) || PARTY_MEMBER.test(word) || (isDemonym(word) && !/(?:ch|sh|ese|[^s]s)$/.test(word));
}

/** "a" or "an" opening a phrase, which brings someone in ("a Texas Democrat"), and the spaces before it. */
const INDEFINITE_ARTICLE = /^(\s*)an?(?=\s)/i;

/** What the phrase names as speaker, by its leftmost candidate, or null. `outlets` are the article's named outlets, most recent last. */
export function readSpeaker(written: string, cast: CastLookup, outlets: string[]): SpeakerReading | null {
  // A lone capital is an initial cut off at its stop ("said U.S. Hostage …" read up to "U"), no one's name.
  if (/^\s*\p{Lu}\s*$/u.test(written)) return null;
  // A body's initials in brackets that end a description add nothing to who speaks ("one official at the
  // Department of Trade and Industry (DTI)"): they are blanked, offsets kept. Inside one ("a Ministry of
  // International Trade and Industry (MITI) official") they stay, as the description would be read from its
  // last few words only; after a name that ends a clause ("… the sixth International Tin Agreement (ITA)"),
  // lest the name be read as the clause's subject.
  // Wire copy marks a firm with its stock ticker ("The United Auto Workers <UAW> union"): it is no part of the name.
  // So are the angle brackets round a firm's whole name that is the whole phrase ("<Willis Faber Plc> said"): the name
  // stays, from the phrase's start, and the phrase keeps its length.
  const unmarked = written
    .replace(OPENING_ADVERB, (m) => ' '.repeat(m.length))
    .replace(WIRE_TICKER, (m) => ' '.repeat(m.length))
    .replace(WHOLE_WIRE_NAME, (_m, name: string) => `${name}  `);
  const phrase = DESCRIPTION_OPENING.test(unmarked)
    ? unmarked.replace(BRACKETED_INITIALS, (m, at: number, all: string) => (all.slice(at + m.length).trim() === '' ? ' '.repeat(m.length) : m))
    : unmarked;
  // A relative clause ("who served as a prosecutor") describes someone; it does not name a speaker.
  // So does a participle clause ("asked if the president …", "speaking on Monday").
  // A word of a title that only looks like a participle ("acting Assistant Attorney General Charles Rule") opens no clause.
  const means = MEANS_FROM.exec(phrase);
  const writer = means ? readSpeaker(means[1]!, cast, outlets) : null;
  // A name may follow its role ("company president Lee Scott"); a description must be the whole of it.
  if (writer && (writer.kind === 'named' || (writer.kind === 'anonymous' && writer.start === 0)))
    return { ...writer, start: phrase.lastIndexOf(means![1]!) + writer.start };
  // "…, including Mitchell who urged": a "who" right before the cue is its subject, and stands for the name just before
  // it, whatever clause that name closes.
  const antecedent = /^(.*?\S),?\s+who\s*$/.exec(phrase);
  const named = antecedent ? cast.find(antecedent[1]!).filter((p) => !p.possessive && p.end === antecedent[1]!.length) : [];
  if (named[0]) return { kind: 'named', speaker: named[0].person.name, start: named[0].start };
  // "Mr Campbell, who he described as": a "who" before a subject of its own is that verb's object, and the subject speaks.
  const objectWho = OBJECT_WHO.exec(phrase);
  if (objectWho)
    return { kind: 'pronoun', pronoun: objectWho[1]!.toLowerCase() as 'he' | 'she', start: objectWho.index + objectWho[0].lastIndexOf(objectWho[1]!) };
  if (/^\s*(who|whom|whose|which|where|when|while|as|if)\b/i.test(phrase) || (/^\s*\p{Ll}+(ed|ing)\b/u.test(phrase) && !TITLE_PARTICIPLE.test(phrase)))
    return null;
  // "said one analyst who attended the meeting but declined to be named": the relative clause
  // describes the speaker, who is the whole phrase before it (not "ways … to people who felt").
  // (The blanks before "who" start after a word, so a long run of blanks is crossed once, not at every blank.)
  const relative = /^\s*(\S.*?)(?<=\S)\s+(?:who|whom|whose)\s/i.exec(phrase);
  const head = relative ? readSpeaker(relative[1]!, cast, outlets) : null;
  if (head && head.start === 0) return head;
  // "A Fiat spokesman contacted by Reuters said", "analysts polled by Reuters said": whoever did the asking is the
  // participle's agent, not the speaker; the speaker is the phrase before it.
  const asked = ASKED_BY.exec(phrase);
  const answerer = asked ? readSpeaker(asked[1]!, cast, outlets) : null;
  if (answerer && answerer.start === /^\s*(?:(?:and|but)\s+)?/i.exec(asked![1]!)![0].length) return answerer;
  // "said the group led by Dr. Robert Redfield": a body described by whom it is led by speaks as one, its leader named
  // only to describe it.
  const ledBy = LED_BY.exec(phrase);
  if (ledBy && BODY_NOUNS.has(ledBy[2]!.toLowerCase()))
    return { kind: 'anonymous', speaker: describe(phrase.replace(/^(\s*)The(?=\s)/, '$1the')), start: ledBy.index + ledBy[0].indexOf(ledBy[1]!) };
  // "Another said", "said one": one more of the sources just quoted, whose noun the sentence leaves out; so too after
  // "and" or "but" opening a clause after theirs ("Most analysts dismissed the rumours …, and one commented that …").
  const elliptical = /(?:^|,)\s*(?:(?:and|but)\s+)?((?:an|the)?other|one|(?:a|the) (?:second|third|fourth|fifth))\s*$/i.exec(phrase);
  if (elliptical)
    return { kind: 'anonymous', speaker: elliptical[1]!.toLowerCase(), start: elliptical.index + elliptical[0].indexOf(elliptical[1]!), elliptical: true };
  // "Opecna today issued a statement saying": the statement is its issuer's words, and the issuer the speaker.
  const issuer = ISSUED_STATEMENT.exec(phrase);
  const issued = issuer ? readSpeaker(issuer[1]!, cast, outlets) : null;
  if (issued) return issued;
  const given = GIVEN_OUT.test(phrase) ? ISSUED_WRITING.exec(phrase) : null;
  // (A sentence's opening "The" is no part of a name here: "The Ministry statement issued on Monday" is the statement's.)
  const givenOut = given ? readSpeaker(given[2] ? given[3]! : given[1]!.replace(/^(\s*)The(?=\s)/, '$1the'), cast, outlets) : null;
  if (givenOut) return { ...givenOut, start: (given![2] ? phrase.lastIndexOf(given![3]!) : 0) + givenOut.start };
  // "United's statement to the stock exchange said": a statement is its owner's words, and whom it went to no speaker.
  const owner = OWNED_STATEMENT.exec(phrase);
  const owned = owner && !CALENDAR_WORD.test(owner[2]!) ? readSpeaker(owner[1]!, cast, outlets) : null;
  if (owned && (owned.kind === 'named' || owned.kind === 'outlet')) return { ...owned, start: phrase.indexOf(owner![1]!) + owned.start };
  // "the letter from Qwest said": so is a statement from its sender.
  const sender = STATEMENT_FROM.exec(phrase);
  const sent = sender ? readSpeaker(sender[1]!, cast, outlets) : null;
  if (sent && (sent.kind === 'named' || sent.kind === 'outlet')) return { ...sent, start: phrase.indexOf(sender![1]!) + sent.start };
  // A body's noun in the plural, or police, capitalised only as the sentence's first word ("Police said", "Newspapers
  // reported"), is that noun; not a surname the cast knows ("Banks said" of Mike Banks).
  const capitalNoun = /^(\s*)(\p{Lu}\p{Ll}+)(\s*)$/u.exec(phrase);
  const lower = capitalNoun ? capitalNoun[2]!.toLowerCase() : '';
  const pluralBody = lower.endsWith('s') && SOURCE_NOUN.test(lower) && BODY_NOUNS.has(lower.replace(/ies$/, 'y').replace(/s$/, ''));
  if (capitalNoun && (lower === 'police' || pluralBody) && cast.find(capitalNoun[2]!).length === 0)
    return readSpeaker(`${capitalNoun[1]}${lower}${capitalNoun[3]}`, cast, outlets);
  const readings: SpeakerReading[] = [];
  // A name after "a" or "an" names a make, not someone ("a Franck Muller watch Sharon said was …"): no speaker.
  const people = cast
    .find(phrase)
    .filter(
      (p) =>
        !p.possessive &&
        !BEFORE_A_SOURCE_NOUN.test(phrase.slice(p.end)) &&
        !/(?<![\p{L}])(?:a|an)\s+$/iu.test(phrase.slice(0, p.start)) &&
        !opensLongerName(phrase, p),
    );
  // Of several names, the one right after its role is the speaker ("Jardine Fleming Ltd analyst Nick Edwards").
  // The first name keeps the lead when it has its own role too ("union president Ann Lee and vice president Bo Ray").
  const person = (people[0] && !afterOwnRole(phrase, people[0]) ? people.find((p) => afterOwnRole(phrase, p)) : undefined) ?? people[0];
  // Found by a role alias ("the spokesman"), the person is kept with the words, which stand for them only where the article names them.
  const roleAlias = person && /^the\s/i.test(phrase.slice(person.start, person.end)) ? describe(phrase.slice(person.start, person.end)) : undefined;
  if (person) readings.push({ kind: 'named', speaker: person.person.name, start: person.start, ...(roleAlias ? { roleAlias } : {}) });
  const pronoun = PRONOUN.exec(phrase);
  // The whole phrase, a noun and its clause, is then the speaker's description ("the woman she replaced").
  const contact = pronoun && inContactClause(phrase, pronoun);
  if (contact && /^\s*(?:the|a|an)\s/iu.test(phrase) && readings.length === 0)
    return { kind: 'anonymous', speaker: phrase.trim().replace(/^(?:The|A|An)\b/, (a) => a.toLowerCase()), start: phrase.search(/\S/) };
  if (pronoun && !contact) readings.push({ kind: 'pronoun', pronoun: pronoun[1]!.toLowerCase() as 'he' | 'she' | 'they' | 'it', start: pronoun.index });
  // "In a letter to his constituency chairman he wrote": a pronoun that ends the phrase, after words in small
  // letters, is the cue's subject; the phrase before it says where or how.
  const lastPronoun = FINAL_PRONOUN.exec(phrase.slice(-60));
  if (lastPronoun && /^\s*(?:in|on|at|after|before|during|with|from|to)\s/i.test(phrase))
    return {
      kind: 'pronoun',
      pronoun: lastPronoun[1]!.toLowerCase() as 'he' | 'she' | 'they' | 'it',
      start: lastPronoun.index + Math.max(0, phrase.length - 60),
    };
  const outlet = findOutlet(phrase, outlets) ?? namedMagazine(phrase);
  // "Economist Wendy Smith Cork of the brokerage … said": a masthead's one word right before a person's name is their
  // job.
  const job = outlet && person && /^\s*\p{Lu}\p{Ll}+\s+$/u.test(phrase.slice(outlet.start, person.start));
  if (outlet && !job) readings.push({ kind: 'outlet', speaker: outlet.name, start: outlet.start });
  // A body someone is in ("no-one in the committee felt") is no speaker.
  const description = JOINED_DESCRIPTION.exec(phrase) ?? ANONYMOUS.exec(phrase);
  // Nor is a source's noun with a capital after a name and "and", which ends a firm's name ("Arvid Jauppi and
  // Associates"). The noun is then the whole description, one word ("Turkey's NATO allies", "Culture and Sport
  // spokeswoman" are more).
  const firmTail =
    description !== null && /^\p{Lu}\p{Ll}+$/u.test(description[0]) && /\p{Lu}[\p{L}'’.-]*\s+(?:and|&)\s+$/u.test(phrase.slice(0, description.index));
  const anonymous =
    description && !firmTail && !/(?<![\p{L}])(?:in|within|inside|on|about|over|upon|regarding)\s+$/u.test(phrase.slice(0, description.index))
      ? description
      : null;
  // A description after a small-letter noun's preposition ("a lobbyist for a major commodity group") is whom that
  // someone is for: the speaker is the whole description when it reads as one, else no one.
  // A count before "of" only picks some of them ("one of the Pentagon officials"): they are the source.
  const servant = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+(?:for|to|with|of|at)\s+$/u.exec(anonymous ? phrase.slice(0, anonymous.index) : '')?.[1];
  const via = servant !== undefined && !COUNT_WORD.test(servant);
  const whole = via ? INDEFINITE_DESCRIPTION.exec(phrase) : null;
  if (whole) readings.push({ kind: 'anonymous', speaker: describe(whole[1]!), start: whole.index });
  // A body's noun alone, in the singular, is written as the one meant ("…newspaper, which said" is "the newspaper").
  else if (anonymous && !via)
    readings.push({ kind: 'anonymous', speaker: BARE_BODY.test(anonymous[0]) ? `the ${anonymous[0]}` : describe(anonymous[0]), start: anonymous.index });
  // Its name may go on with "of" and what it is of ("British Chambers of Commerce", "Group of 24").
  // With no name before its kind, the "of" part is its name ("the Bank of Italy said", "the Ministry of Defence").
  const body = BODY_NAME.exec(phrase) ?? bodyOf(phrase);
  // An organisation is the speaker only when no person is named with it ("Association director Annie Walker"),
  // nor a person the cast does not know before it ("Shuichi Takemoto of the Foreign Ministry's … division").
  const member = body && !person ? readUnknownName(phrase) : null;
  const speaksFor = body && !person ? SPEAKS_FOR_BODY.exec(phrase.slice(0, body.index)) : null;
  const openingDescription = body && !person ? describedSubject(phrase) : null;
  if (member && looksLikePersonName(member.speaker) && member.start < body!.index) readings.push({ kind: 'named', ...member });
  // "A Savings Department spokesman refused to comment on …": a description that opens the phrase as the subject of
  // its verb speaks, not the body named inside it.
  else if (openingDescription?.kind === 'anonymous' && body!.index < openingDescription.start + openingDescription.speaker.length)
    readings.push(openingDescription);
  // A sentence-initial "The" is no part of a name ("The British Chambers of Commerce said"), though it is all
  // that makes "The Bank" one.
  // "The Royal Trust president said": a body's name before a title is whose title it is; the holder speaks, whom
  // the article names with it, not the body. (A source's noun, "the Darlington Council spokesman", speaks for the body.)
  // "A spokesman for the British Chambers of Commerce which represents firms": someone who speaks for the body is the
  // speaker, described with it, though what follows the body's name leaves the description unread as one.
  else if (speaksFor) {
    const start = speaksFor.index + (/^\s/.test(speaksFor[0]) ? 1 : 0);
    readings.push({ kind: 'anonymous', speaker: describe(phrase.slice(start, body!.index + body![0].length)), start });
  } else if (body && !person && ownTitle(phrase, body))
    // One brought in by "a" is someone described, whom no title of the cast's points back to.
    readings.push({ kind: 'anonymous', speaker: describe(phrase), start: phrase.search(/\S/), titled: !INDEFINITE_ARTICLE.test(phrase) });
  else if (body && !person) {
    const speaker = body[1]!.trim().replace(/^The\s+(?=\S+\s|Treasury$)/, '');
    // Its start is its name's, after the "The", so that a description the "The" opens outranks it ("The Home Office spokesman").
    readings.push({ kind: 'named', speaker, start: body.index + body[1]!.indexOf(speaker) });
  }
  // "Mr Eavis' daughter Emily", "Edwards' sister Rachel": a relative named by given name alone, whom the cast cannot
  // know apart from others of that name, is the whole phrase.
  // Read when nothing else is, or when the cast lists them by that given name alone, which says less than the phrase
  // (but "Cherie Blair" says more).
  const kin = readings.every((r) => r.kind === 'named' && !r.speaker.includes(' ')) ? RELATIVE_BY_GIVEN_NAME.exec(phrase) : null;
  if (kin) readings.splice(0, readings.length, { kind: 'anonymous', speaker: kin[1]!.replace(/\s+/g, ' '), start: kin.index + kin[0].indexOf(kin[1]!) });
  // "The U.K. Treasury said": a title's word as the whole phrase is the ministry it names, not a person's title.
  if (readings.length === 0 && WHOLE_TREASURY.test(phrase)) readings.push({ kind: 'named', speaker: 'Treasury', start: phrase.search(/\S/) });
  // A firm named in the possessive ("Moody's said"): the whole phrase, as no person's name is; not a place's ("Britain's").
  const firm = readings.length === 0 && cast.find(phrase).length === 0 ? POSSESSIVE_FIRM.exec(phrase) : null;
  if (firm && !isKnownPlace(firm[1]!.replace(/['’]s$/, ''))) return { kind: 'named', speaker: firm[1]!, start: firm.index + firm[0].indexOf(firm[1]!) };
  // The whole phrase may be a title by its definite article ("The mayor"): someone described, whom the article may name;
  // a place or a body the title is of is no speaker's name ("the president of Boeing", "the mayor of London").
  // A paper named for its staff ("the Hollywood Reporter", "the Christian Science Monitor") is no title.
  const title = readings.length === 0 ? DEFINITE_TITLE.exec(phrase) : null;
  const titled = title && PAPER_HEAD.test(title[2]!) ? null : title;
  if (titled && isRoleHead(titled[2]!) && !PERSON_NOUNS.has(titled[2]!.toLowerCase()))
    readings.push({ kind: 'anonymous', speaker: describe(titled[1]!), start: titled.index, titled: true });
  // Many of them speak as one ("said the artists"), as "the researchers" do; no one of them is named by it.
  else if (titled && /^\p{Ll}+s$/u.test(titled[2]!) && isPersonNoun(titled[2]!.slice(0, -1)))
    readings.push({ kind: 'anonymous', speaker: describe(titled[1]!), start: titled.index });
  // Nothing the cast, the pronouns or the outlets know: a phrase that is only a name still names a speaker.
  // Not one right after "in" or "at" ("a detainee in Woodhill Prison said"): that is where someone is, unless the cast
  // knows the name within it ("speaking in Thaliand Hingis admitted", a space lost after the place).
  // Nor is someone described by their nation, party or seat, as "a Texas Democrat" is, whom an article brings in.
  const brought = INDEFINITE_ARTICLE.test(phrase);
  const described = isNationalDescription(phrase.replace(INDEFINITE_ARTICLE, '$1the'));
  const unknown = readings.length === 0 && !described ? readUnknownName(phrase) : null;
  const whereabouts =
    unknown !== null && /(?:^|\s)(?:in|at|inside|outside)\s+$/.test(phrase.slice(0, unknown.start)) && cast.find(unknown.speaker).length === 0;
  if (unknown && !whereabouts) readings.push({ kind: 'named', speaker: unknown.speaker, start: unknown.start });
  if (readings.length === 0 && described && brought) readings.push({ kind: 'anonymous', speaker: describe(phrase.trim()), start: phrase.search(/\S/) });
  // Someone brought in by an article is then the whole phrase ("an engineer with a major U.S. Electronics firm in Hong
  // Kong", "The inmate at Wandsworth Prison").
  if (whereabouts && /^\s*(?:a|an|one|another|the)\s+\p{Ll}/iu.test(phrase))
    readings.push({ kind: 'anonymous', speaker: describe(phrase.trim()), start: phrase.search(/\S/) });
  // A clause that opens with a name ("Wenger initially refused …, saying"): its subject, if a person's.
  // Its subject may be a body, known by its kind noun ("Telecom analysts Ovum welcomed …") or its name ("General Motors will …").
  const opening = readings.length === 0 ? (kindNameOpening(phrase) ?? leadingName(phrase)) : null;
  // Unless the name only says whose they are ("Reagan Administration officials have also opposed …, saying"): the
  // clause's subject is the people described, not a person by the name.
  const whose = opening ? SOURCE_AFTER_NAME.exec(phrase.slice(phrase.indexOf(opening.speaker, opening.start) + opening.speaker.length)) : null;
  if (opening && whose) readings.push({ kind: 'anonymous', speaker: `${opening.speaker}${whose[0]}`, start: opening.start });
  else if (opening) readings.push({ kind: 'named', speaker: opening.speaker, start: opening.start, ...(opening.sure ? {} : { loose: true }) });
  // Still nothing, and the whole phrase is someone brought in by an indefinite article ("a union leader",
  // "a striking seaman"): whatever the noun, the slot holds a speaker described, not named.
  const indefinite = readings.length === 0 ? INDEFINITE_DESCRIPTION.exec(phrase) : null;
  if (indefinite) readings.push({ kind: 'anonymous', speaker: describe(indefinite[1]!), start: indefinite.index });
  // Or many such people with no article ("meteorologists said", "local doctors warned"): a plural of a person's noun.
  const crowd = readings.length === 0 ? BARE_PLURAL.exec(phrase) : null;
  if (crowd && isPersonNoun(crowd[2]!)) readings.push({ kind: 'anonymous', speaker: crowd[1]!, start: crowd.index + crowd[0].indexOf(crowd[1]!), bare: true });
  // Or someone described by what they do for what the article names before them ("the site's controllers",
  // "the band's managers"): a possessive owner and a noun of a person's shape.
  const possessed = readings.length === 0 ? OWNED_AGENT.exec(phrase) : null;
  if (possessed && isPersonNoun(possessed[1]!.split(/\s+/).at(-1)!.replace(/s$/, '')))
    readings.push({ kind: 'anonymous', speaker: describe(possessed[1]!), start: possessed.index });
  // An outlet inside a person's description ("the NBC spokeswoman", "a BBC spokesman") is whom they speak for:
  // the description is the speaker, as "a company spokesman" is, not the outlet's reporting.
  const staffed = readings.find(
    (r) =>
      r.kind === 'anonymous' &&
      anonymous !== null &&
      r.start === anonymous.index &&
      PERSON_NOUNS.has(descriptionHead(r.speaker)) &&
      phrase.slice(0, r.start).trim() === '' &&
      readings.some((o) => o.kind === 'outlet' && o.start < r.start + anonymous[0].length),
  );
  // An outlet its description names ("America's TV Guide magazine", "the United Arab Emirates daily al-Khaleej") is the speaker.
  const press = readings.find(
    (r) =>
      r.kind === 'anonymous' &&
      /^(?:|with|and|but)$/i.test(phrase.slice(0, r.start).trim()) &&
      PRESS_NOUN.test(descriptionHead(r.speaker)) &&
      readings.some((o) => o.kind === 'outlet' && o.start >= r.start && anonymous !== null && o.start < anonymous.index + anonymous[0].length),
  );
  const pressOutlet = press ? readings.find((o) => o.kind === 'outlet') : undefined;
  const best = staffed ?? pressOutlet ?? readings.sort((a, b) => a.start - b.start || rank(a) - rank(b))[0] ?? null;
  // A description that ends in a name is that person ("Liberal Democrat spokeswoman for women Sandra Gidley").
  const namedInside =
    anonymous && best?.kind === 'anonymous'
      ? readings.find(
          (r) =>
            r.kind === 'named' &&
            r.start > best.start &&
            r.start < anonymous.index + anonymous[0].length &&
            endsDescription(phrase, r, anonymous) &&
            !servedBy(phrase.slice(anonymous.index, r.start)),
        )
      : undefined;
  // An outlet that opens a person's title ("BBC News political editor Andrew Marr") is where they work: the person speaks.
  const staff =
    best?.kind === 'outlet' &&
    person &&
    person.start > best.start &&
    afterOwnRole(phrase, person) &&
    !/[,;]|\band\s/.test(phrase.slice(best.start, person.start))
      ? readings.find((r) => r.kind === 'named' && r.start === person.start)
      : undefined;
  const chosen = withoutHomeTown(namedInside ?? staff ?? (best?.kind === 'outlet' ? outletStaff(phrase, best.start, people) : undefined) ?? best);
  // Blanked initials leave no gap in what is read after them.
  return chosen && 'speaker' in chosen && chosen.speaker.includes('  ') ? { ...chosen, speaker: chosen.speaker.replace(/\s{2,}/g, ' ') } : chosen;
}

/** Where a body is based is no part of its name ("the Washington-based Atlantic Council" is the Atlantic Council). */
const HOME_TOWN = /^(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-based\s+(?=\p{Lu})/u;
function withoutHomeTown(r: SpeakerReading | null): SpeakerReading | null {
  const town = r?.kind === 'named' ? HOME_TOWN.exec(r.speaker) : null;
  return r?.kind === 'named' && town ? { ...r, speaker: r.speaker.slice(town[0].length), start: r.start + town[0].length } : r;
}

/**
 * Whether a person found by one word of their name is only the first word of a longer name ("Vahid Fathi of
 * Prescott Ball and Turben Inc", "Morgan Stanley analyst"): a capitalised word goes straight on from it that is
 * no part of the person's name nor a day or a month ("said Prescott Tuesday"). The story's cast spans all its
 * articles, so a firm named after someone may hold the surname of a person another article quotes.
 */
function opensLongerName(phrase: string, p: PersonInText): boolean {
  if (/\s/.test(phrase.slice(p.start, p.end).trim())) return false;
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(phrase.slice(p.end))?.[1];
  return next !== undefined && !CALENDAR_WORD.test(next) && !p.person.name.split(/\s+/).includes(next);
}

const BODY_KIND = `(?:${BODY_KIND_PATTERN})`;
// Or with "for" and what it is for ("the Institute for Fiscal Studies", "the Society for the Protection of Birds").
// A title after the name is its holder's, no part of it ("the Commission for Racial Equality Chairman said").
const BODY_OF_PART = `\\s+(?:of|for(?:\\s+the)?)\\s+(?:[A-Z][\\p{L}'’-]+|\\d+)(?:\\s+(?:(?:and|of)\\s+)?(?!(?:Chairman|Chairwoman|President|Director|Secretary|Spokesman|Spokeswoman|Chief|Minister|Head|Leader)(?![\\p{L}]))[A-Z][\\p{L}'’-]+){0,3}`;
/**
 * A body by its name and kind ("British Chambers of Commerce", "Group of 24"); two fields its name joins by "and" are
 * both of it ("the Trade and Industry Ministry", not "Industry Ministry").
 */
const BODY_NAME = new RegExp(
  `(?<![\\p{L}])(?!(?:An?|One|Another)\\s)([A-Z][\\p{L}'’-]+\\s+(?:(?:and\\s+)?[A-Z][\\p{L}'’-]+\\s+){0,3}${BODY_KIND}(?:${BODY_OF_PART})?)(?![\\p{L}])`,
  'u',
);
/**
 * A body by its kind and what it is of, after the "the" that opens the phrase ("the Bank of Italy"); not inside a
 * title ("the governor of the Bank of England" is the governor).
 */
const BODY_OF = new RegExp(`^\\s*(?:(?:[Aa]nd|[Bb]ut)\\s+)?the\\s+(${BODY_KIND}${BODY_OF_PART})(?![\\p{L}])`, 'u');

/**
 * Someone unnamed who speaks for a body named next ("a spokesman for the", "one official at"), or works at a part of it
 * ("a banker at the West German commercial branch of").
 */
const SPEAKS_FOR_BODY = new RegExp(
  `(?:^|\\s)(?:${anyCase('a|an|one|another|the')})\\s+(?:${CONTENT_WORD}\\s+){0,3}(?:${anyCase(PERSON_SOURCE_NOUNS)})\\s+(?:for|of|at|from|with)\\s+(?:(?:the|its)\\s+(?:[\\p{L}.-]+\\s+){0,3}(?:branch|office|unit|division|subsidiary|arm|bureau)\\s+of\\s+)?(?:the\\s+)?$`,
  'u',
);

/** BODY_OF's match, as if the body's name alone had been matched. */
function bodyOf(phrase: string): RegExpExecArray | null {
  const m = BODY_OF.exec(phrase);
  if (!m) return null;
  const name = Object.assign([m[1]!, m[1]!], { index: m.index + m[0].length - m[1]!.length, input: phrase, groups: undefined });
  return name as RegExpExecArray;
}

/** One name in the possessive that is the whole phrase: a firm's ("Moody's", "Sainsbury's"), not a person's the cast knows. */
const POSSESSIVE_FIRM =
  /^\s*(?!(?:It|That|There|Here|What|Who|He|She|Let|Where|When|How|This|One|Today|Everyone|Nobody|Somebody|Everybody|Nothing|Everything|Something)['’]s)(\p{Lu}\p{Ll}+['’]s)\s*$/u;

/** A word in small letters and a name of two or three capitalised words that ends the phrase ("pundit Steve Cram"). */
/** Words that join or place a name rather than give a role before it ("the Times of Bill Clinton", "on John Smith"). */
const SMALL_WORD = /^(?:of|and|or|the|a|an|for|with|from|at|in|on|to|by|about|as|than|that|who|whom|whose|which|said|says|told|tells)$/;
const ROLE_THEN_NAME = /(?<![\p{L}])(\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*$/u;

/**
 * "…," said former Olympian and BBC pundit Steve Cram: an outlet in a title that ends in the name of
 * someone the cast does not know is where that person works, as with a known one ("BBC News political
 * editor Andrew Marr"): the person speaks, not the outlet.
 */
function outletStaff(phrase: string, outletStart: number, people: PersonInText[]): SpeakerReading | undefined {
  const tail = phrase.slice(outletStart);
  const m = ROLE_THEN_NAME.exec(tail);
  // A verb before the name ("the Standard quoted Mr Clarke") makes it the outlet's object, not its staff.
  if (!m || /[,;]|\band\s/.test(tail.slice(0, m.index)) || SMALL_WORD.test(m[1]!) || /(?:ed|ing)$/.test(m[1]!) || !looksLikePersonName(m[2]!)) return undefined;
  const start = outletStart + m.index + m[0].indexOf(m[2]!);
  // Someone the cast knows goes by their full name ("website Mr Molyneux" is Peter Molyneux).
  const known = people.find((p) => p.start >= start);
  return { kind: 'named', speaker: known ? known.person.name : m[2]!, start };
}

/** The title's noun when a phrase is "the", a body's name and that noun, and no more ("The Royal Trust president"), else null. */
function ownTitle(phrase: string, body: RegExpExecArray): string | null {
  // A title may be an acronym ("A UK Independence Party MEP suggested"), and the article an indefinite one.
  const title = /^\s+(\p{Ll}+|\p{Lu}{2,4})\s*$/u.exec(phrase.slice(body.index + body[0].length))?.[1];
  // The body's pattern takes a capitalised "The" in with the name.
  const article = /^\s*(?:[Tt]he|[Aa]n?)\s+$/.test(phrase.slice(0, body.index)) || (phrase.slice(0, body.index).trim() === '' && /^The\s/.test(body[1]!));
  return article && title !== undefined && isRoleHead(title) && !PERSON_NOUNS.has(title) ? title : null;
}

/** Whether the word before a name in the phrase is that person's role or a source noun ("analyst Nick Edwards"). */
function afterOwnRole(phrase: string, p: PersonInText): boolean {
  const word = /(\p{Ll}+)\s+$/u.exec(phrase.slice(0, p.start))?.[1];
  return word !== undefined && (PERSON_NOUNS.has(word) || p.person.roles.some((r) => r.toLowerCase().split(/\s+/).at(-1) === word));
}

/** A preposition ending the words before a name, perhaps with "the" or an honorific after it ("a spokesman for Mr"). */
const SERVED_BY_END = new RegExp(String.raw`\s(?:for|to|of|with|at)\s+(?:(?:the|${HONORIFIC_PATTERN})\.?\s+)?$`);
/**
 * Whether the words of a description before a name make the name whom its source serves, not the source:
 * "a spokesman for Mr Blair", "an aide to undersecretary Daniel Amstutz" (an indefinite article brings in
 * someone unnamed, so a name after its preposition is another's), "the spokesman for Mr Blair" (the name
 * straight after it). A name after a portfolio is the holder's ("spokeswoman for women Sandra Gidley").
 */
function servedBy(before: string): boolean {
  const preposition = /\s(?:for|to|of|with|at)\s/;
  if (/^\s*(?:a|an|one|another)\s/i.test(before) && preposition.test(before)) return true;
  return SERVED_BY_END.test(before);
}

/** Whether a name ends a description ("… spokeswoman for women Sandra Gidley"), not stands inside it ("A Harbour Board statement"). */
function endsDescription(phrase: string, r: SpeakerReading, anonymous: RegExpExecArray): boolean {
  return (
    r.kind === 'named' &&
    phrase
      .slice(r.start, anonymous.index + anonymous[0].length)
      .trimEnd()
      .endsWith(r.speaker.split(' ').at(-1)!)
  );
}

function findOutlet(phrase: string, outlets: string[]): { name: string; start: number } | null {
  // "said the daily Gunes": the name the kind brings in, not the paper named last.
  const byKind = publicationsByKind(phrase)[0];
  if (byKind) return { name: byKind.name, start: byKind.at };
  const short = SHORT_OUTLET.exec(phrase);
  if (short) {
    const word = short[1]!;
    const resolved = /^(paper|newspaper|magazine|daily|tabloid|journal)$/.test(word)
      ? latestPaper(outlets)
      : word === 'story'
        ? outlets.at(-1)
        : /^(network|broadcaster)$/.test(word)
          ? [...outlets].reverse().find((o) => BROADCASTER.test(o))
          : resolveOutlet(outletName(`The ${word}`) ?? '', outlets) || null;
    if (resolved) return { name: resolved, start: short.index };
  }
  const words = phrase.split(/\s+/);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const name = outletName(words.slice(i, i + n).join(' '));
      if (name) return { name, start: phrase.indexOf(words[i]!) };
    }
  }
  return null;
}

/** A source's modifier that is a common word, capitalised only as the sentence's first ("Industry analysts", "Police sources"). */
const COMMON_OPENING =
  /^(?:Administration|Government|Campaign|Department|Federal|Unnamed|Anonymous|Close|Longtime|Party|Company|Police|Military|Intelligence|Industry|Congressional|Foreign|Local|Legal|Press|Family|Team|Club|Justice)(?=\s+\p{Ll})/u;

/** The description of an anonymous source as written, with a sentence-initial article lower-cased. */
function describe(text: string): string {
  // A conjunction or adverb opening the sentence ("But the source said") is not part of the description.
  // Wire copy breaks lines inside a description ("an official with\nthe wheat group"): it is one phrase.
  return (
    text
      .trim()
      .replace(/\s+/g, ' ')
      .replace(WIRE_NAME_MARK, '$1')
      .replace(/^(?:But|And|Yet|So|Or|Now|Then|However|Meanwhile|Still|Also|Later|Earlier|Although|Though|While|Whereas|Because|Since|When|If)\s+/, '')
      // So is an adverb in -ly before small letters ("Privately ministers believe …"; not "Italy").
      .replace(/^(?!Italy\b|Sicily\b)\p{Lu}\p{Ll}{3,}ly\s+(?=\p{Ll})/u, '')
      .replace(/^(A|An|One|Two|Three|Several|Some|Many|Other|Another|The|Senior|Top|Former)\b/, (w) => w.toLowerCase())
      // So does a common word that opens it before small letters ("Industry analysts said"; not "State Department officials").
      .replace(COMMON_OPENING, (w) => w.toLowerCase())
      // A source noun that opens the sentence ("Critics fear …") is no name: it keeps its small letter.
      .replace(/^\p{Lu}\p{Ll}+$/u, (w) => (SOURCE_NOUN.test(w.toLowerCase()) ? w.toLowerCase() : w))
      // Wire copy capitalises the word after an initialism's full stop ("a U.S. Diplomat"): a source noun there is still a common noun.
      .replace(/(?<=(?<![\p{L}])(?:\p{Lu}\.){2,}\s+)\p{Lu}\p{Ll}+(?![\p{L}])/gu, (w) => (SOURCE_NOUN.test(w.toLowerCase()) ? w.toLowerCase() : w))
  );
}

function rank(r: SpeakerReading): number {
  return ['named', 'pronoun', 'outlet', 'anonymous'].indexOf(r.kind);
}

/**
 * " and " after four words or more, then someone brought in by "a" or "an" who ends the text. Looked for in the
 * text's last 140 characters only, its index the whole text's: a clause may hold long runs of blanked quotes.
 */
function andBeforeSomeone(text: string): RegExpExecArray | null {
  const cut = Math.max(0, text.length - 140);
  const m = AND_BEFORE_SOMEONE.exec(text.slice(cut));
  if (m) m.index += cut;
  return m;
}
const AND_BEFORE_SOMEONE = /(?<=(?:[^\s,;:]+\s+){3}[^\s,;:]+)(\s+and\s+)((?:a|an)\s+[^,;:]{1,60}?)\s*$/u;
/**
 * A word that opens a clause of time or concession, before a capitalised subject ("after Mr Blair"); not "when" or
 * "because", whose clause may close before the quote (see subjectBefore).
 */
const TIME_CLAUSE_OPENER = /(?<![\p{L}])(?:after|before|since|until|although|though|once)\s+(?=\p{Lu})/gu;

/** " and " after a lowercase word, then the capitalised name that ends a subject ("… strike and Benitez"). */
const AND_BEFORE_LAST_NAME = /(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*)(\s+and\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*$/u;

/**
 * The speaker of a cue verb, read from the text before it: the last clause that names someone,
 * skipping parentheticals ("Sean Spicer, asked if …, replied"), and preferring a name to the
 * description in apposition after it ("Barry Hugill, a spokesman for Liberty, told").
 */
/** "According to X," or "According to Mr X" before a described subject: the opening source of a report. */
const OPENING_SOURCE = new RegExp(
  `^\\s*According\\s+to\\s+(?:[^,;:"“”]{1,60},|(?:(?:${HONORIFIC_PATTERN})\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?=(?:the|a|an|his|her|its|their)\\s+\\p{Ll}))`,
  'u',
);

export function subjectBefore(text: string, cast: CastLookup, outlets: string[]): SpeakerReading | null {
  // A pronoun right before the cue is its subject, whatever the words before it name ("Asked whether he thought the BBC
  // should have screened the musical he said:").
  const pronoun = CLOSING_PRONOUN.exec(text);
  if (pronoun && /\S/.test(text.slice(0, pronoun.index)))
    return { kind: 'pronoun', pronoun: pronoun[1]!.toLowerCase() as 'he' | 'she' | 'they', start: pronoun.index };
  const coordinated = coordinatedSubject(text, cast, outlets);
  if (coordinated) return coordinated;
  // "It has the power to bar him from office but Mr Livingstone said": a conjunction before a capitalised
  // word opens a clause with a subject of its own, as a comma does. So does "where" ("… pursue opportunities in
  // China where Silas said he was seeking "…""), whose clause runs on to the quote; not "when" or "because", whose
  // clause may close before it ("said that when Mr Johnson had announced …, he got the "clear impression"").
  // An aside between dashes right before the cue ("One unnamed correspondent - all are anonymous - wrote") is
  // no part of the subject: it is blanked (offsets kept). A hyphen inside a word is no dash ("a 22% share of the
  // buy-to-let market").
  // A source the sentence opens on ("According to Mr Peston(,) the prime minister said") is where the report comes
  // from, not who spoke: it is blanked too.
  const plain = text
    .replace(/\s[-–]\s(?:[^-–,;:]|(?<=\S)-(?=\S)){1,80}\s[-–]\s*$/u, (m) => ' '.repeat(m.length))
    .replace(OPENING_SOURCE, (m) => ' '.repeat(m.length));
  // "The Reds won with a late Gerrard strike and Benitez said": "and" after a lowercase word, before a person
  // of the cast who ends the text, opens a clause too (marked as a ";", offsets kept). Before a place or a
  // body it joins the subject ("the Group of Five nations and Canada agreed"), as between capitals ("Marks and Spencer").
  // So does "and" before someone brought in by "a" or "an" who ends the text, after a clause of a few words
  // ("They have until midnight on 16 December and an IAAF spokesman said"), not a pair ("the chairman and a director").
  const andPerson = AND_BEFORE_LAST_NAME.exec(plain);
  const andSomeone = andPerson ? null : andBeforeSomeone(plain);
  const split =
    andPerson && cast.find(andPerson[2]!).length > 0
      ? andPerson
      : andSomeone && readSpeaker(andSomeone[2]!, cast, outlets)?.kind === 'anonymous'
        ? andSomeone
        : null;
  const clauses = split ? plain.slice(0, split.index) + ';'.padEnd(split[1]!.length) + plain.slice(split.index + split[1]!.length) : plain;
  const all = clauses.split(/,|;|:|—|\bthat\b|(?<![\p{L}])(?:but|while|whereas|where)\s+(?=\p{Lu})/u).reverse();
  // "Liam Fox was speaking after Mr Blair told Labour members …": a clause of time or concession that runs on to the
  // cue has a subject of its own, who speaks.
  const timeClause = [...all[0]!.matchAll(TIME_CLAUSE_OPENER)].at(-1);
  if (timeClause) all.splice(0, 1, all[0]!.slice(timeClause.index + timeClause[0].length), all[0]!.slice(0, timeClause.index));
  // "…ranges, which the communique said were "…"", "…DB9, which Mr Bez described as "…"": a relative clause whose own
  // subject, described or named, follows "which" is that subject's cue.
  // (Not "whom" before a name: "Robert Anderson, whom Dwight Eisenhower once said deserved to be president" says no words.)
  const objectClause = /^\s*(?:(?:which|whom)\s+((?:the|a|an|its|his|her|their)\s.*)|which\s+(\p{Lu}.*))$/su.exec(all[0]!);
  const clauseSubject = objectClause ? readSpeaker(objectClause[1] ?? objectClause[2]!, cast, outlets) : null;
  if (clauseSubject && clauseSubject.kind !== 'pronoun' && clauseSubject.start === 0) return clauseSubject;
  // A relative clause between the subject and the cue ("The Alliance, which includes A, B and C,
  // said") holds its own names: the subject stands before the clause's opening. One closed by a
  // subject of its own ("Asked if …, which is …, Peltier said") is not between them.
  const own = readSpeaker(all[0]!, cast, outlets);
  const closed = own === null || own.kind === 'pronoun';
  // ("Mr Campbell, who he described as": a "who" with a subject of its own is the verb's object, and no clause between.)
  const relative = closed ? all.slice(0, 4).findIndex((p) => /^\s*(?:which|who|whose)\s/i.test(p) && !OBJECT_WHO.test(p)) : -1;
  // A clause left empty by a comma right before the cue (", saying") is no clause: it takes no place among the four read.
  // A comma between the last clause and the cue ("…, Oxfordshire, said") sets that clause off as an apposition.
  const closedByComma = /,\s*$/.test(text);
  const parts = all
    .slice(relative + 1)
    .filter((p, i) => i > 0 || p.trim() !== '')
    .slice(0, 4);
  const antecedent = relative === 0 && /^\s*(?:who|which)\s*$/i.test(all[0]!) && parts[0] ? relativeAntecedent(parts[0], cast, outlets) : null;
  if (antecedent) return antecedent;
  // "the San Jose, Calif., gas lasers and accessories company also said": a city and its state cut the description
  // the sentence opens on; the description, not the city, is the subject. (After a person's name, it is their apposition: below.)
  if (/^\s*\p{Ll}/u.test(parts[0] ?? '') && pastCityAndState(parts, 1) === 3 && cast.find(parts[3] ?? '').length === 0) {
    const article = /^\s*(\S+)/u.exec(parts[2]!)![1]!;
    return readSpeaker(`${article} ${parts[0]!.trim()}`, cast, outlets);
  }
  for (let i = 0; i < parts.length; i++) {
    // A clause opened by a preposition completes a role ("managing director, of CB Richard Ellis"): no subject.
    // So does one opened by "in" ("Bolt, in a statement, said"; "Ann Lee, in charge of sales, said").
    if (/^\s*(?:of|at|for|from|in)\s/.test(parts[i]!)) continue;
    // A participle clause that opens the sentence, set off by its comma, says to whom or how the subject after it spoke
    // ("Speaking to Le Matin, the 24-year-old Swiss added"; "Appearing on the NBC News program, "Meet the Press," the Kansas senator said").
    if (i > 0 && opensOnGerund(parts[i]!)) continue;
    // An acronym set off after a body's name is its short form ("president of the Chicago Mercantile
    // Exchange, CME, told"): it stands in the apposition, not as the subject.
    if (/^\s*\p{Lu}{2,6}\s*$/u.test(parts[i]!) && /\p{Lu}[\p{L}'’-]*\s*$/u.test(parts[i + 1] ?? '') && parts[i + 2] !== undefined) continue;
    // So does the county or state set off after a place a role is for ("Mr Johnson, MP for Henley-on-Thames,
    // Oxfordshire, said"): the place goes on, the subject stands before the role. So does the rest of a firm's
    // name cut at its comma ("Fischer Black, head of the arbitrage division at Goldman, Sachs and Co, says").
    // Without a comma before the cue only a firm's ("Smith Barney, Harris Upham and Co said"): "…of Acme, Jones said" is Jones's.
    if (
      (closedByComma || /\s(?:and|&)\s/.test(parts[i]!)) &&
      i === 0 &&
      FIRM_OR_PLACE_REST.test(parts[i]!) &&
      cast.find(parts[i]!).length === 0 &&
      /(?<![\p{L}])(?:for|of|from|in|at)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u.test(parts[i + 1] ?? '') &&
      parts[i + 2] !== undefined
    )
      continue;
    // "As the report noted: …", "…, as Ann Lee said": the clause right before the cue frames its own subject as the speaker.
    // "…, while Labour criticised "…"": a conjunction opening the cue's own clause is no part of its subject.
    // A time with no comma after it ("Last week the LSE said") is no part of the subject either.
    const opened = (
      i === 0
        ? parts[i]!.replace(/^(\s*)as\s/i, '$1   ').replace(/^(\s*)(while|whereas)(?=\s+\p{Lu})/u, (_m, s: string, w: string) => s + ' '.repeat(w.length))
        : parts[i]!
    )
      .replace(LEADING_TIME, (m) => ' '.repeat(m.length))
      .replace(LEADING_WRITING, (m) => ' '.repeat(m.length));
    const part = blankTrailingAdverbs(opened);
    const reading = readSpeaker(part, cast, outlets);
    if (!reading) continue;
    // A plural with no article is the subject only right before the cue: a clause before may be a list of what
    // someone does ("Mr Curry records, hosts, edits and produces a podcast called …").
    if (i > 0 && reading.kind === 'anonymous' && reading.bare) continue;
    // A person named inside a clause that opens on a small word ("Corbett, soon to reunite with Ronnie Barker,
    // criticised"; "Bo Lee, the father of Ann Lee, said") is what the clause is about: the person whose name
    // opens the clause before it is the subject.
    // The clause before is the name alone, so the one after it is an apposition, not a clause of its own
    // ("Igor Biscan was outstanding, and Benitez said"), and a conjunction opens no apposition ("…, but Davies admitted").
    const about =
      reading.kind === 'named' &&
      isPerson(reading, cast) &&
      /^\s*(?!(?:and|but|or|while|whereas|although|though|because|so|yet|when|if|as)\s)\p{Ll}/u.test(part) &&
      part.slice(0, reading.start).trim() !== '' &&
      /^\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(parts[i + 1] ?? '');
    const opener = about ? readSpeaker(parts[i + 1]!, cast, outlets) : null;
    if (opener?.kind === 'named' && isPerson(opener, cast)) return opener;
    // A description set off after a person's name that speaks of a body or a place ("Rich Hodges, a land manager representing
    // International Oil and Gas Corp, a partnership of <Preussag Corp> and <C. Deilmann Inc> of West Germany, said") is their
    // apposition: the person, the name a clause before it holds alone, is the subject, not the place the description ends on.
    const personBefore =
      reading.kind === 'named' && !isPerson(reading, cast) && DESCRIBES.test(part) ? personBeforeDescriptions(parts, i + 1, cast, outlets) : null;
    if (personBefore) return personBefore;
    // A description in apposition yields to the name before it ("Graham Robb, spokesman for …, said").
    // A pronoun is its clause's own subject ("Asked whether Reagan …, he said"): it never yields.
    // One its conjunction sets in a clause of its own ("Edelman would not comment, and a spokesman for Dominion called…") yields to no one.
    const ownClause = /^\s*(?:and|but|or|while|whereas)\s/i.test(parts[i]!);
    // So does a role with the place or body it is for ("Ms Roche, Labour MP for Hornsey and Wood Green, believes"): the
    // name after "for" or "of" is the seat's or the employer's, whatever person's it reads like.
    const roleOf = reading.kind === 'named' && ROLE_OF_BEFORE.test(part.slice(0, reading.start));
    const yields =
      !ownClause && (reading.kind === 'anonymous' || reading.kind === 'outlet' || (reading.kind === 'named' && (!isPerson(reading, cast) || roleOf)));
    let j = i + 1;
    // Nor does a description with its article yield to the one a participle clause before it speaks of ("Commenting on Funaro, a
    // foreign banker …"); a bare role is still that clause's last name's ("Speaking after …, Bob Neill, leader of …, said").
    const spokenOf = parts[j] !== undefined && opensOnGerund(parts[j]!) && /^\s*(?:a|an|the|one|some)\s/i.test(parts[i]!);
    let before = yields && parts[j] !== undefined && !spokenOf ? readSpeaker(parts[j]!, cast, outlets) : null;
    // A name the cast does not know yields nothing to the description after it ("Iacocca, chairman of Acme, said").
    // Only a description that is its whole clause stands in apposition (not "Taiwan and South Korea - and Reagan officials").
    const apposed = reading.kind === 'anonymous' && parts[i]!.slice(0, reading.start).trim() === '';
    // A description may open on where its someone is from, a city and its state set off by commas ("Lindner, the
    // Cincinnati, Ohio, investor who …, said"): the name stands before them, and the place speaks for no one.
    const pastPlace = apposed && before?.kind !== 'named' ? pastCityAndState(parts, j) : j;
    if (pastPlace !== j && parts[pastPlace] !== undefined) {
      j = pastPlace;
      before = readSpeaker(parts[j]!, cast, outlets);
    }
    // Descriptions may follow one another ("Robert Crandall, a trade specialist at Brookings Institution, a think tank,
    // said"): the name stands before them all.
    while (apposed && before?.kind === 'anonymous' && parts[j]!.slice(0, before.start).trim() === '' && parts[j + 1] !== undefined) {
      const further = readSpeaker(parts[j + 1]!, cast, outlets);
      if (further?.kind !== 'named') break;
      j++;
      before = further;
    }
    // A name of a person's shape that ends in an outlet's word ("Anshuman Magazine, managing director, …") is still a name.
    const whole = (b: SpeakerReading | null): b is Exclude<SpeakerReading, { kind: 'pronoun' }> =>
      apposed &&
      b !== null &&
      b.kind !== 'pronoun' &&
      parts[j]!.trim()
        .replace(/^the\s+/i, '')
        .replace(HOME_TOWN, '') === b.speaker;
    if (before?.kind === 'outlet' && whole(before) && looksLikePersonName(before.speaker))
      return { kind: 'named', speaker: before.speaker, start: before.start };
    const wholeName = before?.kind === 'named' && whole(before);
    // A name that yields must yield to the head of an apposition, a name that ends its clause ("Ann Lee, Acme,
    // said"), not to one the clause goes on from ("After beating Amy Winehouse to the prize, Joss Stone said").
    // A description yields only to a name that ends its clause too: "Tony O'Reilly would be interested …, a spokesman
    // said" is the spokesman's.
    const heads = before?.kind === 'named' && endsWithName(parts[j]!, before.speaker);
    const named = before?.kind === 'named' && heads && (isPerson(before, cast) || wholeName);
    if (named) return before;
    // A body's description set off after the body's name ("Wilson Sy, president of Prudential Securities, a local
    // stockbroking firm …, told") describes the body: the person whose role names it speaks.
    const bodyDescribed = apposed && heads && !named && BODY_NOUNS.has(descriptionHead(reading.speaker));
    const holder = bodyDescribed ? personBeforeDescriptions(parts, j + 1, cast, outlets) : null;
    if (holder) return holder;
    // So does one set off after a person's role that names the body ("The chairman of Goodyear Tire and Rubber Co, a
    // concern that survived a recent hostile takeover bid, charged"): the role's holder speaks, not the concern.
    if (
      apposed &&
      closedByComma &&
      before?.kind === 'anonymous' &&
      parts[j]!.slice(0, before.start).trim() === '' &&
      describesBodyOfRole(reading.speaker, before.speaker)
    )
      return before;
    // A description set off by commas on both sides is an apposition of the name right before it, the
    // clause's last, not its first ("But Mr Howard denied Mr Yeo, his transport and environment spokesman, said").
    // Not a name a preposition governs ("In a letter to Tony Blair, his transport and environment spokesman, wrote").
    const governed = parts[j] !== undefined && /^\s*(?:in|to|for|with|after|from|at|on|by|about|against|under|before)\s/i.test(parts[j]!);
    const last = apposed && closedByComma && parts[j] !== undefined && !governed ? lastPersonEnding(parts[j]!, cast) : null;
    return last ?? reading;
  }
  return null;
}

/** Whether a description of a body ("a concern that …") follows one of a person by a role ("the chairman of Goodyear"). */
function describesBodyOfRole(description: string, role: string): boolean {
  const head = descriptionHead(role);
  return BODY_NOUNS.has(descriptionHead(description)) && !BODY_NOUNS.has(head) && isRoleHead(head);
}

/** A clause that opens on a description by "a" or "an" ("a partnership of …"). */
const DESCRIBES = /^\s*(?:a|an)\s+\p{Ll}/u;

/**
 * The person whose name is a whole clause among the few before `from`, past descriptions in apposition ("a land
 * manager representing Oil Corp"), or null: nothing else may stand between.
 */
function personBeforeDescriptions(parts: string[], from: number, cast: CastLookup, outlets: string[]): SpeakerReading | null {
  for (let k = from; k < Math.min(parts.length, from + 3); k++) {
    const r = readSpeaker(parts[k]!, cast, outlets);
    if (r?.kind === 'named' && isPerson(r, cast) && parts[k]!.slice(0, r.start).trim() === '' && endsWithName(parts[k]!, r.speaker)) return r;
    if (!DESCRIBES.test(parts[k]!)) return null;
  }
  return null;
}

/**
 * "And Jamie Foxx, who had two nominations this year, paid tribute to … soul legend Ray Charles, who died last
 * year, and thanked …": a cue verb right after "and", with no subject of its own, shares the subject its sentence
 * opens on, not the last name in the predicate before it. Only a person the cast knows, opening the sentence and
 * followed by a verb or a "who" clause; and only when no cue verb comes before, whose reported clause the "and"
 * might go on ("Lee said Ann Jones had resigned and thanked …").
 */
function coordinatedSubject(text: string, cast: CastLookup, outlets: string[]): SpeakerReading | null {
  if (!COORDINATED.test(text) || ANY_CUE.test(text)) return null;
  const opening = SENTENCE_OPENING_NAME.exec(text)?.[1];
  const reading = opening ? readSpeaker(opening, cast, outlets) : null;
  if (reading?.kind === 'named' && reading.start === 0 && isPerson(reading, cast)) return reading;
  // So may someone described ("A Labour party spokesman played down differences with Mr Wyatt and said"): the whole
  // opening phrase, read as a description, not the name the verb took as its object.
  const described = DESCRIBED_SENTENCE_OPENING.exec(text)?.[1];
  const description = described ? readSpeaker(described, cast, outlets) : null;
  return description?.kind === 'anonymous' && description.start === 0 && description.speaker.length === described!.length ? description : null;
}

/** A description by "a", "an" or "the" opening a sentence, before its verb in the past or the present ("A Labour party spokesman played"). */
const DESCRIBED_SENTENCE_OPENING = /^\s*(?:(?:And|But|Then|So)\s+)?((?:A|An|The)\s+[^,;:"“”]{1,50}?)(?=\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\s)/u;

/** Text that ends on "and" (perhaps "and also"), a cue verb to follow. */
const COORDINATED = /(?:^|[\s,])and\s+(?:also\s+|then\s+|later\s+)?$/u;
/**
 * A name opening a sentence, followed by its verb, a "who" clause or an aside of whom they are with ("Clapton, alongside
 * BB King, also introduced …"), not by "and", "of" or another small word.
 */
const SENTENCE_OPENING_NAME = new RegExp(
  String.raw`^\s*(?:(?:And|But|Then|So)\s+)?((?:(?:${HONORIFIC_PATTERN})\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=\s*,\s*(?:who|whose|alongside|along\s+with|together\s+with)\s|\s+(?!(?:and|or|of|in|at|for|to|with|from|on|by|who|whose|which|that)\s)\p{Ll})`,
  'u',
);
/** A role's word and "for" or "of" right before a name, perhaps after a place joined to it ("MP for Hornsey and "). */
const ROLE_OF_BEFORE =
  /(?<![\p{L}])(?:MP|MEP|MSP|AM|member|minister|secretary|spokesman|spokeswoman|candidate)\s+(?:for|of)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+)?$/iu;

/** Any cue verb. */
const ANY_CUE = new RegExp(`(?<![\\p{L}-])${CUE}(?![\\p{L}])`, 'iu');

/**
 * "The Musicians' Union stance is being endorsed by the Music Managers' Forum (MMF), who say": the cue of a
 * relative clause ("who say") is the words of what the clause hangs on, the name that ends the clause before it,
 * not the clause's own subject, its leftmost name ("Ann Lee criticised Bob Jones, who said" is Jones's). Only when
 * that subject is a name, apart from the last one by a small-letter word other than "of", "for", "and" or "the".
 */
function relativeAntecedent(clause: string, cast: CastLookup, outlets: string[]): SpeakerReading | null {
  const trailing = TRAILING_NAME.exec(clause);
  if (!trailing) return null;
  const first = readSpeaker(clause, cast, outlets);
  const last = readSpeaker(trailing[1]!, cast, outlets);
  if (first?.kind !== 'named' || !last || last.kind === 'pronoun' || last.kind === 'outlet' || !/^(?:the\s+)?$/i.test(trailing[1]!.slice(0, last.start)))
    return null;
  // A name after "of" or "at" is what a description is of ("Ann Lee, the manager of Blur, who"): no antecedent.
  if (first.roleAlias || /(?<![\p{L}])(?:of|for|at|from|in)\s+$/u.test(clause.slice(0, trailing.index))) return null;
  if (first.start >= trailing.index || !/(?<![\p{L}'’])(?!(?:of|for|and|the)\s)\p{Ll}+\s/u.test(clause.slice(first.start, trailing.index))) return null;
  return { ...last, start: trailing.index };
}

/** A noun only a person is: a source's ("official"), a role's ("manager"), or one the lexicon knows as a doer ("controller"), not "computer" or "management". */
function isPersonNoun(word: string): boolean {
  // A student of a science or a practitioner of an art is one too ("meteorologist", "technician").
  return PERSON_NOUNS.has(word) || isRoleHead(word) || lexiconTags(word).includes('Actor') || /\p{Ll}{3}(?:ologist|ician)$/u.test(word);
}

/** The capitalised name that ends a clause ("the Music Managers' Forum (MMF)"), its initials in brackets left out. */
const TRAILING_NAME = /(?<![\p{L}'’])((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})\s*(?:\([^()]{1,12}\))?\s*$/u;

/** A state's or country's name, or a state's abbreviation in wire style ("Calif.", "R.I."), set off by commas. */
const STATE_PART = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|(?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{1,4}\.)\s*$/u;
/** A city that opens a description before its state ("the Cincinnati" of "the Cincinnati, Ohio, investor"). */
const DESCRIBED_CITY = /^\s*(?:[Tt]he|[Aa]n?)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*$/u;

/**
 * The index of the clause before a city and its state that open a description ("the Cincinnati", "Ohio" of "Lindner,
 * the Cincinnati, Ohio, investor"), clauses read from the cue backwards from `j`; `j` itself when they are not there.
 */
function pastCityAndState(parts: string[], j: number): number {
  const state = STATE_PART.exec(parts[j] ?? '');
  if (!state || !(isKnownPlace(state[1]!) || state[1]!.endsWith('.')) || !DESCRIBED_CITY.test(parts[j + 1] ?? '')) return j;
  return j + 2;
}

/**
 * What goes on from a place or a firm's name cut at a comma: one capitalised word ("Oxfordshire"), or capitalised
 * words joined by "and" or "&" ("Sachs and Co", "Lufkin and Jenrette"), which a person's name never is.
 */
const FIRM_OR_PLACE_REST = /^\s*(?:\p{Lu}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]*)\s*$/u;

/** The person of the cast whose name ends a clause, by a name (not a possessive, nor a role alias), else null. */
function lastPersonEnding(clause: string, cast: CastLookup): SpeakerReading | null {
  const last = cast
    .find(clause)
    .filter((p) => !p.possessive && !p.byRole)
    .at(-1);
  return last && endsWithName(clause, last.person.name) ? { kind: 'named', speaker: last.person.name, start: last.start } : null;
}

/** A reading that names someone of the cast (a person), not a body such as "Regent Street Association". */
function isPerson(reading: SpeakerReading, cast: CastLookup): boolean {
  return reading.kind === 'named' && cast.find(reading.speaker).length > 0;
}

/**
 * Whether a clause ends on a name, perhaps after what stands with a name in apposition: a bracket ("Sen. Lloyd
 * Bentsen (D-Tex.), chairman of …, said") or where its bearer is from ("Ann Lee of Acme, a spokeswoman …, said").
 */
function endsWithName(clause: string, name: string): boolean {
  if (endsClause(clause, name)) return true;
  const bare = clause.replace(/\s*\([^()]{1,30}\)\s*$/, '');
  const from = /\s+(?:of|at|from|with)\s+[^,;:()]{1,40}$/.exec(bare);
  return (bare !== clause && endsClause(bare, name)) || (from !== null && endsClause(bare.slice(0, from.index), name));
}

/**
 * Whether a clause ends on a name: its last word is the name's (a surname stands for the full name the
 * cast gives), a cue after it left out ("In addition, Milstein said that Beecham Group has …": Milstein's).
 */
function endsClause(clause: string, name: string): boolean {
  return lastWord(clause.replace(TRAILING_CUE, '')) === lastWord(name);
}

/** A cue verb that ends a clause ("Milstein said" before "that"). */
const TRAILING_CUE = new RegExp(`\\s+${CUE}\\s*$`, 'iu');

/** The last word of a text, without a full stop or apostrophe after it. */
function lastWord(text: string): string {
  const last = text.trim().split(/\s+/).at(-1) ?? '';
  return last.replace(/[.'’]+$/u, '');
}
