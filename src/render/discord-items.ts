/**
 * The Discord form of each answer, as a title and a list of items in Discord markdown: each
 * excerpt quoted, with a citation line (outlet, linked headline, article and sentence), how many
 * articles report it, the speaker and how we know for quotes, and the date's provenance for
 * timeline events. Every text from an article or a user is escaped. Items are rendered one at a
 * time, when a page shows them.
 */
import { distinctSourceCount } from '../core/answer/sources.js';
import type { Answer } from '../../commands/command.js';
import type { AskAnswer, Citation, QuoteMatch, Story, TimelineEvent } from '../core/types.js';
import { escapeText } from '../discord/escape.js';
import { UNKNOWN_SPEAKER } from '../core/answer/quotes.js';
import { partialDateText } from '../core/dates/partial-date-text.js';
import { truncate } from '../discord/limits.js';
import { RELATED_LABEL, timelineTitle } from './text.js';

/** One item of an answer, and the sentence its Context button would show. */
export interface Item {
  text: string;
  context?: { article: number; sentence: number };
}

/**
 * An answer ready to page: its title, how many items it has, and each item rendered only when a
 * page shows it (a timeline of 24,792 events renders the five of the page asked for, not all).
 */
export interface Rendered {
  title: string;
  /** How many items the answer has. */
  count: number;
  /** Whether the items are excerpts with a Context button each (fewer fit a page) or plain list items. */
  excerpts: boolean;
  /** Item `i`, in at most `max` characters (an excerpt's quote is shortened first, its citations kept). */
  item(i: number, max: number): Item;
  empty?: string;
  /** Shown above the items on every page: the items are not an answer but the closest there is. */
  note?: string;
}

const EXCERPT = 900;
/** An excerpt shortened to fit a page keeps at least this much of its quote. */
const MIN_EXCERPT = 120;
const KIND = { named: 'named in the text', pronoun: 'resolved from a pronoun', anonymous: 'unnamed source', outlet: 'the outlet’s own words' } as const;

/** An item in parts: a line before the quote, the quote (raw text), and the lines after it. */
interface Parts {
  head: string;
  quote: string;
  tail: string;
}

/** The title, item count and item renderer of an answer. */
export function renderItems(answer: Answer, story: Story): Rendered {
  const total = distinctSourceCount(story);
  const ctx = (c: Citation | undefined) => (c ? { article: story.articles.findIndex((a) => a.id === c.article), sentence: c.sentence } : undefined);
  /** Excerpt items: `parts(i)` in parts, the Context button on citation `cite(i)`. */
  const excerpts = (count: number, parts: (i: number) => Parts, cite: (i: number) => Citation | undefined) => ({
    count,
    excerpts: true,
    item: (i: number, max: number): Item => {
      const context = ctx(cite(i));
      const text = fitExcerpt(parts(i), max);
      return context ? { text, context } : { text };
    },
  });
  /** Plain list items. */
  const list = (count: number, text: (i: number) => string) => ({ count, excerpts: false, item: (i: number, max: number): Item => ({ text: truncate(text(i), max) }) });
  switch (answer.kind) {
    case 'ask': {
      const r = answer.result;
      const related = r.answers.length === 0 && (r.related?.length ?? 0) > 0;
      const shown = related ? r.related! : r.answers;
      const items = excerpts(shown.length, (i) => askParts(shown[i]!, total), (i) => shown[i]!.citations[0]);
      if (related) return { title: `🔎 ${escapeText(r.query)}`, ...items, note: `${escapeText(r.hint ?? '')}\n**${RELATED_LABEL}**` };
      return { title: `🔎 ${escapeText(r.query)}`, ...items, ...(shown.length ? {} : { empty: escapeText(r.hint ?? 'No good answer.') }) };
    }
    case 'who-said':
    case 'quote': {
      const r = answer.result;
      const items = excerpts(r.matches.length, (i) => quoteParts(r.matches[i]!, total), (i) => r.matches[i]!.citations[0]);
      return { title: `💬 ${answer.kind === 'who-said' ? 'Who said' : 'Quotes matching'} “${escapeText(r.query)}”`, ...items, ...(items.count ? {} : { empty: escapeText(r.hint ?? 'No quote matches.') }) };
    }
    case 'quotes': {
      const r = answer.result;
      const items = excerpts(r.quotes.length, (i) => quoteParts(r.quotes[i]!, total), (i) => r.quotes[i]!.citations[0]);
      return { title: `💬 Quotes by ${escapeText(r.speaker)}`, ...items, ...(items.count ? {} : { empty: escapeText(r.hint ?? 'No quotes.') }) };
    }
    case 'timeline': {
      const r = answer.result;
      const items = excerpts(r.events.length, (i) => eventParts(r.events[i]!, total), (i) => r.events[i]!.citations[0]);
      const title = `🗓️ ${escapeText(timelineTitle(r))}`;
      return { title, ...items, ...(items.count ? {} : { empty: escapeText(r.hint ?? 'No dated events.') }) };
    }
    case 'sources': {
      const articles = answer.result.articles;
      return {
        title: '📰 Sources',
        ...list(articles.length, (i) => {
          const a = articles[i]!;
          return `**${escapeText(a.title)}**\n${[a.outlet && escapeText(a.outlet), a.byline && `by ${escapeText(a.byline)}`, a.date, `${a.sentences} sentences`, `\`${a.id}\``].filter(Boolean).join(' · ')}${a.url ? `\n${a.url}` : ''}`;
        }),
      };
    }
    case 'people': {
      const people = answer.result.people;
      return {
        title: '👥 People',
        ...list(people.length, (i) => {
          const p = people[i]!;
          return `**${escapeText(p.name)}**${p.roles.length ? ` — ${escapeText(p.roles.join('; '))}` : ''} · ${p.mentions} mentions${p.aliases.length ? `\n*also:* ${escapeText(p.aliases.join(', '))}` : ''}`;
        }),
      };
    }
    case 'help': {
      const commands = answer.result.commands;
      return { title: 'Byline: what you can ask', ...list(commands.length, (i) => `**/${escapeText(commands[i]!.usage)}** — ${escapeText(commands[i]!.description)}`) };
    }
  }
}

/** `— Outlet, [Headline](url) · article #sentence`: the outlet when known, the headline linked when there is a URL. */
export function citationLine(c: Citation): string {
  const title = truncate(escapeText(c.title), 120);
  const headline = c.url ? `[${title}](${c.url})` : `*${title}*`;
  return `— ${c.outlet ? `**${escapeText(c.outlet)}**, ` : ''}${headline} · \`${c.article} #${c.sentence}\``;
}

/** An excerpt in at most `max` characters: its quote shortened to make room, the rest cut only if still too long. */
function fitExcerpt({ head, quote, tail }: Parts, max: number): string {
  const frame = (head ? head.length + 1 : 0) + (tail ? tail.length + 1 : 0) + 2;
  const room = Math.min(EXCERPT, Math.max(MIN_EXCERPT, max - frame));
  return truncate([head, quoteBlock(quote, room), tail].filter(Boolean).join('\n'), max);
}

function quoteBlock(text: string, max: number): string {
  return `> ${truncate(escapeText(text), max).replace(/\n/g, '\n> ')}`;
}

function askParts(a: AskAnswer, total: number): Parts {
  const notes = [a.citations.length > 1 ? `in ${a.citations.length} of ${total} articles` : '', a.reportedBy?.length ? `per ${a.reportedBy.map(escapeText).join(', ')}` : ''].filter(Boolean);
  return { head: '', quote: a.text, tail: [...a.citations.map(citationLine), notes.length ? `*${notes.join(' · ')}*` : ''].filter(Boolean).join('\n') };
}

function quoteParts(m: QuoteMatch, total: number): Parts {
  const how = m.speaker === UNKNOWN_SPEAKER ? 'the articles do not say who' : KIND[m.speakerKind];
  const speaker = `**${escapeText(m.speaker)}** (${how}${m.cue ? `; “${escapeText(m.cue)}”` : ''})`;
  const spread = m.citations.length > 1 ? `\n*in ${m.citations.length} of ${total} articles*` : '';
  return { head: '', quote: `“${m.quote}”`, tail: `— ${speaker}\n${m.citations.map(citationLine).join('\n')}${spread}` };
}

function eventParts(e: TimelineEvent, total: number): Parts {
  const when = e.date ?? (e.partialDate ? partialDateText(e.partialDate) : 'undated');
  const provenance = e.date === null ? `“${escapeText(e.when)}”, date of the article unknown` : e.resolvedFrom ? `“${escapeText(e.when)}”, from the article date ${e.resolvedFrom}` : `“${escapeText(e.when)}”`;
  const spread = e.citations.length > 1 ? ` · in ${e.citations.length} of ${total} articles` : '';
  return { head: `**${when}** *(${provenance}${spread})*`, quote: e.text, tail: e.citations.map(citationLine).join('\n') };
}
