/**
 * The search index as a few flat typed arrays: MiniSearch builds it, then its terms and postings
 * are copied out once. A saved index loads with no parsing (each array is copied from the file) and
 * an archive's 2.7 million postings cost 20 MB instead of a Map entry each; the ranking reads the
 * arrays directly. Reads MiniSearch's (version 7) internal fields; the tests hold the ranking over
 * the packed index to `MiniSearch.search` on the index it came from.
 */
import type MiniSearch from 'minisearch';

/** An index packed into arrays. Postings of term `t` in field `f` are `documents`/`counts` from `starts[t * F + f]` to `starts[t * F + f + 1]`, F the number of fields. */
export interface PackedIndex {
  /** Field names, in MiniSearch's field id order. */
  fields: string[];
  documentCount: number;
  averageFieldLength: number[];
  /** Per short id (MiniSearch's document number): the document's id, or -1 for none. */
  documentIds: Int32Array;
  /** Per short id and field, at `shortId * F + field`: the field's length in terms. */
  fieldLength: Uint32Array;
  /** Every term, in MiniSearch's own order (its fuzzy look-up meets terms in the reverse of it). */
  terms: string[];
  starts: Uint32Array;
  /** Short ids, in the order MiniSearch added them to each posting list. */
  documents: Uint32Array;
  /** How often the term occurs in that document's field. */
  counts: Uint32Array;
  /** Term positions in spelling order, and in the order of their spellings reversed (for look-ups by prefix and suffix). */
  byPrefix: Uint32Array;
  bySuffix: Uint32Array;
}

type Postings = Map<number, Map<number, number>>;

interface Internals {
  _documentCount: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, number[]>;
  _index: Iterable<[string, Postings]>;
}

/** Copies a built MiniSearch index (whose document ids are numbers) into arrays. */
export function packIndex(mini: MiniSearch<never> | MiniSearch<unknown>): PackedIndex {
  const m = mini as unknown as Internals;
  const fields = Object.keys(m._fieldIds).sort((a, b) => m._fieldIds[a]! - m._fieldIds[b]!);
  const width = fields.length;
  let slots = 0;
  for (const shortId of m._documentIds.keys()) slots = Math.max(slots, shortId + 1);
  const documentIds = new Int32Array(slots).fill(-1);
  const fieldLength = new Uint32Array(slots * width);
  for (const [shortId, id] of m._documentIds) {
    documentIds[shortId] = id as number;
    fieldLength.set(m._fieldLength.get(shortId)!.slice(0, width), shortId * width);
  }
  // Terms in MiniSearch's order; each term's postings field by field, documents in MiniSearch's order.
  const terms: string[] = [];
  const starts: number[] = [0];
  const documents: number[] = [];
  const counts: number[] = [];
  for (const [term, byField] of m._index) {
    terms.push(term);
    for (let field = 0; field < width; field++) {
      byField.get(field)?.forEach((count, doc) => {
        documents.push(doc);
        counts.push(count);
      });
      starts.push(documents.length);
    }
  }
  return {
    fields,
    documentCount: m._documentCount,
    averageFieldLength: fields.map((_, f) => m._avgFieldLength[f] ?? 0),
    documentIds,
    fieldLength,
    terms,
    starts: Uint32Array.from(starts),
    documents: Uint32Array.from(documents),
    counts: Uint32Array.from(counts),
    byPrefix: orderOf(terms),
    bySuffix: orderOf(terms.map(reversed)),
  };
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
  // Every document is one the index has, and each posting list is in document order (as MiniSearch adds them), which look-ups rely on.
  let sinceYield = 0;
  for (let list = 0; list + 1 < index.starts.length; list++) {
    for (let i = index.starts[list]!; i < index.starts[list + 1]!; i++) {
      if (index.documents[i]! >= slots || (i > index.starts[list]! && index.documents[i]! <= index.documents[i - 1]!)) throw new Error('saved index is malformed');
    }
    sinceYield += index.starts[list + 1]! - index.starts[list]!;
    if (sinceYield >= CHECK_BATCH) {
      sinceYield = 0;
      yield;
    }
  }
  for (const order of [index.byPrefix, index.bySuffix]) for (let i = 0; i < order.length; i++) if (order[i]! >= index.terms.length) throw new Error('saved index is malformed');
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
