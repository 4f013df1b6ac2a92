/**
 * The Discord form of each answer, as a title and a list of items in Discord markdown: each
 * excerpt quoted, with a citation line (outlet, linked headline, article and sentence), how many
 * articles report it, the speaker and how we know for quotes, and the date's provenance for
 * timeline events. Every text from an article or a user is escaped.
 */
import { distinctSourceCount } from '../core/answer/sources.js';
import type { Answer } from '../../commands/command.js';
import type { Citation, QuoteMatch, Story, TimelineEvent } from '../core/types.js';
import { escapeText } from './escape.js';
import { UNKNOWN_SPEAKER } from '../core/answer/quotes.js';
import { partialDateText } from '../core/dates/partial-date-text.js';
import { truncate } from './limits.js';
import { RELATED_LABEL } from '../render/text.js';

/** One item of an answer, and the sentence its Context button would show. */
export interface Item {
  text: string;
  context?: { article: number; sentence: number };
}

/** An answer ready to page: a title, items, or a no-match message. */
export interface Rendered {
  title: string;
  items: Item[];
  empty?: string;
  /** Shown above the items on every page: the items are not an answer but the closest there is. */
  note?: string;
}

const EXCERPT = 900;
const KIND = { named: 'named in the text', pronoun: 'resolved from a pronoun', anonymous: 'unnamed source', outlet: 'the outlet’s own words' } as const;

/** The title and items of an answer. */
export function renderItems(answer: Answer, story: Story): Rendered {
  const total = distinctSourceCount(story);
  const ctx = (c: Citation | undefined) => (c ? { article: story.articles.findIndex((a) => a.id === c.article), sentence: c.sentence } : undefined);
  const withContext = (text: string, c: Citation | undefined): Item => {
    const context = ctx(c);
    return context ? { text, context } : { text };
  };
  switch (answer.kind) {
    case 'ask': {
      const r = answer.result;
      const related = r.answers.length === 0 && (r.related?.length ?? 0) > 0;
      const items = (related ? r.related! : r.answers).map((a) => {
        const notes = [a.citations.length > 1 ? `in ${a.citations.length} of ${total} articles` : '', a.reportedBy?.length ? `per ${a.reportedBy.map(escapeText).join(', ')}` : ''].filter(Boolean);
        return withContext([quoteBlock(a.text), ...a.citations.map(citationLine), notes.length ? `*${notes.join(' · ')}*` : ''].filter(Boolean).join('\n'), a.citations[0]);
      });
      if (related) return { title: `🔎 ${escapeText(r.query)}`, items, note: `${escapeText(r.hint ?? '')}\n**${RELATED_LABEL}**` };
      return { title: `🔎 ${escapeText(r.query)}`, items, ...(items.length ? {} : { empty: escapeText(r.hint ?? 'No good answer.') }) };
    }
    case 'who-said':
    case 'quote': {
      const r = answer.result;
      const items = r.matches.map((m) => withContext(quoteItem(m, total), m.citations[0]));
      return { title: `💬 ${answer.kind === 'who-said' ? 'Who said' : 'Quotes matching'} “${escapeText(r.query)}”`, items, ...(items.length ? {} : { empty: escapeText(r.hint ?? 'No quote matches.') }) };
    }
    case 'quotes': {
      const r = answer.result;
      const items = r.quotes.map((m) => withContext(quoteItem(m, total), m.citations[0]));
      return { title: `💬 Quotes by ${escapeText(r.speaker)}`, items, ...(items.length ? {} : { empty: escapeText(r.hint ?? 'No quotes.') }) };
    }
    case 'timeline': {
      const r = answer.result;
      const items = r.events.map((e) => withContext(eventItem(e, total), e.citations[0]));
      const title = `🗓️ Timeline${r.about ? `: ${escapeText(r.about)}` : ''}`;
      return { title, items, ...(items.length ? {} : { empty: escapeText(r.hint ?? 'No dated events.') }) };
    }
    case 'sources':
      return {
        title: '📰 Sources',
        items: answer.result.articles.map((a) => ({
          text: `**${escapeText(a.title)}**\n${[a.outlet && escapeText(a.outlet), a.byline && `by ${escapeText(a.byline)}`, a.date, `${a.sentences} sentences`, `\`${a.id}\``].filter(Boolean).join(' · ')}${a.url ? `\n${a.url}` : ''}`,
        })),
      };
    case 'people':
      return {
        title: '👥 People',
        items: answer.result.people.map((p) => ({
          text: `**${escapeText(p.name)}**${p.roles.length ? ` — ${escapeText(p.roles.join('; '))}` : ''} · ${p.mentions} mentions${p.aliases.length ? `\n*also:* ${escapeText(p.aliases.join(', '))}` : ''}`,
        })),
      };
    case 'help':
      return { title: 'Byline: what you can ask', items: answer.result.commands.map((c) => ({ text: `**/${escapeText(c.usage)}** — ${escapeText(c.description)}` })) };
  }
}

/** `— Outlet, [Headline](url) · article #sentence`: the outlet when known, the headline linked when there is a URL. */
export function citationLine(c: Citation): string {
  const title = truncate(escapeText(c.title), 120);
  const headline = c.url ? `[${title}](${c.url})` : `*${title}*`;
  return `— ${c.outlet ? `**${escapeText(c.outlet)}**, ` : ''}${headline} · \`${c.article} #${c.sentence}\``;
}

function quoteBlock(text: string): string {
  return `> ${truncate(escapeText(text), EXCERPT).replace(/\n/g, '\n> ')}`;
}

function quoteItem(m: QuoteMatch, total: number): string {
  const how = m.speaker === UNKNOWN_SPEAKER ? 'the articles do not say who' : KIND[m.speakerKind];
  const speaker = `**${escapeText(m.speaker)}** (${how}${m.cue ? `; “${escapeText(m.cue)}”` : ''})`;
  const spread = m.citations.length > 1 ? `\n*in ${m.citations.length} of ${total} articles*` : '';
  return `${quoteBlock(`“${m.quote}”`)}\n— ${speaker}\n${m.citations.map(citationLine).join('\n')}${spread}`;
}

function eventItem(e: TimelineEvent, total: number): string {
  const when = e.date ?? (e.partialDate ? partialDateText(e.partialDate) : 'undated');
  const provenance = e.date === null ? `“${escapeText(e.when)}”, date of the article unknown` : e.resolvedFrom ? `“${escapeText(e.when)}”, from the article date ${e.resolvedFrom}` : `“${escapeText(e.when)}”`;
  const spread = e.citations.length > 1 ? ` · in ${e.citations.length} of ${total} articles` : '';
  return `**${when}** *(${provenance}${spread})*\n${quoteBlock(e.text)}\n${e.citations.map(citationLine).join('\n')}`;
}
