/**
 * Autocomplete choices: what the command says its focused option may be (commands/*.ts hold the
 * story's side, such as /quotes's speakers and /timeline's topics), cut to what Discord shows (at
 * most 25, each at most 100 characters).
 */
import type { Command } from '../../commands/command.js';
import type { Story } from '../core/types.js';
import { LIMITS, truncate } from './limits.js';

/** Choices for the focused option of a command; none for a command that completes nothing. */
export function autocompleteChoices(story: Story, command: Command | undefined, option: string, typed: string): { name: string; value: string }[] {
  return (command?.complete?.(story, option, typed) ?? [])
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: truncate(c, LIMITS.choiceName), value: c.slice(0, LIMITS.choiceName) }));
}
