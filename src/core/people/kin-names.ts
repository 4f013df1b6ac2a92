/**
 * Names written right after someone's relative or partner ("his boyfriend Anselmo Feleppa",
 * "Michael's partner Anselmo Feleppa"): only a person is someone's wife, son or boyfriend, so the
 * name is a person's even when the lexicon knows none of its words.
 */
import { SURNAME_HONORIFIC_PATTERN } from '../text/honorifics.js';
import { NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { isNameWord } from './not-a-person.js';
import { isRoleWord } from './roles.js';

const KIN =
  'boyfriend|girlfriend|partner|wife|husband|fiancee?|fiancée?|widow|widower|son|daughter|brother|sister|father|mother|' +
  'cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|stepfather|stepmother';
const WORD = "\\p{Lu}[\\p{L}'’-]+";
/** "his late wife Mary Smith", "Michael's partner Anselmo Feleppa": an owner, a kin word, then a name of two or three words that the text does not go on in capitals. */
const KIN_NAME = new RegExp(
  `(?:\\b(?:his|her|their)|\\p{L}['’]s?)\\s+(?:(?:late|former|long-time|longtime)\\s+|ex-)?(?:${KIN})\\s+(${WORD}(?:\\s+${WORD}){1,2})(?![\\p{L}'’-]|\\s+\\p{Lu})`,
  'gu',
);

/** The names of people a sentence introduces as someone's relative or partner, each word unknown to the lexicon or known as a name. */
export function namesAfterKin(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(KIN_NAME)) {
    const words = m[1]!.replace(/['’]s?$/, '').split(/\s+/);
    const nameLike = (w: string) => isNameWord(w) && !isRoleWord(w) && (lexiconTags(w).length === 0 || lexiconTags(w).some((t) => NAME_TAGS.has(t)));
    if (words.every(nameLike)) out.push(words.join(' '));
  }
  return out;
}

/** Kin by blood or marriage: not "partner", as often a firm's ("BT's partner Infosys"). */
const FAMILY = KIN.replace('partner|', '');

/**
 * "his wife, ex-model Sandra", "Mr Conlon's father Giuseppe": a relative by given name alone, whom the article never
 * names in full, after an owner and a kin word (a describing word may come between, after a comma). The name must be
 * the lexicon's given name or a word it does not know, and end the run of capitals.
 */
const KIN_GIVEN_NAME = new RegExp(
  `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir)|((?:(?:${SURNAME_HONORIFIC_PATTERN})\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+)['’]s?)\\s+(?:(?:late|former)\\s+)?(${FAMILY})(?:,\\s+(?:[\\p{Ll}-]+\\s+)?|\\s+)(${WORD})(?![\\p{L}'’-]|\\s+\\p{Lu}|['’]|\\s+(?:and|or|&)\\s)`,
  'gu',
);

const PART_ASIDE = /^\s*\([^()]*\b(?:role|roles|played|plays|character)\b/;
const PLAYS_PART = /(?<![\p{L}])(?:plays?|played|playing|portrays?|portrayed|as|role of)\s+$/u;

/** The relatives a sentence names by given name alone, with whose relative they are when a name says it ("father of Mr Conlon"). */
export function givenNamesAfterKin(sentence: string, isGivenName: (word: string) => boolean): { name: string; role: string | null }[] {
  const out: { name: string; role: string | null }[] = [];
  for (const m of sentence.matchAll(KIN_GIVEN_NAME)) {
    const name = m[3]!;
    // "Sophie Okonedo, who plays Cheadle's wife Tatiana": a part in a film is no one of the story.
    // "her grandmother Madea (one of three roles played by Perry)": nor one a bracket says is a part.
    // (Only the words around the match are read, so that a long sentence is not read again at each match.)
    if (
      PLAYS_PART.test(sentence.slice(Math.max(0, m.index - 20), m.index)) ||
      PART_ASIDE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 120))
    )
      continue;
    if (isRoleWord(name) || !isNameWord(name) || !(isGivenName(name) || lexiconTags(name).length === 0)) continue;
    out.push({ name, role: m[1] ? `${m[2]} of ${m[1]}` : null });
  }
  return out;
}
