/** `/ask question:` — the best verbatim passages for a question, with their citations. */
import { ask } from '../src/core/answer/ask.js';
import { textCommand } from './command.js';
import { mostMentioned } from './examples.js';

/** The ask command: one question in, ranked cited passages out. */
export const askCommand = textCommand(
  {
    name: 'ask',
    description: 'Ask about the story: get the best passages, cited',
    option: { name: 'question', description: 'A question about the story', required: true, maxLength: 300 },
    example: (story) => `Who is ${mostMentioned(story) ?? 'in the story'}?`,
  },
  (story, text) => ({ kind: 'ask', result: ask(story, text) }),
);
