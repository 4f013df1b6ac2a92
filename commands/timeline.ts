/** `/timeline about:` — dated events in order, resolved against each article's date, with sources. */
import { timeline } from '../src/core/answer/timeline.js';
import { textCommand } from './command.js';
import { mostMentioned } from './examples.js';

/** The timeline command: the dated events, optionally about someone or something. */
export const timelineCommand = textCommand(
  { name: 'timeline', description: 'What happened when: dated events in order, with sources', option: { name: 'about', description: 'Only events about a person or a topic', required: false, maxLength: 100, autocomplete: true }, example: (story) => mostMentioned(story) ?? 'a name' },
  (story, text) => ({ kind: 'timeline', result: text ? timeline(story, text) : timeline(story) }),
);
