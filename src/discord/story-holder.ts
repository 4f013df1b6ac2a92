/**
 * Holds the story the bot answers from: empty while the articles are being read (interactions
 * that arrive meanwhile wait for it), replaced whole by a reload.
 */
import type { Story } from '../core/types.js';

/** A story being served and its hash. */
export interface Served {
  story: Story;
  hash: string;
}

/** The story being served, or nothing yet; `whenServed` resolves once there is one. */
export interface StoryHolder {
  current: Served | null;
  /** Resolves at once when a story is served, else when one first is. */
  whenServed(): Promise<void>;
}

/** A holder with nothing loaded yet; setting `current` wakes whoever waits for a story. */
export function emptyHolder(): StoryHolder {
  let current: Served | null = null;
  let waiting: (() => void)[] = [];
  return {
    get current() {
      return current;
    },
    set current(value) {
      current = value;
      if (!value) return;
      const woken = waiting;
      waiting = [];
      for (const wake of woken) wake();
    },
    whenServed: () => (current ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}
