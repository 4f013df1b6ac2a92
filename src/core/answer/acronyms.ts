/**
 * Names the story itself shortens: "Athletics Kenya (AK)", "the Securities and Exchange Commission
 * (SEC)". A question in the long name is answered by a sentence that writes the short one ("said
 * AK chief Isaiah Kiplagat"), and the other way round; no thesaurus knows a story's own acronyms.
 */
import type { Story } from '../types.js';
import { termOf } from '../index/terms.js';

/** An acronym in brackets after the name it shortens. */
const BRACKETED = / \(([A-Z]{2,6})\)/g;
/** Small words a name's initials skip: "Securities and Exchange Commission (SEC)". */
const SKIPPED = /^(of|and|&|for|the|de|du|des)$/;

/** A story's acronyms: each acronym's term with the terms of the name it shortens, and the names by their last term. */
export interface Acronyms {
  names: Map<string, string[]>;
  byLastTerm: Map<string, [acronym: string, name: string[]][]>;
}

/** The story's acronyms, read once per story. */
export function acronymsOf(story: Story): Acronyms {
  let acronyms = ACRONYMS.get(story);
  if (acronyms) return acronyms;
  const found = new Map<string, string[]>();
  for (const sentence of story.sentences) {
    if (!sentence.text.includes(' (')) continue;
    for (const m of sentence.text.matchAll(BRACKETED)) {
      const name = nameBefore(sentence.text.slice(0, m.index), m[1]!);
      const acronym = termOf(m[1]!);
      const terms = name?.map(termOf).filter((t): t is string => t !== null) ?? [];
      if (acronym !== null && terms.length > 0 && !terms.includes(acronym)) found.set(acronym, terms);
    }
  }
  const byLastTerm = new Map<string, [string, string[]][]>();
  for (const [acronym, name] of found) byLastTerm.set(name.at(-1)!, [...(byLastTerm.get(name.at(-1)!) ?? []), [acronym, name]]);
  acronyms = { names: found, byLastTerm };
  ACRONYMS.set(story, acronyms);
  return acronyms;
}
const ACRONYMS = new WeakMap<Story, Acronyms>();

/** The capitalised words right before a bracket whose initials are the acronym's letters, small words skipped. */
function nameBefore(text: string, acronym: string): string[] | null {
  const words = text.split(' ').slice(-2 * acronym.length - 2);
  const name: string[] = [];
  let letter = acronym.length - 1;
  for (let i = words.length - 1; i >= 0 && letter >= 0; i--) {
    const word = words[i]!;
    if (name.length > 0 && SKIPPED.test(word)) continue;
    if (word[0] !== acronym[letter]) return null;
    name.unshift(word);
    letter--;
  }
  return letter < 0 ? name : null;
}

/** The long names' terms and acronyms a set of terms holds, each adding the other: a sentence writing "AK" holds "Athletics Kenya". */
export function withAcronyms(terms: Set<string>, acronyms: Acronyms): void {
  // Looked up by the terms held, not over every acronym: a wire archive has hundreds.
  for (const term of [...terms]) {
    for (const t of acronyms.names.get(term) ?? []) terms.add(t);
    for (const [acronym, name] of acronyms.byLastTerm.get(term) ?? []) if (name.every((t) => terms.has(t))) terms.add(acronym);
  }
}
