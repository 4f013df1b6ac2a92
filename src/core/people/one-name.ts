/**
 * People who go by one name (Dido, Bono, Ronaldinho), found only where the sentence itself says
 * the name is a person's: a role right before it ("singer Dido", "U2 frontman Bono"), a role set
 * off after it ("Dido, the singer,"), or a quote it speaks ('"…," said Bono'). A lone capitalised
 * word is as often a place, a club, a band or a firm, so the word must also be one compromise's
 * lexicon does not know, or knows as a name, and never a place or a nationality.
 */
import { NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { isNameParticle, JOINED_PARTICLE_WORD } from '../text/name-particles.js';
import { isRoleWord } from './roles.js';
import { isDemonym, isKnownNonPerson, isKnownPlace, isNameWord } from './not-a-person.js';

/** A lone capitalised word as written, with what may end it (a possessive, punctuation). */
const ONE_WORD = /^(\p{Lu}\p{Ll}[\p{L}'’-]*?)(?:['’]s?)?[,.;:!?)]*$/u;
/** Words before a role that make it an award's category ("best actress Oscar"), not a person's job. */
const AWARD_CATEGORY = /^(best|supporting|leading)$/i;
/**
 * Role heads that only a person holds and that are no verbs, of the arts, media, sport and public
 * office: a firm can be a "producer", "manager" or "leader", a film a "nominee", and "head" and
 * "chair" are verbs ("to head Lampard's corner"), so none of those shows a one-word name is a person.
 */
const ONE_NAME_HEADS = new Set(
  (
    'singer rapper actor actress comedian presenter star striker midfielder defender goalkeeper winger sprinter athlete player ' +
    'captain coach guitarist drummer bassist frontman frontwoman pianist violinist conductor composer songwriter novelist author ' +
    'playwright screenwriter choreographer photographer columnist minister president premier senator governor mayor ambassador ' +
    'spokesman spokeswoman ' +
    // A player's position ("Cardiff Blues flanker Williams"); not "prop" or "wing", which are verbs and nouns of things too.
    'flanker fly-half scrum-half full-back fullback hooker batsman bowler spinner paceman wicketkeeper wicket-keeper all-rounder ' +
    'keeper skipper jockey cyclist swimmer boxer golfer hurdler quarterback playmaker centre-back centre-half ' +
    // One who has run in the Games ("Olympian Tomlinson tried to play catch up").
    'olympian paralympian'
  ).split(' '),
);

/** True for a role head that shows the one word after it is a person's name. */
function isOneNameHead(word: string): boolean {
  return ONE_NAME_HEADS.has(word.toLowerCase());
}

/** Titles of public office, capitalised before a name as a title ("Energy Minister Subroto", "President Chun"); not "Premier", a league's word. */
const OFFICE_TITLE = /^(?:Minister|President|Senator|Governor|Mayor|Ambassador)$/;

/** A head that also opens titles of works and teams ("Star Wars", "Red Star Belgrade"), so only in lower case is it a role. */
const TITLE_NOUNS = /^Star$/;

/** True for a word that can be a one-word person's name: capitalised, no role, no place, and unknown to the lexicon or known as a name. */
export function isOneNameWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) || !isNameWord(word) || isRoleWord(word)) return false;
  if (isKnownPlace(word) || isDemonym(word)) return false;
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.some((t) => NAME_TAGS.has(t));
}

/**
 * Whether the capitalised office at `i` (not the sentence's first word) names the holder after it: not after an article
 * ("The Mayor Gallery", a place named for it) nor inside another's title ("Chairman of President Reagan's Council"),
 * and not before a dash run on ("Reagan--whose").
 */
function holdsOffice(words: string[], i: number): boolean {
  const before = words[i - 1]!;
  const inTitle = /^of$/i.test(before) && isRoleWord(words[i - 2] ?? '');
  return !/^(?:the|a|an)$/i.test(before) && !inTitle && !words[i + 1]!.includes('--');
}

/**
 * The one-word names a sentence writes right after a role ("Brazil striker Ronaldinho scored"), where
 * no capitalised word or name particle follows (that is a longer name: "striker Ruud van Nistelrooy").
 * The role's head is in lower case, or capitalised only as the sentence's first word ("Singer Dido").
 */
export function oneNamesAfterRoles(sentence: string): string[] {
  const words = sentence.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const head = words[i]!;
    if (!isOneNameHead(head)) continue;
    if (/^\p{Lu}/u.test(head) && (TITLE_NOUNS.test(head) || (i > 0 && !OFFICE_TITLE.test(head)))) continue;
    if (/^\p{Lu}/u.test(head) && i > 0 && !holdsOffice(words, i)) continue;
    if (AWARD_CATEGORY.test(words[i - 1] ?? '')) continue;
    const m = ONE_WORD.exec(words[i + 1]!);
    if (!m || !isOneNameWord(m[1]!)) continue;
    const ended = m[0] !== m[1];
    const next = words[i + 2];
    // A particle joined to the surname after it goes on with the name ("Zaid al-Rifa'i", "Hafez al-Assad").
    if (!ended && next !== undefined && (/^["“(]?\p{Lu}/u.test(next) || isNameParticle(next) || JOINED_PARTICLE_WORD.test(next))) continue;
    // A bracket round the title and given name leaves the surname after it ("(Prime Minister Yasuhiro) Nakasone").
    if (m[0].endsWith(')') && next !== undefined && /^\p{Lu}/u.test(next)) continue;
    out.push(m[1]!);
  }
  return out;
}

/**
 * A role set off after a name and closed there: ", the singer,", ", a Brazil striker who…" or
 * ", U2's frontman,"; not ", the captain of Chelsea", ", the king of the Kop", which may be figures of speech.
 */
const ROLE_AFTER = /^,\s+(?:(?:the|a|an|his|her|their|its)\s+|(?=\p{Lu}[\p{L}\d]*['’]s\s))((?:[\p{L}\d'’-]+\s+){0,3}?)(\p{L}+)(?=[,.;:)]|\s+who\b)/u;

/**
 * A post held, in a relative clause only people take: "Swett, who was Finance Minister of Ecuador
 * between August 1984 and…". Its head may run on into "of" and the body it is of.
 */
const WHO_HELD =
  /^,\s+who\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains)\s+(?:(?:the|a|an|its|their)\s+|(?=\p{Lu}[\p{L}\d]*['’]s\s))?((?:[\p{L}\d'’-]+\s+){0,3}?)(\p{L}+)(?=[,.;:)]|\s+(?:of|at|for|in|between|from|until|since)\b)/u;

/**
 * The role written right after a one-word name as an apposition ("Dido, the singer," → "singer";
 * "Bono, U2's frontman," is read the same way), or null. Every word before the head must be a
 * role word or capitalised ("the Devon singer"), so "Arsenal, the club's rivals" is none.
 */
export function roleAfter(afterName: string): string | null {
  const m = ROLE_AFTER.exec(afterName) ?? WHO_HELD.exec(afterName);
  if (!m || !isOneNameHead(m[2]!)) return null;
  const modifiers = m[1]!.trim().split(/\s+/).filter(Boolean);
  if (!modifiers.every((w) => isRoleWord(w) || /^\p{Lu}/u.test(w) || /^\d/.test(w))) return null;
  return [...modifiers, m[2]!].join(' ');
}

/** The one-word names a sentence writes with a role after them ("Dido, the singer,"). */
export function oneNamesBeforeRoles(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=,\s)/gu)) {
    const before = sentence.slice(0, m.index).trimEnd().split(/\s+/).at(-1) ?? '';
    // A word run on from a capitalised one is the end of a longer name ("Nikos Papas, the coach").
    if (/^\p{Lu}/u.test(before) && !/[,;:.!?"]$/.test(before)) continue;
    // Nor is the place a title is of ("Lord Roberts of Conwy, who was a Welsh Office minister").
    if (/^of$/i.test(before)) continue;
    if (isOneNameWord(m[1]!) && roleAfter(sentence.slice(m.index + m[0].length))) out.push(m[1]!);
  }
  return out;
}

/** A closing quote, then the speech verb and the speaker, or the speaker and the verb: '…," said Bono.' or '…," Bono said'. */
const QUOTE_SPEAKERS = [
  /[,?!]"\s+(?:said|says|added)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=[.,;]|$)/gu,
  /[,?!]"\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:said|says|added)(?=[.,;:]|$)/gu,
];

/**
 * The one-word names a sentence gives as a quote's speaker, only those compromise's lexicon knows
 * as a person: an unknown word there is as often a paper, a body or a misspelt surname ("said
 * Izvestia", "said Uefa").
 */
function oneNameSpeakers(sentence: string): string[] {
  if (!sentence.includes('"')) return [];
  const out: string[] = [];
  for (const pattern of QUOTE_SPEAKERS)
    for (const m of sentence.matchAll(pattern)) if (isOneNameWord(m[1]!) && lexiconTags(m[1]!).includes('Person')) out.push(m[1]!);
  return out;
}

/** Plural nouns that only people are (no band is "singers"; "stars", "artists" and "acts" may be bands), then a list of names. */
const PEOPLE_LIST = new RegExp(
  `\\b(?:singers|rappers|actors|actresses|comedians|presenters|strikers|sprinters|athletes|guitarists|drummers|pianists|composers|novelists|authors|playwrights),? (?:(?:including|such as|like|among them) )?(${listOf(`(?:Sir |Dame )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}`)})`,
  'gu',
);

function listOf(item: string): string {
  return `${item}(?:(?:, | and |, and )${item})*`;
}

/** The one-word names in a list of people a plural noun only people are introduces ("A-list singers Madonna, Sir Elton John, Nelly and Usher"). */
function oneNamesInPeopleLists(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(PEOPLE_LIST))
    for (const item of m[1]!.split(/, and |, | and /)) if (!item.includes(' ') && isOneNameWord(item)) out.push(item);
  return out;
}

/**
 * A name a person goes by, given as such: "The man behind Suprnova.org, who goes by the nickname
 * Sloncek,", "who calls himself Sloncek". "who" and "himself" say it is a person's.
 */
const GOES_BY =
  /\bwho\s+(?:goes|went|go|is\s+known|was\s+known)\s+(?:by|as)\s+(?:the\s+)?(?:(?:nick|user|screen|pen|code|stage)\s*name\s+|moniker\s+|alias\s+|pseudonym\s+)?["“]?(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=["”]?[,.;:)]|["”]?$)|\bwho\s+call(?:s|ed)\s+(?:himself|herself)\s+["“]?(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=["”]?[,.;:)]|["”]?$)/gu;

function oneNamesGoneBy(sentence: string): string[] {
  return [...sentence.matchAll(GOES_BY)].map((m) => (m[1] ?? m[2])!).filter(isOneNameWord);
}

/** One-word names a sentence speaks of as people's without a role: a quote's speaker, a name in a list of people, a nickname. */
export function oneNamesOfPeople(sentence: string): string[] {
  return [...oneNameSpeakers(sentence), ...oneNamesInPeopleLists(sentence), ...oneNamesGoneBy(sentence)];
}

/**
 * The full names a story writes once for people it also calls by one word ("Milan Baros" for
 * "striker Baros"), by one-word name: exactly one capitalised word other than a role or a
 * possessive stands right before the name anywhere, that word is unknown to the lexicon or known
 * as a name, and the two are no place ("Hong Kong"); so "Milan Baros" stays "Baros" (Milan is a
 * city too). One pass over the sentences, whatever the number of names.
 */
export function fullNamesOf(oneNames: Set<string>, sentences: string[]): Map<string, string> {
  const given = new Map<string, Set<string>>();
  for (const sentence of sentences) {
    const words = sentence.split(' ');
    for (let i = 1; i < words.length; i++) {
      const name = words[i]!.replace(/(?:['’]s?)?[,.;:!?)"]*$/, '');
      if (!oneNames.has(name)) continue;
      // A possessive ("Barcelona's Ronaldinho"), a role ("Striker Novo") or a function word is no given name.
      const first = words[i - 1]!.replace(/^["(]+/, '');
      if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(first) || /['’]s$/.test(first) || !isNameWord(first) || isRoleWord(first)) continue;
      given.set(name, (given.get(name) ?? new Set()).add(first));
    }
  }
  const out = new Map<string, string>();
  for (const [name, firsts] of given) {
    const first = firsts.size === 1 ? [...firsts][0]! : null;
    if (first && isOneNameWord(first) && !isKnownNonPerson(`${first} ${name}`)) out.set(name, `${first} ${name}`);
  }
  return out;
}
