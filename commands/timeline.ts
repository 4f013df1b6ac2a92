/** `/timeline about:` — dated events in order, resolved against each article's date, with sources. */
import { timeline } from '../src/core/answer/timeline.js';
import { requiredText, type Command, type CommandOption } from './command.js';

const about: CommandOption = { name: 'about', description: 'Only events about a person or a topic', required: false, maxLength: 100, autocomplete: true };

export const timelineCommand = {
  name: 'timeline',
  description: 'What happened when: dated events in order, with sources',
  options: [about],
  run(story, args) {
    if (!args.about?.trim()) return { kind: 'timeline', result: timeline(story) };
    const text = requiredText(timelineCommand, about, args.about);
    return typeof text === 'string' ? { kind: 'timeline', result: timeline(story, text) } : text;
  },
} satisfies Command;
