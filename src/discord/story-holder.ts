/**
 * Holds the story the bot answers from: empty while the articles are being read (the bot says so
 * instead of answering), replaced whole by a reload.
 */
import type { Story } from '../core/types.js';

/** The story being served and its hash, or nothing yet. */
export interface StoryHolder {
  current: { story: Story; hash: string } | null;
}

/** A holder with nothing loaded yet. */
export function emptyHolder(): StoryHolder {
  return { current: null };
}
