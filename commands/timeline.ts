/** `/timeline about: from: to:` — dated events in order, resolved against each article's date, with sources. */
import { timeline } from '../src/core/answer/timeline.js';
import { timelineTopics } from '../src/core/answer/topics.js';
import { isAfter, parseDatePeriod, type DatePeriod } from '../src/core/dates/date-period.js';
import { requiredText, usageOf, type Command, type CommandOption, type UsageError } from './command.js';
import { completeFrom } from './complete.js';
import { mostMentioned } from './examples.js';

const ABOUT: CommandOption = { name: 'about', description: 'Only events about a person or a topic', required: false, maxLength: 100, autocomplete: true };
const FROM: CommandOption = {
  name: 'from',
  description: 'Only events from then on: a year (2018), a month (2018-03, March 2018) or a day',
  required: false,
  maxLength: 30,
};
const TO: CommandOption = {
  name: 'to',
  description: 'Only events up to then: a year (2018), a month (2018-03, March 2018) or a day',
  required: false,
  maxLength: 30,
};

/** The story's topics as the core ranks them: people, organisations, places and subjects. */
const topics = completeFrom((story) => timelineTopics(story).map((t) => t.text));

/** The timeline command: the dated events, optionally about someone or something, within a period. */
export const timelineCommand: Command = {
  kind: 'slash',
  name: 'timeline',
  description: 'What happened when: dated events in order, with sources',
  options: [ABOUT, FROM, TO],
  example: (story) => mostMentioned(story) ?? 'a name',
  complete: (story, option, typed) => (option === ABOUT.name ? topics(story, typed) : []),
  run(story, args) {
    const about = args.about?.trim() ? requiredText(timelineCommand, ABOUT, args.about) : '';
    if (typeof about !== 'string') return about;
    const from = periodOf(FROM, args.from);
    if (from && 'kind' in from) return from;
    const to = periodOf(TO, args.to);
    if (to && 'kind' in to) return to;
    if (from && to && isAfter(from, to))
      return { kind: 'usage-error', message: `from (${from.date}) is after to (${to.date}): nothing happens in between. Usage: ${usageOf(timelineCommand)}` };
    return { kind: 'timeline', result: timeline(story, about || undefined, { ...(from ? { from } : {}), ...(to ? { to } : {}) }) };
  },
};

/** The period an option names, nothing when it is empty, or a usage error that shows what it may be. */
function periodOf(option: CommandOption, value: string | undefined): DatePeriod | UsageError | null {
  if (!value?.trim()) return null;
  const text = requiredText(timelineCommand, option, value);
  if (typeof text !== 'string') return text;
  return (
    parseDatePeriod(text) ?? {
      kind: 'usage-error',
      message: `${option.name} is not a date. Give a year (2018), a month (2018-03 or March 2018) or a day (2018-03-05). Usage: ${usageOf(timelineCommand)}`,
    }
  );
}
