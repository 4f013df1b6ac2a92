/**
 * Names written surname first, as Korean and Chinese names are ("Im Kwon-Taek", "Deng Xiaoping"):
 * the story then writes the first word alone ("Im, who has made more than 100 films…"), never the last.
 */
import { GIVEN_NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { isDemonym } from './not-a-person.js';

/** A run of capitalised words with single spaces between them, not inside a longer word. */
const CAPITALISED_RUN = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?: +\p{Lu}[\p{L}'’-]*)*(?![\p{L}'’-])/gu;

/** One romanised syllable of Chinese or Korean: an opening consonant, perhaps a glide, vowels, perhaps a closing one. */
const SYLLABLE = '(?:ch|sh|zh|ts|hs|[bcdfghjklmnprstwyz])?[hwy]?[aeiouy]+(?:h?(?:ng|nh|n|m)|k|p|t|l|r)?';
/** Two such syllables joined by a hyphen ("Gun-Mo", "Dae-jung"), the name's first letter checked apart. */
const ROMANISED_GIVEN_NAME = new RegExp(`^${SYLLABLE}-${SYLLABLE}$`, 'i');

/** A pinyin syllable: an initial, perhaps, and a final (the longer finals first, so that "ang" is not read as "an"). */
const PINYIN =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|a|o|e|i|u|v)';
/** A surname of one pinyin syllable ("Wang", "Xie"). */
const PINYIN_SURNAME = new RegExp(`^(?:${PINYIN})$`, 'i');
/** A given name of one or two pinyin syllables written as one word ("Peng", "Deyan", "Xiaoping"). */
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${PINYIN}){1,2}$`, 'i');

/**
 * The capitalised words a text writes alone, not inside a run of capitalised words as a name's part
 * is: read in one pass over the whole story, since every two-word name of the cast asks.
 */
export function wordsWrittenAlone(text: string): Set<string> {
  const alone = new Set<string>();
  for (const m of text.matchAll(CAPITALISED_RUN)) if (!m[0].includes(' ')) alone.add(m[0]);
  return alone;
}

/**
 * The surname of a name of two words (or three, "Khoo Teck Puat") written surname first, or null: the story writes
 * its first word alone (`alone`: `wordsWrittenAlone` of its text) and never its last, the first is short, and the
 * lexicon knows the first as no word but a surname ("Will" of "Will Smith" is a verb that opens questions; "George" of
 * "George Michael" a given name).
 */
export function surnameFirst(name: string, alone: Set<string>, titled: (word: string) => boolean = () => false): string | null {
  const words = name.split(' ');
  // A Chinese given name may be written as two words ("Khoo Teck Puat"): neither is written alone, nor known to the
  // lexicon, unless the story gives the first word a title ("Dr Khoo Kay Peng" … "Dr Khoo"): that is the surname.
  if (words.length === 3 && words.slice(1).every((w) => !alone.has(w) && (lexiconTags(w).length === 0 || titled(words[0]!))))
    return surnameFirst(`${words[0]} ${words[2]}`, alone, titled);
  if (words.length !== 2) return null;
  const [first, last] = words as [string, string];
  // A given name of two romanised syllables joined by a hyphen ("Li Gun-Mo", "Wang Chien-Shien", "Kim Dae-jung") is
  // written after the surname, whatever the lexicon knows of the first word; not a double-barrelled surname ("Dick
  // King-Smith", "Koffi Dei-Anang"), whose halves are no such syllables.
  if (/^\p{Lu}/u.test(last) && ROMANISED_GIVEN_NAME.test(last) && first.length <= 5 && !isDemonym(first) && !alone.has(last)) return first;
  // So is one in pinyin, a syllable or two run together ("Wang Deyan", "Xie Xuren", "Li Peng"), after a surname of one
  // syllable: when the lexicon knows neither as a given name, as it knows those of "Dan Rather" or "Ken Lay".
  const givenOrPerson = (t: string) => GIVEN_NAME_TAGS.has(t) || t === 'Person';
  if (
    PINYIN_SURNAME.test(first) &&
    PINYIN_GIVEN_NAME.test(last) &&
    !lexiconTags(first).some(givenOrPerson) &&
    lexiconTags(last).length === 0 &&
    !alone.has(last)
  )
    return first;
  // Such surnames are short ("Im", "Deng", "Zhang"); a longer first word alone is as often a firm's ("British" of "British Printing").
  // The lexicon may know it as a surname ("Xu" of "Xu Jinfeng"), which is what it is, when the lexicon knows nothing of
  // the given name after it: "Lewis Moody" and "Tate Britain" go given name or name first.
  const tags = lexiconTags(first);
  const surnameOnly = tags.length > 0 && tags.every((t) => t === 'LastName') && lexiconTags(last).length === 0;
  if (first.length > 5 || (tags.length > 0 && !surnameOnly) || isDemonym(first) || alone.has(last)) return null;
  return alone.has(first) || titled(first) ? first : null;
}
