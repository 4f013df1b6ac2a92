import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { buildPackedIndex, checkPackedIndex } from '../../../src/core/index/packed-index.js';
import { seedIndex } from './seed-index.js';

describe('buildPackedIndex', () => {
  const { story, mini, packed } = seedIndex();
  // MiniSearch's own serialization (its public toJSON) of the same sentences: what our arrays must hold.
  const theirs = mini.toJSON();

  it('holds what MiniSearch holds: every term in its order, every posting of every field, field lengths and their means to the last bit', () => {
    const width = packed.fields.length;
    expect(packed.fields).toEqual(Object.keys(theirs.fieldIds).sort((a, b) => theirs.fieldIds[a]! - theirs.fieldIds[b]!));
    const postings = (t: number, f: number) =>
      Object.fromEntries(
        Array.from({ length: packed.starts[t * width + f + 1]! - packed.starts[t * width + f]! }, (_, i) => [
          packed.documents[packed.starts[t * width + f]! + i],
          packed.counts[packed.starts[t * width + f]! + i],
        ]),
      );
    const ours = packed.terms.map((term, t) => [
      term,
      Object.fromEntries(packed.fields.map((_, f) => [f, postings(t, f)]).filter(([, docs]) => Object.keys(docs as object).length > 0)),
    ]);
    expect(ours).toEqual(theirs.index);
    expect(packed.terms.length).toBe(mini.termCount);
    expect(packed.documentCount).toBe(story.sentences.length);
    expect(packed.documentCount).toBe(theirs.documentCount);
    expect(packed.averageFieldLength).toEqual(theirs.averageFieldLength);
    for (const [shortId, id] of Object.entries(theirs.documentIds)) {
      expect(packed.documentIds[Number(shortId)]).toBe(id);
      expect([...packed.fieldLength.subarray(Number(shortId) * width, Number(shortId) * width + width)]).toEqual(theirs.fieldLength[shortId]);
    }
    // Each posting list in document order (the JSON's objects sort numeric keys, so the order is checked here).
    for (let list = 0; list + 1 < packed.starts.length; list++) {
      const docs = packed.documents.subarray(packed.starts[list]!, packed.starts[list + 1]!);
      expect([...docs]).toEqual([...docs].sort((a, b) => a - b));
    }
  });

  it('orders terms as MiniSearch does when words share beginnings in every arrangement (edges split, extended, ended inside)', () => {
    const words = ['recuse', 'recusal', 'rec', 'record', 'recorded', 'a', 'ab', 'abc', 'b', 'recusals', 'records', 're', 'reco', 'zeta', 'zet', 'ze'];
    for (const arrangement of [words, [...words].reverse(), [...words].sort(), [...words].sort().reverse()]) {
      const documents = arrangement.map((word, id) => ({ id, text: word }));
      const reference = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      reference.addAll(documents);
      const index = buildPackedIndex(
        documents,
        ['text'],
        (text) => text.split(' '),
        (word) => word,
      );
      expect(index.terms, arrangement.join(' ')).toEqual(reference.toJSON().index.map(([term]) => term));
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
