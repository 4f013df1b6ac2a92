/** `/sources` — the articles of the story. */
import { listSources } from '../src/core/answer/sources.js';
import type { Command } from './command.js';

/** The sources command: the articles with their metadata. */
export const sourcesCommand = {
  kind: 'slash',
  name: 'sources',
  description: 'List the articles the story is built from',
  options: [],
  run: (story) => ({ kind: 'sources', result: listSources(story) }),
} satisfies Command;
