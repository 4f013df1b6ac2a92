/**
 * Names written surname first, as Korean and Chinese names are ("Im Kwon-Taek", "Deng Xiaoping"):
 * the story then writes the first word alone ("Im, who has made more than 100 films…"), never the last.
 */
import { lexiconTags } from '../text/nlp.js';
import { isDemonym } from './not-a-person.js';

/** A word written alone: not inside a run of capitalised words, as a name's part is. */
function aloneIn(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]* )(?<![\\p{L}'’-])${escaped}(?![\\p{L}'’-])(?! +\\p{Lu})`, 'u').test(text);
}

/**
 * The surname of a name of two words written surname first, or null: the story writes its first
 * word alone and never its last, the first is short, and the lexicon knows no word the first is
 * ("Will" of "Will Smith" is a verb that opens questions; "George" of "George Michael" a given name).
 */
export function surnameFirst(name: string, text: string): string | null {
  const words = name.split(' ');
  if (words.length !== 2) return null;
  const [first, last] = words as [string, string];
  // Such surnames are short ("Im", "Deng", "Zhang"); a longer first word alone is as often a firm's ("British" of "British Printing").
  if (first.length > 5 || lexiconTags(first).length > 0 || isDemonym(first) || aloneIn(text, last)) return null;
  return aloneIn(text, first) ? first : null;
}
