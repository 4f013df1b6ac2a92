/** `/quotes speaker:` — everything one speaker said, found by any of their names. */
import { quoteSpeakers, quotesBy } from '../src/core/answer/quotes.js';
import { textCommand } from './command.js';
import { completeFrom } from './complete.js';
import { mostQuoted } from './examples.js';

/** The quotes command: a speaker in (completed from the story's speakers), all of their quotes out. */
export const quotesCommand = textCommand(
  {
    name: 'quotes',
    description: 'Every quote by one speaker',
    option: { name: 'speaker', description: 'A speaker: a name, an alias or a description', required: true, maxLength: 100, autocomplete: true },
    example: (story) => mostQuoted(story) ?? 'a name',
    complete: completeFrom((story) => quoteSpeakers(story).map((s) => s.speaker)),
  },
  (story, text) => ({ kind: 'quotes', result: quotesBy(story, text) }),
);
