/**
 * Autocomplete from a list the story gives (its speakers, its topics): the entries that start
 * with what was typed, then those that contain it, compared without case, accents or curly quotes.
 */
import { foldForComparison } from '../src/core/ingest/normalize-typography.js';
import type { Story } from '../src/core/types.js';

interface Candidate {
  text: string;
  folded: string;
}

/**
 * A completer over `list(story)`: the list is folded once per story (a keystroke on an archive's
 * cast re-folding it took 0.1 s) and held only as long as the story is.
 *
 * @example completeFrom((story) => quoteSpeakers(story).map((s) => s.speaker))(story, 'tru') // => ['Donald Trump', …]
 */
export function completeFrom(list: (story: Story) => readonly string[]): (story: Story, typed: string) => string[] {
  const folded = new WeakMap<Story, Candidate[]>();
  return (story, typed) => {
    let candidates = folded.get(story);
    if (!candidates) {
      candidates = list(story).map((text) => ({ text, folded: foldForComparison(text) }));
      folded.set(story, candidates);
    }
    const wanted = foldForComparison(typed);
    const starts = candidates.filter((c) => c.folded.startsWith(wanted));
    const contains = candidates.filter((c) => !c.folded.startsWith(wanted) && c.folded.includes(wanted));
    return [...new Set([...starts, ...contains].map((c) => c.text))];
  };
}
