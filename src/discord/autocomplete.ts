/**
 * Autocomplete choices: the story's speakers for /quotes, and its topics for /timeline (people,
 * organisations, places and subjects, as the core ranks them), matched on what the user has typed
 * so far (at most 25, each at most 100 characters).
 */
import type { Story } from '../core/types.js';
import { quoteSpeakers } from '../core/answer/quotes.js';
import { foldForComparison } from '../core/ingest/normalize-typography.js';
import { timelineTopics } from '../core/answer/topics.js';
import { LIMITS, truncate } from './limits.js';

/** Choices for the focused option of a command. */
export function autocompleteChoices(story: Story, command: string, typed: string): { name: string; value: string }[] {
  const wanted = foldForComparison(typed);
  const candidates = candidatesFor(story, command);
  const starts = candidates.filter((c) => c.folded.startsWith(wanted));
  const contains = candidates.filter((c) => !c.folded.startsWith(wanted) && c.folded.includes(wanted));
  return [...new Set([...starts, ...contains].map((c) => c.text))]
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: truncate(c, LIMITS.choiceName), value: c.slice(0, LIMITS.choiceName) }));
}

interface Candidate {
  text: string;
  folded: string;
}

const cached = new WeakMap<Story, Map<string, Candidate[]>>();

/** A command's candidates, folded for matching: worked out once per story, not at every keystroke (an archive's cast is long). */
function candidatesFor(story: Story, command: string): Candidate[] {
  const byCommand = cached.get(story) ?? new Map<string, Candidate[]>();
  cached.set(story, byCommand);
  let candidates = byCommand.get(command);
  if (!candidates) {
    const texts = command === 'quotes' ? quoteSpeakers(story).map((s) => s.speaker) : command === 'timeline' ? timelineTopics(story).map((t) => t.text) : [];
    candidates = texts.map((text) => ({ text, folded: foldForComparison(text) }));
    byCommand.set(command, candidates);
  }
  return candidates;
}
