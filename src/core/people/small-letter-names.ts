/**
 * Wire copy sent in small letters ("central bank president carlos julio emanuel said"): an article that
 * writes countries, months or weekdays so has its people's names in small letters too, which the name
 * finders, reading capitals, would miss. The names a role brings in are capitalised in a copy of the
 * sentence that is read for names; the sentence itself stays as written.
 */
import { GIVEN_NAME_TAGS, NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { isRoleWord } from './roles.js';

/** Lexicon tags of words that no English text writes in small letters. */
const PROPER_TAGS = new Set(['Country', 'Month', 'WeekDay']);
/** Names of countries and months that are also English words ("a frozen turkey", "fine china", "an august body"). */
const COMMON_WORD_TOO = new Set(['china', 'turkey', 'chile', 'guinea', 'jersey', 'august']);
/**
 * How many such words in small letters show an article is written so: one may be a slip. Occurrences, not
 * distinct words: wires in small letters often name one country only ("jamaica dlrs ... jamaica's budget").
 */
const PROPER_WORDS_IN_SMALL_LETTERS = 2;

/** The words of a text in small letters that stand alone (not in an address, a code or a compound). */
const SMALL_WORD = /(?<![\p{L}\p{N}.@/_-])\p{Ll}+(?![\p{L}\p{N}@/_-]|\.\p{L})/gu;

/** Whether an article's sentences write names of countries, months or weekdays in small letters. */
export function writtenInSmallLetters(texts: string[]): boolean {
  let proper = 0;
  let commonToo = 0;
  for (const text of texts) {
    for (const m of text.matchAll(SMALL_WORD)) {
      if (!lexiconTags(m[0]).some((t) => PROPER_TAGS.has(t))) continue;
      // "chile's copper output … said on monday": a word that is also English counts beside one that is not.
      if (COMMON_WORD_TOO.has(m[0])) commonToo++;
      else proper++;
      if (proper > 0 && proper + commonToo >= PROPER_WORDS_IN_SMALL_LETTERS) return true;
    }
  }
  return false;
}

/** A given name the lexicon knows and knows as nothing else ("carlos", not "will" or "bill"). */
function isGiven(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => GIVEN_NAME_TAGS.has(t));
}

/**
 * Given names the lexicon knows only as names that are English verbs or nouns as well ("the governor drew
 * criticism"): in small letters such a word starts a name only before a known surname,
 * or before a surname a verb of speech follows ("finance minister mark eyskens said"). ("will", "bill", "dean" the
 * lexicon knows as other words, so they start no name at all.)
 */
const WORD_NAMES = new Set(['drew', 'sue', 'mark', 'grant', 'chase', 'nick', 'rob', 'jack', 'pat', 'bob', 'lance']);

/** A word the lexicon knows as a surname or a famous person's name ("smith", "lewis"). */
function isKnownSurname(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'LastName' || t === 'Person');
}

/** A word that may be a surname: one the lexicon does not know or knows as a name ("lusinchi", "garcia"). */
function mayBeSurname(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.every((t) => NAME_TAGS.has(t)) && !isRoleWord(word);
}

/** The most given names before a surname ("carlos julio emanuel") and the most words of a surname ("hernandez grisanti"). */
const MOST_GIVEN = 3;
const MOST_SURNAMES = 2;

/**
 * A copy of a sentence with the names a role brings in capitalised ("president Jaime Lusinchi"): one or
 * more given names the lexicon knows, then the surname's words, or the last given name as the surname.
 */
export function withNamesCapitalised(sentence: string): string {
  const words = [...sentence.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  // Where the name's words start, gathered first so that the copy is made once.
  const capitals = new Set<number>();
  for (let i = 0; i < words.length - 1; i++) {
    if (!/^\p{Ll}/u.test(words[i]![0]) || !isRoleWord(words[i]![0])) continue;
    let j = i + 1;
    while (j < words.length && j - i - 1 < MOST_GIVEN && /^\p{Ll}+$/u.test(words[j]![0]) && isGiven(words[j]![0])) j++;
    const given = j - i - 1;
    let k = j;
    while (k < words.length && k - j < MOST_SURNAMES && /^\p{Ll}[\p{Ll}'’-]*$/u.test(words[k]![0])) {
      const word = words[k]![0];
      // "william cook said": a common noun is a surname only right before the verb of speech.
      const surname = mayBeSurname(bare(word)) || (k === j && isCommonNoun(word) && speechNext(sentence, words[k]!.index + word.length, true));
      // "jaime lusinchi defended": a second word that has a verb's or an adverb's ending is no surname.
      if (!surname || (k > j && VERB_ENDING.test(word))) break;
      k++;
      // A possessive ends the name ("alan garcia's government").
      if (bare(word) !== word) break;
    }
    if (given === 0 || (k === j && given < 2)) continue;
    // Not a comma: "the governor drew criticism, with farmers saying …" names no one.
    const spoke = k > j && speechNext(sentence, words[k - 1]!.index + words[k - 1]![0].length, false);
    if (WORD_NAMES.has(words[i + 1]![0]) && !(given > 1 || (k > j && isKnownSurname(bare(words[j]![0]))) || spoke)) continue;
    for (const w of words.slice(i + 1, k)) capitals.add(w.index);
    i = k - 1;
  }
  return capitals.size === 0
    ? sentence
    : sentence
        .split('')
        .map((c, at) => (capitals.has(at) ? c.toUpperCase() : c))
        .join('');
}

/** A word the lexicon knows only as a noun ("cook", "baker"). */
function isCommonNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => NOUN_TAGS.has(t));
}
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Actor']);
/**
 * A verb of speech right after a name, or, where `apposition` allows, the comma of one; read where the name ends, not
 * on a copy of the rest.
 */
const SPEECH_NEXT = /\s+(?:said|says|told|added)\b/y;
const SPEECH_OR_APPOSITION_NEXT = /\s+(?:said|says|told|added)\b|,/y;
function speechNext(sentence: string, at: number, apposition: boolean): boolean {
  const next = apposition ? SPEECH_OR_APPOSITION_NEXT : SPEECH_NEXT;
  next.lastIndex = at;
  return next.test(sentence);
}
const VERB_ENDING = /(?:ed|ing|ly)$/;

/** A word without its possessive ending ("garcia's"). */
function bare(word: string): string {
  return word.replace(/['’]s?$/, '');
}
