/**
 * Names written right after someone's relative or partner ("his boyfriend Anselmo Feleppa",
 * "Michael's partner Anselmo Feleppa"): only a person is someone's wife, son or boyfriend, so the
 * name is a person's even when the lexicon knows none of its words.
 */
import { lexiconTags } from '../text/nlp.js';
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
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

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
