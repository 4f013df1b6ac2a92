/**
 * Names the cast does not know, read only where a speaker stands ("…," said Papadakis; the ITF
 * said; Norvik and Castell said): a speaker slot holding nothing but capitalised words is a name,
 * of a person or of a body. A surname alone is widened to the full name the article gave it
 * earlier ("Papadakis" → "Yannis Papadakis").
 */

import { BODY_WORD_PATTERN } from './body-words.js';
import nlp from '../text/nlp.js';
import { isRoleHead } from '../people/roles.js';
import { isKnownNonPerson, isKnownPlace } from '../people/not-a-person.js';
import { lexiconTags } from '../text/nlp.js';
import { JOINED_PARTICLE_PATTERN, NAME_PARTICLE_PATTERN } from '../text/name-particles.js';

/** Capitalised words that start sentences or clauses and never name a speaker. */
const NOT_NAMES = new Set(
  (
    'The A An This That These Those It Its There Here He She They We I You His Her Their Our My Your But And Or So Yet ' +
    'However Also Then When While If As Asked After Before Since In On At For With By From To Some Many Most All Both Each Other ' +
    'Others Another One Meanwhile Later Earlier Now Still Today Yesterday Tomorrow Tonight Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday January February March April May June July August September October November December Last Next ' +
    // Sentence adverbs and prepositions that open a sentence, and "Exchequer", which ends a title ("Chancellor of the Exchequer").
    'Thus Hence Therefore Moreover Indeed Instead Nevertheless Nonetheless Furthermore Consequently Accordingly Similarly Likewise Overall ' +
    'Separately Elsewhere Additionally Finally Initially Ultimately Alternatively Again Besides Otherwise ' +
    'Despite Amid Although Exchequer ' +
    'Speaking Analysts Officials Sources Critics Experts Observers Residents Witnesses Reporters Police'
  ).split(' '),
);
/** Words that make a capitalised name a title rather than a given name ("President Smart"). */
const TITLES = new Set(
  (
    'President Secretary Minister Chairman Chairwoman Senator Sen Rep Representative Governor Gov General Gen Judge Justice Director ' +
    'Chief Mr Mrs Ms Dr Prof Sir Lord Lady Dame King Queen Prince Princess Pope Father Rev Officer Agent Detective Captain Coach ' +
    'Manager Mayor Speaker Leader Commissioner Ambassador Deputy Under Vice Commerce Treasury State Trade Defence Defense'
  ).split(' '),
);
/** Words that end the names of bodies, not people. */
const BODY_WORDS = new RegExp(`(?<![\\p{L}])(?:${BODY_WORD_PATTERN})(?![\\p{L}])`, 'u');

/** Whether a capitalised word is a title or a word that opens clauses, never the first word of a name ("Chairman", "However"). */
export function isNeverGivenName(word: string): boolean {
  return TITLES.has(word) || NOT_NAMES.has(word);
}

/** A capitalised word, perhaps an initial's; a firm's letters may be joined by "&" ("B&B", "AT&T"), with no stop of their own. */
const WORD = `(?:\\p{Lu}[\\p{L}'’-]*(?:&\\p{Lu}[\\p{L}'’-]*)+|\\p{Lu}[\\p{L}'’-]*\\.?)`;
/** Small words of names that stand before a capitalised surname ("Orlando dos Santos", "Ludwig van Beethoven"). */
const PARTICLE = `(?:${NAME_PARTICLE_PATTERN}|das|do)`;
/** A name's words, a particle perhaps before any of them ("dos Santos said"). */
const RUN = `(?:${PARTICLE}\\s+)?${WORD}(?:\\s+(?:${PARTICLE}\\s+)?${WORD}){0,4}`;
/**
 * A phrase that is only a name (or two joined by "and"), perhaps after "the" or a conjunction that
 * opens the sentence ("But AMC said"), perhaps with "of X" after a full name. A sentence's opening
 * "The" is the same article ("The Tories called it …", "The Bundesbank said …").
 */
const WHOLE_NAME = new RegExp(
  `^\\s*(?:(?:But|And|Yet|So|Still)\\s+)?(?:[Tt]he\\s+)?(${RUN}(?:\\s+(?:and|&)\\s+(?:the\\s+)?${RUN})?)(\\s+(?:of|from|at)\\s+.*)?\\s*$`,
  'u',
);
/**
 * A two- or three-word name ending a phrase after a lower-case role word ("Greek sprint coach Nikos Papas", "Delhi
 * stockbroker B. D. Aggarwal", "oilman T. Boone Pickens").
 */
const NAME_AFTER_ROLE =
  /(?=\p{Lu})(?<=\p{Ll}[\p{L}-]*\s+)((?:\p{Lu}\.\s+){1,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*$/u;

/**
 * Nouns that say what kind of body or voice the name after them is ("telecom regulator Ofcom",
 * "analysts Ovum", "internet service provider Plus.net"), so that even a one-word name there is one.
 */
const KIND_NOUNS =
  'regulator|watchdog|analysts?|consultancy|consultants?|provider|operator|firm|company|group|maker|carmaker|automaker|giant|retailer|' +
  'bank|broker|agency|network|broadcaster|airline|carrier|rival|publisher|insurer|union|charity|organisation|organization|body|' +
  'website|site|service|lobby|campaigners?|researchers?|pollsters?|association|chain|supplier|distributor|manufacturer|' +
  // "Chart-topping pop band Busted have confirmed …", "record label Universal".
  'band|duo|trio|label|studio|' +
  // "the independent think-tank The Brookings Institution says"
  'think-tank|thinktank|forecasters?';
/** A name of a body: capitalised words, one of them perhaps with a dot or digits ("Plus.net", "Freedom2surf", "4Cast", "7-Eleven"). */
const BODY_NAME = `(?:\\p{N}+-?(?=\\p{Lu}))?\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?<![.'’])(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?<![.'’])){0,2}`;
/**
 * The kind noun and the name after it, perhaps with the name's short form in brackets between ("provider (ISP) Plus.net"),
 * or a "the" between them, the name's own or the apposition's ("think-tank The Brookings Institution", "ruling body the IAAF").
 */
const KIND_THEN_NAME = `(?<![\\p{L}])(?:${KIND_NOUNS})\\s+(?:\\([^()]{1,20}\\)\\s+)?(?:[Tt]he\\s+)?(${BODY_NAME})`;
const KIND_NAME_AT_END = new RegExp(`${KIND_THEN_NAME}\\s*$`, 'u');
/**
 * A clause that opens on a few words of the kind noun's own (no preposition: "talks with rival Ford"
 * are no subject), the noun and a name, and goes on with its verb ("Telecom analysts Ovum welcomed …").
 */
const KIND_NAME_OPENING = new RegExp(
  `^\\s*(?:(?!(?:of|in|on|at|for|with|by|from|to|and|or|but|as|after|before|that|which|who)\\s)[\\p{L}-]+\\s+){0,3}?${KIND_THEN_NAME}\\s+(?=\\p{Ll})`,
  'u',
);

/** What a one-word name is "of": a few capitalised words and nothing else. */
const OF_CAPITALS = /^\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$/u;

/** The name a speaker phrase consists of, when the cast does not know it, or null. */
export function readUnknownName(text: string): { speaker: string; start: number } | null {
  const phrase = withoutApposition(text);
  const initialled = INITIALLED_NAME.exec(phrase);
  if (initialled) return { speaker: initialled[1]!, start: initialled.index + initialled[0].indexOf(initialled[1]!) };
  const whole = WHOLE_NAME.exec(phrase);
  if (
    whole &&
    acceptable(whole[1]!) &&
    (!whole[2] || whole[1]!.split(/\s+/).length >= 2) &&
    !describedByOpeningThe(phrase, whole[1]!) &&
    !onlyTitles(whole[1]!)
  )
    return { speaker: withoutTitle(whole[1]!), start: whole.index + whole[0].indexOf(whole[1]!) };
  // One word's name goes on with "of" and a place ("Lloyds of London", "Volkswagen of America"): the whole is a body's
  // name, as the one word alone may not be. (A firm after "of" is whom a person works for: "Liro of Warburg".)
  const ofPlace = whole && !whole[1]!.includes(' ') ? OF_CAPITALS.exec(whole[2] ?? '') : null;
  if (ofPlace && isKnownPlace(ofPlace[1]!) && acceptable(whole![1]!) && !onlyTitles(whole![1]!) && !isRoleHead(whole![1]!.toLowerCase()))
    return { speaker: `${whole![1]!} of ${ofPlace[1]!}`, start: whole!.index + whole![0].indexOf(whole![1]!) };
  const initialledAfterRole = INITIALLED_AFTER_ROLE.exec(phrase);
  if (initialledAfterRole) return { speaker: initialledAfterRole[1]!, start: initialledAfterRole.index };
  const afterRole = NAME_AFTER_ROLE.exec(phrase);
  if (afterRole && acceptable(afterRole[1]!.replace(MONTH_GIVEN_NAME, ''))) return { speaker: withoutTitle(afterRole[1]!), start: afterRole.index };
  return afterKind(KIND_NAME_AT_END.exec(phrase));
}

/**
 * "J.S. Simon", "W.A. Kistler": initials run together before a surname, perhaps with where the person is from
 * after it. Not a place's or a body's letters ("U.S. Steel", "U.K. Treasury").
 */
const INITIALS_AND_SURNAME =
  "(?!(?:U\\.S\\.|U\\.K\\.|U\\.N\\.|E\\.C\\.|E\\.E\\.C\\.|U\\.S\\.S\\.R\\.)\\s)((?:\\p{Lu}\\.){1,2}\\p{Lu}\\.?\\s*\\p{Lu}\\p{Ll}[\\p{L}'’-]+)";
const INITIALLED_NAME = new RegExp(`^\\s*${INITIALS_AND_SURNAME}(?:\\s+(?:of|from|at)\\s+.*)?\\s*$`, 'u');
/**
 * The same after a lower-case role word ("Assistant banking commissioner K.K Wong"); the last initial's stop may be lost.
 * Tried only where an initial stands, so that a run of blanks is not read back at each of its places.
 */
const INITIALLED_AFTER_ROLE = new RegExp(`(?=\\p{Lu}\\.)(?<=\\p{Ll}[\\p{L}-]*\\s+)(?<!(?<![\\p{L}])(?:the|a|an)\\s+)${INITIALS_AND_SURNAME}\\s*$`, 'u');

/** A month that is also a woman's given name, before her surname ("food analyst June Page"): after a role word it is hers. */
const MONTH_GIVEN_NAME = /^(?:April|May|June)\s+(?=\p{Lu})/u;

/** "General Manager", "Deputy Director": a run of titles' words is a role, no one's name. */
function onlyTitles(name: string): boolean {
  return name
    .trim()
    .split(/\s+/)
    .every((w) => TITLES.has(w.replace(/\.$/, '')));
}

/** A name after the noun of its kind ("regulator Ofcom") at the start of a clause whose verb follows, or null. */
export function kindNameOpening(text: string): { speaker: string; start: number; sure: true } | null {
  const found = afterKind(KIND_NAME_OPENING.exec(text));
  return found ? { ...found, sure: true } : null;
}

function afterKind(m: RegExpExecArray | null): { speaker: string; start: number } | null {
  if (!m || !acceptable(m[1]!)) return null;
  return { speaker: m[1]!, start: m.index + m[0].lastIndexOf(m[1]!) };
}

/**
 * The name that opens a clause the cast does not know ("Wenger initially refused to bite back"):
 * a run of capitalised words followed by a small word. Only a candidate: it stands for a person
 * when the article gives it as a full name (see settleSpeaker).
 */
export function leadingName(text: string): { speaker: string; start: number; sure?: boolean } | null {
  const m = /^(\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+\p{Ll}/u.exec(text);
  if (!m || !acceptable(m[2]!)) return null;
  // A body's name says it is one ("General Motors will not comment …, saying").
  if (BODY_WORDS.test(m[2]!)) return { speaker: m[2]!, start: m[1]!.length, sure: true };
  // An honorific is no part of the name ("Mr Hockney meanwhile told …" is Hockney, widened later).
  const words = m[2]!.split(/\s+/);
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return { speaker: words.join(' '), start: m[1]!.length };
}

/**
 * The phrase without a description set off by brackets or dashes after the name ("Nikos Pallas (the
 * federation head)", "Nikos Pallas - the federation head -"), blanked so that offsets hold.
 */
function withoutApposition(phrase: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // Each match starts where its blanks start: tried inside a long run of blanks, each would scan the rest of the run.
  return (
    phrase
      .replace(/(?<!\s)\s*\((?:the|a|an)\s[^()]*\)/giu, blank)
      // A nickname in brackets inside the name ("James E. (Jim) Nugent") is no part of it.
      .replace(/(?<=\p{L}\.?)\s*\(\p{Lu}\p{Ll}+\)(?=\s+\p{Lu}\p{Ll})/gu, blank)
      .replace(/(?<!\s)\s+[-–—]\s+(?:the|a|an)\s[^-–—]*(?:[-–—]|$)/giu, blank)
  );
}

/**
 * "The MP, who is consulting his lawyers, told …", "The Spaniard said": after a sentence's opening "The", one
 * capitalised word that is a title or a nationality describes someone; it names no one.
 */
function describedByOpeningThe(phrase: string, name: string): boolean {
  if (/\s/.test(name.trim()) || !/^\s*(?:(?:But|And|Yet|So|Still)\s+)?The\s/.test(phrase)) return false;
  return isRoleHead(name) || nlp(name).has('#Demonym');
}

/** "Sen. Mark Ellery" → "Mark Ellery": a title before a full name is a role, not part of the name; not one joined to another name ("Queen and Duke"). */
function withoutTitle(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 2 && TITLES.has(words[0]!.replace(/\.$/, '')) && !/^(?:and|&)$/.test(words[1]!)) words.shift();
  return words.join(' ');
}

function acceptable(name: string): boolean {
  const words = name.split(/\s+|\s*&\s*/).filter((w) => w !== 'and' && w !== 'the');
  // A possessive ("Britain's") is no speaker; neither is a run of sentence-starting words, nor an
  // abbreviation alone (the "Calif." of "San Jose, Calif.,").
  if (words.length === 1 && /^\p{Lu}\p{Ll}*\.$/u.test(words[0]!)) return false;
  // A state or province says where someone is from ("Lindner, the Cincinnati, Ohio, investor"; "of Fort Worth,
  // Texas"): it speaks for no one. A city or a country may ("Liverpool said", "Tokyo said", "Japan said"), for its
  // team or its government; so may Washington, a state's name and the capital's.
  if (isRegion(words.join(' '))) return false;
  return words.every((w) => !NOT_NAMES.has(w.replace(/\.$/, '')) && !/['’]s?$/.test(w));
}

/**
 * The full name an article gave a name used alone earlier: a surname ("Yannis Papadakis" for
 * "Papadakis"), or a given name (`isGivenName`: "Robert Kilroy-Silk" for "Robert"); else the name.
 */
export function expandName(name: string, earlier: Iterable<string>, isGivenName: (word: string) => boolean): string {
  // A surname with its particle ("dos Santos") widens like any other; a particle never opens a given name.
  if (new RegExp(`^${PARTICLE}\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*$`, 'u').test(name)) return widenSurname(name, earlier);
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(name)) return name;
  const given = isGivenName(name);
  const full = given
    ? new RegExp(`(?<![\\p{L}])${name}\\s+((?:\\p{Lu}\\.\\s+)?\\p{Lu}\\p{Ll}[\\p{L}'’-]*)`, 'gu')
    : // A name running on into another capitalised word is a longer name's ("Hong Kong Stock Exchange").
      new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?)\\s+${name}(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
  for (const sentence of earlier) {
    for (const m of sentence.matchAll(full)) {
      const other = m[1]!.split(/\s+/)[0]!;
      if (TITLES.has(other) || NOT_NAMES.has(other) || BODY_WORDS.test(m[1]!)) continue;
      return given ? `${name} ${m[1]}` : `${m[1]} ${name}`;
    }
  }
  return name;
}

/** "dos Santos" → "Orlando dos Santos": the given name an earlier sentence put before a surname that opens on a particle. */
function widenSurname(name: string, earlier: Iterable<string>): string {
  const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${name}(?![\\p{L}])`, 'u');
  for (const sentence of earlier) {
    const given = full.exec(sentence)?.[1];
    if (given && !TITLES.has(given) && !NOT_NAMES.has(given)) return `${given} ${name}`;
  }
  return name;
}

/** A family name joined to its particle, after the given names ("Ali al-Khalifa al-Sabah"). */
const JOINED_SURNAMES = `(?:\\s+(?:${JOINED_PARTICLE_PATTERN})-\\p{Lu}[\\p{Ll}'’]+)`;

/**
 * A surname may join two capitalised parts ("Moussavar-Rahmani") or hold a capital after its prefix
 * ("McCarthy", "MacIntyre", "O'Brien"); the given name may be an initial without its full stop, as
 * the BBC writes it ("E Hayot"), though not "A" or "I", which open sentences.
 */
const PERSON_NAME = new RegExp(
  `^(?:\\p{Lu}\\p{Ll}+|(?![AI]\\s)\\p{Lu})(?:\\s+\\p{Lu}\\.)?(?:(?:\\s+(?:${PARTICLE}\\s+)?(?:Ma?c\\p{Lu}|\\p{Lu}['’]\\p{Lu}|\\p{Lu})[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’]+)?){1,2}${JOINED_SURNAMES}{0,2}|${JOINED_SURNAMES}{1,2})$`,
  'u',
);

/** Whether a name the cast does not know reads as a person's (given name and surname), not a body's. */
export function looksLikePersonName(name: string): boolean {
  // "United States", "Merrill Lynch": a place or a firm the lexicon knows has a person's shape too.
  return (PERSON_NAME.test(name) || INITIALLED_NAME.test(name)) && !BODY_WORDS.test(name) && !isKnownNonPerson(name);
}

/** Whether a name holds a word of bodies ("Acme Corp", "Bank of New York"), not only of people. */
export function looksLikeBodyName(name: string): boolean {
  return BODY_WORDS.test(name);
}

/** A sentence's opening kind noun and the body's name after it, before its verb ("Private forecaster Accu-Weather reported"); read with the first letter small. */
const KIND_THEN_VERB = new RegExp(
  `^\\s*(?:the\\s+)?(?:\\p{L}[\\p{L}-]*\\s+){0,2}(?:${KIND_NOUNS})\\s+(${BODY_NAME})\\s+(?:also\\s+|has\\s+|have\\s+|had\\s+)?\\p{Ll}+(?:s|ed)\\b`,
  'u',
);

/**
 * The body a sentence opens on as its subject ("BT wants lighter regulation", "American Motors Corp
 * has agreed …"): a name that holds a body word, or an acronym, followed by its verb; else null.
 */
export function bodySubject(sentence: string): string | null {
  // "Private forecaster Accu-Weather reported today …": a body its kind names, perhaps after one word that says more of it.
  const kind = KIND_THEN_VERB.exec(sentence.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
  // Not a person so brought in ("Analyst John Smith expects").
  if (kind && acceptable(kind[1]!) && !looksLikePersonName(kind[1]!)) return kind[1]!;
  // "The BPI is equally quick to condemn …": an acronym after "The" is a body too, named by its letters.
  const acronym = /^\s*The\s+(\p{Lu}{2,5})\s+(?:also\s+|has\s+|have\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?\p{Ll}+(?:s|ed)\b/u.exec(sentence);
  if (acronym) return acronym[1]!;
  // A sentence's opening "The" is no part of the name ("The EC Commission charged that …"). A modal may stand before
  // the verb ("The China Three Gorges Project Corp could now face a fine"), and a body's name run to five words.
  const m =
    /^\s*(?:The\s+(?=\p{Lu}))?(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4})\s+(?:(?:also\s+|has\s+|have\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?\p{Ll}+(?:s|ed)|(?:could|may|might|must|should|can)\s+(?:now\s+|also\s+|still\s+)?\p{Ll}+)\b/u.exec(
      sentence,
    );
  if (!m || !acceptable(m[1]!)) return null;
  const name = m[1]!;
  // A kind of body alone names none ("Airline chaos", a headline whose noun ends in "s" like a verb), but a chamber of
  // state does ("Congress voted").
  if (!name.includes(' ') && !/^\p{Lu}{2,5}$/u.test(name) && !/^(?:Government|Parliament|Senate|House|Congress)$/.test(name)) return null;
  return BODY_WORDS.test(name) || /^\p{Lu}{2,5}$/u.test(name) ? name : null;
}

/**
 * A statement its issuer put out, as a sentence's subject before its verb ("A statement issued by the conference here
 * said …", "A statement issued after a cabinet meeting said …"): whom a following "it said" means, with its issuer.
 */
const ISSUED_DOCUMENT =
  /^\s*(?:[^,"“”]{1,80},\s*)?((?:[Tt]he|An?)\s+(?:statement|communique|report))\s+(?:issued|released|published)\s+((?:by|after)\s+[^,"“”]{1,40}?)\s+(?:(?:here|there|today|yesterday|also|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|\p{Ll}+ed|\p{Ll}+s)\b/u;

/**
 * A writing a sentence has as its subject, perhaps after an opening clause ("Other than its warning on possible
 * tax hikes, the NIESR report was optimistic …"), named or not, perhaps before a modal ("The report may also
 * undermine …"), or a body or a paper by its noun ("The ministry cited a survey …", "The paper put output at …"): whom a
 * following "It said" means; else null.
 */
export function documentSubject(sentence: string): string | null {
  const issued = ISSUED_DOCUMENT.exec(sentence);
  if (issued) return `${issued[1]!.replace(/^(The|An?)\b/, (w) => w.toLowerCase())} issued ${issued[2]!}`;
  const m =
    /^\s*(?:[^,"“”]{1,80},\s*)?([Tt]he\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:report|study|survey|review|forecast|statement|guidance|ministry|department|agency|commission|association))\s+(?:(?:also\s+)?(?:was|is|has|had|\p{Ll}+(?:s|ed))|(?:may|might|will|would|could|can|should|must)\s+(?:also\s+)?\p{Ll}+)\b/u.exec(
      sentence,
    );
  if (m) return m[1]!.replace(/^The\b/, 'the');
  // "The paper put 1986/87 output at …": a paper the story has named, by its noun, with a verb in the past of any form.
  const paper = /^\s*(The\s+(?:paper|newspaper|magazine|daily))\s+(?:also\s+)?(?:put|set|gave|saw|found|made|took|cut|kept|\p{Ll}+(?:s|ed))\b/u.exec(sentence);
  return paper ? paper[1]!.replace(/^The\b/, 'the') : null;
}

/** A state or province, as compromise's lexicon knows it ("Ohio", "Texas"), save the capital that shares a state's name. */
function isRegion(name: string): boolean {
  return name !== 'Washington' && lexiconTags(name).includes('Region');
}
