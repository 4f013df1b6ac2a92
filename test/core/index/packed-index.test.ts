import { describe, expect, it } from 'vitest';
import { checkPackedIndex } from '../../../src/core/index/packed-index.js';
import { seedIndex } from './seed-index.js';

type Postings = Map<number, Map<number, number>>;

describe('packIndex', () => {
  const { story, mini: built, packed } = seedIndex();
  const internals = built as unknown as { _index: Iterable<[string, Postings]>; _fieldLength: Map<number, number[]>; _documentIds: Map<number, number> };

  it('keeps every term, in MiniSearch order, with every posting of every field, documents in MiniSearch order', () => {
    const theirs = [...internals._index].map(([term, byField]) => [term, packed.fields.map((_, f) => [...(byField.get(f) ?? [])])]);
    const width = packed.fields.length;
    const ours = packed.terms.map((term, t) =>
      [term, packed.fields.map((_, f) => Array.from({ length: packed.starts[t * width + f + 1]! - packed.starts[t * width + f]! }, (_, i) => [packed.documents[packed.starts[t * width + f]! + i], packed.counts[packed.starts[t * width + f]! + i]]))],
    );
    expect(ours).toEqual(theirs);
    expect(packed.terms.length).toBe(built.termCount);
    expect(packed.documentCount).toBe(story.sentences.length);
    for (const [shortId, id] of internals._documentIds) {
      expect(packed.documentIds[shortId]).toBe(id);
      expect([...packed.fieldLength.subarray(shortId * width, shortId * width + width)]).toEqual(internals._fieldLength.get(shortId));
    }
  });

  it('orders the terms by spelling and by spelling reversed, for look-ups by prefix and suffix', () => {
    const spelt = [...packed.byPrefix].map((t) => packed.terms[t]!);
    expect(spelt).toEqual([...packed.terms].sort());
    const backwards = [...packed.bySuffix].map((t) => packed.terms[t]!.split('').reverse().join(''));
    expect(backwards).toEqual([...backwards].sort());
  });

  it('refuses arrays that do not fit together: a posting past the last document, a list out of order, ends that disagree', () => {
    expect(() => checkPackedIndex(packed)).not.toThrow();
    const documents = packed.documents.slice();
    documents[0] = packed.documentIds.length;
    expect(() => checkPackedIndex({ ...packed, documents })).toThrow(/malformed/);
    const longest = packed.terms.findIndex((_, t) => packed.starts[t * 3 + 1]! - packed.starts[t * 3]! > 1);
    const swapped = packed.documents.slice();
    swapped.set([swapped[packed.starts[longest * 3]! + 1]!, swapped[packed.starts[longest * 3]!]!], packed.starts[longest * 3]!);
    expect(() => checkPackedIndex({ ...packed, documents: swapped })).toThrow(/malformed/);
    expect(() => checkPackedIndex({ ...packed, counts: packed.counts.subarray(1) })).toThrow(/malformed/);
    expect(() => checkPackedIndex({ ...packed, terms: packed.terms.slice(1) })).toThrow(/malformed/);
  });
});
