/**
 * Finds the cast's people in a text by any of their names: each run of up to six words is looked
 * up among all aliases at once (names as written, since "Sessions" is not "sessions"; role
 * aliases such as "the president" in any case), longest match first.
 */
import type { Person } from '../types.js';

/** A person named in a text, where, and whether in the possessive ("Trump’s"). */
export interface PersonInText {
  person: Person;
  start: number;
  end: number;
  possessive: boolean;
}

/** Looks people up in texts. */
export interface CastLookup {
  find(text: string): PersonInText[];
}

const MAX_WORDS = 6;

/** Builds a lookup over every name and alias of the cast. */
export function buildCastLookup(people: Person[]): CastLookup {
  const byAlias = new Map<string, Person>();
  const ambiguous = new Set<string>();
  for (const p of people) {
    for (const alias of [p.name, ...p.aliases]) {
      const key = alias.startsWith('the ') ? alias.toLowerCase() : alias;
      if (byAlias.has(key) && byAlias.get(key) !== p) ambiguous.add(key);
      byAlias.set(key, p);
    }
  }
  for (const key of ambiguous) byAlias.delete(key);
  // A run can only match where some alias starts: the first words of all aliases, with their longest length.
  const starts = new Map<string, number>();
  for (const key of byAlias.keys()) {
    const words = key.split(' ');
    starts.set(words[0]!, Math.max(starts.get(words[0]!) ?? 0, words.length));
  }
  return { find: (text) => findIn(text, byAlias, starts) };
}

function findIn(text: string, byAlias: Map<string, Person>, starts: Map<string, number>): PersonInText[] {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)].map((m) => ({ text: m[0].replace(/['’]s?$/, '').replace(/\.$/, ''), start: m.index, end: m.index + m[0].length, possessive: /['’]s?$/.test(m[0]) }));
  const found: PersonInText[] = [];
  for (let i = 0; i < words.length; i++) {
    const longest = Math.max(starts.get(words[i]!.text) ?? 0, starts.get(words[i]!.text.toLowerCase()) ?? 0);
    for (let n = Math.min(MAX_WORDS, longest, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      const key = run.map((w) => w.text).join(' ');
      const person = byAlias.get(key) ?? byAlias.get(key.toLowerCase());
      if (!person || (key.toLowerCase() === key && !key.startsWith('the '))) continue;
      if (n === 1 && insideLongerName(text, words, i) && !isTitleCase(words)) continue;
      const last = run.at(-1)!;
      found.push({ person, start: run[0]!.start, end: last.end, possessive: last.possessive });
      i += n - 1;
      break;
    }
  }
  return found;
}

interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** A headline in title case ("Sessions Lacks Trump's Confidence"), where every word is capitalised. */
function isTitleCase(words: Word[]): boolean {
  return words.filter((w) => /^\p{Lu}/u.test(w.text)).length * 4 >= words.length * 3;
}

/**
 * True when a one-word name runs straight on into another capitalised word, as the first word of
 * another name does: "San" in "San Francisco", "Gates" in "Gates Foundation".
 */
function insideLongerName(text: string, words: Word[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && !words[i]!.possessive && /^ +$/.test(text.slice(words[i]!.end, next.start)) && /^\p{Lu}/u.test(next.text);
}
