/**
 * Readies a loaded story for its first questions: what answers work out once per story (the
 * cast's names, the events in date order and their sentences, each quote's words, the index's
 * length terms) is worked out now, so that the first user does not wait for it, and the answers'
 * code has run often enough to be compiled. It runs as small steps, so that a bot reloading its
 * story answers with the old one between them. (The whole timeline's citations are left to the
 * first /timeline.)
 */
import type { Story } from '../types.js';
import { ask } from './ask.js';
import { whoSaid } from './quotes.js';
import { timeline } from './timeline.js';

/** Questions of each shape (who, when, how many, why; one word, several): each answer's code runs a few times. */
const QUESTIONS = [
  'Who said what happened?',
  'When did it happen?',
  'How many people were there?',
  'Why did the government say that?',
  'news',
  'What did officials announce about the plan?',
  'What did the spokesman tell reporters on Monday?',
  'How much money was spent last year?',
  'Who will lead the new group?',
  'Why was the meeting delayed?',
];

/** Asks the story a few questions of each kind and discards the answers. */
export function warmUp(story: Story): void {
  for (const _ of warmUpSteps(story));
}

/** The warm-up as small steps (a generator), so that a bot serving another story meanwhile can answer between them. */
export function* warmUpSteps(story: Story): Generator<void, void> {
  for (const question of QUESTIONS) {
    ask(story, question);
    yield;
  }
  whoSaid(story, 'said');
  yield;
  timeline(story, 'said');
}
