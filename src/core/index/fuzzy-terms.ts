/**
 * The index's terms one edit away from a word (a typo's neighbours), found without walking every
 * term: one edit leaves either the first half of a word or the rest of it untouched, so every
 * neighbour shares the word's first ⌊n/2⌋ letters or its last ⌈n/2⌉, and those are ranges of
 * the terms sorted by spelling and by spelling reversed.
 */
import { reversed, type PackedIndex } from './packed-index.js';

/** Positions of the index's terms at exactly one edit (insertion, deletion or substitution) from `word`, in the order a fuzzy search of the index's radix tree (MiniSearch's) meets them. */
export function termsOneEditFrom(index: PackedIndex, word: string): number[] {
  const half = Math.floor(word.length / 2);
  const found = new Set<number>();
  const gather = (order: Uint32Array, spell: (t: number) => string, start: string) => {
    for (let i = lowerBound(order, spell, start); i < order.length && spell(order[i]!).startsWith(start); i++) {
      const t = order[i]!;
      if (oneEditApart(index.terms[t]!, word)) found.add(t);
    }
  };
  gather(index.byPrefix, (t) => index.terms[t]!, word.slice(0, half));
  gather(index.bySuffix, (t) => reversed(index.terms[t]!), reversed(word.slice(half)));
  // A fuzzy search walks the radix tree in the opposite order to the packed order (see radixOrder).
  return [...found].sort((a, b) => b - a);
}

/** The index's terms that begin with `prefix` (the longer words of a family: member → membership), at most `limit`. */
export function termsStartingWith(index: PackedIndex, prefix: string, limit: number): string[] {
  const found: string[] = [];
  const spell = (t: number) => index.terms[t]!;
  for (let i = lowerBound(index.byPrefix, spell, prefix); i < index.byPrefix.length && found.length < limit; i++) {
    const term = spell(index.byPrefix[i]!);
    if (!term.startsWith(prefix)) break;
    if (term !== prefix) found.push(term);
  }
  return found;
}

/** Whether the index holds exactly this term. */
export function hasTerm(index: PackedIndex, term: string): boolean {
  const spell = (t: number) => index.terms[t]!;
  const i = lowerBound(index.byPrefix, spell, term);
  return i < index.byPrefix.length && spell(index.byPrefix[i]!) === term;
}

/** The first position in `order` whose spelling is not below `start`. */
function lowerBound(order: Uint32Array, spell: (t: number) => string, start: string): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spell(order[middle]!) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True when `a` becomes `b` by exactly one insertion, deletion or substitution. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // After the first difference, the rest must match with one letter skipped in the longer word, or one replaced.
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
