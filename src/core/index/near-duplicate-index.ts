/**
 * Finds, among many texts, the first that is a near-duplicate of a new one without comparing it
 * with all of them: a text can only pass the term test with texts that share one of its rarest
 * terms (prefix filtering), and the run test with texts that share one of its eight-word runs.
 */
import { analysed, NEAR_DUPLICATE } from './near-duplicates.js';
import { wordRuns } from '../text/word-runs.js';

type Analysed = ReturnType<typeof analysed>;

/** How rare each term is among the texts that will be indexed: the order the prefixes are taken in. */
export type TermRarity = Map<string, number>;

/** Counts in how many of `texts` each term appears. */
export function termRarity(texts: Iterable<string>): TermRarity {
  const counts: TermRarity = new Map();
  for (const text of texts) for (const t of analysed(text).terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** An index of texts, each with an item; `find` answers as a scan in order of addition would. */
export class NearDuplicateIndex<T> {
  private readonly entries: { item: T; text: Analysed }[] = [];
  /** By prefix term, then by where it stands in the text's term order and how many terms the text has. */
  private readonly byTerm = new Map<string, Map<string, { at: number; size: number; texts: number[] }>>();
  private readonly byRun = new Map<string, number[]>();

  constructor(private readonly rarity: TermRarity) {}

  /** Adds a text and the item it stands for. */
  add(text: string, item: T): void {
    const a = analysed(text);
    const n = this.entries.push({ item, text: a }) - 1;
    const size = a.terms.length;
    this.prefix(a).forEach((key, at) => {
      const groups = this.byTerm.get(key) ?? new Map<string, { at: number; size: number; texts: number[] }>();
      this.byTerm.set(key, groups);
      const group = groups.get(`${at} ${size}`) ?? { at, size, texts: [] };
      groups.set(`${at} ${size}`, group);
      group.texts.push(n);
    });
    for (const key of wordRuns(a.words, NEAR_DUPLICATE.sharedRun)) push(this.byRun, key, n);
  }

  /** The item of the earliest added text that is a near-duplicate of `text`, if any. */
  find(text: string): T | undefined {
    const a = analysed(text);
    // Texts that share an eight-word run are near-duplicates by that alone; the others sharing a
    // rare term are candidates for the term test.
    const sharingRun = new Set<number>();
    for (const key of wordRuns(a.words, NEAR_DUPLICATE.sharedRun)) for (const n of this.byRun.get(key) ?? []) sharingRun.add(n);
    const candidates = new Set(sharingRun);
    const size = a.terms.length;
    this.prefix(a).forEach((key, at) => {
      for (const group of this.byTerm.get(key)?.values() ?? []) {
        // Terms are ranked in one order (rarest first). Two texts share no term before the first
        // they share, so at most it and as many as the shorter of their rests after it: a group
        // that cannot reach the threshold so is skipped whole, since a near-duplicate is found at
        // the first term it shares (else a term common to thousands of short texts made every
        // look-up read them all).
        const most = 1 + Math.min(size - at - 1, group.size - group.at - 1);
        if (most / (size + group.size - most) >= NEAR_DUPLICATE.sameTerms) for (const n of group.texts) candidates.add(n);
      }
    });
    const terms = new Set(a.terms);
    const first = [...candidates].sort((x, y) => x - y).find((n) => sharingRun.has(n) || similarTerms(this.entries[n]!.text.terms, terms));
    return first === undefined ? undefined : this.entries[first]!.item;
  }

  /**
   * The rarest terms of a text, enough that two texts with Jaccard similarity at or above the
   * threshold always share one: |A| − ⌈t·|A|⌉ + 1 of them.
   */
  private prefix(a: Analysed): string[] {
    const size = a.terms.length - Math.ceil(NEAR_DUPLICATE.sameTerms * a.terms.length) + 1;
    const rank = (t: string) => this.rarity.get(t) ?? 0;
    return [...a.terms].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0)).slice(0, size);
  }
}

/** The term test of `areNearDuplicates`: Jaccard similarity of the distinct terms at or above the threshold. */
function similarTerms(terms: string[], other: Set<string>): boolean {
  if (terms.length === 0 || other.size === 0) return false;
  let both = 0;
  for (const t of terms) if (other.has(t)) both++;
  return both / (terms.length + other.size - both) >= NEAR_DUPLICATE.sameTerms;
}

function push(map: Map<string, number[]>, key: string, n: number): void {
  const list = map.get(key);
  if (list) list.push(n);
  else map.set(key, [n]);
}
