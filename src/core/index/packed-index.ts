/**
 * The search index as a few flat typed arrays, built here from the documents' terms. A saved index
 * loads with no parsing (each array is copied from the file), an archive's millions of postings
 * cost a few bytes each instead of a Map entry each, and the ranking reads the arrays directly.
 * Its statistics (field lengths, their running means) and the order of its terms are those
 * MiniSearch would have, so that ranking over it gives MiniSearch's results to the last tie and
 * bit; MiniSearch itself is only the tests' reference.
 */

/** An index packed into arrays. Postings of term `t` in field `f` are `documents`/`counts` from `starts[t * F + f]` to `starts[t * F + f + 1]`, F the number of fields. */
export interface PackedIndex {
  /** Field names, in the order documents were indexed by. */
  fields: string[];
  documentCount: number;
  averageFieldLength: number[];
  /** Per short id (the document's number in indexing order): the document's id, or -1 for none. */
  documentIds: Int32Array;
  /** Per short id and field, at `shortId * F + field`: the field's length in distinct words. */
  fieldLength: Uint32Array;
  /** Every term, in the order of a radix tree's walk (see radixOrder): a fuzzy look-up meets terms in the reverse of it. */
  terms: string[];
  starts: Uint32Array;
  /** Short ids, in increasing order within each posting list. */
  documents: Uint32Array;
  /** How often the term occurs in that document's field. */
  counts: Uint32Array;
  /** Term positions in spelling order, and in the order of their spellings reversed (for look-ups by prefix and suffix). */
  byPrefix: Uint32Array;
  bySuffix: Uint32Array;
}

/**
 * Indexes documents (their ids numbers) by the words of each field: a field's length is its number
 * of distinct words, and each word becomes the term `termOf` makes of it, or none when it gives null.
 */
export function buildPackedIndex<F extends string>(
  documents: readonly ({ id: number } & Record<F, string>)[],
  fields: readonly F[],
  tokenize: (text: string) => string[],
  termOf: (word: string) => string | null,
): PackedIndex {
  const width = fields.length;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  // 1. Postings as (list, document, count) in document order, a list being term id × width + field.
  const lists: number[] = [];
  const documentsOf: number[] = [];
  const countsOf: number[] = [];
  const fieldLength = new Uint32Array(documents.length * width);
  const averageFieldLength = fields.map(() => 0);
  const inField = new Map<number, number>();
  documents.forEach((document, doc) => {
    fields.forEach((field, f) => {
      const words = tokenize(document[field]);
      const length = new Set(words).size;
      fieldLength[doc * width + f] = length;
      // A running mean, as MiniSearch keeps it: the same arithmetic gives the same last bit of every score.
      averageFieldLength[f] = (averageFieldLength[f]! * doc + length) / (doc + 1);
      inField.clear();
      for (const word of words) {
        const term = termOf(word);
        if (!term) continue;
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
        }
        inField.set(id * width + f, (inField.get(id * width + f) ?? 0) + 1);
      }
      for (const [list, count] of inField) {
        lists.push(list);
        documentsOf.push(doc);
        countsOf.push(count);
      }
    });
  });
  // 2. Terms in radix order; postings sorted by list (a stable counting sort keeps documents in order).
  const order = radixOrder(terms);
  const rank = new Uint32Array(terms.length);
  order.forEach((id, position) => (rank[id] = position));
  const keyOf = (list: number) => rank[Math.floor(list / width)]! * width + (list % width);
  const starts = new Uint32Array(terms.length * width + 1);
  for (const list of lists) starts[keyOf(list) + 1]!++;
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
  const next = starts.slice(0, -1);
  const postingDocuments = new Uint32Array(lists.length);
  const postingCounts = new Uint32Array(lists.length);
  lists.forEach((list, i) => {
    const at = next[keyOf(list)]!++;
    postingDocuments[at] = documentsOf[i]!;
    postingCounts[at] = countsOf[i]!;
  });
  const ordered = order.map((id) => terms[id]!);
  return {
    fields: [...fields],
    documentCount: documents.length,
    averageFieldLength,
    documentIds: Int32Array.from(documents, (d) => d.id),
    fieldLength,
    terms: ordered,
    starts,
    documents: postingDocuments,
    counts: postingCounts,
    byPrefix: orderOf(ordered),
    bySuffix: orderOf(ordered.map(reversed)),
  };
}

/** A node of a radix tree: edges by their labels, and under '' the position of the term that ends here. */
type RadixNode = Map<string, RadixNode | number>;

/**
 * The terms' positions in the order a radix tree yields them when the terms are inserted in order
 * of first appearance, each node keeping its edges in the order they were last made (a split edge
 * is made anew) and walked last edge first. This is the order of MiniSearch's term tree; keeping it
 * makes fuzzy matches meet sentences, and add up their scores, exactly as MiniSearch does.
 */
export function radixOrder(terms: readonly string[]): number[] {
  const root: RadixNode = new Map();
  terms.forEach((term, position) => nodeFor(root, term).set('', position));
  const met: number[] = [];
  const walk = (node: RadixNode) => {
    for (const child of node.values()) {
      if (typeof child === 'number') met.push(child);
      else walk(child);
    }
  };
  walk(root);
  return met.reverse();
}

/** The node where `key` ends, made (splitting an edge that shares only part of its label) when missing. */
function nodeFor(root: RadixNode, key: string): RadixNode {
  let node = root;
  let at = 0;
  descend: while (at < key.length) {
    for (const [label, child] of node) {
      if (label === '' || label[0] !== key[at]) continue;
      let shared = 1;
      while (shared < label.length && at + shared < key.length && key[at + shared] === label[shared]) shared++;
      if (shared === label.length) node = child as RadixNode;
      else {
        const middle: RadixNode = new Map([[label.slice(shared), child]]);
        node.delete(label);
        node.set(key.slice(at, at + shared), middle);
        node = middle;
      }
      at += shared;
      continue descend;
    }
    const leaf: RadixNode = new Map();
    node.set(key.slice(at), leaf);
    return leaf;
  }
  return node;
}

/** Throws unless the index's arrays fit together and each posting list is in document order (a saved index may be damaged). */
export function checkPackedIndex(index: PackedIndex): void {
  for (const _ of checkPackedIndexSteps(index));
}

/** Indexes already checked (a snapshot's is checked in steps, then loaded). */
const checked = new WeakSet<PackedIndex>();
/** Postings checked between two yields. */
const CHECK_BATCH = 1 << 17;

/** `checkPackedIndex` in steps of a few milliseconds, for a caller that must keep its thread answering. */
export function* checkPackedIndexSteps(index: PackedIndex): Generator<void, void> {
  if (checked.has(index)) return;
  const width = index.fields.length;
  const slots = index.documentIds.length;
  const postings = index.documents.length;
  const fits =
    width > 0 &&
    [...index.fields, ...index.terms].every((word) => typeof word === 'string') &&
    index.averageFieldLength.every((n) => typeof n === 'number') &&
    index.averageFieldLength.length === width &&
    index.fieldLength.length === slots * width &&
    index.starts.length === index.terms.length * width + 1 &&
    index.starts[0] === 0 &&
    index.starts[index.starts.length - 1] === postings &&
    index.counts.length === postings &&
    index.byPrefix.length === index.terms.length &&
    index.bySuffix.length === index.terms.length;
  if (!fits) throw new Error('saved index is malformed');
  for (let i = 1; i < index.starts.length; i++) if (index.starts[i]! < index.starts[i - 1]!) throw new Error('saved index is malformed');
  // Every document is one the index has, and each posting list is in document order, which look-ups rely on.
  let sinceYield = 0;
  for (let list = 0; list + 1 < index.starts.length; list++) {
    for (let i = index.starts[list]!; i < index.starts[list + 1]!; i++) {
      if (index.documents[i]! >= slots || (i > index.starts[list]! && index.documents[i]! <= index.documents[i - 1]!))
        throw new Error('saved index is malformed');
    }
    sinceYield += index.starts[list + 1]! - index.starts[list]!;
    if (sinceYield >= CHECK_BATCH) {
      sinceYield = 0;
      yield;
    }
  }
  for (const order of [index.byPrefix, index.bySuffix])
    for (let i = 0; i < order.length; i++) if (order[i]! >= index.terms.length) throw new Error('saved index is malformed');
  checked.add(index);
}

const positions = new WeakMap<PackedIndex, Map<string, number>>();

/** Each term's position in `terms`, by spelling: made once per index. */
export function termPositions(index: PackedIndex): Map<string, number> {
  for (const _ of termPositionsSteps(index));
  return positions.get(index)!;
}

/** Terms placed between two yields. */
const TERM_BATCH = 10_000;

/** Works out `termPositions` in steps of a few milliseconds. */
export function* termPositionsSteps(index: PackedIndex): Generator<void, void> {
  if (positions.has(index)) return;
  const found = new Map<string, number>();
  for (let position = 0; position < index.terms.length; position++) {
    found.set(index.terms[position]!, position);
    if (position % TERM_BATCH === TERM_BATCH - 1) yield;
  }
  positions.set(index, found);
}

/** A word spelt backwards, unit by unit (as strings compare). */
export function reversed(word: string): string {
  return word.split('').reverse().join('');
}

/** The positions of `words`, sorted by the words. */
function orderOf(words: string[]): Uint32Array {
  return Uint32Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
}
