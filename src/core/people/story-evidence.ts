/**
 * What the story's own sentences say a capitalised name is, when it is not a person: a firm
 * ("Morgan Guaranty Trust Co", "James Capel and Co", "Jardine Fleming (Securities) Ltd"), an
 * employer or work named in front of a job ("Dean Witter analyst", "Vera Drake star"), or a place
 * ("in Britain", written twice and never as a person's surname with a title). One pass over the
 * sentences, so the story's size costs linear time.
 */
import type { NameMention } from './find-name-mentions.js';
import { isRoleWord } from './roles.js';
import { isDemonym, isKnownPlace } from './not-a-person.js';
import { GIVEN_NAME_TAGS, NAME_TAGS, lexiconTags } from '../text/nlp.js';

/** Names the story shows to be organisations, works or places. */
export interface NonPersonEvidence {
  /** Names of two or more words written as a firm or in front of a job. */
  organisations: Set<string>;
  /** Single words written as firms ("film giant Disney", "studios such as MGM Studios, Disney"), so no surname alias. */
  firms: Set<string>;
  /** Single words used as places. */
  places: Set<string>;
  /** Those of `places` the story itself writes as places ("in Britain" twice), not only the gazetteer. */
  writtenPlaces: Set<string>;
  /** Names of two or more words written right after the kind of work or ship they are ("British film Vera Drake", "the liner Wilhelm Gustloff"). */
  works: Set<string>;
  /**
   * How often names are written as a thing, never as a person: after "the" and closing the phrase
   * ("the Docemarte and the Henrique Leal, were working"; no one is "the Tony Blair,"), or before a
   * firm's noun ("the state-owned Lloyd Brasileiro company").
   */
  things: Map<string, number>;
}

/** Titles written after "the" before a person's name ("the Reverend Adrian Rodgers"). */
const TITLES =
  /^(Rev|Reverend|Most|Right|Rt|Father|Rabbi|Imam|Sheikh|Colonel|Major|General|Captain|Sergeant|Constable|Professor|Doctor|Lord|Lady|Sir|Dame|Prince|Princess|King|Queen)$/;

/**
 * A name after "the" that closes its phrase or names a building or an event ("the Beverly Hilton hotel") or a series
 * of works ("the Harry Potter films"), or that a story wants another of or counts ("the next James Bond", "the sixth
 * Harry Potter"); or a name, perhaps with an initial, before a firm's noun ("its John Carr unit", "its William G.
 * Krummrich plant"), or before a work's, a shop's, its fans' or its characters' ("the James Bond theme", "James Bond
 * fans", "Gordon Drummond pharmacies", "a Vicky Pollard character"): a hero of fiction is written so more than as a
 * person. Not before "stories", told of real people too ("all the Roger Bannister stories"). Not before "film" or
 * "movie", which name real directors and stars as often ("a Mike Leigh film", "Spike Lee movies").
 */
const THING =
  /(?:\b[Tt]he (?:(?:next|new|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) )?((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)(?=[,.;:]|\s+(?:and|was|were|is|has|hotel|theatre|theater|centre|center|stadium|arena|hall|museum|gallery|building|tower|airport|cinema|festival|awards|franchise|series|films|movies|books|novels)\b)|(?<![\p{L}'’-])((?:(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.) ){1,2}\p{Lu}[\p{L}'’-]+) (?:company|firm|conglomerate|airline|shipyard|brewery|carmaker|shipping line|division|subsidiary|unit|marque|brand|models|cars|engines|plant|factory|theme|novel|novels|books|fans|franchise|character|characters|revival|pharmacies|shop|shops|store|stores|supermarket|supermarkets|restaurant|restaurants)\b)/gu;

/**
 * A show named like a person, before the word "show" or "programme" ("the Wright Stuff show", "Five's
 * Wright Stuff show"), when its last word is a plain word to the lexicon: a title, as no surname is
 * "Stuff" ("the Jonathan Ross show" may be the host's, and is left alone).
 */
const SHOW = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+ ){1,2}(\p{Lu}[\p{L}'’-]+)) (?:show|programme)\b/gu;

/**
 * A name after a capitalised "The" inside a sentence ("17 years after The Joshua Tree cemented their
 * place", "In 1987, The Joshua Tree broke sales records"): a title's own article, as an album, a
 * film, a paper or a band keeps it; no one's name takes "The" in capitals.
 */
const CAPITAL_THE = /(?<=[\p{Ll}\d,;] )The ((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu;

/**
 * A name that opens a title of the shape "Harry Potter and the Prisoner of Azkaban" or "Indiana
 * Jones and the Temple of Doom": "and the", a capitalised noun that is no title of office ("Tony
 * Blair and the Chancellor of the Exchequer" is two people), "of" and a capitalised word.
 */
const NAME_AND_THE_X_OF = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+) and the (\p{Lu}\p{Ll}+) of (?:the )?\p{Lu}/gu;

/**
 * A firm written right after the kind of firm it is, with a word before that kind ("accountancy firm Grant Thornton",
 * "investment bank Morgan Grenfell", "literary agency Curtis Brown", "by consultants Booz Allen Hamilton": a trade's
 * plural names a firm of it, where the singular may be a person's job); after a determiner or possessive ("the firm",
 * "its bank") the kind is the subject of its own clause, and the name may be a person's.
 * So does a person's company ("Scott's company Scott Free"), which a founder names after themself.
 * A kind only a firm is needs no word before it ("housebuilder George Wimpey", "market leader Best Buy", "car maker
 * Aston Martin", "parts maker Robert Bosch"); not one a person may be too ("bookmaker Fred Done", "games maker Peter
 * Molyneux", "film maker").
 */
const KIND_OF_FIRM =
  /(?:(?<![\p{L}'’-])(?!(?:the|a|an|this|that|its|his|her|their|our)\s)\p{Ll}[\p{L}-]* (?:firm|bank|brokerage|broker|insurer|carmaker|drugmaker|conglomerate|group|band|chain|retailer|giant|manufacturer|airline|label|agency|consultancy|consultants|accountants|auditors|stockbrokers|solicitors|company)|(?<![\p{L}'’-])\p{Lu}[\p{L}-]*['’]s company|(?<![\p{L}'’-])(?:[Mm]arket leader|[Hh]ousebuilder|[Hh]omebuilder|[Cc]armaker|[Aa]utomaker|[Dd]rugmaker|(?:car|chip|software|browser|appliance|tractor|plane|aircraft|handset|equipment|crane|computer|components|parts|beverage|hardware|wine|drinks|steel|tyre|tire|truck|toy|phone) maker)) ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)/gu;

/**
 * "money broker Jeffrey Wills", "money broker Joachim Schmidt, who may know more": a broker named by a given name, or
 * of whom a "who" clause goes on, is a person, not a firm ("broker Hoare Govett").
 */
function brokerByName(match: string, name: string, after: string): boolean {
  return /(?:^|\s)broker\s/.test(match) && (lexiconTags(name.split(' ')[0]!).some((t) => GIVEN_NAME_TAGS.has(t)) || /^,\s+who\s/.test(after));
}

/** A group or band named after the place it comes from ("Glasgow group Franz Ferdinand", "Irish band The Corrs"). */
const PLACE_GROUP = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (?:group|band) ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)/gu;

/** One capitalised word after the kind of firm it is ("Film giant Disney"), as KIND_OF_FIRM reads a longer name, also opening a sentence. */
const ONE_WORD_FIRM =
  /(?<![\p{L}'’-])(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s)\p{L}[\p{L}-]* (?:firm|bank|brokerage|broker|insurer|carmaker|drugmaker|conglomerate|group|band|chain|retailer|giant|manufacturer|airline|label) (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])(?!\s+\p{Lu})/gu;

/**
 * Firms listed after a plural of firms ("companies such as Adam Opel", "brands include Bass, Stella
 * Artois and Hoegaarden"), and a firm whose shares or stake are traded ("shares in GW Pharma",
 * "Laura Ashley shares rose"): no person is.
 */
const FIRM_LIST =
  /\b(?:companies|firms|studios|brands|banks|retailers|carmakers|chains|labels|airlines|brokers|insurers)(?:,? (?:such as|including|like)| include) ((?:\p{Lu}[\p{L}'’-]+ ?)+(?:(?:, | and |, and )(?:\p{Lu}[\p{L}'’-]+ ?)+)*)/gu;
/**
 * Two or more firms written right after a plural of firms, with no "such as" ("the firms Young &
 * Rubicam and J Walter Thompson", "companies Adhi Karya and Semen Gresik"): each is a firm, even one
 * named after its founder. A name may hold "&" or an initial without its stop.
 */
const FIRMS_NAMED =
  /\b(?:companies|firms|studios|brands|banks|retailers|carmakers|chains|labels|airlines|brokers|insurers|agencies) ((?:\p{Lu}[\p{L}'’-]*(?: (?:&|\p{Lu}[\p{L}'’-]*))*)(?:(?:, | and |, and )\p{Lu}[\p{L}'’-]*(?: (?:&|\p{Lu}[\p{L}'’-]*))*)+)/gu;
const TRADED =
  /\b(?:shares|stake|stakes|holding) in ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])|(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+) shares\b/gu;

/**
 * A town a wire writes before its state's abbreviation ("of Myrtle Beach, S.C.,", "based in Eden Prairie, Minn."): a
 * place, whatever person's name it reads like.
 */
const TOWN_BEFORE_STATE =
  /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*),\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\./gu;

/**
 * A place named after its kind ("the naval port of Bandar Abbas", "the town of Bury St Edmunds"): a place, whatever
 * person's name it reads like. Not a name in the possessive ("the city of Rudolph Giuliani's birth").
 */
const PLACE_OF_KIND =
  /\b(?:port|city|town|village|capital|province|island|county|district|suburb|region) of ((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?![\p{L}'’-])/gu;

/**
 * The capitalised words a wire writes right before a stock ticker in angle brackets ("MURRAY OHIO <MYO> SEES HIGHER
 * EARNINGS", "Swedish drug firm AB Astra <ASTS.ST>"): a listed company's name, whatever person's it reads like.
 */
const BEFORE_TICKER = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)\s*<[\p{Lu}\d.]{1,10}>/gu;

/**
 * A name a wire sets in angle brackets, as it marks a company ("<Hiram Walker-Goodman & Worts>", "<Bell Textron of
 * Canada>"): a firm's, whatever person's it reads like. Not a ticker ("<GT>", "<ALLD.L>"), which holds no small letter.
 */
const BRACKETED_FIRM = /<(\p{Lu}[^<>]*\p{Ll}[^<>]*)>/gu;

/** The words that end a firm's name ("& Co", "Inc"). */
const FIRM_WORDS =
  'Co|Corp|Corporation|Company|Inc|Ltd|Plc|PLC|LLC|Llc|Cos|Group|Holdings|Securities|Brothers|Bros|Partners|Associates|Assoc|Bancorp|Industries|Capital';
const FIRM_SUFFIX = new RegExp(`^(${FIRM_WORDS})$`);
const HAS_FIRM_SUFFIX = new RegExp(`\\b(${FIRM_WORDS})\\b`);
/** "and co" in small letters before a job held at a firm: the firm's "& Co" ("Bear Stearns and co analyst"), not "Moya and co". */
const LOWER_CO_BEFORE_JOB = /\b(and|&) co(?= (?:analyst|analysts|economist|economists|spokesman|spokeswoman|director|executive|official)\b)/g;
/** Jobs held at an organisation or in a work, so a name written before them is the employer or the work; an aide, adviser, lawyer or coach may serve a person. */
const EMPLOYEE_HEADS =
  /^(analyst|analysts|economist|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chairperson|president|director|executive|officer|chief|boss|head|manager|star|author|striker|midfielder|defender|goalkeeper|player|captain|producer|editor|correspondent|reporter|professor)$/i;
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
/**
 * A kind of work, and the capitalised run after it: its title, unless the title goes on past a dash
 * or colon ("the show Jerry Springer - The Opera" is named after a person, who may be in the story). Words that are verbs too ("to play
 * Howard Hughes", "polls show Gordon Brown") count only after a determiner ("the play", "his show").
 */
const WORK_TITLE =
  /\b(?:(?:film|movie|documentary|album|novel|musical|opera|sitcom|series|programme|drama)|(?:the|a|an|his|her|their|its|new|hit|latest|debut) (?:play|show|book|single|song|track))\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+)(?!['’\p{L}-]|\s*[-–:]\s*\p{Lu})/gu;
/**
 * A work a part is played in ("his role in Vera Drake", "starring in Million Dollar Baby", "plays a budding Hollywood
 * actress in Ellie Parker"): a title, whoever it is named after. Not before a possessive ("a role in Tony Blair's
 * government").
 */
const PART_IN_WORK =
  /\b(?:role|roles|part|parts|performance|performances|starring|starred|stars|cameo|(?:plays|played|playing)\s+(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}\p{Ll}+)\s+in\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+)(?!['’\p{L}-])/gu;
/**
 * A work set off by its maker's possessive and its kind ("Vera Drake, Mike Leigh's tale about a 1950s backstreet
 * abortionist"): a title, named like a person.
 */
const WORK_OF_MAKER =
  /((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+), (?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:film|movie|tale|drama|comedy|thriller|novel|play|musical|documentary|album|biopic|epic)\b/gu;
/**
 * A part in a work named after "character" ("Cage's character Ben Gates", "characters like Stanley Kowalski and Terry
 * Malloy", "the character of Alfie Moon"): fiction, whoever plays it. (Not after "play" or "portrayal of": real people
 * are played too, "to play Howard Hughes".)
 */
const CHARACTER =
  /\bcharacters?(?:,? (?:such as|like|including|called|named)| of)? ((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+)(?: and ((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+))?/gu;
/**
 * A ship named after its kind ("the Soviet freighter Nikolay Kuznetsov", "the liner Wilhelm Gustloff"): a vessel, whoever
 * it is named after. Not "carrier", an airline as often.
 */
const VESSEL =
  /\b(?:freighter|tanker|supertanker|ship|vessel|liner|ferry|yacht|frigate|destroyer|submarine|warship|cruiser|trawler)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+)/gu;
/**
 * A work set off by what kind it is and what it tells ("Fergus Crane, a story about a boy …", "Jonathan Strange and Mr
 * Norrell, a novel about the magic arts"): a title, whoever it is named after; a person is no story about anything.
 */
const WORK_DESCRIBED =
  /((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)+), (?:a|an|the) (?:[\p{Ll}-]+\s+){0,2}?(?:story|book|novel|tale|film|movie|play|musical|comedy|drama|thriller|album|song|documentary|series|sitcom|biopic)\s+(?:about|of|set|which|that|based)\b/gu;
const MAX_RUN = 5;
/** A person's name and the capitalised run after "of" that says where they are from: "said Eileen Gormley of Thomson McKinnon". */
const NAME_OF_EMPLOYER = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+),? of ((?:\p{Lu}[\p{L}'’&.-]*)(?: \p{Lu}[\p{L}'’&.-]*)+)/gu;
/** How often a word must follow "in" alone before it counts as a place. */
const PLACE_USES = 2;

/** Reads the story's sentences and found names for evidence that names are no people. */
export function gatherEvidence(sentences: string[], mentions: NameMention[]): NonPersonEvidence {
  const organisations = new Set<string>();
  const named = new Set(mentions.map((m) => m.name));
  const works = new Set<string>();
  const inCounts = new Map<string, number>();
  const things = new Map<string, number>();
  const firms = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(THING)) {
      const run = (m[1] ?? m[2]!).split(' ');
      // "the BBC's Elizabeth Blunt", "the Reverend Adrian Rodgers": a person after an owner or a title.
      if (run.some((w) => /['’]s$/.test(w)) || TITLES.test(run[0]!)) continue;
      // The name found may be the run's last words ("the state-owned Lloyd Brasileiro company").
      for (let i = 0; i + 1 < run.length; i++) things.set(run.slice(i).join(' '), (things.get(run.slice(i).join(' ')) ?? 0) + 1);
    }
    for (const m of sentence.matchAll(SHOW)) {
      const tags = lexiconTags(m[2]!);
      if (tags.length === 0 || tags.some((t) => NAME_TAGS.has(t))) continue;
      const run = m[1]!.split(' ');
      for (let i = 0; i + 1 < run.length; i++) things.set(run.slice(i).join(' '), (things.get(run.slice(i).join(' ')) ?? 0) + 1);
    }
    for (const m of sentence.matchAll(CAPITAL_THE)) {
      const run = m[1]!.split(' ');
      if (TITLES.test(run[0]!)) continue;
      for (let i = 0; i + 1 < run.length; i++) things.set(run.slice(i).join(' '), (things.get(run.slice(i).join(' ')) ?? 0) + 1);
    }
    for (const m of sentence.matchAll(NAME_AND_THE_X_OF)) {
      if (isRoleWord(m[2]!)) continue;
      const run = m[1]!.split(' ');
      for (let i = 0; i + 1 < run.length; i++) things.set(run.slice(i).join(' '), (things.get(run.slice(i).join(' ')) ?? 0) + 1);
    }
    // "Timothy Pettee, Bear Stearns and co analyst": a firm's "and co" in small letters, known by the job after it.
    const firmCased = sentence.replace(LOWER_CO_BEFORE_JOB, '$1 Co');
    if (HAS_FIRM_SUFFIX.test(firmCased)) firmsIn(firmCased, organisations);
    // "aerospace group EADS Philippe Camus": the firm is the acronym, a person may follow it.
    for (const m of sentence.matchAll(KIND_OF_FIRM))
      if (!/^\p{Lu}{2,}\s/u.test(m[1]!) && !brokerByName(m[0], m[1]!, sentence.slice(m.index + m[0].length))) addSubRuns(m[1]!.split(' '), organisations);
    for (const m of sentence.matchAll(ONE_WORD_FIRM)) firms.add(m[1]!);
    for (const m of sentence.matchAll(PLACE_GROUP)) if (isKnownPlace(m[1]!) || isDemonym(m[1]!)) addSubRuns(m[2]!.split(' '), organisations);
    for (const m of sentence.matchAll(FIRM_LIST))
      for (const name of m[1]!.split(/, and |, | and /).map((n) => n.trim())) {
        if (name.includes(' ')) addSubRuns(name.split(' '), organisations);
        else firms.add(name);
      }
    for (const m of sentence.matchAll(FIRMS_NAMED))
      for (const name of m[1]!.split(/, and |, | and /)) {
        if (name.includes(' ')) addSubRuns(name.split(' '), organisations);
        else firms.add(name);
      }
    for (const m of sentence.matchAll(TRADED)) addSubRuns((m[1] ?? m[2]!).split(' '), organisations);
    for (const m of sentence.matchAll(BEFORE_TICKER)) {
      // The name ends at the ticker but may start anywhere in a headline's capitals ("IRWIN JACOBS HAS GILLETTE <GS>").
      const run = m[1]!.split(/\s+/);
      addEndings(run, organisations);
      // A headline in capitals names its people as the body writes them ("MURRAY OHIO" is read as "Murray Ohio").
      if (run.every((w) => !/\p{Ll}/u.test(w)))
        addEndings(
          run.map((w) => w.charAt(0) + w.slice(1).toLowerCase()),
          organisations,
        );
    }
    for (const m of sentence.matchAll(TOWN_BEFORE_STATE)) addEndings(m[1]!.split(/\s+/), organisations);
    for (const m of sentence.matchAll(PLACE_OF_KIND)) addSubRuns(m[1]!.split(/\s+/), organisations);
    for (const m of sentence.matchAll(BRACKETED_FIRM)) {
      // "<Hiram Walker-Goodman & Worts>": the name, and its first words up to a hyphen that joins two founders' names.
      addSubRuns(m[1]!.split(/\s+/).slice(0, MAX_RUN), organisations);
      const founder = /^((?:\p{Lu}[\p{L}'’.]*\s+){1,2}\p{Lu}[\p{L}'’]*)-\p{Lu}/u.exec(m[1]!);
      if (founder) addSubRuns(founder[1]!.split(/\s+/), organisations);
    }
    for (const m of sentence.matchAll(NAME_OF_EMPLOYER)) if (named.has(m[1]!)) addSubRuns(m[2]!.replace(/\.$/, '').split(' ').slice(0, MAX_RUN), organisations);
    for (const m of sentence.matchAll(WORK_TITLE)) addSubRuns(m[1]!.split(/\s+/).slice(0, MAX_RUN), works);
    for (const m of sentence.matchAll(PART_IN_WORK)) addSubRuns(m[1]!.split(/\s+/).slice(0, MAX_RUN), works);
    for (const m of sentence.matchAll(WORK_OF_MAKER)) addSubRuns(m[1]!.split(/\s+/).slice(0, MAX_RUN), works);
    for (const m of sentence.matchAll(VESSEL)) addSubRuns(m[1]!.split(/\s+/).slice(0, MAX_RUN), works);
    for (const m of sentence.matchAll(WORK_DESCRIBED)) for (const part of m[1]!.split(/\s+and\s+/)) addSubRuns(part.split(/\s+/).slice(0, MAX_RUN), works);
    for (const m of sentence.matchAll(CHARACTER)) for (const run of [m[1], m[2]]) if (run) addSubRuns(run.split(/\s+/).slice(0, MAX_RUN), works);
    for (const m of sentence.matchAll(/\bin (\p{Lu}[\p{L}-]+)(?![\p{L}'’.-])(?!,? \p{Lu})/gu)) inCounts.set(m[1]!, (inCounts.get(m[1]!) ?? 0) + 1);
  }
  const titled = new Set(mentions.filter((m) => !m.name.includes(' ') && (m.honorific || m.role)).map((m) => m.name));
  for (const m of mentions) if (m.role) employerIn(m.role, organisations);
  const writtenPlaces = new Set([...inCounts].filter(([w, n]) => n >= PLACE_USES && !titled.has(w)).map(([w]) => w));
  const places = new Set(writtenPlaces);
  for (const m of mentions) {
    const last = m.name.split(' ').at(-1)!;
    if (isKnownPlace(last) && !titled.has(last)) places.add(last);
  }
  return { organisations, firms, places, writtenPlaces, works, things };
}

/** The capitalised run written before a firm's suffix, with "and", "&" or a bracketed word between. */
function firmsIn(sentence: string, out: Set<string>): void {
  // Reuters brackets a firm with its ticker's marks: "<Morgan Stanley & Co> Managing Director".
  const words = sentence.replace(/[<>]/g, '').split(/\s+/);
  words.forEach((word, i) => {
    // A firm's possessive ends its name as a comma does ("Martin Marietta Corp's unit").
    if (!FIRM_SUFFIX.test(word.replace(/[,.;:)]+$/, '').replace(/['’]s$/, ''))) return;
    let j = i - 1;
    if (j >= 0 && /^(and|&)$/.test(words[j]!)) j--;
    if (j >= 0 && /^\([\p{L}\s]+\)$/u.test(words[j]!)) j--;
    const run: string[] = [];
    while (j >= 0 && run.length < MAX_RUN && CAPITALISED.test(words[j]!) && !/[,;:]$/.test(words[j]!)) run.unshift(words[j--]!);
    addSubRuns(run, out);
    // A firm named after its partners lists them: "Merrill Lynch, Pierce Fenner and Smith Inc" (one word last).
    if (run.length === 1 && /^(and|&)$/.test(words[i - 2] ?? '')) partnersBefore(words, j - 1, out);
  });
}

/** The partners' names listed before "and <Name> Inc", each set off by a comma: "Merrill Lynch, Pierce Fenner". */
function partnersBefore(words: string[], from: number, out: Set<string>): void {
  const segments: string[][] = [];
  let segment: string[] = [];
  for (let j = from; j >= 0 && segments.length < 3; j--) {
    const word = words[j]!;
    if (!CAPITALISED.test(word.replace(/,$/, ''))) break;
    // A comma ends the segment before it: "Lynch," closes "Merrill Lynch".
    if (word.endsWith(',') && segment.length > 0) {
      segments.push(segment);
      segment = [];
    }
    segment.unshift(word.replace(/,$/, ''));
    if (segment.length > 2) return;
  }
  if (segment.length > 0) segments.push(segment);
  // Only a list: two names or more before "and".
  if (segments.length >= 2) for (const s of segments) addSubRuns(s, out);
}

/** The capitalised words of a role before its job ("Dean Witter" of "Dean Witter analyst"). */
function employerIn(role: string, out: Set<string>): void {
  // "auto analyst at Sal Oppenheim Bank": the capitalised run after "at" is where the person works.
  const at = /\bat ((?:\p{Lu}[\p{L}'’.&-]* ?)+)/u.exec(role);
  if (at) addSubRuns(at[1]!.trim().split(' ').slice(0, MAX_RUN), out);
  const words = role.split(' ');
  if (!EMPLOYEE_HEADS.test(words.at(-1)!)) return;
  const first = words.findIndex((w) => isRoleWord(w));
  addSubRuns(
    words.slice(0, first < 0 ? words.length - 1 : first).filter((w) => CAPITALISED.test(w)),
    out,
  );
}

/** The runs of two words or more that end a run ("Marcel Dassault-Breguet Aviation" of "Avions Marcel Dassault-Breguet Aviation"). */
function addEndings(run: string[], out: Set<string>): void {
  for (let n = 2; n <= run.length; n++) out.add(run.slice(run.length - n).join(' '));
}

/** A run's beginnings and endings of two words or more: a name found inside a firm's name starts or ends with it. */
function addSubRuns(run: string[], out: Set<string>): void {
  for (let n = 2; n <= run.length; n++) {
    out.add(run.slice(0, n).join(' '));
    out.add(run.slice(run.length - n).join(' '));
  }
}
