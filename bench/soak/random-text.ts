/**
 * What the soak's users type: random questions made of the story's own words, fragments of its
 * real quotes, the names of its people, and the fixed queries of bench/queries.json. Seeded, so
 * that two runs send the same traffic.
 */
import type { Story } from '../../src/core/types.js';

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixed queries of bench/queries.json. */
export interface FixedQueries {
  ask: string[];
  whoSaid: string[];
  quote: string[];
  timeline: string[];
}

/** Picks what users type, from one story. */
export class RandomText {
  private readonly people: string[];

  constructor(
    private readonly story: Story,
    readonly fixed: FixedQueries,
    readonly random: () => number,
  ) {
    this.people = story.people.map((p) => p.name);
  }

  /** A whole number from `min` to `max`. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  /** 3 to 8 words, each from a random sentence of the story: almost every question is new. */
  question(): string {
    const words: string[] = [];
    const wanted = this.int(3, 8);
    for (let tries = 0; words.length < wanted && tries < 40; tries++) {
      const found = this.story.sentences.length > 0 ? wordsOf(this.pick(this.story.sentences).text) : [];
      if (found.length > 0) words.push(this.pick(found));
    }
    return words.join(' ') || 'what happened';
  }

  /** 3 to 8 consecutive words of a real quote (or a fixed one). */
  quoteFragment(): string {
    if (this.story.quotes.length === 0 || this.random() < 0.2) return this.pick(this.fixed.whoSaid);
    const words = wordsOf(this.pick(this.story.quotes).text);
    const length = Math.min(words.length, this.int(3, 8));
    const start = this.int(0, words.length - length);
    return words.slice(start, start + length).join(' ') || this.pick(this.fixed.whoSaid);
  }

  /** A person of the story (now and then someone it does not know). */
  person(): string {
    return this.people.length === 0 || this.random() < 0.1 ? this.question().split(' ')[0]! : this.pick(this.people);
  }

  /** What a user has typed so far into an option that offers names: the first 1 to 5 letters of one. */
  prefix(): string {
    const name = this.person();
    return name.slice(0, this.int(1, Math.min(5, name.length)));
  }
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}
