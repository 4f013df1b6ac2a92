/**
 * An index of short quotes (a few words) by wording, for merging: two short quotes are one only
 * when one's words stand, in a row, inside the other's, which has at most two words more ("not
 * true" and "That is not true"). Each entry is filed under its whole wording and under every run
 * of its words at most two shorter; a new quote looks up its whole wording among those runs and its
 * own runs among whole wordings. So merging 100,000 tiny articles costs a few look-ups per quote,
 * not a comparison with every short quote before it.
 */
import { wordRuns } from '../text/word-runs.js';

/** How many words longer than another a wording may be and still be the same short quote. */
const SLACK = 2;

/** Short wordings (word lists), each with an item. */
export class NearWordingIndex<T> {
  private readonly whole = new Map<string, T[]>();
  private readonly parts = new Map<string, T[]>();

  /** Files `item` under `words` (call again when its wording grows; old keys may stay). */
  add(words: string[], item: T): void {
    push(this.whole, words.join(' '), item);
    for (const part of runs(words)) push(this.parts, part, item);
  }

  /**
   * Every item whose wording contains `words` in a row and is at most two words longer, or is
   * contained in them and at most two words shorter (and maybe others: callers still compare).
   */
  near(words: string[]): T[] {
    const found = new Set(this.parts.get(words.join(' ')) ?? []);
    for (const part of runs(words)) for (const item of this.whole.get(part) ?? []) found.add(item);
    return [...found];
  }
}

/** Every run of consecutive words at most SLACK shorter than the whole (the whole included). */
function runs(words: string[]): string[] {
  const out: string[] = [];
  for (let n = words.length; n >= Math.max(1, words.length - SLACK); n--) {
    out.push(...wordRuns(words, n));
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
