/**
 * A surname that is also a title's word ("King" of "Mervyn King", "Judge", "Bishop") alone is the title's wherever
 * the story writes it as one: before a name ("King Fahd", "Saudi King Fahd") or after "the" ("the King"). A story
 * that never does ("says King, 30") uses it as the surname.
 */
import { escapeRegExp } from '../text/escape-regexp.js';

/** True when the story writes `word` as a title, outside the full names (`names`) whose surname it is. */
export function writesAsTitle(text: string, word: string, names: string[]): boolean {
  const w = escapeRegExp(word);
  // "Mervyn King Bank of England governor": the full name is read out first, so that only the word alone is left.
  const rest = names.reduce((t, name) => t.replaceAll(name, ' '), text);
  return new RegExp(`(?<![\\p{L}'’-])(?:[Tt]he\\s+${w}(?![\\p{L}'’-])|${w}\\s+\\p{Lu})`, 'u').test(rest);
}
