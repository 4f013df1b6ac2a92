/**
 * Finds the personal names written in one sentence, each with the role written in front of it and
 * whether an honorific (Mr., Ms.) introduced it. compromise proposes the candidates; these rules
 * clean them (titles, possessives, trailing punctuation) and drop what is no person: holidays,
 * institutions, fragments.
 */
import { HONORIFIC, HONORIFIC_PATTERN, SURNAME_HONORIFIC } from '../text/honorifics.js';
import nlp, { GIVEN_NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { DAY_OR_MONTH, isRoleHead, isRoleWord, jobBeginsTitle, roleBefore, SHARED_TITLE } from './roles.js';
import { GENERATION } from './draft.js';
import { isCountry, isDemonym, isKnownNonPerson, isKnownPlace, isNameWord, isNationalNoun, isPlacePrefix } from './not-a-person.js';
import { isNameParticle, JOINED_PARTICLE_PATTERN, JOINED_PARTICLE_WORD, NAME_PARTICLE_PATTERN, NAME_PARTICLES } from '../text/name-particles.js';
import { HYPHENED_DESCRIPTION, namesAfterRolePhrases, roleAfterName } from './appositions.js';
import { givenNamesAfterKin, namesAfterKin } from './kin-names.js';
import { withNamesCapitalised, writtenInSmallLetters } from './small-letter-names.js';
import { namesInTeamSheet } from './team-sheets.js';
import { isOneNameWord, oneNamesAfterRoles, oneNamesBeforeRoles, oneNamesOfPeople, roleAfter } from './one-name.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { withoutNicknames } from '../text/nicknames.js';

/** How far before a name its role is read, in characters: a long title and its modifiers ("Jordanian Prime Minister"). */
const ROLE_WINDOW = 200;

/** A name as written in a sentence. */
export interface NameMention {
  /** The name without title or honorific: "Jeff Sessions", "Sessions". */
  name: string;
  role: string | null;
  /** The honorific written before the name ("Mr."), if any. */
  honorific: string | null;
  /** Set when the sentence speaks of a one-word name as a person's in another way than a role (a quote it says). */
  person?: true;
  /** Set when the sentence writes the name in small letters ("carlos julio emanuel"), read here in capitals. */
  inSmallLetters?: true;
  /** A titled surname after a kin word: the full name the kin phrase describes, someone else ("Michael Reagan"). */
  relativeOf?: string;
}

/** "Michael Reagan, son of President": a full name, then the kin phrase, up to a title before the surname. */
const KIN_PHRASE_BEFORE =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:the\s+)?(?:eldest\s+|youngest\s+|elder\s+|younger\s+|adopted\s+)?(?:son|daughter|wife|husband|widow|father|mother|brother|sister|grandson|granddaughter|nephew|niece|cousin)\s+of\s+(?:the\s+)?(?:late\s+|former\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;

/** The full name a kin phrase right before a titled surname describes, when it ends on that surname, or null. */
function kinPhraseSubject(before: string, surname: string): string | null {
  const subject = KIN_PHRASE_BEFORE.exec(before)?.[1];
  return subject?.endsWith(` ${surname}`) ? subject : null;
}

/** Kinship words written before a given name ("Uncle Ossie"): no part of the name. */
export const KINSHIP = /^(Uncle|Aunt|Auntie|Aunty|Grandpa|Grandma|Granny|Grandad|Grandfather|Grandmother|Cousin)$/;
/** One initial or several run together: "B." of "Richard B. Miller", "J.P." of "Anthony J.P. Farris". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Two capitals that are no abbreviation the news writes before a name ("MP", "PC", "GM"). */
const ABBREVIATIONS = /^(MP|PC|PM|DJ|GP|QC|VC|UN|US|UK|EU|GM|TV|FC|CD|PR|HQ|IT|ID|OK|AC|DC|NY|LA|SA|AG|FT|BP|HP|EA)$/;

/** Initials written without full stops before a surname ("JP" of "JP McManus"): two capitals, no abbreviation or word. */
export function isBareInitials(word: string): boolean {
  return /^\p{Lu}{2}$/u.test(word) && !ABBREVIATIONS.test(word) && lexiconTags(word).length === 0;
}

/** True for a word that is initials ("B.", "J.P."), which stand inside a name but never end one. */
export function isInitials(word: string): boolean {
  return INITIALS.test(word);
}

/**
 * The names of each sentence of one article (typography-normalised), those a role brings in read in capitals
 * where the article writes names in small letters (see small-letter-names).
 */
export function findArticleNameMentions(sentences: string[]): NameMention[][] {
  if (!writtenInSmallLetters(sentences)) return sentences.map(findNameMentions);
  return sentences.map((s) => {
    const cased = withNamesCapitalised(s);
    return findNameMentions(cased).map((m) => (cased === s || s.includes(m.name) ? m : { ...m, inSmallLetters: true }));
  });
}

/** Every personal name mentioned in a (typography-normalised) sentence. */
export function findNameMentions(written: string): NameMention[] {
  // "John "Bud" Frazier" is John Frazier, as the article goes on to call him.
  const sentence = withoutEditorialBrackets(withoutNicknames(written));
  const mentions: NameMention[] = [];
  const seen = new Set<string>();
  const fast = [
    ...namesFromGivenNames(sentence),
    ...namesAfterHonorifics(sentence),
    ...namesAfterBareInitials(sentence),
    ...namesWithMiddleInitials(sentence),
    ...namesAfterLeadingInitial(sentence),
    ...initialledSurnames(sentence),
    ...namesAfterTitles(sentence),
    ...namesBeforeAppositives(sentence),
    ...namesAfterAges(sentence),
    ...namesBeforeAges(sentence),
    ...namesAfterRankings(sentence),
    ...namesInPeopleLists(sentence),
    ...namesInCredits(sentence),
    ...namesAfterKin(sentence),
    ...namesAfterSaid(sentence),
    ...royalNames(sentence),
    ...namesBeforeSetScores(sentence),
    ...oneNamesAfterRoles(sentence),
    ...oneNamesBeforeRoles(sentence),
  ];
  fast.push(...namesWithCountries(sentence, fast.length > 0), ...namesAfterNationalities(sentence, fast.length > 0));
  // "The head of the Authority, Murilo Rubens Habbema,": a person, whose role stands before the comma.
  const afterRoles = [...namesAfterRolePhrases(sentence), ...givenNamesAfterKin(sentence, isGivenName)];
  fast.push(...afterRoles.map((n) => n.name));
  const listed = namesListedWithNames(sentence, fast);
  fast.push(...listed);
  // "Other contributors include Sting, Mariah Carey, Elton John…": a one-word name in a list of people is a person's.
  // So is a one-word name an apposition or a kin word brings in ("his wife, ex-model Sandra").
  const saidPeople = [
    ...oneNamesOfPeople(sentence),
    ...listed.filter((n) => !n.includes(' ')),
    ...afterRoles.flatMap((n) => (n.name.includes(' ') ? [] : [n.name])),
  ];
  const need = taggingNeed(sentence);
  const tagged = need ? stretchesToTag(sentence, fast, need).flatMap(taggedPeople) : [];
  const names = [...fast, ...saidPeople, ...tagged].map((candidate) =>
    withLeadingInitial(sentence, withElidedParticle(sentence, extendSingleName(sentence, cleanName(candidate)))),
  );
  for (const name of names) {
    if (!name || seen.has(name)) continue;
    seen.add(name);
    for (const at of occurrences(sentence, name)) {
      // "Mrs Camilla Parker Bowles": a name found in full here leaves no shorter one at its start ("Camilla Parker").
      if (names.some((n) => n && n.length > name.length && n.startsWith(`${name} `) && sentence.startsWith(n, at))) continue;
      // "Major Randy Morger": a rank that opens a name found after it is no given name ("Major Randy" is Randy Morger).
      const [first, ...rest] = name.split(' ');
      const ranked = rest.join(' ');
      if (RANK_OPENING.test(first!) && ranked && names.some((n) => n?.startsWith(`${ranked} `) && sentence.startsWith(n, at + first!.length + 1))) continue;
      // The role is read from the words just before (a title is a few words), not the whole sentence before each
      // occurrence: a long run of names would read back over it each time. A wire's stock ticker after a firm's name
      // ("Commerzbank AG <CBKG.F> management board chairman") is no part of the role and would cut it.
      const before = withBodyInitials(
        sentence
          .slice(Math.max(0, at - ROLE_WINDOW), at)
          .trim()
          .split(/\s+/)
          .filter((w) => w !== '' && !/^<[\p{Lu}\d.]{1,10}>$/u.test(w)),
      );
      const honorific = HONORIFIC.test(before.at(-1) ?? '') ? before.at(-1)! : null;
      // A role written before the name, else one set off after it ("Anais Faraj, an analyst at Nomura,").
      const role =
        (honorific ? titledRole(before, honorific) : (roleBefore(before) ?? oneNameRole(sentence, name, at))) ??
        appositionRole(sentence, name, at, honorific) ??
        afterRoles.find((n) => n.name === name || cleanName(n.name) === name)?.role ??
        null;
      // "Mr Tambourine Man": after "Mr", a word for any man or woman ends a song's or a character's name, no surname
      // (a stage name may so end without one: "Beenie Man").
      if (honorific && name.includes(' ') && PERSON_NOUN.test(name.split(' ').at(-1)!)) continue;
      // "in Stanley Park", "at Elland Road": a given name before a street's or park's word, where something is, names the place.
      if (!honorific && PLACE_HEAD.test(name.split(' ').at(-1)!) && AT_PLACE.test(before.at(-1) ?? '')) continue;
      // "Star Wars Battlefront" is a title; "Coach Bill Parcells" still a person, by his given name.
      if (!honorific && jobBeginsTitle(before) && !isGivenName(name.split(' ')[0]!)) continue;
      // "<Ralph Andrews Productions>": wire copy sets a firm's name in angle brackets; a name inside them is the firm's.
      if (/<[^<>]*$/.test(sentence.slice(0, at)) && /^[^<>]*>/.test(sentence.slice(at + name.length))) continue;
      // "and James M. Barker Trust": a name before a firm's or a foundation's last word is the firm's, after its
      // founder.
      if (!honorific && FIRM_ENDING_AFTER.test(sentence.slice(at + name.length))) continue;
      // "the Hart-Scott-Rodino Antitrust Improvements Act", "the Walter Reed Army Institute": a name that runs on
      // in capitals to a word no name has is a law's, a place's or a body's, after the person (a day or a month
      // dates the sentence).
      if (!honorific && namesAThingAfter(sentence.slice(at + name.length))) continue;
      // "from Sal Oppenheim investment bank": a name written before the kind of firm it is is the firm's, after its founder.
      if (!honorific && FIRM_KIND_AFTER.test(sentence.slice(at + name.length))) continue;
      // "analyst with Morgan Olmstead, Kennedy and Gardner", "one Carroll McEntee and McGinley analyst": a name whose
      // partners follow, one word each, where someone works or before a job, is the firm's.
      if (!honorific && isPartnersFirm(before.at(-1) ?? '', sentence.slice(at + name.length))) continue;
      // "the Rich Hill Placer Prospect mine", "the Ernest Henry mine": a name before a mine's or a plant's word is the site's.
      if (!honorific && SITE_AFTER.test(sentence.slice(at + name.length))) continue;
      // "Mario Kart DS": a name that goes on in capitals is a product's or a title's, unless what follows is a post-nominal ("Tony Blair MP").
      if (!honorific && continuesInCapitals(sentence.slice(at + name.length))) continue;
      // "Michael Reagan, son of President Reagan": a titled surname after a kin word is another of that name.
      const relativeOf = !name.includes(' ') && role ? kinPhraseSubject(sentence.slice(0, at), name) : null;
      const mention: NameMention = saidPeople.includes(name) ? { name, role, honorific, person: true } : { name, role, honorific };
      mentions.push(relativeOf ? { ...mention, relativeOf } : mention);
    }
  }
  // A team sheet's players, read as the sheet writes them; each "S. Danielli" once, the initial's full stop added.
  for (const player of namesInTeamSheet(sentence)) if (!seen.has(player)) mentions.push({ name: player, role: null, honorific: null, person: true });
  return withSharedSurnames(sentence, mentions);
}

/**
 * A body's name and its initials in brackets before a role ("United Automobile Workers (UAW) president") as the
 * initials alone ("UAW president"), the form the story goes on to use ("the UAW chief"): the bracket would cut the
 * role. The name is the words before that spell the initials ("Tokyo stock exchange (TSE)"), else the capitalised
 * words before them ("Brazilian Coffee Institute (IBC)"), never across an "and" that joins a list of names.
 */
function withBodyInitials(words: string[]): string[] {
  const k = words.length - 1 - [...words].reverse().findIndex((w) => /^\(\p{Lu}{2,6}\)$/u.test(w));
  if (k === words.length) return words;
  const initials = words[k]!.slice(1, -1);
  const from = spellingStart(words, k, initials) ?? capitalisedStart(words, k);
  return [...words.slice(0, from), initials, ...words.slice(k + 1)];
}

/** Where the words before `k` that spell `initials` start ("Anti-Doping" gives two letters), or null. */
function spellingStart(words: string[], k: number, initials: string): number | null {
  let from = k;
  let spelt = '';
  while (from > 0 && spelt.length < initials.length) {
    const word = words[--from]!;
    if (spelt !== '' && /^(?:of|and|for|&)$/.test(word)) continue;
    if (!/^\p{L}/u.test(word)) return null;
    spelt =
      word
        .split('-')
        .map((part) => part.charAt(0).toUpperCase())
        .join('') + spelt;
  }
  return spelt === initials ? from : null;
}

/** Where the run of capitalised words (with "of" and "for", and a wire's angle brackets) before `k` starts. */
function capitalisedStart(words: string[], k: number): number {
  let from = k;
  while (from > 0 && k - from < 6 && /^(?:<?\p{Lu}[\p{L}.&'’-]*>?|of|for)$/u.test(words[from - 1]!)) from--;
  return from;
}

/**
 * Words a wire sets in brackets before a surname to say who is meant ("Judge (Harold) Greene", "(Treasury Secretary
 * James) Baker"), ending on a given name the lexicon knows: read as written without the brackets.
 */
const EDITORIAL_BRACKETS = /\(((?:[\p{L}.'’-]+\s+){0,4}(\p{Lu}\p{Ll}+))\)\s+(?=\p{Lu}\p{Ll})/gu;

function withoutEditorialBrackets(sentence: string): string {
  if (!sentence.includes('(')) return sentence;
  return sentence.replace(EDITORIAL_BRACKETS, (m, words: string, given: string, at: number) => {
    // Not a nickname inside a name, after its given name or initial ("James E. (Jim) Nugent").
    const before = /(\S+)\s*$/.exec(sentence.slice(0, at))?.[1] ?? '';
    return isGivenName(given) && !isInitials(before) && !isGivenName(before) ? `${words} ` : m;
  });
}

/**
 * Given names before "and" and a full name ("Robin and Barry Gibb", "Alfred, David and Martha Billes"), which
 * share its surname.
 */
const SHARED_SURNAME =
  /(?<![\p{L}'’.-])(?<!\p{Lu}[\p{L}'’.-]*(?:[,;]\s+|\s))((?:\p{Lu}\p{Ll}+,\s+){0,3}\p{Lu}\p{Ll}+),?\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu;

/**
 * The names that given names before "and" and a full name make with its surname ("Robin Gibb" of "Robin and Barry
 * Gibb"), each with the full name written; only where the surname is no given name too ("Madonna and Elton John"),
 * nor where the words end a longer list ("Paul Simon, Madonna and David Bowie").
 */
export function sharedSurnameNames(sentence: string): { name: string; written: string }[] {
  const names: { name: string; written: string }[] = [];
  for (const m of sentence.matchAll(SHARED_SURNAME)) {
    const firsts = m[1]!.split(/,\s+/);
    if (isGivenName(m[3]!) || !isGivenName(m[2]!) || !firsts.every(isGivenName)) continue;
    for (const first of firsts) names.push({ name: `${first} ${m[3]}`, written: `${m[2]} ${m[3]}` });
  }
  return names;
}

/** Each of those names is a person where the full name is found, in place of the given name alone. */
function withSharedSurnames(sentence: string, mentions: NameMention[]): NameMention[] {
  const shared = sharedSurnameNames(sentence).flatMap(({ name, written }) => {
    const full = mentions.find((n) => n.name === written);
    return full ? [{ name, role: full.role, honorific: null, person: true as const }] : [];
  });
  if (shared.length === 0) return mentions;
  const given = new Set(shared.map((n) => n.name.split(' ')[0]!));
  const names = new Set(mentions.map((n) => n.name));
  return [...mentions.filter((n) => !given.has(n.name)), ...shared.filter((n) => !names.has(n.name))];
}

/**
 * The last word of a place's name: a street, square or park, a camp, mountain, river or beach; no common surname
 * ("Hill", "Wood").
 */
const PLACE_HEAD = /^(?:Park|Street|Road|Square|Avenue|Lane|Bridge|Gardens|Camp|Mountain|Mountains|Valley|River|Creek|Canyon|Harbour|Harbor|Beach|Island)$/;
/** The prepositions that put a place after them ("in", "at"); not "to" or "by", after which a person is as often named. */
const AT_PLACE = /^(?:in|at|near|outside|inside|into)$/;

/**
 * A role written before a title of honour or learning ("Police Commissioner Sir Ian Blair", "executive chairman Dr
 * Geoffrey Guy"); none before "Mr".
 */
function titledRole(before: string[], honorific: string): string | null {
  return /^(Sir|Dame|Lord|Lady|Dr|Prof|Professor)\.?$/.test(honorific) ? roleBefore(before.slice(0, -1)) : null;
}

/** A one-word name's role set off after it ("Dido, the singer,"), the only role such a name can show after it. */
function oneNameRole(sentence: string, name: string, at: number): string | null {
  return !name.includes(' ') && isOneNameWord(name) ? roleAfter(sentence.slice(at + name.length)) : null;
}

/** The role set off after a name of two or more words, or a surname after an honorific ("Mr Faraj, an analyst at Nomura,"). */
function appositionRole(sentence: string, name: string, at: number, honorific: string | null): string | null {
  if (!name.includes(' ') && !honorific) return null;
  // (A generation's full stop ends no name: "L.C. Duncan Jr., vice president".)
  const after = sentence.slice(at + name.length).replace(/^\.(?=, )/, GENERATION_END.test(name) ? '' : '.');
  // "Simon Perry is the editor of the Digital Lifestyles website": the job a sentence opening on the name says they
  // hold (not one they held: "was director of" is no role now).
  const copula = at === 0 ? /^ is /.exec(after) : null;
  if (!copula) return roleAfterName(after);
  // A crown said so is a part played ("Clive Owen is the brooding king"): a review's, no office.
  const role = roleAfterName(`, ${after.slice(copula[0].length)}`);
  return role && !/\b(?:king|queen|prince|princess|emperor|empress)$/i.test(role) ? role : null;
}

/** A name that ends on its generation ("Jr", "Sr"), whose full stop the sentence may write before a comma. */
const GENERATION_END = /\s(?:Jr|Sr)$/;

/** The kind of firm written right after a firm's name, closing the phrase ("from Sal Oppenheim investment bank,"); not a noun's modifier ("bank robbers"). */
const FIRM_KIND_AFTER = /^ (?:(?:investment|merchant|private) )?(?:bank|brokerage|stockbroker|stockbrokers)(?=[,.;:)]|$| (?:said|says|and|in|of|which|that)\b)/;

/** Whether the words after a name run on in capitals (up to three) to a word no name has, no day or month, or a code. */
function namesAThingAfter(after: string): boolean {
  // "the Liu Hua 11-1-1 A well": a code of three numbers or more after the name is a well's, a site's or a model's.
  if (/^ \d+(?:-\d+){2,}(?![\d-])/.test(after)) return true;
  const run = /^(?: \p{Lu}[\p{L}'’-]*){1,3}(?![\p{L}'’-])/u.exec(after);
  const last = run?.[0].trim().split(' ').at(-1);
  return last !== undefined && !isNameWord(last) && !DAY_OR_MONTH.test(last);
}

/** The last word of a firm's, a fund's or a foundation's name, right after the founder's. */
const FIRM_ENDING_AFTER =
  /^ (?:Trust|Foundation|Fund|Co|Corp|Inc|Ltd|Plc|PLC|LLC|Company|Corporation|Group|Associates|Partners|Holdings|Industries|Enterprises|Securities|Institute)(?![\p{L}'’-])/u;

/** The kinds of site named after people or places: a name right before one is the site's ("Don Muang airport", "the Harris Pine sawmill"). */
const SITE_AFTER =
  /^ (?:(?:gold|copper|coal|zinc|silver|uranium|oil|gas) )?(?:mine|mines|oilfield|oilfields|refinery|smelter|sawmill|deposit|deposits|airport)\b/;

/** A firm's partners after the first one's name: one capitalised word each, the last after "and" or "&". */
const PARTNERS_AFTER = /^((?:,\s+\p{Lu}[\p{L}-]+)*),?\s+(?:and|&)\s+\p{Lu}[\p{L}-]+(?![\p{L}'’-])(?!\s+\p{Lu})/u;
/** Jobs held at a firm, written after its name ("a Carroll McEntee and McGinley analyst"). */
const FIRM_JOB_AFTER = /^\s+(?:analysts?|economists?|traders?|dealers?|strategists?|partners?|brokers?)\b/;

/**
 * Whether the words after a name go on with its partners' names, where it is someone's workplace ("with", "at",
 * "of") or before a job ("a Carroll McEntee and McGinley analyst").
 */
function isPartnersFirm(wordBefore: string, after: string): boolean {
  const partners = PARTNERS_AFTER.exec(after);
  if (!partners) return false;
  // Where someone works, one partner at least is set off by a comma: "the benefit of Steven Gerrard and I" names none.
  return (/^(?:with|at|of)$/.test(wordBefore) && partners[1] !== '') || FIRM_JOB_AFTER.test(after.slice(partners[0].length));
}

/** Letters after a person's name that belong to the person: offices, honours, degrees, generations. */
const POST_NOMINAL = /^(?:MP|MPs|MEP|MSP|AM|QC|KC|MBE|OBE|CBE|KBE|DBE|CH|OM|VC|GC|PhD|MD|JP|USN|USA|Jr|Sr|II|III|IV)$/;

/** The post-nominals of an office, an honour or a degree, which name no one apart from the person. */
const OFFICE_OR_HONOUR = /^(?:MP|MEP|MSP|AM|QC|KC|MBE|OBE|CBE|KBE|DBE|CH|OM|VC|GC|PhD|MD|JP)$/;

/** Whether the text right after a name goes on with a word in capitals that is no post-nominal ("… DS", "… GT"). */
function continuesInCapitals(after: string): boolean {
  const m = /^\s+(\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\d'’])/u.exec(after);
  return m !== null && !POST_NOMINAL.test(m[1]!);
}

/** Words for any man, woman or child, which no surname after "Mr" is ("Guy" may be one: "Mr John Guy"). */
const PERSON_NOUN = /^(?:Man|Men|Woman|Women|Boy|Boys|Girl|Girls)$/;

const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/;

/** A title's word that is also a surname ("Mr King", "BB King"). */
const SURNAME_TITLES = /^(?:King|Judge|Sheriff|Master)$/;
const SURNAME_TITLE_OPENS = /^(?:King|Judge|Sheriff|Master)\b/;

/** A title in the plural before names it is shared by ("Lord Justices Clarke and Rix"): no part of the first name. */
function pluralTitle(tokens: string[]): boolean {
  return tokens.length > 1 && SHARED_TITLE.test(tokens[0]!);
}

/** Strips titles, honorifics, possessives and punctuation from a candidate; null if no person is left. */
export function cleanName(candidate: string): string | null {
  // "told Secretary of State George Shultz China's recent troubles were over": a place's possessive after a full name
  // opens the next clause.
  const placeAfter = /^(\S+\s+\S+.*?)\s+(\p{Lu}\p{L}+)['’]s?$/u.exec(candidate.trim());
  const tokens = (placeAfter && isKnownPlace(placeAfter[2]!) ? placeAfter[1]! : candidate)
    .replace(/['’]s?(?=\s|$)/g, ' ')
    .replace(/[^\p{L}\s.'’-]/gu, ' ')
    .split(/\s+/)
    .map((t) => (isInitials(t) || t === 'St.' ? t : t.replace(/^[.-]+|[.-]+$/g, '')))
    .filter(Boolean);
  // "Speaking in Harrogate Mr Kennedy said": an honorific inside a candidate opens the name; the words before it are
  // others'. Not one that ends it: "John Lord" is a name.
  const inner = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && HONORIFIC.test(t));
  if (inner > 0) tokens.splice(0, inner);
  // After "Mr" a surname follows, even one that is a title's word ("Mr King").
  let afterMister = false;
  while (
    !afterMister &&
    tokens.length > 0 &&
    (isRoleWord(tokens[0]!) || HONORIFIC.test(tokens[0]!) || KINSHIP.test(tokens[0]!) || /^(then|ex|former)-/i.test(tokens[0]!) || pluralTitle(tokens))
  )
    afterMister = SURNAME_HONORIFIC.test(tokens.shift()!);
  // "Compatriots Mulugeta Wondimu, …", "Teammates John Smith and …": a plural noun opening the sentence names what those
  // after it are, no one's given name.
  if (tokens.length > 2 && opensOnPluralNoun(tokens[0]!)) tokens.shift();
  // "Belgian Paul de Keersmaeker", "Dutch-born Anton Corbijn": where someone is from, before a given name.
  // So is a noun for one of a people ("in-form Scot Kathy Butler").
  if (
    tokens.length > 2 &&
    (isDemonym(tokens[0]!) || isNationalNoun(tokens[0]!) || /^\p{Lu}\p{L}+-(?:born|based)$/u.test(tokens[0]!)) &&
    isGivenName(tokens[1]!)
  )
    tokens.shift();
  // "Man-of-the-match Stephen Jones", "Award-winning Ken Loach": a compound whose later parts are in small letters
  // describes the person; no name is written so.
  if (tokens.length > 2 && /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(tokens[0]!)) tokens.shift();
  // "a George Bush-style tax cut": a name made an adjective names no one here.
  if (/-(?:style|era|led|backed|based|born|like|esque|type|inspired|owned|run|linked)$/i.test(tokens.at(-1) ?? '')) return null;
  // "Frank Field MP", "John Smith QC": the letters after a name are the person's, no part of the name.
  // A generation ("Jr", "III") is part of the name: Douglas Fairbanks Jr is not his father.
  while (tokens.length > 2 && OFFICE_OR_HONOUR.test(tokens.at(-1)!)) tokens.pop();
  // Four words at most, besides the particles a name may hold ("Luiz Inacio Lula da Silva").
  if (tokens.length === 0 || tokens.filter((t, i) => !(NAME_PARTICLES.has(t) && i > 0)).length > 4 || tokens.length > 6) return null;
  // "Preston North End", "West Ham": a point of the compass opens or goes on into a place's or club's name; a surname ends a name ("Kanye West").
  if (tokens.slice(0, -1).some((t) => COMPASS.test(t))) return null;
  // A name does not end on a particle ("Jack Van" is the start of "Jack Van Fossen").
  if (tokens.length > 1 && isNameParticle(tokens.at(-1)!)) return null;
  // A middle initial may go without its full stop after a given name ("George W Bush", "Walter M Phillips Jr"), though
  // it is a word as well ("Charles A Blixt").
  const generation = tokens.length === 4 && GENERATION.test(tokens[3]!);
  const bareMiddle = (t: string, i: number) => i === 1 && (tokens.length === 3 || generation) && /^\p{Lu}$/u.test(t) && isGivenName(tokens[0]!);
  const initial = (t: string, i: number) =>
    (isInitials(t) && i < tokens.length - 1) || (i === 0 && tokens.length === 2 && isBareInitials(t)) || bareMiddle(t, i);
  const ok = tokens.every(
    (t, i) =>
      initial(t, i) ||
      (/^\p{Lu}[\p{L}'’-]*$/u.test(t) && t.length > 1 && t !== t.toUpperCase()) ||
      // "Nicholas A. Gallo III": a generation in capitals ends a name of two words or more.
      (i === tokens.length - 1 && i >= 2 && /^(?:II|III|IV)$/.test(t)) ||
      (NAME_PARTICLES.has(t) && i > 0 && i < tokens.length - 1) ||
      (t === 'St.' && i > 0 && i < tokens.length - 1) ||
      (ELIDED_PARTICLE.test(t) && i > 0) ||
      (JOINED_PARTICLE_WORD.test(t) && i > 0),
  );
  // "Mervyn King", "Carole King": a title's word after a given name is the surname.
  // "Mary Queen of Scots", "Mitchell Energy": no surname.
  // "Mr Speaker", "Mr President" address an office; only a surname a title's word also is follows "Mr" ("Mr King", "Mr Judge").
  const surnameTitle = (t: string, i: number) =>
    i === tokens.length - 1 &&
    isRoleHead(t) &&
    (i > 0
      ? !/^(?:Queen|Prince|Princess|Pope)$/.test(t) && (isGivenName(tokens[i - 1]!) || (i === 1 && isBareInitials(tokens[0]!)))
      : afterMister && SURNAME_TITLES.test(t));
  const joined = (t: string, i: number) => i > 0 && JOINED_PARTICLE_WORD.test(t);
  // "Mike Friday", "Thomas Sunday": a weekday after a given name, the whole name, is a surname ("Good Friday",
  // "Sheffield Wednesday" and "Reagan Friday" open on no given name).
  const weekdaySurname = (t: string, i: number) => i === 1 && tokens.length === 2 && WEEKDAY.test(t) && isGivenName(tokens[0]!);
  // A name with a surname joined to its particle opens on a name, not on a word the lexicon knows otherwise ("Total Abu
  // al-Bukhoosh", an oilfield's operator).
  if (tokens.some(joined) && lexiconTags(tokens[0]!).some((t) => !NAME_TAGS.has(t) && t !== 'Actor')) return null;
  // Nor on a particle written alone before one joined to its name ("Abu al-Bukhoosh", an oilfield).
  if (tokens.length === 2 && /^(?:Abu|Bin|Ibn|Al|El)$/.test(tokens[0]!) && JOINED_PARTICLE_WORD.test(tokens[1]!)) return null;
  // Nor on the particle itself, as a paper's name does ("Al-Rai al-Aam newspaper").
  if (tokens.length > 1 && /^(?:Al|El)-/.test(tokens[0]!)) return null;
  if (
    !ok ||
    tokens.some(
      (t, i) => (!isNameWord(t) && !isParticle(t, i) && !joined(t, i) && !weekdaySurname(t, i) && !bareMiddle(t, i)) || (isRoleWord(t) && !surnameTitle(t, i)),
    )
  )
    return null;
  const name = tokens.join(' ');
  return isKnownNonPerson(name) ? null : name;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "De" in "Robert De Niro": a particle inside a name, which compromise tags as a preposition. */
function isParticle(word: string, i: number): boolean {
  return i > 0 && isNameParticle(word);
}

/** Military ranks that are also given names or surnames ("Major", "General"), which may open a found name. */
const RANK_OPENING = /^(?:Major|General|Colonel|Captain|Sergeant|Corporal|Private|Admiral|Commander|Lieutenant)$/;
/** The initials of countries, states and bodies, which open no one's name ("U.S. Treasury", "N.Y. Telephone"). */
const PLACE_INITIALS = '(?:U\\.S|U\\.K|U\\.N|N\\.Y|N\\.J|D\\.C|L\\.A|H\\.K|N\\.Z|E\\.C|B\\.C|S\\.A|N\\.V)\\.';
const PLACE_INITIALS_WORD = new RegExp(`^${PLACE_INITIALS}$`);
const CAPITALISED_RUN = new RegExp(
  // A name may open on an initial spaced from the next word ("D. J. Baker"; not "U.S. Treasury"), or on initials run
  // together before a surname ("C.W. Nance, president of Tenneco"), not a country's or a state's ("U.S.", "N.Y.").
  `(?<![\\p{L}'’.-])(\\p{Lu}\\.(?=\\s+\\p{Lu})|(?!${PLACE_INITIALS})(?:\\p{Lu}\\.){2,3}(?=\\s+\\p{Lu}\\p{Ll})|\\p{Lu}[\\p{L}'’-]*)((?:\\s+(?:(?:\\p{Lu}\\.)+|St\\.(?=\\s+\\p{Lu}\\p{Ll})|\\p{Lu}[\\p{L}'’-]*|(?:${JOINED_PARTICLE_PATTERN})-\\p{Lu}[\\p{L}'’-]*|(?:${NAME_PARTICLE_PATTERN})(?![\\p{L}]))){1,7})`,
  'gu',
);

/** The verbs of saying whose speaker is worth tagging for: a few common ones, as a gate, not the attribution rules' full list. */
const SPEECH_VERBS = 'said|says|told|added|declared|replied|asked|wrote|argued';
/** A word of the sentence that is a verb of saying, or the "according" of "according to". */
const SPEECH = new RegExp(`^(${SPEECH_VERBS}|according)\\b`);
/** A sentence with a verb of saying. */
const SPEECH_IN_SENTENCE = new RegExp(`\\b(${SPEECH_VERBS}|according to)\\b`);

/**
 * Full tagging is slow, so only where an unknown name likely speaks or is quoted:
 * anywhere in a sentence with a quote mark, and near the verb of one with a speech verb and a pair
 * of capitalised words past the start (a middle initial may stand between them). Every sentence
 * gets the fast finders (known given names, honorifics, titles).
 */
function taggingNeed(sentence: string): 'quote' | 'speech' | null {
  if (/["“”‘’]/.test(sentence.replace(/(?<=\p{L})['’](?=\p{L}|\s|$)/gu, ''))) return 'quote';
  const speech = SPEECH_IN_SENTENCE.test(sentence) && /\s\p{Lu}[\p{L}'’-]+\s+(?:(?:\p{Lu}\.)+\s+)?\p{Lu}[\p{L}'’-]+/u.test(sentence);
  return speech ? 'speech' : null;
}

const CONTEXT_WORDS = 8;

/**
 * The stretches of a sentence that full tagging must read: each run of capitalised words that the
 * fast finders did not explain (nor an acronym, nor a sentence's plain first word) — in a speech
 * sentence only the runs near a speech verb, where its speaker is named — with a few words either
 * side for context. Tagging costs per word, and most of a news sentence is no name.
 */
function stretchesToTag(sentence: string, fast: string[], need: 'quote' | 'speech'): string[] {
  const words = sentence.split(' ');
  const explained = new Set(fast.flatMap((name) => name.split(/\s+/)).map(bare));
  const verbs = words.flatMap((w, i) => (SPEECH.test(w) ? [i] : []));
  const nearVerb = (from: number, to: number) => need === 'quote' || verbs.some((v) => v >= from - CONTEXT_WORDS && v <= to + CONTEXT_WORDS);
  const windows: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    let end = i;
    while (end + 1 < words.length && isCapitalised(words[end + 1]!) && !endsClause(words[end]!)) end++;
    const run = words.slice(i, end + 1).map(bare);
    const plainOpening = i === 0 && run.length === 1 && lexiconTags(run[0]!).length > 0 && !isGivenName(run[0]!);
    if (!plainOpening && nearVerb(i, end) && run.some((w) => !explained.has(w) && !isAcronym(w))) {
      const from = Math.max(0, i - CONTEXT_WORDS);
      const to = Math.min(words.length, end + 1 + CONTEXT_WORDS);
      const last = windows.at(-1);
      if (last && from <= last[1]) last[1] = to;
      else windows.push([from, to]);
    }
    i = end;
  }
  return windows.map(([from, to]) => words.slice(from, to).join(' '));
}

/** A word that ends a clause or sentence; an initial ("N.") does not. */
function endsClause(word: string): boolean {
  return /[,;:.!?)"”]$/.test(word) && !isInitials(word);
}

function isCapitalised(word: string): boolean {
  return /^["“‘'(]*\p{Lu}/u.test(word);
}

/** A word without the quotes, brackets, possessive and punctuation around it. */
function bare(word: string): string {
  return word
    .replace(/^["“‘'(]+/, '')
    .replace(/['’]s?$|[,;:.!?)"”’]+$/g, '')
    .replace(/['’]s$/, '');
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/** The tagging steps people() needs: nlp()'s own, less chunking and the freeze and typeahead steps. */
const PEOPLE_TAGGING = ['index', 'id', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger'];

/**
 * The people compromise finds in a text: the same as `nlp(text).people()` (checked on BBC and
 * Reuters sentences) in less time.
 */
function taggedPeople(text: string): string[] {
  const doc = nlp.tokenize(text);
  doc.compute(PEOPLE_TAGGING);
  return doc.people().out('array') as string[];
}

/**
 * Whether the words before a run end on a list's joiner ("…, Roy Keane and "), not inside a body's name running
 * to "and" ("Commissioner of Food and Drugs Frank E. Young", whose "Drugs" opens no name).
 */
function inListOfPeople(before: string): boolean {
  return /(?:\b(?:and|or)|[,&])\s+$/u.test(before) && !/\b(?:of|for|the)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:and|&)\s+$/u.test(before);
}

/** Common given names that compromise's lexicon knows only as nouns or adjectives ("a bill", "a ray", "a ward", "rich"), so never as a name's first word. */
const NOUN_GIVEN_NAMES = new Set([
  ...['Bill', 'Ray', 'Robin', 'Guy', 'Warren', 'Frank', 'Gene', 'Miles', 'Rod', 'Dean', 'Cliff', 'Ward', 'Jade', 'Wade', 'Rich'],
  // And women's names that are nouns ("a joy", "a rose", "a lily") or a word's ("sandy"), and one short form ("Dick").
  ...['Joy', 'Rose', 'Ruby', 'Lily', 'Holly', 'Dawn', 'Penny', 'Sandy', 'Dick', 'Venus'],
  // And given names it files only under a famous bearer ("Lee" of Bruce Lee, "Oleg", "Siegfried"; not "Franz", which opens a band's name more often).
  ...['Lee', 'Frans', 'Oleg', 'Siegfried', 'Rashid', 'Takashi', 'Tatyana', 'Raisa', 'Reinhold', 'Ilias', 'Giannis', 'Gaston'],
  ...['Camillo', 'Bertil', 'Hilde', 'Inez', 'Pilar', 'Effie', 'Nettie', 'Eustace', 'Ezekiel', 'Humphrey'],
  // And given names it knows only as surnames ("Lewis Champion", "Murray Walker").
  ...['Lewis', 'Murray'],
  // And given names it knows as other words or places ("piers", "jean", "max", "randy"; "Digby").
  ...['Piers', 'Jean', 'Max', 'Sonny', 'Randy', 'Digby', 'Crispin', 'Ambrose', 'Basil', 'Lorne', 'Viv'],
]);

/** True when compromise's lexicon knows the word as a given name. */
export function isGivenName(word: string): boolean {
  // "Eberhard-Rainer": given names joined by a hyphen are one, one of them known, the others unknown words.
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(word)) {
    const parts = word.split('-');
    return parts.some(isGivenName) && parts.every((p) => isGivenName(p) || lexiconTags(p).length === 0);
  }
  return NOUN_GIVEN_NAMES.has(word) || lexiconTags(word).some((t) => GIVEN_NAME_TAGS.has(t));
}

/**
 * "without centre Will Greenwood", "Will Smith's reign": "Will", which the lexicon knows only as a modal verb, opens a
 * name where it opens a capitalised pair after a word in small letters; opening the sentence, it asks ("Will Tory MPs
 * back him?"), and within a longer run it is a title's ("Love Will Tear Us Apart").
 */
function opensOnModalName(sentence: string, at: number, words: string[]): boolean {
  return words[0] === 'Will' && words.length === 2 && /\p{Ll}[,;:]?\s+$/u.test(sentence.slice(0, at));
}

/**
 * "the Jesus and ", "the Mamas and ": a capitalised word after "the", no job or title ("the Queen and
 * Prince Philip" names two people), then "and" — the words after it continue one band's or work's name.
 */
const THE_WORD_AND = /(?:^|\s)the (\p{Lu}\p{Ll}+) and $/u;

function continuesThingsName(before: string): boolean {
  const word = THE_WORD_AND.exec(before)?.[1];
  return word !== undefined && !isRoleWord(word) && !isRoleHead(word) && !HONORIFIC.test(word) && !KINSHIP.test(word);
}

/** Within runs of capitalised words, a given name compromise knows and the names after it ("But Barry Hugill" → "Barry Hugill"). */
function namesFromGivenNames(sentence: string): string[] {
  const names: string[] = [];
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    const words = `${m[1]}${m[2]}`.split(/\s+/);
    let start = words.findIndex((w, i) => i < words.length - 1 && isGivenName(w.replace(/['’]s?$/, '')));
    if (start < 0 && opensOnModalName(sentence, m.index, words)) start = 0;
    // "Paddy Casey": a given name the lexicon knows only as a noun, then one it knows as a given name,
    // which is here the surname; not after a determiner or a noun that is no job ("the Crystal Harmony",
    // "cruise liner Crystal Harmony" are a ship's).
    if (start < 0 && words.length === 2 && isLeadingGivenName(words[0]!) && isGivenName(words[1]!.replace(/['’]s?$/, ''))) {
      if (!namesAThing(sentence.slice(0, m.index).trim().split(/\s+/).at(-1) ?? '')) names.push(words.join(' '));
      continue;
    }
    // "Arsenal's Thierry Henry": after a club's or a country's possessive, a word the lexicon does not know, then
    // a given name, which is here the surname; the owner shows a member of it is named.
    if (
      start < 0 &&
      words.length === 3 &&
      /['’]s$/.test(words[0]!) &&
      isUnknownWord(words[1]!) &&
      !isPlacePrefix(words[1]!) &&
      isGivenName(words[2]!.replace(/['’]s?$/, ''))
    ) {
      names.push(words.slice(1).join(' '));
      continue;
    }
    // "San Jose Open", "Santa Barbara": a given name after a place prefix names a place.
    if (start < 0 || (start > 0 && isPlacePrefix(words[start - 1]!))) continue;
    // "the Jesus and Mary Chain": after "the" and a capitalised word joined by "and", the run goes on one name of a thing.
    if (start === 0 && continuesThingsName(sentence.slice(0, m.index))) continue;
    // "The Jimi Hendrix Experience", "The Dave Clark Five": a run opening on "The" that goes on past a given name and a surname is a band's or a title's.
    if (words[0] === 'The' && start > 0 && words.length - start >= 3) continue;
    // "Sonny Bill Williams": a first given name the lexicon knows only as a noun opens the name;
    // "and Ole Gunnar Solskjaer": in a list, one it does not know at all (elsewhere it is as often a job,
    // a team or a group: "Referee Graham Poll", "fellow Springboks John Smit").
    if (start > 0 && (isLeadingGivenName(words[start - 1]!) || (start === 1 && inListOfPeople(sentence.slice(0, m.index)) && isUnknownWord(words[0]!))))
      start--;
    // "Sultan bin Mohammed al-Qassimi": a given name after "bin" is the father's, within the son's name, which opens
    // before it.
    while (start >= 2 && /^(?:bin|ibn|ben)$/.test(words[start - 1]!)) start -= 2;
    const rest = words.slice(start + 1);
    // A word in capitals ends the name ("John Smith PLC"), but for a generation that ends the run of a name with no
    // possessive ("Andre Nzame III"; not "Martin Marietta's Titan III", a rocket).
    const generation = (w: string, k: number) =>
      /^(?:II|III|IV)[,.;:]?$/.test(w) && k === rest.length - 1 && ![words[start]!, ...rest.slice(0, k)].some((x) => /['’]s?$/.test(x));
    const end = rest.findIndex((w, k) => w.length > 1 && w === w.toUpperCase() && !isInitials(w) && !generation(w, k));
    const name = [words[start]!, ...(end < 0 ? rest : rest.slice(0, end))];
    // "Martin Scorsese's Gangs Of New York": a possessive before two or more capitalised words ends the
    // name, and they are the person's work; before one ("Bridget Jones's Diary") the whole may be a title.
    const owner = name.findIndex((w) => /['’]s?$/.test(w));
    // "Maria Sharapova's Wimbledon triumph": the one word after the possessive modifies the noun after it,
    // an event or a thing of hers; a title stands alone ("Bridget Jones's Diary is").
    const ownsModifier = end < 0 && owner === name.length - 2 && modifiesNounAfter(sentence.slice(m.index + m[0].length));
    // "Chelsea's William Gallas": a given name alone before the possessive is a club's or a place's name that a given
    // name, the person's, follows; a person's work follows a full name or a surname ("Martin Scorsese's", "Scorsese's").
    const after = owner >= 0 ? name.slice(owner + 1) : [];
    const lone = owner === 0 && isGivenName(name[0]!.replace(/['’]s?$/, ''));
    if (!lone || !isGivenName(after[0] ?? ''))
      names.push((owner < 0 || (owner > name.length - 3 && !ownsModifier) ? name : name.slice(0, owner + 1)).join(' '));
    // "Chase Econometrics' Scott Jones sees …": a given name after a firm's possessive opens one of its people; after a
    // person's it opens their work ("Charles Dickens' Oliver Twist"), and a firm's own unit is no one ("Martin Marietta
    // Corp's Martin Marietta Environmental Systems").
    const ownerIsPerson =
      owner >= 0 &&
      !lone &&
      cleanName(
        name
          .slice(0, owner + 1)
          .join(' ')
          .replace(/['’]s?$/, ''),
      ) !== null;
    const runEnds = !/^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length));
    if (
      runEnds &&
      after.length >= 2 &&
      after.length <= 3 &&
      !ownerIsPerson &&
      isGivenName(after[0]!) &&
      after.every((w) => isNameWord(w.replace(/['’]s?$/, '')))
    )
      names.push(after.join(' '));
  }
  return names;
}

/** Tags of a word in lower case that may be the noun a capitalised word before it modifies ("triumph", "medal", "final"). */
const MODIFIED_NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Adjective']);

/** Whether the text after a capitalised word goes on with a noun that word modifies ("Wimbledon triumph"); no job ("Diary star"), verb or function word. */
function modifiesNounAfter(after: string): boolean {
  // "Judy Finnigan's Channel 4 show", "Joseph O'Connor's Star of the Sea": a number or an "of" after the word goes on
  // with a thing's name (a channel, a car, a book), which the owner's possessive is before.
  if (/^ (?:\d|of (?:the )?\p{Lu})/u.test(after)) return true;
  const word = /^ (\p{Ll}+)(?![\p{L}'’-])/u.exec(after)?.[1];
  return word !== undefined && !isRoleWord(word) && lexiconTags(word).every((t) => MODIFIED_NOUN_TAGS.has(t));
}

/**
 * A word before a name that makes it a thing's: a determiner, or a word in lower case that is no job
 * and may be a noun, as the lexicon knows it or not ("cruise liner Crystal Harmony").
 */
function namesAThing(word: string): boolean {
  if (DETERMINER.test(word)) return true;
  if (!/^\p{Ll}+$/u.test(word) || isRoleHead(word) || isRoleWord(word)) return false;
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.some((t) => t === 'Singular' || t === 'Noun');
}

/**
 * A word right before a known given name that is the name's first given name: capitalised, no role,
 * honorific, place or nationality, and known to the lexicon only as a noun ("Sonny" of "Sonny Bill
 * Williams", "Jean" of "Jean Pierre Meersseman").
 */
function isLeadingGivenName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isNameWord(word) || isRoleWord(word) || HONORIFIC.test(word) || KINSHIP.test(word)) return false;
  if (isKnownPlace(word) || isDemonym(word)) return false;
  const tags = lexiconTags(word);
  // A word unknown to the lexicon there is as often a job ("Referee Graham Poll", "Investor Irwin Jacobs").
  return tags.length === 1 && tags[0] === 'Noun';
}

/** A capitalised word the lexicon does not know that may be a name's: no title, honorific or kinship word. */
function isUnknownWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) && lexiconTags(word).length === 0 && isNameWord(word) && !isRoleWord(word) && !HONORIFIC.test(word) && !KINSHIP.test(word)
  );
}

/** Words after which a capitalised run is as often a place or a firm ("shares in GW Pharma", "plays for FH Hafnarfjordur"). */
const PLACE_PREPOSITION = /^(in|at|from|to|of|for|by|near|into|on|outside|across)$/;

/** "the EC Commission": no person's initials stand after a determiner. */
const DETERMINER = /^(the|a|an|its|their|his|her|our|this|that|these|those)$/;

/** A word that may be a surname: unknown to the lexicon or known as a name, written as a name ("McManus"; not "Garments" or "DVDs"). */
function isSurnameLike(word: string): boolean {
  return /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}/u.test(word) && lexiconTags(word).every((t) => NAME_TAGS.has(t));
}

/** A surname after initials written without full stops, inside a sentence ("tycoons JP McManus"). */
function namesAfterBareInitials(sentence: string): string[] {
  const out: string[] = [];
  // "alongside BB King": after initials, a title's word that is also a surname is the surname.
  for (const m of sentence.matchAll(/(?<=(?:^|\s)(\p{Ll}+),? )(\p{Lu}{2}) (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])(?!\s+\p{Lu})/gu))
    if (!PLACE_PREPOSITION.test(m[1]!) && !DETERMINER.test(m[1]!) && isBareInitials(m[2]!) && (isSurnameLike(m[3]!) || SURNAME_TITLES.test(m[3]!)))
      out.push(`${m[2]} ${m[3]}`);
  return out;
}

/** A firm named after its founder: "Sanford C. Bernstein and Co", "Del E. Webb Corp". */
const FIRM_AFTER_FOUNDER = /^(?:,?\s+(?:and|&)\s+(?:Co|Company|Sons|Associates|Partners)\b|,?\s+(?:Inc|Corp|Co|Cos|Ltd|GmbH|SpA|Plc|PLC|AG|NV|SA)\b)/;

/**
 * "Israel G. Grossman, 34,", "succeed Hayward L. Elliott as president": a capitalised word, a middle initial and a
 * surname are a person's name whatever the lexicon makes of the first word (a country, or nothing), unless a word
 * that the lexicon files as another kind opens it, more capitals go on (a firm's or a school's: "Johnson C. Smith
 * University"), a firm's ending follows, or it is where someone works ("analyst David Crossen of Sanford C.
 * Bernstein").
 */
function namesWithMiddleInitials(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}.'’-])(\p{Lu}\p{Ll}+) (\p{Lu})\. (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])(?!\s+\p{Lu})/gu)) {
    const [whole, first, , surname] = m as unknown as [string, string, string, string];
    if (isGivenName(first) || !lexiconTags(first).every((t) => MIDDLE_INITIAL_OPENERS.has(t))) continue;
    if (!isSurnameLike(surname.replace(/['’]s$/, ''))) continue;
    const before = sentence.slice(0, m.index).trim().split(/\s+/).at(-1) ?? '';
    if (PLACE_PREPOSITION.test(before) || DETERMINER.test(before.toLowerCase())) continue;
    if (FIRM_AFTER_FOUNDER.test(sentence.slice(m.index! + whole.length))) continue;
    out.push(whole.replace(/['’]s$/, ''));
  }
  return out;
}

/** What the lexicon may make of a name's first word before a middle initial: nothing, a surname or a country's name. */
const MIDDLE_INITIAL_OPENERS = new Set(['LastName', 'Country', 'Place', 'ProperNoun']);

/** A capitalised word after an honorific ("Mr. Hale", "Ms Quinn", "Sir Paul McCartney"). */
function namesAfterHonorifics(sentence: string): string[] {
  // With the honorific, as cleanName reads a surname that is a title's word after "Mr" ("Mr King").
  // A particle in lower case goes on into the surname ("Mr Van de Vijver"), not cutting it to "Van".
  return [...sentence.matchAll(AFTER_HONORIFIC)].map((m) => (SURNAME_TITLE_OPENS.test(m[1]!) ? m[0] : m[1]!));
}

const AFTER_HONORIFIC = new RegExp(
  `\\b(?:${HONORIFIC_PATTERN})\\.?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:${NAME_PARTICLE_PATTERN})\\s+)*\\p{Lu}[\\p{L}'’-]+){0,3})`,
  'gu',
);

/** Capitalised names written right after a title ("Mayor Ellen Park"), which compromise can miss. */
function namesAfterTitles(sentence: string): string[] {
  const words = sentence.split(/\s+/);
  const out: string[] = [];
  words.forEach((word, i) => {
    if (!isRoleHead(word) || !isPositionWing(words, i)) return;
    // The name is the run of capitalised words after the title, other title words ("Prime Minister") skipped.
    let j = i + 1;
    // So is a nationality before a name of two words ("fifth seed Czech Jiri Novak"; not "minister German Gref").
    const nationality = (k: number) => isDemonym(words[k]!) && /^\p{Lu}\p{Ll}+$/u.test(words[k + 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[k + 2] ?? '');
    while (j < words.length && (isRoleWord(words[j]!) || nationality(j)) && /^\p{Lu}/u.test(words[j]!)) j++;
    // "Secretary of Defence Caspar Weinberger": what the title is of stands before the name, which ends the run.
    if (/^(?:of|to)$/.test(words[j] ?? '') && /^\p{Lu}/u.test(words[i]!)) {
      const named = nameAfterTitleOf(words, j + 1);
      if (named) out.push(named);
      return;
    }
    const name: string[] = [];
    // A closing bracket or quote ends the name with its last word ("(Dome chairman J. Howard Macdonald)").
    // A surname joined to its particle ("Sheikh Ali Khalifa al-Sabah") goes on with it, as one after its particle in
    // small letters does ("striker Ruud van Nistelrooy").
    // Only where both fit in the name's four words: a longer one stops before it ("President Luiz Inacio Lula da Silva").
    // Two particles may go together ("chief executive Jeroen van der Veer").
    const particle = (k: number): boolean =>
      name.length > 0 &&
      name.length <= 2 &&
      NAME_PARTICLES.has(words[k]!) &&
      (/^\p{Lu}/u.test(words[k + 1] ?? '') || (name.length === 1 && NAME_PARTICLES.has(words[k + 1] ?? '') && /^\p{Lu}/u.test(words[k + 2] ?? '')));
    while (
      j < words.length &&
      name.length < 4 &&
      (/^(\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.)+)(?:[,.;:]?[)"”]?|[)"”][,.;:])$/u.test(words[j]!) ||
        (name.length > 0 && JOINED_PARTICLE_WORD.test(words[j]!)) ||
        particle(j))
    ) {
      name.push(words[j]!);
      // "St." of a surname goes on to the rest of it ("committee chairman Fernand St. Germain").
      const saint = words[j] === 'St.' && /^\p{Lu}\p{Ll}/u.test(words[j + 1] ?? '');
      if (/[,.;:)"”]$/.test(words[j]!) && !isInitials(words[j]!) && !saint) break;
      // A possessive ends the name: what follows is the person's ("Prime Minister Kalevi Sorsa's Social Democratic
      // Party").
      if (/['’]s?$/.test(words[j]!)) break;
      j++;
    }
    if (name.length >= 2) out.push(name.join(' '));
  });
  return out;
}

/**
 * The name that ends "<Title> of [the] <what it is of> <Name>" ("Secretary of Defence Caspar Weinberger", "Chancellor of
 * the Exchequer Nigel Lawson", "Minister of International Trade and Industry Hajime Tamura"), read from `from`, the word
 * after "of": the last two capitalised words of a run of three or more after the last "of", "and", "for" or "the" (three
 * with a middle initial), or null. A run of two ("Secretary of State Shultz") is a title and a surname.
 */
function nameAfterTitleOf(words: string[], from: number): string | null {
  let start = from;
  let end = from;
  while (end < words.length) {
    const w = words[end]!;
    if (/^(?:of|and|for|the)$/.test(w)) start = end + 1;
    else if (!/^(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)[,.;:]?$/u.test(w) || /['’]s$/.test(w)) break;
    end++;
    if (/[,.;:]$/.test(w) && !/^\p{Lu}\.$/u.test(w)) break;
  }
  const run = words.slice(start, end).map((w) => (/^\p{Lu}\.$/u.test(w) ? w : w.replace(/[,.;:]$/, '')));
  if (run.length < 3) return null;
  // Three words with a middle initial, or where the word before the last two is no field's and no word the lexicon
  // knows, and the first of them no known given name ("Minister of State for Commerce Priya Ranjan Dasmunsi"; not
  // "of Hong Kong Ronald Li"); a surname joined to its particle goes on with it.
  const unknown = (w: string) => isNameWord(w) && !isRoleWord(w) && lexiconTags(w).every((t) => NAME_TAGS.has(t));
  const size = run.length >= 4 && (/^\p{Lu}\.$/u.test(run.at(-2)!) || (unknown(run.at(-3)!) && !isGivenName(run.at(-2)!))) ? 3 : 2;
  const joined = run.length === end - start && JOINED_PARTICLE_WORD.test(words[end]?.replace(/[,.;:]$/, '') ?? '') ? [words[end]!.replace(/[,.;:]$/, '')] : [];
  const name = [...run.slice(-size), ...joined];
  // A given name is no word the lexicon knows otherwise: "Reserve Board" ends a body's name ("Chairman of the Federal Reserve Board").
  return isRoleWord(name[0]!) || !lexiconTags(name[0]!).every((t) => NAME_TAGS.has(t)) ? null : name.join(' ');
}

const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Person']);
/**
 * ", from the Muslim Safety Forum, said", ", from human rights group Liberty, joined calls": where someone comes from, set
 * off before their verb (of saying, or any in the past), follows a person.
 */
const FROM_BODY_SAID = /^, from (?:the )?[^,;:"]{2,60}, (?:said|says|told|added|\p{Ll}{3,}ed)\b/u;
const APPOSITIVE_FILLER = /^(a|an|the|former|then|its|his|her|their)$/i;
/** A sentence that opens on capitalised words and "is" or "was" ("Simon Perry is the editor of …"). */
const COPULA_OPENING = /^\p{Lu}[^\s,]*(?:\s+\p{Lu}[^\s,]*){1,2}( (?:is|was) )/u;
/** Kin a person is of someone ("father of", "the widow of"). */
const KIN_OF =
  /^(?:father|mother|son|daughter|wife|husband|widow|widower|brother|sister|uncle|aunt|nephew|niece|cousin|grandfather|grandmother|grandson|granddaughter|stepfather|stepmother|stepson|stepdaughter|fiancee?|fiancée?)$/;

/**
 * Names introduced with an appositive that only a person takes, whatever their given name:
 * "Yiannis Papadoyiannakis, who was head of…", "Shoichi Saba, Chairman of…", "Makoto Kuroda, vice
 * minister of…", "Tom Murtha, analyst at…". Each word must be unknown to compromise or known as a
 * name, so "Greek Olympic, who" or "Japan, the minister" is not read as one.
 */
function namesBeforeAppositives(sentence: string): string[] {
  const copula = COPULA_OPENING.exec(sentence);
  if (!sentence.includes(', ') && !copula) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    // A generation's full stop ends no name ("said L.C. Duncan Jr., vice president of corporate communications").
    const stop = GENERATION_END.test(m[0]) && sentence.startsWith('., ', m.index + m[0].length) ? 1 : 0;
    const after = sentence.slice(m.index + m[0].length + stop);
    // "Clark Boyd is technology correspondent for The World": a sentence that opens on a name and says what job they
    // hold.
    const held = m.index === 0 && copula !== null && after.startsWith(copula[1]!) && isPersonAppositive(after.slice(copula[1]!.length).split(/\s+/, 6));
    // "said Hannes Wittig, telecoms analyst at Dresdner": a job and where it is held, as appositions read it.
    if (
      !held &&
      (!after.startsWith(', ') || !(isPersonAppositive(after.slice(2).split(/\s+/, 6)) || roleAfterName(after) !== null || FROM_BODY_SAID.test(after)))
    )
      continue;
    const words = `${m[1]}${m[2]}`.split(/\s+/);
    while (words.length > 0 && (!isNameWord(words[0]!) || isRoleWord(words[0]!) || HONORIFIC.test(words[0]!))) words.shift();
    // "son of the late Beatle George Harrison,": after "the" (and a describing word), a word the lexicon does not know
    // before a given name and a surname says what the person was, as a job would.
    if (
      words.length === 3 &&
      isDescribedByThe(sentence.slice(0, m.index)) &&
      !isGivenName(words[0]!) &&
      lexiconTags(words[0]!).length === 0 &&
      isGivenName(words[1]!)
    )
      words.shift();
    const unknownOrName = (w: string, i: number) =>
      isInitials(w) ||
      NAME_PARTICLES.has(w) ||
      ((lexiconTags(w).length === 0 || lexiconTags(w).some((t) => NAME_TAGS.has(t)) || (i === 0 && isBareProperNoun(w))) && isNameWord(w));
    // Initials before it show a surname that is also a word ("D. J. Baker", "L.N. Short").
    const initialled = /^(?:\p{Lu}\.)+$/u.test(words[0] ?? '') && !PLACE_INITIALS_WORD.test(words[0]!);
    // "Anibal Teixeira de Souza": a particle inside lets a name run to four words.
    const most = words.slice(1, -1).some((w) => NAME_PARTICLES.has(w)) ? 4 : 3;
    if (words.length >= 2 && words.length <= most && words.every((w, i) => unknownOrName(w, i) || (initialled && isNameWord(w)))) out.push(words.join(' '));
  }
  return out;
}

/** Text that ends in "the", or "the" and a describing word ("the late", "the former"), before a run of capitals. */
function isDescribedByThe(before: string): boolean {
  return /(?:^|\s)the(?:\s+(?:late|former|ex|legendary|veteran|fellow))?\s+$/iu.test(before);
}

/**
 * A speaker of two or three words right after the verb of saying, where the name says where its bearer is from or a
 * person's apposition follows it ("said Einar Bjorgo from Unosat", "said Ward McCarthy of Merrill Lynch Economics
 * Inc."): only a person is so written, whatever the given name; one that closes its sentence may be a club or a firm
 * ("said Aston Villa."). Each word unknown to compromise or known as a name, and the whole no place or body.
 */
// A particle may stand before the surname ("said Jurgen den Hartog, one of the researchers").
const SAID_NAME = new RegExp(
  `(?<![\\p{L}'’-])(?:said|says|added|adds|explained|explains|noted|notes|cautioned)\\s+((?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?\\s+){1,2}(?:(?:${NAME_PARTICLE_PATTERN})\\s+){0,2}\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)(?=\\s+(?:of|from|at)\\s+(?:the\\s+)?\\p{Lu}|,)`,
  'gu',
);

/**
 * "said PBS' Jacoba Atlas.", "says Arsenal's Tomas Danilevicius,": after a cue and a body's possessive, two capitalised
 * words closing the clause are a member's name, whatever the lexicon knows of them (a firm's or a club's is not so owned).
 */
const SAID_OWNED_NAME =
  /(?<![\p{L}'’-])(?:said|says|added|adds|explained|explains|noted|notes|cautioned)\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}(?:['’]s|[sS]['’])\s+(\p{Lu}[\p{Ll}'’]+\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=\s*(?:[.,;]|$))/gu;

function namesAfterSaid(sentence: string): string[] {
  if (!/(?:said|says|added|adds|explained|explains|noted|notes|cautioned) \p{Lu}/u.test(sentence)) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(SAID_OWNED_NAME)) if (isWrittenName(m[1]!)) out.push(m[1]!);
  for (const m of sentence.matchAll(SAID_NAME)) {
    // Set off by a comma, the name must be a person's by what follows ("said Aker Verdal, a unit of Aker Norcem" is a firm's).
    const after = sentence.slice(m.index + m[0].length);
    const apposed = () => isPersonAppositive(after.slice(1).trim().split(/\s+/, 6)) || roleAfterName(after) !== null;
    if (after.startsWith(',') && !/^,\s+(?:["“]|adding\b|who\b)/.test(after) && !apposed()) continue;
    const unparticled = m[1]!
      .split(/\s+/)
      .filter((w) => !NAME_PARTICLES.has(w))
      .join(' ');
    if (isWrittenName(unparticled) || adjectiveSurname(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** "said Perrin Long of Lipper Analytical", "said Vishnu Sharp of": a given name and a surname that is also an adjective. */
function adjectiveSurname(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length === 2 &&
    isWrittenName(words[0]!) &&
    !isKnownPlace(words[0]!) &&
    lexiconTags(words[1]!).length > 0 &&
    lexiconTags(words[1]!).every((t) => t === 'Adjective' || t === 'Comparative')
  );
}

// Not after "the": "the Queen Vic" is a pub.
// Not "King" or "Queen", which name films, ships, hospitals and horses as often ("King Arthur", "Queen Mary").
const ROYAL_NAME = /(?<![\p{L}'’-])(?<![Tt]he )(?:Prince|Princess) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])(?! \p{Lu})/gu;

/**
 * "Prince Edward will also join", "the Queen and Prince Philip": a royal by title and a given name the lexicon knows,
 * found as the given name, whose role is the title before it (so "Edward — Prince", as a royal is listed).
 */
function royalNames(sentence: string): string[] {
  if (!/Prince(?:ss)? \p{Lu}/u.test(sentence)) return [];
  return [...sentence.matchAll(ROYAL_NAME)].filter((m) => isGivenName(m[1]!)).map((m) => m[1]!);
}

/** A plural noun, a role's for people included ("Congressmen", "Spokesmen"), which names no one. */
function isPluralNoun(word: string): boolean {
  return lexiconTags(word).includes('Plural') || (/(?:wo)?men$/.test(word) && isRoleWord(word.replace(/men$/, 'man')));
}

/** A name of two or three words, then a tennis match's set scores ("beat Gaston Gaudio 5-7 6-1 6-4"): a player, not a team, which wins by one score. */
const BEFORE_SET_SCORES =
  /(?<![\p{L}'’-])(?<!\b(?:at|in|on) )((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+),?\s+\d{1,2}-\d{1,2}(?:\s+\(\d+-\d+\))?\s+\d{1,2}-\d{1,2}(?![\d-])/gu;

function namesBeforeSetScores(sentence: string): string[] {
  if (!/\d-\d.*\s\d{1,2}-\d/u.test(sentence)) return [];
  return [...sentence.matchAll(BEFORE_SET_SCORES)].map((m) => m[1]!.replace(/^(?:\S+\s+)*?(?=(?:\S+\s+){1,2}\S+$)/u, '')).filter(isWrittenName);
}

/** Words that may all stand in a person's name: each a name's word, unknown to compromise or known as a name, none a role, and the whole no place or body. */
function isWrittenName(name: string): boolean {
  const words = name.split(/\s+/);
  const nameLike = (w: string) =>
    isNameWord(w) && !isRoleWord(w) && !HONORIFIC.test(w) && (lexiconTags(w).length === 0 || lexiconTags(w).some((t) => NAME_TAGS.has(t)));
  return words.every(nameLike) && !isKnownPlace(words[0]!) && !isKnownPlace(name) && !isKnownNonPerson(name);
}

/** Two capitalised words after a country's possessive ("Spain's Feliciano Lopez"), the run ending there. */
const COUNTRY_OWNS = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)['’]s (\p{Lu}[\p{L}-]+ \p{Lu}[\p{L}-]+)(?![\p{L}'’-])(?! \p{Lu})/gu;
/** Two capitalised words, opening their run, and the country they are "of" or "from" ("Conchita Martinez of Spain"). */
const OF_COUNTRY = /(?<![\p{L}'’-])(?<!\p{Lu}[\p{L}'’-]* )(\p{Lu}[\p{L}-]+ \p{Lu}[\p{L}-]+) (?:of|from) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/gu;

/**
 * Names tied to a country, whatever the given name: "Thailand's Paradorn Srichaphan", "China's Li
 * Na", "Elene Likhotseva of Russia", as sport and foreign news give a competitor or an official.
 * Both words must be unknown to the lexicon or known as names, and no place, nationality or title,
 * so "Spain's Football Federation" or "the Monetary Authority of Singapore" is no one. A country's
 * firm is written so too ("France's Pernod Ricard", "Japan's Kinki Nippon"): after a possessive the
 * name is a person's only with a known given name, a score, or another person named in the sentence
 * (`withPeople`), as a result or a draw lists players.
 */
/**
 * A word that may be part of a person's name: unknown to the lexicon or known as a name, no title, place or
 * nationality.
 */
function isNameLike(w: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) &&
    isNameWord(w) &&
    !isRoleWord(w) &&
    !HONORIFIC.test(w) &&
    !isKnownPlace(w) &&
    !isDemonym(w) &&
    lexiconTags(w).every((t) => NAME_TAGS.has(t))
  );
}

function namesWithCountries(sentence: string, withPeople: boolean): string[] {
  if (!/['’]s |\b(?:of|from) \p{Lu}/u.test(sentence)) return [];
  const out: string[] = [];
  const owned = withPeople || /\b\d+-\d+\b/.test(sentence);
  for (const m of sentence.matchAll(COUNTRY_OWNS)) {
    const words = m[2]!.split(' ');
    if (isCountry(m[1]!) && words.every(isNameLike) && (owned || isGivenName(words[0]!) || endsOnSurname(words))) out.push(m[2]!);
  }
  for (const m of sentence.matchAll(OF_COUNTRY)) if (isCountry(m[2]!) && m[1]!.split(' ').every(isNameLike)) out.push(m[1]!);
  return out;
}

/** Whether a pair's last word is one the lexicon knows as a surname ("Joachim Johansson"): a person's, no firm's. */
function endsOnSurname(words: string[]): boolean {
  return words.length === 2 && lexiconTags(words[1]!).includes('LastName');
}

/** Endings of English plural nouns ("Receipts", "Exporters", "Securities"), rare in surnames the lexicon lacks. */
const PLURAL_ENDING = /(?:ers|ors|ts|ies|ments|ions|ants|ents)$/;

/** A nationality and the two capitalised words after it, the run ending there ("fellow American Bershawn Jackson"). */
const NATIONALITY_RUN = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])(?!\s+\p{Lu})/gu;

/**
 * Names written right after a nationality ("fellow American Bershawn Jackson", "Kenyan Evans Rutto"), whatever the
 * given name, as sport and foreign news give a competitor: both words unknown to the lexicon or known as names, and no
 * place, nationality or title, so "American Express" or "British Airways" is no one. A country's firm is written so
 * too ("Japanese Kinki Nippon"): only with a known given name or another person or a score in the sentence.
 */
function namesAfterNationalities(sentence: string, withPeople: boolean): string[] {
  const owned = withPeople || /\b\d+-\d+\b/.test(sentence);
  const out: string[] = [];
  for (const m of sentence.matchAll(NATIONALITY_RUN)) {
    const words = m[2]!.split(' ');
    // A plural noun closes a body's name, no person's ("American Depositary Receipts", "Indonesian Coffee Exporters").
    const plural = PLURAL_ENDING.test(words[1]!) && !lexiconTags(words[1]!).some((t) => NAME_TAGS.has(t));
    if (isDemonym(m[1]!) && words.every(isNameLike) && !plural && (owned || isGivenName(words[0]!) || endsOnSurname(words))) out.push(m[2]!);
  }
  return out;
}

/** An age written before capitalised words, with where the person is from between ("48-year-old Australian Mamdouh Habib,"). */
const AGED_RUN = /\b\d+-year-old ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)(?=[,;:.]|\s+(\p{Ll}+))/gu;

/**
 * Names written right after an age ("48-year-old Australian Mamdouh Habib, previously accused…",
 * "101-year-old Torao Toshitsune has"), whatever the given name: two or three words, each unknown
 * to compromise or known as a name, and no job or thing after them ("17-year-old Irish League
 * midfielder", "24-year-old Los Angeles man").
 */
function namesAfterAges(sentence: string): string[] {
  if (!sentence.includes('-year-old ')) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(AGED_RUN)) {
    const words = m[1]!.split(' ');
    if (isDemonym(words[0]!)) words.shift();
    const next = m[2];
    if (next && (isRoleWord(next) || isRoleHead(next) || lexiconTags(next).includes('Noun'))) continue;
    const nameLike = (w: string) =>
      isNameWord(w) && !isRoleWord(w) && !HONORIFIC.test(w) && (lexiconTags(w).length === 0 || lexiconTags(w).some((t) => NAME_TAGS.has(t)));
    if (words.length >= 2 && words.length <= 3 && !isKnownPlace(words[0]!) && words.every(nameLike)) out.push(words.join(' '));
  }
  return out;
}

/**
 * A name and, set off by commas, an age ("Sania Mirza, 18, completed …"), which only a person has; not a tonnage ("13,847
 * dwt") nor a table's figure before the next name ("Manchester United, 25, Aston Villa, 20,"): words in small letters go on.
 */
const NAME_THEN_AGE = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+), (\d{1,2}),\s+(?=(?!(?:and|or)\s)\p{Ll})/gu;

/** Names written before an age set off by commas ("Sania Mirza, 18,"), whatever their given name. */
function namesBeforeAges(sentence: string): string[] {
  if (!/, \d{1,2},\s/.test(sentence)) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(NAME_THEN_AGE)) {
    const words = m[1]!.split(' ');
    if (isDemonym(words[0]!) || isRoleWord(words[0]!)) words.shift();
    const nameLike = (w: string) =>
      isNameWord(w) && !isRoleWord(w) && !HONORIFIC.test(w) && (lexiconTags(w).length === 0 || lexiconTags(w).some((t) => NAME_TAGS.has(t)));
    if (words.length >= 2 && !isKnownPlace(words[0]!) && words.every(nameLike)) out.push(words.join(' '));
  }
  return out;
}

/**
 * A ranking a player holds, written before the name ("world number 30 Harel Levy", "Argentina's number eight Gonzalo Longo"),
 * or a position opening the sentence ("Number eight Imanol Harinordoquy has been dropped").
 */
const RANKED_RUN =
  /(?:\b(?:world|British|European|women's|men's|\p{Lu}\p{Ll}+['’]s) number|^Number) (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])(?! \p{Lu})/gu;

/**
 * Names right after a player's ranking ("former world number 30 Harel Levy and Bogdanovic"), as sport
 * news introduces a player, whatever the given name: only a person holds a ranking so written.
 * Each word a name's, no place, nationality or title; a surname the lexicon knows as a noun ("Levy").
 */
function namesAfterRankings(sentence: string): string[] {
  if (!sentence.includes(' number ') && !sentence.startsWith('Number ')) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(RANKED_RUN)) {
    const words = m[1]!.split(' ');
    const nameLike = (w: string) => isNameWord(w) && !isRoleWord(w) && !HONORIFIC.test(w) && !isDemonym(w) && !isKnownPlace(w);
    if (words.every(nameLike)) out.push(m[1]!);
  }
  return out;
}

/** Plural nouns only people are: a list they introduce names people ("Trump advisers, including Donald McGahn and Kellyanne Conway"). */
const PEOPLE_LIST =
  /\b(?:advisers|advisors|aides|officials|ministers|executives|lawyers|players|politicians|senators|MPs|MEPs|colleagues|allies|critics|candidates|directors|economists|analysts|athletes|sprinters|actors|actresses|writers|judges),? (?:including|such as|among them) ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+(?:(?:, | and )(?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)*)/gu;

/** The names of a list of people introduced by a plural noun only people are, each unknown to compromise or known as a name. */
function namesInPeopleLists(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(PEOPLE_LIST)) {
    for (const name of m[1]!.split(/, | and /)) {
      const words = name.split(' ');
      if (words.every((w) => isNameWord(w) && (lexiconTags(w).length === 0 || lexiconTags(w).some((t) => NAME_TAGS.has(t))))) out.push(name);
    }
  }
  return out;
}

/**
 * A work's credits: who directed, wrote or starred in it ("House of Flying Daggers, directed by Yimou
 * Zhang,", "a comedy starring Paul Giamatti"), then a list of names of two or three words. Not
 * "produced by", as often a firm ("produced by Cia Brasileira").
 */
const CREDITS =
  /\b(?:(?:directed|written|scripted|narrated|choreographed|co-written|co-directed) by|starring|co-starring) ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+(?:(?:, | and |, and )(?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)*)(?![\p{L}'’-])(?! \p{Lu})/gu;

/** The names of a work's credits, each unknown to compromise or known as a name, and no place or nationality. */
function namesInCredits(sentence: string): string[] {
  if (!/\b(?:by|starring) \p{Lu}/u.test(sentence)) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(CREDITS)) {
    for (const name of m[1]!.split(/, and |, | and /)) {
      const words = name.split(' ');
      const nameLike = (w: string) =>
        isNameWord(w) && !isRoleWord(w) && !HONORIFIC.test(w) && !isDemonym(w) && (lexiconTags(w).length === 0 || lexiconTags(w).some((t) => NAME_TAGS.has(t)));
      if (!isKnownPlace(words[0]!) && words.every(nameLike)) out.push(name);
    }
  }
  return out;
}

const LIST_WORD = "\\p{Lu}[\\p{L}'’-]+";
// A squad's list gives each player's club in brackets ("Sylvain Marconnet (Stade Francais), Nicolas Mas (Perpignan)").
const LIST_ITEM = `${LIST_WORD}(?: ${LIST_WORD}){0,2}(?:\\s+\\([^()]{1,40}\\))?`;
/**
 * A list of two or more capitalised names of one to three words ("Will Smith, Kevin Spacey and Keanu
 * Reeves"), not inside a longer capitalised run, ending where a clause's word in lower case or a
 * stop follows ("Stevie Wonder, Maroon 5": the band's name goes on).
 */
const NAME_LIST = new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]*\\s)${LIST_ITEM}(?:(?:,\\s+and\\s+|,\\s+|\\s+and\\s+)${LIST_ITEM})+(?=\\s+\\p{Ll}|[,.;:!?)"”’]|$)`, 'gu');
/** Where someone in a list is from, set off by commas (", from Birmingham,", ", of New York,"). */
const HOME_ASIDE = /,\s(?:from|of)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?,/gu;
/** Tags of a word that begins no name in a list: a describing word, a place, a nationality, a body. */
const NO_LIST_FIRST_WORD = new Set(['Adjective', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Organization']);

/**
 * The other names of a list in which a name already found stands ("among them Will Smith, Kevin
 * Spacey and Keanu Reeves"): a list of names holds people alike. Each must look like a personal
 * name: its first word no describing word, place or nationality ("Will" may be one, a verb
 * elsewhere), the others unknown to the lexicon or known as names ("Golden Bear" is none). A name
 * of one word ("Sting") only in a list with two names found, and in no capitals alone ("US").
 */
function namesListedWithNames(sentence: string, found: string[]): string[] {
  const known = new Set(found.map(cleanName).filter((n): n is string => n?.includes(' ') ?? false));
  if (known.size === 0) return [];
  const out: string[] = [];
  // "Moazzam Begg, from Birmingham, and Martin Mubanga": where someone is from, set off by commas, parts no items.
  for (const m of sentence.replace(HOME_ASIDE, (aside) => `,${' '.repeat(aside.length - 1)}`).matchAll(NAME_LIST)) {
    // Each item with its bracket, whose commas do not part items ("Fabien Pelous (Stade Toulousain, capt)").
    const written = m[0].replace(/\([^()]*\)/g, (b) => b.replace(/,/g, '\u0001')).split(/,\s+and\s+|,\s+|\s+and\s+/);
    // One word in brackets is as often a show on its channel ("Shameless (Channel 4)") as a player at a club: not read.
    const items = written.filter((item) => !/^\S+\s+\(/.test(item)).map((item) => item.replace(/\s+\([^()]*\)/, ''));
    const anchors = items.filter((item) => known.has(cleanName(item) ?? '')).length;
    if (anchors === 0) continue;
    // "Jude Law and Troy star Eric Bana": the last item before a job and a name is the work or employer of the job, no person.
    const following = sentence.slice(m.index + m[0].length);
    if (/^\s+\p{Ll}+\s+\p{Lu}/u.test(following) && isRoleHead(following.trim().split(/\s+/)[0]!)) items.pop();
    for (const item of items) {
      const words = item.replace(/['’]s?$/, '').split(' ');
      // One word the lexicon knows as a person ("Morrissey beat Eminem, Usher and Robbie Williams") needs one name found beside it.
      const knownPerson = words.length === 1 && lexiconTags(words[0]!).includes('Person');
      // Nor is a plural noun one ("Two farm state Congressmen, Pat Roberts (R-Kan.) and Glenn English").
      if (words.length === 1 && ((anchors < 2 && !knownPerson) || words[0] === words[0]!.toUpperCase() || isKnownPlace(words[0]!) || isPluralNoun(words[0]!)))
        continue;
      // Nor is an adverb that opens the sentence before its comma ("Additionally, Philip Sims and Bruce Johnson were
      // named"), which the lexicon may not know; a given name in -ly is one it knows ("Kelly").
      if (words.length === 1 && m.index === 0 && item === items[0] && /\p{Ll}ly$/u.test(words[0]!) && !lexiconTags(words[0]!).some((t) => NAME_TAGS.has(t)))
        continue;
      // "Judges Simon Cowell, Louis Walsh and Sharon Osbourne": a plural noun before the first name says what they all are.
      if (words.length === 3 && /s$/.test(words[0]!) && lexiconTags(words[0]!).some((t) => t === 'Plural' || t === 'PresentTense')) continue;
      // A given name the lexicon lacks opens a name whose surname may be a plain noun ("Joss Stone").
      const unknownGiven = words.length === 2 && lexiconTags(words[0]!).length === 0;
      // "Robbie Williams, Will Young and Bob Geldof": among two names found, a given name (or "Will", a verb elsewhere)
      // opens a name whose surname may be a describing word.
      const describedSurname = words.length === 2 && anchors >= 2 && (isGivenName(words[0]!) || words[0] === 'Will') && isNameWord(words[1]!);
      const nameLike = words.every(
        (w, i) =>
          // "Graeme Le Saux": a particle inside a name of three words.
          (i === 1 && words.length === 3 && isNameParticle(w)) ||
          (i === 1 && describedSurname && lexiconTags(w).every((t) => t === 'Adjective' || t === 'Comparable')) ||
          (isNameWord(w) &&
            !isRoleWord(w) &&
            !HONORIFIC.test(w) &&
            (lexiconTags(w).length === 0 ||
              lexiconTags(w).some((t) => NAME_TAGS.has(t)) ||
              (i === 0 && !lexiconTags(w).some((t) => NO_LIST_FIRST_WORD.has(t))) ||
              (i === 1 && unknownGiven && lexiconTags(w).every((t) => t === 'Singular' || t === 'Noun')))),
      );
      if (nameLike) out.push(item);
    }
  }
  return out;
}

/**
 * A word the lexicon knows only as some proper noun, no place ("Catalina" of "Catalina Sandino Moreno,
 * who took best actress"): before a person's apposition, a given name it does not list as one.
 */
function isBareProperNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 1 && tags[0] === 'ProperNoun' && !isKnownPlace(word);
}

/** "who …", or a job whose head noun is followed by "of", "at", "for", "with" or ends the clause. */
function isPersonAppositive(words: string[]): boolean {
  if (words[0] === 'who') return true;
  // "Jurgen den Hartog, one of the TNO researchers behind the project,": one of a group holding a job.
  if (words[0] === 'one' && words[1] === 'of' && words.slice(2, 6).some((w) => /\p{Ll}s,?$/u.test(w) && isRoleHead(w.replace(/s,?$/, '')))) return true;
  // "Asif Zardari, former Prime Minister Benazir Bhutto's husband,": someone's relative is a person.
  if (POSSESSED_KIN.test(words.join(' '))) return true;
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const word = words[i]!;
    // "a lawyer representing Texaco": a participle after the job tells whom the person works for, like "of" or "for".
    if (isRoleHead(word.replace(/[,.]$/, ''))) {
      if (/[,.]$/.test(word) || /^(of|at|for|with|to|in|representing|advising|based|who)$/.test(words[i + 1] ?? '')) return true;
      // "N.J. Nicholas, president and chief operating officer, said": one holder's two jobs joined by "and".
      if (words[i + 1] === 'and' && words.slice(i + 2, i + 5).some((w) => isRoleHead(w.replace(/[,.]$/, '')))) return true;
      // "chief currency strategist", "chief money market manager", "chief Turkish economist": a head that modifies
      // the job's head after it, past a field's words or a capitalised place or nationality, goes on to it.
      const next = words[i + 1] ?? '';
      if ((isFieldWord(next) || /^\p{Lu}\p{Ll}/u.test(next)) && words.slice(i + 1, i + 4).some((w) => isRoleHead(w.replace(/[,.]$/, '')))) continue;
      return false;
    }
    // "Azmat Begg, father of Moazzam,": a relative of someone is a person, often one sharing their surname.
    if (KIN_OF.test(word)) return words[i + 1] === 'of';
    // "Pennzoil's retired president who …": a word describing the job before it ("retired", "longtime").
    const describing = i > 0 && (/^\p{Ll}+ed$/u.test(word) || HYPHENED_DESCRIPTION.test(word) || lexiconTags(word).includes('Adjective'));
    // "chief currency strategist at UBS": a field's word or two before the job's head.
    const field = isFieldWord(word) && words.slice(i + 1, i + 3).some((w) => isRoleHead(w.replace(/[,.]$/, '')));
    // "an Iraqi Kurd,", "an Iraqi Kurd living in Swansea": a people's noun ends an apposition only a person is in.
    const bare = word.replace(/[,.]$/, '');
    if (
      i > 0 &&
      (PEOPLE_NOUN.test(bare) || LONE_PERSON_NOUN.test(bare) || isDemonym(bare)) &&
      (/[,.]$/.test(word) || /^(?:who|living|based|working|born)$/.test(words[i + 1] ?? ''))
    )
      return true;
    if (!APPOSITIVE_FILLER.test(word) && !isRoleWord(word) && !/^\p{Lu}/u.test(word) && !describing && !field) return false;
  }
  return false;
}

/** A word of a job's field ("currency" of "chief currency strategist"): in small letters, no verb, adverb or function word. */
const NOT_FIELD_TAGS = new Set([
  'Verb',
  'Copula',
  'Adverb',
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Auxiliary',
  'PastTense',
  'PresentTense',
]);
function isFieldWord(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !lexiconTags(word).some((t) => NOT_FIELD_TAGS.has(t));
}

/** "wing" is a player's position only after a side's name or opening the sentence ("Leicester wing"), not "right wing", "new wing". */
function isPositionWing(words: string[], i: number): boolean {
  return !/^wing$/i.test(words[i]!) || i === 0 || /^\p{Lu}/u.test(words[i - 1]!);
}

/** Nouns for a member of a people that the lexicon's demonyms lack ("an Iraqi Kurd", "a Briton"); isDemonym knows the rest. */
/** Nouns of what a private person is ("Clem Eischen, a Portland-area resident,"): only a person is so described. */
const LONE_PERSON_NOUN = /^(?:resident|citizen|native|pensioner|housewife|widow|widower|schoolboy|schoolgirl|grandmother|grandfather)$/;
const PEOPLE_NOUN =
  /^(?:Kurd|Briton|Scot|Welshman|Welshwoman|Englishwoman|Irishwoman|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Pole|Finn|Turk|Arab|Somali|Zealander)$/;

/** An apposition that ends on someone's relative ("former Prime Minister Benazir Bhutto's husband,", "his wife,"). */
const POSSESSED_KIN =
  /^(?:\S+\s+){0,4}(?:\S+['’]s|his|her)\s+(?:late\s+|former\s+|estranged\s+)?(?:husband|wife|widow|widower|son|daughter|brother|sister|father|mother|fiancee?|partner|boyfriend|girlfriend)[,.]?$/u;

/** A surname after an elided particle ("d'Estaing", "d'Alema"), written in lower case and so in no run of capitalised words. */
const ELIDED_PARTICLE = /^d['’]\p{Lu}\p{Ll}+$/u;

/** A name cut before a surname with an elided particle ("Valery Giscard" of "Valery Giscard d'Estaing") is read whole. */
function withElidedParticle(sentence: string, name: string | null): string | null {
  if (!name) return name;
  const at = occurrences(sentence, name)[0];
  if (at === undefined) return name;
  const next = /^ (d['’]\p{Lu}\p{Ll}+)(?![\p{L}-])/u.exec(sentence.slice(at + name.length));
  return next && cleanName(`${name} ${next[1]}`) ? `${name} ${next[1]}` : name;
}

/** A lone capital and its full stop, not part of a run of initials or a body's letters ("U.S."). */
const LEADING_INITIAL = /(?<![\p{L}.'’])\p{Lu}\. $/u;

/** A name of two words with a first initial written before it ("J. Peter Grace") is read with the initial. */
function withLeadingInitial(sentence: string, name: string | null): string | null {
  if (name?.split(' ').length !== 2) return name;
  const at = occurrences(sentence, name)[0];
  const initial = at === undefined ? null : LEADING_INITIAL.exec(sentence.slice(Math.max(0, at - 4), at));
  return initial && cleanName(`${initial[0]}${name}`) ? `${initial[0]}${name}` : name;
}

/**
 * "T. Boone Pickens said", "L. Paul Bremer": a first initial, then a middle name the lexicon need not know and a
 * surname, the run ending there; not a firm's name after its founder ("T. Rowe Price Associates", "P. Young Co"),
 * nor a middle initial after a given name ("George A. Vonder Linden"); a title may stand before it ("Minister H. Onno Ruding").
 */
const INITIAL_MIDDLE_SURNAME = /(?<=^|(?:(\p{Lu}[\p{L}'’-]*)?|[^\p{L}.'’]) )(\p{Lu}\. (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+))(?![\p{L}'’-])(?! \p{Lu})/gu;
function namesAfterLeadingInitial(sentence: string): string[] {
  if (!/(?<![\p{L}.])\p{Lu}\. \p{Lu}/u.test(sentence)) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(INITIAL_MIDDLE_SURNAME))
    if ((!m[1] || isRoleWord(m[1])) && (isGivenName(m[3]!) || isSurnameLike(m[3]!)) && isSurnameLike(m[4]!) && !SUFFIX_WORDS.test(m[4]!)) out.push(m[2]!);
  return out;
}
const SUFFIX_WORDS = /^(?:Inc|Co|Corp|Ltd|Plc|PLC|AG|SA|SpA|NV|Jr|Sr)$/;

/**
 * "J. Makumbi said", "vice-president of Asahi Chemical, R. Yumikura said", "India's delegate, S. Venkitaramanan.":
 * initials spaced apart and a surname alone are a person's where they open the sentence or follow a word in small
 * letters, a comma or a quote, and a cue, a comma or the sentence's end follows. After a capitalised word or "and"
 * they end a firm's name ("Sanford C. Bernstein said", "E.D. and F. Man said"); run together they are as often a
 * firm's ("E.F. Hutton", "R.J. Reynolds") or a country's ("U.S. Goods"); a point of the compass opens a place ("W.
 * Virginia").
 */
const INITIALLED_SURNAME = /(?<![\p{L}.'’&-])((?:\p{Lu}\. )?\p{Lu}\. )(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=\s+(?:said|says|told|added)\b|\s*[,.;:]|$)/gu;
const COMPASS_PLACE = /^(?:Virginia|Carolina|Dakota)$/;
function initialledSurnames(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(INITIALLED_SURNAME)) {
    const before = sentence.slice(0, m.index).trimEnd();
    if (before !== '' && !/(?:^|\s)(?!and$|&$)\p{Ll}+[,:]?$|[,"”]$/u.test(before)) continue;
    const surname = m[2]!;
    if (!isSurnameLike(surname) || SUFFIX_WORDS.test(surname) || isKnownPlace(surname)) continue;
    if (/^[NSEW]\. $/.test(m[1]!) && COMPASS_PLACE.test(surname)) continue;
    out.push(`${m[1]!}${surname}`);
  }
  return out;
}

/** A lone given name followed by a capitalised word ("Kate McKinnon's") is read as the full name. */
function extendSingleName(sentence: string, name: string | null): string | null {
  if (!name || name.includes(' ')) return name;
  const at = occurrences(sentence, name)[0];
  if (at === undefined) return name;
  const first = isSurnameLike(name) ? firstNameBefore(sentence.slice(0, at)) : null;
  if (first && cleanName(`${first} ${name}`)) return `${first} ${name}`;
  // "its Rio Rico 16,653 acre tract": a word after a determiner and a capitalised word ends a thing's name, no one's.
  const thing = THING_BEFORE.exec(sentence.slice(0, at));
  if (thing && !HONORIFIC.test(thing[1]!) && !isRoleWord(thing[1]!)) return null;
  const next = /^\s+(\p{Lu}[\p{L}-]+)(?:['’]s?)?(?![\p{L}])/u.exec(sentence.slice(at + name.length));
  return next && cleanName(`${name} ${next[1]}`) ? `${name} ${next[1]}` : name;
}

/** A determiner and one capitalised word, right before a word found alone. */
const THING_BEFORE = /(?:^|\s)(?:the|its|their|his|her|our|this|that|these|those)\s+(\p{Lu}\p{Ll}+)\s+$/u;

/** Tags of a word that may be a given name although the lexicon does not say so: a town's name ("Rio" of "Rio Ferdinand"). */
const GIVEN_OR_TOWN_TAGS = new Set([...GIVEN_NAME_TAGS, 'City']);

/**
 * The word right before a surname found alone that is the person's given name or initials, which
 * the lexicon does not know as a given name ("Rio Ferdinand told", "tycoons JP McManus"): one
 * capitalised word, unknown to the lexicon or a town's name, no title, nationality or abbreviation,
 * opening the sentence or after a word in lower case that does not put a place before the name
 * ("in London Smith").
 */
function firstNameBefore(before: string): string | null {
  const m = /(?:^|(?:^|[\s"“‘(])(\p{Ll}+),?\s+|["“‘(]\s*)(\p{Lu}\p{Ll}+|\p{Lu}{2})\s+$/u.exec(before);
  if (!m) return null;
  const word = m[2]!;
  // "its Rio Rico 16,653 acre tract": after a determiner the words name a thing of its owner's.
  if (m[1] && (PLACE_PREPOSITION.test(m[1]) || DETERMINER.test(m[1]))) return null;
  if (word.length === 2) return isBareInitials(word) ? word : null;
  if (!isNameWord(word) || isRoleWord(word) || HONORIFIC.test(word) || KINSHIP.test(word) || isDemonym(word)) return null;
  return lexiconTags(word).every((t) => GIVEN_OR_TOWN_TAGS.has(t)) ? word : null;
}

/** Start offsets of whole-word occurrences of `name` in `text`. */
function occurrences(text: string, name: string): number[] {
  if (!text.includes(name)) return [];
  let pattern = patterns.get(name);
  if (!pattern) {
    if (patterns.size >= PATTERN_LIMIT) patterns.clear();
    const escaped = escapeRegExp(name);
    // A name cut at a hyphen ("Robert Kilroy" of "Robert Kilroy-Silk") is no occurrence.
    pattern = new RegExp(`(?<![\\p{L}]|\\p{L}-)${escaped}(?![\\p{L}]|-\\p{L})`, 'gu');
    patterns.set(name, pattern);
  }
  return [...text.matchAll(pattern)].map((m) => m.index);
}

/**
 * Whether a capitalised word is a plural noun in small letters ("Compatriots", "Teammates") and no name compromise
 * knows ("Williams", "Holmes"). compromise reads any word ending in "s" as a plural: given names that do ("Hanns",
 * "Kees", "Miles") are short, and the Greek and Latin ones end in "os", "as", "us" or "is" ("Kostas", "Stavros").
 */
function opensOnPluralNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{4,}s$/u.test(word) || /(?:os|as|us|is)$/.test(word) || lexiconTags(word).some((t) => NAME_TAGS.has(t))) return false;
  let plural = plurals.get(word);
  if (plural === undefined) {
    if (plurals.size >= PATTERN_LIMIT) plurals.clear();
    plural = nlp(word.toLowerCase()).has('#Plural');
    plurals.set(word, plural);
  }
  return plural;
}
const plurals = new Map<string, boolean>();

/** Names recur: each one's pattern is compiled once. */
const patterns = new Map<string, RegExp>();
const PATTERN_LIMIT = 50_000;
