/** `/people` — the cast of the story with their roles. */
import { listPeople } from '../src/core/answer/people.js';
import type { Command } from './command.js';

/** The people command: the cast with roles, aliases and mentions. */
export const peopleCommand = {
  kind: 'slash',
  name: 'people',
  description: 'List the people in the story and their roles',
  options: [],
  run: (story) => ({ kind: 'people', result: listPeople(story) }),
} satisfies Command;
