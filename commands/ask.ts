/** `/ask question:` — the best verbatim passages for a question, with their citations. */
import { ask } from '../src/core/answer/ask.js';
import { requiredText, type Command, type CommandOption } from './command.js';

const question: CommandOption = { name: 'question', description: 'A question about the story', required: true, maxLength: 300 };

export const askCommand = {
  name: 'ask',
  description: 'Ask about the story: get the best passages, cited',
  options: [question],
  run(story, args) {
    const text = requiredText(askCommand, question, args.question);
    return typeof text === 'string' ? { kind: 'ask', result: ask(story, text) } : text;
  },
} satisfies Command;
