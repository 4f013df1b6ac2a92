import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../../../src/core/build-story.js';
import { encodeSnapshot } from '../../../src/core/snapshot/encode-snapshot.js';
import { decodeSnapshot, decodeSnapshotSteps } from '../../../src/core/snapshot/decode-snapshot.js';
import { readJsonPieces, writeJsonPieces } from '../../../src/core/snapshot/json-pieces.js';
import { readCorpus } from '../../../src/store/corpus/read-corpus.js';
import { ask } from '../../../src/core/answer/ask.js';
import { FIXTURES, SEEDS } from '../../fixtures/read-fixture.js';

describe('encodeSnapshot / decodeSnapshot', () => {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: `fixture-${f}`, text: readFileSync(join(FIXTURES, f), 'utf8') }));
  // A first sentence that opens with a byte-order mark and letters outside the Basic Multilingual Plane.
  const odd = { id: 'odd', text: '\ufeffOdd headline\n\n\ufeff𝐁old claims, “quoted” — said Ann Lee on Monday.\n' };
  // A second filing of the same article, which the story marks as a copy.
  const copy = { id: 'odd-copy', text: odd.text };
  const { story } = buildStory([...readCorpus(SEEDS).sources, ...fixtures, odd, copy], {});

  it('gives back the same story: articles, every sentence with its people and credits, cast, quotes, events', () => {
    const loaded = decodeSnapshot(encodeSnapshot(story));
    expect(loaded.articles).toEqual(story.articles);
    expect(loaded.articles.find((a) => a.id === 'odd-copy')?.copyOf).toBe('odd');
    expect(loaded.sentences).toEqual(story.sentences);
    expect(loaded.people).toEqual(story.people);
    expect(loaded.quotes).toEqual(story.quotes);
    expect(loaded.events).toEqual(story.events);
    // Undated seed articles name months without a year ("in March"): their partial dates come back too.
    expect(story.events.some((e) => e.partialDate === '--03')).toBe(true);
    expect([...loaded.byArticle]).toEqual([...story.byArticle]);
    expect(
      story.sentences.some((s) => s.norm !== s.text) && story.sentences.some((s) => s.credits.length > 0) && story.sentences.some((s) => s.text.includes('𝐁')),
    ).toBe(true);
  });

  it('searches as the story it was saved from', () => {
    const loaded = decodeSnapshot(encodeSnapshot(story));
    for (const q of ['Did Sessions offer to resign?', 'recusel', 'Who is the White House press secretary?']) expect(ask(loaded, q)).toEqual(ask(story, q));
    expect(loaded.index.documentFrequency('said')).toBe(story.index.documentFrequency('said'));
  });

  it('refuses a snapshot whose parts do not point at each other: a quote in a sentence that is not there, an index of other sentences', () => {
    const [first, ...rest] = story.quotes;
    const astray = { ...first!, occurrences: [{ ...first!.occurrences[0]!, sentence: 9999 }] };
    expect(() => decodeSnapshot(encodeSnapshot({ ...story, quotes: [astray, ...rest] }))).toThrow(/malformed \(quotes\)/);
    const other = buildStory(readCorpus(SEEDS).sources.slice(0, 2), {}).story;
    expect(() => decodeSnapshot(encodeSnapshot({ ...story, index: other.index }))).toThrow(/malformed \(index\)/);
  });

  it('decodes in many small steps (a bot reloading its story answers between them), to the same story', () => {
    const steps = decodeSnapshotSteps(encodeSnapshot(story));
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    // At least a step per thousand sentences, besides one per saved array and list piece.
    expect(count).toBeGreaterThan(story.sentences.length / 1000 + 20);
    expect(next.value.sentences).toEqual(story.sentences);
    expect(next.value.events).toEqual(story.events);
  });
});

describe('long lists in pieces', () => {
  it('reads back every item, one piece per step, and refuses a piece that is not a list', () => {
    const list = Array.from({ length: 1234 }, (_, i) => ({ n: i, text: `line\nbreak “${i}”` }));
    const steps = readJsonPieces(writeJsonPieces(list));
    let pieces = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pieces++;
    expect(next.value).toEqual(list);
    expect(pieces).toBeGreaterThan(2);
    expect(() => [...readJsonPieces(new TextEncoder().encode('[1]\n{"a":1}'))]).toThrow(/malformed/);
    expect(readJsonPieces(new Uint8Array()).next()).toEqual({ done: true, value: [] });
  });
});
