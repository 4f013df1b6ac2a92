/**
 * Titles and roles in front of a name ("Attorney General Jeff Sessions", "chief strategist Steve
 * Bannon", "then-Sen. Jeff Sessions"): which words may form one, and how to read it off the words
 * that precede a name in a sentence.
 */
import { STOP_WORDS } from '../index/stop-words.js';
import { GIVEN_NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { isDemonym, isKnownPlace } from './not-a-person.js';
import { NAME_PARTICLES } from '../text/name-particles.js';

/** Words that end a role: the role's head noun. */
const HEADS = new Set(
  (
    'secretary general president strategist adviser advisor sen. senator rep. representative gov. governor ambassador spokeswoman ' +
    'spokesman spokesperson director judge justice chairman chairwoman chair executive minister mayor commissioner counsel ' +
    'prosecutor lawyer son-in-law daughter-in-law aide manager coach captain chancellor leader founder ceo officer staff king queen ' +
    'prince princess pope sheriff agent commander professor prof. actor actress singer boss head treasurer comptroller controller economist analyst chief ' +
    'attorney correspondent editor reporter producer candidate nominee speaker whip lt. col. gen. sgt. capt. supt. insp. premier envoy legislator lawmaker biographer counterpart counter-part ' +
    'ombudsman administrator congressman congresswoman undersecretary exchequer councillor councilor councilman councilwoman master inspector detective striker midfielder defender goalkeeper player star chairperson vice-president deputy ' +
    'cinematographer screenwriter composer designer choreographer photographer author novelist playwright songwriter guitarist drummer ' +
    'bassist frontman frontwoman presenter broadcaster comedian conductor pianist violinist rapper columnist critic banker trader winger sprinter athlete trainer ' +
    // "Fiat patriarch Gianni Agnelli", "tycoon Malcolm Glazer": what only a person of wealth or a family is.
    'patriarch matriarch tycoon magnate billionaire millionaire entrepreneur businessman businesswoman financier heir heiress ' +
    'solicitor barrister accountant ' +
    // "Investor Sumner Redstone", "campaigner Peter Tatchell": callings only a person has.
    'investor shareholder activist campaigner consultant lobbyist journalist historian scientist researcher ' +
    // "Chief Soviet arms negotiator Yuli Vorontsov", "Kidman's publicist": jobs of talks and of the press.
    'negotiator mediator diplomat publicist ' +
    // "European 100m champion Dwain Chambers", "a popular politician who headed the party": only a person wins a title or stands for office.
    'champion medallist olympian paralympian politician ' +
    // "referee Neale Barry": a match's officials are people.
    'referee umpire linesman ' +
    // "nanny Leoncia Casalme's wait": a household's staff are people, named after their job as any worker is.
    'nanny housekeeper chauffeur bodyguard ' +
    // "Frenchman Ronald Pognon": a nationality said as a noun stands before a name as a role does.
    // Church titles stand before a name as offices do ("Archbishop Desmond Tutu" … "the archbishop added").
    'archbishop bishop cardinal rabbi imam ayatollah cleric ' +
    // Members of a parliament ("Lib Dem MP Lembit Opik", "Tory MEP Roger Helmer").
    'mp mep msp ' +
    // Police ranks written before a name ("Suffolk Chief Constable Alastair McWhirter").
    'constable superintendent ' +
    // Military ranks ("former British Commander Colonel Bob Stewart"); not "Major" or "General", which are names and firms' words.
    'colonel lieutenant brigadier admiral sergeant corporal commodore ' +
    // Positions in a team or a sport only a player holds ("openside flanker Martyn Williams", "Leicester wing Austin Healey").
    'flanker fly-half scrum-half full-back fullback hooker prop wing batsman bowler spinner paceman wicketkeeper wicket-keeper ' +
    'all-rounder keeper skipper jockey cyclist swimmer boxer golfer hurdler quarterback pitcher playmaker centre-back centre-half ' +
    // A draw's ranking before a player ("second seed Joachim Johansson"): only a player is seeded.
    'seed ' +
    'frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman welshwoman irishman irishwoman dutchman dutchwoman briton'
  ).split(' '),
);
/** Heads that are jobs, never titles written before a name as "President" or "Judge" are. */
const OCCUPATIONS = new Set(
  (
    'strategist adviser advisor spokeswoman spokesman spokesperson lawyer aide manager coach founder actor actress singer boss economist ' +
    'analyst correspondent editor reporter producer candidate nominee striker midfielder defender goalkeeper player star cinematographer ' +
    'screenwriter composer designer choreographer photographer author novelist playwright songwriter guitarist drummer bassist presenter ' +
    'broadcaster comedian conductor pianist violinist rapper columnist critic banker trader winger sprinter athlete trainer cleric ' +
    'patriarch matriarch tycoon magnate billionaire millionaire entrepreneur businessman businesswoman financier heir heiress solicitor barrister accountant ' +
    'investor shareholder activist campaigner consultant lobbyist journalist historian scientist researcher negotiator mediator diplomat publicist ' +
    'champion medallist olympian paralympian politician ' +
    'referee umpire linesman nanny housekeeper chauffeur bodyguard flanker fly-half scrum-half full-back fullback hooker prop wing ' +
    'batsman bowler spinner paceman wicketkeeper wicket-keeper all-rounder keeper skipper jockey cyclist swimmer boxer golfer hurdler ' +
    'quarterback pitcher playmaker centre-back centre-half seed'
  ).split(' '),
);
/**
 * Lower-case words that may stand inside a role before its head. "shadow" and "assistant" change
 * whose office it is: the shadow chancellor is not "the chancellor" of the same story.
 */
const MODIFIERS = new Set(
  'press security national deputy vice chief special foreign home finance prime of the general attorney treasury agriculture commerce energy labor labour defense defence interior transportation education health industry mines trade economy shadow assistant welfare managing senior'.split(
    ' ',
  ),
);
const EXPANSIONS: Record<string, string> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Gen.': 'General',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
  'Capt.': 'Captain',
  'Prof.': 'Professor',
};

/** True when a word can end a title ("Mayor", "secretary", "Sen."). */
export function isRoleHead(word: string): boolean {
  if (SMALL_ONLY_HEAD.test(word)) return false;
  const w = stripPrefix(word).toLowerCase();
  return HEADS.has(w) || HEADS.has(`${w}.`) || joinedHead(w);
}

/** A head that is a role only in small letters: a capital makes it a firm's word ("Rohm and Haas Seed Inc"). */
const SMALL_ONLY_HEAD = /^Seed$/;

/** How many words a place takes at the start of a role, right before its words of office ("India president": one). */
function placeAtStart(run: string[]): number {
  for (let n = Math.min(3, run.length - 1); n >= 1; n--)
    if (isKnownPlace(run.slice(0, n).join(' ')) && (isRoleWord(run[n]!) || /^\p{Ll}/u.test(run[n]!))) return n;
  return 0;
}

/** "director-general", "secretary-general", "attorney-general": two words of a title joined, the second a head. */
function joinedHead(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && HEADS.has(parts[1]!) && (HEADS.has(parts[0]!) || MODIFIERS.has(parts[0]!));
}

/** True when a word ends a title held as an office ("MP", "Senator", "Minister"), no job ("Economist" is a firm's word too). */
export function isOfficeHead(word: string): boolean {
  return isRoleHead(word) && !OCCUPATIONS.has(stripPrefix(word).toLowerCase());
}

/** True when a word can be part of a title (so it is not part of the name that follows). */
export function isRoleWord(word: string): boolean {
  if (SMALL_ONLY_HEAD.test(word)) return false;
  const w = stripPrefix(word).toLowerCase();
  return HEADS.has(w) || MODIFIERS.has(w) || HEADS.has(`${w}.`);
}

/**
 * The jobs of a role that joins two with "and", each as a role of its own ("Acme chairman and chief executive" →
 * "Acme chairman", "chief executive"); a role of one job alone. Not fields joined by "and" ("Trade and Industry Secretary").
 */
export function jobsOf(role: string): string[] {
  const words = role.split(' ');
  const and = words.findIndex((w, i) => w === 'and' && i > 0 && isRoleHead(words[i - 1]!) && i < words.length - 1);
  if (and <= 0) return [role];
  // "former president and chief executive of McIntyre": the word that dates the first job dates the second too.
  const dating = DATING.test(words[0]!) && !DATING.test(words[and + 1]!) ? `${words[0]} ` : '';
  return [words.slice(0, and).join(' '), ...jobsOf(dating + words.slice(and + 1).join(' '))];
}

/** Where a title's own words end and what it is of begins ("Secretary | of State", "U.S. Ambassador | to GATT"), or -1. */
export function titleOfIndex(words: string[]): number {
  return words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'to'));
}

/**
 * Where "of" or "to" stands in a title's closing words "<head> of [the] <one to three capitalised words, or up to five
 * joined by "and">", or -1:
 * the head a title's word ("Secretary", "chairman"), the capitalised words plain (no comma, bracket or possessive).
 */
function titleOfAt(words: string[]): number {
  // Not an initial, which opens a name ("vice chairman of Roberts and J. Thomas Clark chairman").
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}[\p{L}.&'’-]*$/u.test(w) && !/['’]s?$/.test(w) && !/^\p{Lu}\.$/u.test(w);
  // Up to three capitalised words, or five joined by "and" ("of International Trade and Industry").
  let i = words.length;
  while (i > 0 && words.length - i < 5 && (capital(words[i - 1]) || (words[i - 1] === 'and' && capital(words[i - 2]) && i < words.length))) i--;
  if (words.length - i > 3 && !words.slice(i).includes('and')) i = words.length - 3;
  // Not a title of its own ("aide to Agriculture Secretary Richard Lyng": he is the secretary, not the aide), nor a
  // given name whose surname the line broke off ("Chancellor of the Exchequer Nigel / Lawson"). A field ends one ("of Defence").
  const tail = words.slice(i);
  if (tail.length === 0 || isRoleHead(tail.at(-1)!) || tail.some((w) => lexiconTags(w).some((t) => GIVEN_NAME_TAGS.has(t)))) return -1;
  if (words[i - 1] === 'the') i--;
  const of = i - 1;
  return of > 0 && /^(?:of|to)$/.test(words[of]!) && isRoleHead(words[of - 1]!) ? of : -1;
}

/** A firm's ending with its full stop ("Inc.", "Corp."). */
const FIRM_ENDING_STOP = /^(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|Ltda)\.$/;

/** A firm, a unit or a stake in small letters, which a firm in capitals after "of" owns. */
const OWNED_FIRM = /^(?:company|firm|unit|subsidiary|affiliate|division|arm|venture|trust|stake)$/;

/** A race's distance or a weight class inside a role ("Olympic 100m champion", "60kg world champion"). */
const DISTANCE = /^\d+(?:m|km|kg)$/;

/**
 * The role written right before a name, read from the words that precede it, or null.
 *
 * @example roleBefore(['said', 'White', 'House', 'press', 'secretary']) // => 'White House press secretary'
 */
export function roleBefore(words: string[]): string | null {
  // "was named chief executive officer of Jaymar-Ruby Inc. Burton Ruby, son of the founder,": a firm's "Inc." with its
  // full stop right before a name ends a sentence the splitter read on; the post named there is another's.
  if (FIRM_ENDING_STOP.test(words.at(-1) ?? '')) return null;
  // "Secretary of State George Shultz", "Chancellor of the Exchequer Gordon Brown", "Ambassador to GATT Michael
  // Samuels": what the title is of, in capitals, stands between its head and the name.
  const of = titleOfAt(words);
  if (of > 0) {
    const head = roleBefore(words.slice(0, of));
    if (head) return `${head} ${words.slice(of).join(' ')}`;
  }
  const run: string[] = [];
  let joined = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    // "Culture, Media and Sport Secretary": a field and its comma before fields joined by "and" go on with the title.
    if (word.endsWith(',') && run.length > 1 && MINISTRY_FIELD.test(run[0]!) && MINISTRY_FIELD.test(word.slice(0, -1)) && run.includes('and')) {
      run.unshift(word);
      continue;
    }
    // A Reuters ticker's bracket ("<Morgan Stanley & Co> Managing Director") closes a firm's name.
    // (Not a dropped "g", "Blazin' Squad singer": no possessive.)
    const closes = /[,;:()"“”<>]|['’]s?$/.test(word) && !/\p{Ll}in['’]$/u.test(word);
    if (closes && run.length > 0) break;
    if (closes) return null;
    const bare = stripPrefix(word);
    // "Nineteen-year-old Blazin' Squad singer": an age before the role is no part of it.
    if (/-year-old$/i.test(bare)) break;
    // "the right wing Prime Minister": a player's position is a head only right before the name, not inside another title.
    if (run.length > 0 && /^wing$/i.test(bare)) break;
    // "On Tuesday Foreign Secretary Jack Straw": a day or month written before a title dates the sentence, no part of the role;
    // after a capitalised word other than a function word it is a name's ("Sheffield Wednesday manager").
    // A weekday opens a paper's name too ("Sunday Telegraph journalist"), so it dates only a title ("Tuesday Foreign Secretary").
    const prev = words[i - 1] ?? '';
    // After "on", "last" or "next" it dates whatever follows ("On Monday Lib Dem constitutional affairs committee chairman").
    const dates = MONTH.test(bare) || (run.length > 0 && isRoleWord(stripPrefix(run[0]!))) || DATING_BEFORE_DAY.test(prev);
    if (DAY_OR_MONTH.test(bare) && dates && (!/^\p{Lu}/u.test(prev) || STOP_WORDS.has(prev.toLowerCase()))) break;
    // "Meanwhile Lib Dem leader Charles Kennedy": a sentence adverb takes its capital from opening the sentence, no title's.
    // "Today" and "Tonight" are programmes too: before a programme's job they name it ("Today presenter John Humphrys");
    // before any other ("Today chief executive Rod Eddington") they date the sentence.
    if (i === 0 && SENTENCE_ADVERB.test(bare) && !(PROGRAMME_ADVERB.test(bare) && PROGRAMME_JOB.test(words[1] ?? ''))) break;
    // So does a participle that opens it ("Using President Reagan's assumptions").
    if (i === 0 && run.length > 0 && CLAUSE_PARTICIPLE.test(bare)) break;
    const capitalised = /^\p{Lu}/u.test(bare);
    // "Trade and Industry Secretary", "Economic and Fiscal Policy Minister": "and" between a ministry's fields goes on with the title.
    if (bare === 'and' && run.length > 0 && MINISTRY_FIELD.test(run[0]!) && MINISTRY_FIELD.test(words[i - 1] ?? '') && !PARTY_FIELD.test(words[i - 1]!)) {
      run.unshift(word);
      continue;
    }
    // "Phillips and Drew analyst", "Gulf and Western Inc chairman": "and" between capitals before a job held at a firm goes on
    // with the firm's name; not before a title's own word ("Tony Blair and Chancellor Gordon Brown" are two people).
    if (
      bare === 'and' &&
      run.length > 1 &&
      capitalisedName(run[0]!) &&
      capitalisedName(words[i - 1] ?? '') &&
      FIRM_JOB.test(run.at(-1)!) &&
      !personBeforeAnd(words, i)
    ) {
      run.unshift(word);
      continue;
    }
    // A second "and" joining jobs ("succeed Dixon as chairman and chief executive and senior vice president E. Gene
    // Keigger") joins the posts of two holders: only the last job, after the nearer "and", is the name's.
    if (bare === 'and' && joined && isRoleHead(words[i - 1] ?? '')) {
      run.splice(0, run.indexOf('and') + 1);
      break;
    }
    // "chairman and chief executive Rick Wagoner", "Vice Chancellor and Foreign Minister": one holder's two jobs joined by
    // "and". Not a job in capitals after one in small letters ("the prime minister and Chancellor Gordon Brown" are two),
    // nor after a royal's title alone, a person of its own ("the Queen and Prince Philip"; but "Crown Prince and Prime
    // Minister"), nor after "both", which counts two holders ("Both the Cardinal and Archbishop of Canterbury Dr Rowan
    // Williams").
    if (
      bare === 'and' &&
      run.length > 0 &&
      isRoleHead(words[i - 1] ?? '') &&
      !royalAlone(words, i - 1) &&
      !afterBoth(words, i - 1) &&
      isRoleWord(run[0]!) &&
      !(/^\p{Ll}/u.test(words[i - 1]!) && /^\p{Lu}/u.test(run[0]!))
    ) {
      run.unshift(word);
      joined = true;
      continue;
    }
    // "Deputy Under Secretary of Commerce": "Under" before "Secretary" is a rank of the title, no preposition.
    if (bare === 'Under' && run.length > 0 && /^Secretary$/.test(run[0]!)) {
      run.unshift(word);
      continue;
    }
    // "Barclays de Zoete Wedd economist": a particle in small letters between capitals goes on with a firm's name.
    if (run.length > 0 && /^\p{Lu}/u.test(run[0]!) && /^\p{Lu}/u.test(words[i - 1] ?? '') && /^\p{Ll}/u.test(bare) && NAME_PARTICLES.has(bare)) {
      run.unshift(word);
      continue;
    }
    // "No Doubt singer", "All Saints singer", "Dancer In The Dark director", "The Who drummer": a small word written in
    // capitals inside the sentence (after a word or a comma, not a stop or a quotation mark: '" And Chancellor Gordon
    // Brown'), next to another capitalised word, is part of the name of a band or a work.
    const inside = /[\p{L},;]$/u.test(words[i - 1] ?? '');
    // So is a number that opens a title ("21 Grams actress Naomi Watts").
    const namePart =
      inside &&
      (capitalised || (/^\d+$/.test(bare) && /^\p{Lu}/u.test(run[0] ?? '') && !isRoleWord(run[0]!))) &&
      run.length > 0 &&
      (/^\p{Lu}/u.test(run[0]!) || /^\p{Lu}\p{Ll}/u.test(words[i - 1]!));
    const functionWord = (STOP_WORDS.has(bare.toLowerCase()) && !namePart) || /ly$/.test(bare);
    // "BBC News political editor": an adjective of a field inside a role, before a word of it.
    // So is a noun of what the role is over ("oil minister", "sporting director", "costume designer", "majority leader").
    const field =
      run.length > 0 &&
      !functionWord &&
      (FIELD_ADJECTIVE.test(bare) ||
        FIELD_NOUN.test(bare) ||
        (TRADE_NOUN.test(bare) && /^\p{Ll}/u.test(run[0]!)) ||
        AGAINST.test(bare) ||
        SHARED_OR_LOCAL.test(bare) ||
        TITLE_SCOPE.test(bare) ||
        DISTANCE.test(bare));
    if (!isRoleWord(bare) && !field && ((!capitalised && !namePart) || functionWord)) {
      // "former Labour leader Neil Kinnock" no longer leads Labour: the word that dates a role is part of it. So is the
      // word that says a title is held until the next contest ("defending champion Venus Williams" may lose it).
      if (run.length > 0 && (DATING.test(word) || DEFENDED.test(word))) run.unshift(word.toLowerCase());
      // "National Union of Seafarers in India president Leo Barnes": a place after "in" is where the body cut off
      // before it is; alone before the head it would read as the country's office ("India president").
      if (bare === 'in' && run.length > 1 && /^\p{Lu}/u.test(words[i - 1] ?? '')) run.splice(0, placeAtStart(run));
      break;
    }
    // "ex-Labour leader", "Ex-Labour leader": the prefix dates the role too.
    run.unshift(word === bare ? bare : word.replace(/^(then|ex|former)-/i, (prefix) => prefix.toLowerCase()));
  }
  // "Laurie Milbank and Co assistant manager", "Salomon Brothers Asia Ltd analyst": a firm's suffix left at the head of
  // the run is the tail of a firm the run was cut from ("and", a place), no part of the role.
  while (run.length > 1 && FIRM_SUFFIX_WORD.test(run[0]!)) run.shift();
  // "Monsod told Reuters Finance Secretary Jaime Ongpin …": the agency told is no part of an office's title in
  // capitals; a job at the agency takes its name ("told Reuters general manager Michael Nelson").
  const told = /^(?:told|tells|telling|to)$/.test(words[words.length - run.length - 1] ?? '');
  if (run.length > 1 && told && /^Reuters?$/.test(run[0]!) && /^\p{Lu}/u.test(run[1]!)) run.shift();
  // "Cable and Wireless Chairman and Chief Executive": two jobs cut from their firm's name at its own "and" keep none of it.
  const cut = words.length - run.length - 1;
  if (joined && words[cut] === 'and' && /^\p{Lu}/u.test(words[cut - 1] ?? ''))
    while (run.length > 1 && /^\p{Lu}/u.test(run[0]!) && !isRoleWord(run[0]!) && !isDemonym(run[0]!)) run.shift();
  // "the Social Democrats of Prime Minister Kalevi Sorsa", "the government of President Sarney": an "of" after a word
  // of no role, before a title alone, ends what the person leads or heads; the role is the title after it. Not before
  // a field or a place ("Bank of England governor", "Department of Agriculture Undersecretary").
  const led = run.lastIndexOf('of');
  if (led > 0 && !isRoleWord(run[led - 1]!) && run.slice(led + 1).every((w) => isRoleHead(w) || TITLE_ONLY.test(w) || isDemonym(w))) run.splice(0, led + 1);
  // "a family company of News Corp Ltd chief executive Rupert Murdoch": a firm in small letters "of" a firm in capitals
  // is what the person's firm owns; the role is the job at the firm after "of".
  else if (led > 0 && OWNED_FIRM.test(run[led - 1]!) && /^\p{Lu}/u.test(run[led + 1] ?? '')) run.splice(0, led + 1);
  // A title in the plural, shared by the names after it ("Lord Justices Clarke and Rix"), is each one's in the singular.
  const shared = run.length > 0 && SHARED_TITLE.test(run.at(-1)!);
  if (shared) run[run.length - 1] = run.at(-1)!.slice(0, -1);
  // The head noun stands last; words before the first role word are not part of the title.
  if (run.length === 0 || !HEADS.has(stripPrefix(run.at(-1)!).toLowerCase())) return null;
  // "left wing Jon Cruddas": a player's wing only after a side's name ("Leicester wing") or opening the sentence.
  if (run.length === 1 && /^wing$/i.test(run[0]!) && words.length > 1 && !/^\p{Lu}/u.test(words.at(-2)!)) return null;
  // A job alone is capitalised only where it opens the sentence ("Actor Tom Hanks"); inside one it
  // begins a title ("the Star Wars Battlefront game"), so no role stands before the name.
  if (run.length === 1 && isCapitalisedJob(run[0]!)) {
    if (jobBeginsTitle(words)) return null;
    run[0] = run[0]!.toLowerCase();
  }
  while (run.length > 1 && (run[0]!.toLowerCase() === 'of' || run[0]!.toLowerCase() === 'the')) run.shift();
  // "Former Boyzone singer" opening a sentence is a former Boyzone singer: no title capitalises "former".
  if (run.length > 1 && LOWER_OPENERS.test(run[0]!)) run[0] = run[0]!.toLowerCase();
  // "Refinery sales manager Pekka Purra said": a trade's noun takes its capital from opening the sentence.
  if (run.length > 1 && run.length === words.length && TRADE_NOUN.test(run[0]!.toLowerCase()) && /^\p{Ll}/u.test(run[1]!) && !STOP_WORDS.has(run[1]!))
    run[0] = run[0]!.toLowerCase();
  // "Sacked MP Howard Flight", "Banned American sprinter Kelli White" opening a sentence: a participle
  // takes its capital from the sentence, not from a title; before another name it may begin one
  // ("Arrested Development star Jason Bateman").
  if (run.length > 1 && run.length === words.length && /^\p{Lu}\p{Ll}{3,}ed$/u.test(run[0]!) && (isRoleWord(run[1]!) || isDemonym(run[1]!)))
    run[0] = run[0]!.toLowerCase();
  return run.map((w) => EXPANSIONS[w] ?? w).join(' ');
}

/** "Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams": the job at `at`, after "both", is another's. */
function afterBoth(words: string[], at: number): boolean {
  const before = words[at - 1] === 'the' ? words[at - 2] : words[at - 1];
  return /^both$/i.test(before ?? '');
}

/** Titles written in the plural before the names that share them ("Lord Justices Clarke and Rix", "Senators Dole and Byrd"). */
export const SHARED_TITLE = /^(?:Justices|Judges|Senators|Councillors|Professors|Bishops|Cardinals)$/;

/** A capitalised word of a firm's name, no title's ("Drew", "Western"; not "Chancellor"). */
function capitalisedName(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && !/['’]s$/.test(word) && !isRoleWord(word) && !STOP_WORDS.has(word.toLowerCase());
}
/**
 * Whether the capitalised words before the "and" at `at` are a person listed before the job's holder ("critic Roger
 * Clarke and Touching the Void director", "Treasury Secretary James Baker and Federal Reserve Board chairman"): a
 * given name opens them (an initial may stand among them) or a title stands right before them. A firm's suffix ends a
 * firm of its own ("Chairman of Boston Five Bancorp and Neworld president").
 */
function personBeforeAnd(words: string[], at: number): boolean {
  if (/^(?:Co|Cos|Inc|Corp|Ltd|Plc|PLC|Bancorp)\.?$/.test(words[at - 1] ?? '')) return true;
  let k = at - 1;
  while (k > 0 && at - k < 3 && (capitalisedName(words[k - 1]!) || /^\p{Lu}\.$/u.test(words[k - 1]!))) k--;
  const given = lexiconTags(words[k]!).some((t) => GIVEN_NAME_TAGS.has(t));
  // Or an owner stands before them ("Ray's Taylor Hackford and British director Mike Leigh").
  return given || (k > 0 && (isRoleWord(stripPrefix(words[k - 1]!)) || /['’]s$/.test(words[k - 1]!)));
}
/** Jobs held at a firm, which a firm's name stands before ("Phillips and Drew analyst"). */
const FIRM_JOB = /^(?:analyst|analysts|economist|economists|chairman|president|spokesman|spokeswoman|strategist|director|executive|officer)$/;
/** A royal's or a peer's title, which names its holder alone ("the Queen"). */
const ROYAL_TITLE = /^(?:Queen|King|Prince|Princess|Duke|Duchess|Emperor|Empress|Lord|Lady)$/;
/** Whether the word at `at` is a royal's title standing alone ("the Queen"), not inside a longer one ("Crown Prince"). */
function royalAlone(words: string[], at: number): boolean {
  const before = words[at - 1] ?? '';
  return ROYAL_TITLE.test(words[at] ?? '') && !(/^\p{Lu}/u.test(before) && !STOP_WORDS.has(before.toLowerCase()));
}
/** Words of a title that are no field ("the", "Prime", "Vice"): with heads alone they make a title of no body. */
const TITLE_ONLY = /^(?:the|prime|Prime|vice|Vice|deputy|Deputy)$/;
/** Words after which a day or month dates the sentence ("On Monday", "last Tuesday"). */
const DATING_BEFORE_DAY = /^(?:on|On|last|Last|next|Next)$/;
const MONTH = /^(?:January|February|March|April|June|July|August|September|October|November|December)$/;
/** Days and months, which begin no title ("May" may be a surname, so it is left out). */
export const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** Adverbs that open a sentence, never a title ("Next" is left out: it is a retailer's name too). */
const SENTENCE_ADVERB = new RegExp(
  '^(?:Meanwhile|However|Earlier|Later|Also|Now|Still|Elsewhere|Separately|Instead|Today|Yesterday|Tonight|Indeed|Thus|Likewise|' +
    'Similarly|Nevertheless|Nonetheless|Again|Besides|Furthermore|Moreover|Otherwise|Like|Unlike|' +
    // So does a conjunction that opens a clause ("Since President Yudhoyono took office", "Neither Rep. Edward Madigan
    // nor").
    'Neither|Either|Since|Although|Though|While|Whilst|When|After|Before|Because|Unless|Until|Once|Whereas|If)$',
);

/** Participles that open a clause, never a title, unlike "Acting", "Outgoing" or "Planning" ("Using President Reagan's figures"). */
const CLAUSE_PARTICIPLE =
  /^(?:Using|Citing|Following|Quoting|Noting|Urging|Welcoming|Echoing|Praising|Criticising|Criticizing|Backing|Describing|Calling|Asking|Telling)$/;

/** Sentence adverbs that are also the names of news programmes. */
const PROGRAMME_ADVERB = /^(?:Today|Tonight)$/;
/** The jobs of a programme, which a programme's name may stand before. */
const PROGRAMME_JOB = /^(?:presenter|host|editor|producer|reporter|correspondent|anchor)$/;

/** Words before a role that say its holder no longer, or not yet for good, holds it ("fired NSC aide"). */
const DATING = /^(?:former|outgoing|acting|interim|retired|ousted|deposed|fired|sacked|dismissed)$/i;

/** Words before a title won in a contest that say it is held until the next ("defending champion"). */
const DEFENDED = /^(?:defending|reigning)$/i;

/** A role without the word that dates it ("former boss", "ex-boss" → "boss"). */
export function undatedRole(role: string): string {
  const [first, ...rest] = role.split(' ');
  return rest.length > 0 && DATING.test(first!) ? rest.join(' ') : stripPrefix(role);
}

/**
 * The fields a ministry's or a committee's title joins with "and" ("Trade and Industry", "Culture, Media and Sport", "Work
 * and Pensions", "Health and Human Services", "House Ways and Means Committee").
 */
const MINISTRY_FIELD =
  /^(?:Trade|Industry|Culture|Media|Sport|Work|Pensions|Education|Skills|Environment|Food|Rural|Affairs|Health|Social|Security|Transport|Economic|Fiscal|Policy|Energy|Science|Technology|Agriculture|Fisheries|Commerce|Labour|Justice|Foreign|Commonwealth|Mines|Finance|Planning|Development|Communications|Tourism|Housing|Local|Government|Employment|Ways|Means|Human|Services|Banking|Urban|Natural|Resources|Mining|Research|Livestock|Forestry|Forests|Water|Power|Petroleum|Irrigation|Cooperatives|Telecommunications|Posts|Information|Broadcasting|Youth|Sports|Welfare|Lands|Works|Minerals|Mineral|Steel|Oil|Gas|Fuel|Industries|Wildlife|Heritage|Arts|Labor|Immigration|Citizenship)$/;
/** Fields that name a party or a body as often, so only after the "and" ("attacked Labour and Education Secretary Ruth Kelly"). */
const PARTY_FIELD = /^(?:Labour|Local|Government)$/;
/** The words that end a firm's name ("and Co", "Inc"). */
const FIRM_SUFFIX_WORD = /^(?:Co|Cos|Inc|Corp|Ltd|Plc|PLC)\.?$/;
/** Adjectives of a field ("political", "economic", "financial", "military"), which stand inside roles. */
const FIELD_ADJECTIVE =
  /^(?:political|economic|economics|financial|commercial|legal|medical|military|diplomatic|social|technical|technology|scientific|artistic|literary|editorial|industrial|parliamentary|royal|musical|public|federal|regional|judicial|environmental|educational|cultural|fiscal|monetary|personal|principal|central|classical|marketing|operating|sports|arts|music|business|health|science|corporate|international|development|environment|transport|culture|constitutional|communications)$/;

/**
 * Nouns of what a role is over, written before its head in small letters ("oil minister", "bank chairman", "union leader",
 * "foreign affairs minister", "House majority leader", "sporting director", "costume designer", "management board chairman").
 */
const FIELD_NOUN =
  /^(?:affairs|board|bank|oil|government|committee|subcommittee|majority|minority|union|exchange|council|opposition|media|campaign|sporting|race|party|company|resources|relations|police|information|election|immigration|film|festival|farm|consumer|club|tourism|costume|production|casting|team|management|association|stadium|branch|church|rugby|football|cricket|tennis|athletics|golf|hockey|boxing|snooker|league)$/;

/**
 * Nouns of a trade or a line of work before a job in small letters ("refinery sales manager", "rock star", "currency
 * analyst"); before a capital they are another clause's ("to credit Ireland flanker …", "a news U.K. Chancellor").
 */
const TRADE_NOUN =
  /^(?:sales|refinery|plant|factory|research|investment|fund|equity|bond|currency|credit|trading|export|advertising|news|rock|pop|jazz|insurance|shipping|operations|personnel|purchasing|travel)$/;

/** Words that say a post is shared or local, before its head ("joint spokesman", "local government secretary"). */
const SHARED_OR_LOCAL = /^(?:joint|local)$/;

/** What a title is won over, and how often ("double world champion", "two-time world champion"): part of the role. */
const TITLE_SCOPE = /^(?:world|double|triple|two-time|three-time|four-time|five-time)$/;

/** What a post works against, before its head ("anti-piracy director", "counter-terrorism chief"): part of the role. */
const AGAINST = /^(?:anti|counter)-\p{Ll}+$/u;

/** A job written with a capital, which no title of a person takes ("Star", "Actor"; not "President"). */
function isCapitalisedJob(word: string): boolean {
  return !OCCUPATIONS.has(word) && OCCUPATIONS.has(word.toLowerCase());
}

/**
 * Whether the last of `words` (those before a name) is a job capitalised after a word in lower case:
 * it then begins a title ("while Star Wars Battlefront inched up"), not a person's role. Opening the
 * sentence, or after a full stop, colon or dash the sentence splitter kept, it is only capitalised.
 */
export function jobBeginsTitle(words: string[]): boolean {
  const last = words.at(-1);
  if (last === undefined || !isCapitalisedJob(last)) return false;
  const previous = words.at(-2);
  // "Actor and Producer Aamir Khan": jobs listed with capitals are still jobs.
  if (previous === undefined || /^(?:and|&)$/i.test(previous)) return false;
  // After a capitalised word it ends a title of office ("National Security Adviser Frank Carlucci").
  return /^\p{Ll}/u.test(previous) && !/(?:[.!?:;"”])$/.test(previous);
}

/** Words that begin a role as an adjective, capitalised only because they open the sentence. */
const LOWER_OPENERS = /^(Former|Then|Veteran|Fellow|Rival|Late)$/;

/**
 * Writes a role's first word in lower case where it is capitalised only because the role opens a
 * sentence ("Film star Robert De Niro" → "film star"): a sentence opens with the role, its next word
 * is in lower case, and the story writes the first word in lower case ("film") and never capitalises
 * it after a word in lower case, as it does a team's, a show's or a band's name ("Chelsea boss",
 * "Scrubs star", "Blazin' Squad singer"). `text` is the story's sentences, one a line; `roles` are
 * those to be written, read in a few passes over the text whatever their number.
 */
export function openingWordCase(text: string, roles: string[]): (role: string) => string {
  const openings = new Set(text.split('\n').flatMap((line) => /^["“‘']?(\p{Lu}\p{Ll}+ \p{Ll}+)(?= )/u.exec(line)?.[1] ?? []));
  const opener = (role: string) => {
    const m = /^(\p{Lu}\p{Ll}+) \p{Ll}+/u.exec(role);
    return m && openings.has(m[0]) ? m[1]! : null;
  };
  const firsts = [...new Set(roles.flatMap((role) => opener(role) ?? []))];
  if (firsts.length === 0) return (role) => role;
  const found = (pattern: string) => new Set([...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => m[0]));
  const lower = found(`(?<![\\p{L}'’-])(?:${firsts.map((w) => w.toLowerCase()).join('|')})(?![\\p{L}'’-])`);
  const inside = found(`(?<=[\\p{Ll}'’][,;:]? +)(?:${firsts.join('|')})(?![\\p{L}'’-])`);
  return (role) => {
    const first = opener(role);
    return first && lower.has(first.toLowerCase()) && !inside.has(first) ? first.toLowerCase() + role.slice(first.length) : role;
  };
}

/**
 * A title's word without what dates it ("ex-chairman", "Chairman-elect", "President-designate") or ranks it within its
 * kind ("Rear-Admiral", "Major-General").
 */
function stripPrefix(word: string): string {
  return word.replace(/^(then|ex|former|rear|vice|lieutenant|major)-/i, '').replace(/-(?:elect|designate)$/i, '');
}
