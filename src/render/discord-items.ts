/**
 * The Discord form of each answer, as a title and a list of items in Discord markdown, sized for
 * a phone: an /ask passage quoted with the question's words in bold, a quote with its speaker and
 * how we know, a timeline event on one line; each ends with the numbers of its sources, which the
 * page lists under its items (`citation-text.ts`). Every text from an article or a user is
 * escaped. Items are rendered one at a time, when a page shows them.
 */
import { distinctSourceCount } from '../core/answer/sources.js';
import type { Answer } from '../../commands/command.js';
import type { AskAnswer, Citation, OwnWordsMatch, QuoteMatch, Story, TimelineEvent } from '../core/types.js';
import { escapeText } from '../discord/escape.js';
import { truncate } from '../discord/limits.js';
import { ownWordsLabel, RELATED_LABEL } from './text.js';
import { timelineTitle } from './timeline-title.js';
import { dateProvenance, eventWhen, speakerKnownBy } from './wording.js';
import { countOf } from '../core/text/count-of.js';
import { citationText, noonOf, plainDate, shorten, spread, type CitationStyle, type SourceNumbers } from './citation-text.js';

/** One item of an answer, and the sentence the Context menu would show for it. */
export interface Item {
  text: string;
  context?: PassageRef;
}

/** A passage the Context menu offers: the article's position in the story, the sentence, and how the menu names it (plain text). */
export interface PassageRef {
  article: number;
  sentence: number;
  label: string;
  description?: string;
}

/**
 * How an answer's items are laid out: passages quoted (few fit a phone's screen), one line each
 * (timeline events), or plain list items.
 */
export type Layout = 'excerpts' | 'lines' | 'list';

/**
 * An answer ready to page: its title, how many items it has, and each item rendered only when a
 * page shows it (a timeline of 24,792 events renders the five of the page asked for, not all).
 */
export interface Rendered {
  title: string;
  /** How many items the answer has. */
  count: number;
  layout: Layout;
  /** Item `i`, in at most `max` characters (a passage is shortened first, its source numbers kept), numbering its sources in `sources`. */
  item(i: number, max: number, sources: SourceNumbers): Item;
  /** What the page menu says of a page starting at item `i` ("From 9 June 2017" on a timeline), when there is something to say. */
  startOf?(i: number): string;
  empty?: string;
  /** Shown above the items on every page: the items are not an answer but the closest there is. */
  note?: string;
}

const EXCERPT = 900;
/** A one-line item (a timeline event) shows at most this much of its sentence; the Context menu shows the rest. */
const LINE = 180;
/** A passage shortened to fit a page keeps at least this much. */
const MIN_EXCERPT = 120;
/** The Context menu's words for a passage (Discord allows 100). */
const MENU_TEXT = 100;

/** An item in parts: a line before the passage, the passage (raw text, with the ranges to bold), the source numbers after it, and the lines after it. */
interface Parts {
  head: string;
  passage: string;
  bold?: [number, number][];
  /** Whether the passage is a quote block of its own (else it follows the head on its line). */
  block: boolean;
  /** A range of the passage a shortened one must still show (a timeline event's date phrase), cutting its start instead when needed. */
  keep?: [number, number];
  markers: string;
  tail: string;
}

/** Discord's citation: the outlet in bold, the date as a timestamp each reader sees in their own locale, the headline linked. */
const DISCORD_STYLE: CitationStyle = {
  outlet: (name) => `**${escapeText(name)}**`,
  date: discordDate,
  headline: (title, url) => (url ? `[${escapeText(title).replace(/[[\]]/g, '')}](${url})` : `*${escapeText(title)}*`),
};

/** The Context menu's citation: plain words (a menu shows no markdown). */
const MENU_STYLE: CitationStyle = { outlet: (name) => name, date: plainDate, headline: (title) => title };

/** A date as Discord shows it: a day as a timestamp (`<t:…:D>`, in the reader's locale), a month or year in words. */
export function discordDate(iso: string): string {
  const noon = noonOf(iso);
  return noon === null ? plainDate(iso) : `<t:${noon}:D>`;
}

/** `Outlet · <t:…:D> · [Headline](url)`: what is known of the article (the headline always). */
export function citationLine(c: Citation): string {
  return citationText(c, DISCORD_STYLE);
}

/** The title, item count and item renderer of an answer. */
export function renderItems(answer: Answer, story: Story): Rendered {
  const total = distinctSourceCount(story);
  const ref = (c: Citation | undefined, label: string, description?: string): PassageRef | undefined => {
    if (!c) return undefined;
    const article = story.articles.findIndex((a) => a.id === c.article);
    return article < 0
      ? undefined
      : { article, sentence: c.sentence, label: shorten(label, MENU_TEXT), description: shorten(description ?? citationText(c, MENU_STYLE), MENU_TEXT) };
  };
  /** Passage items: `parts(i)` in parts, the Context menu's entry `context(i)`. */
  const passages = (count: number, layout: Layout, parts: (i: number, sources: SourceNumbers) => Parts, context: (i: number) => PassageRef | undefined) => ({
    count,
    layout,
    item: (i: number, max: number, sources: SourceNumbers): Item => {
      const text = fitPassage(parts(i, sources), max, layout === 'lines' ? LINE : EXCERPT);
      const where = context(i);
      return where ? { text, context: where } : { text };
    },
  });
  /** Plain list items. */
  const list = (count: number, text: (i: number) => string) => ({
    count,
    layout: 'list' as const,
    item: (i: number, max: number): Item => ({ text: truncate(text(i), max) }),
  });
  switch (answer.kind) {
    case 'ask': {
      const r = answer.result;
      const related = r.answers.length === 0 && (r.related?.length ?? 0) > 0;
      const shown = related ? r.related! : r.answers;
      const items = passages(
        shown.length,
        'excerpts',
        (i, sources) => askParts(shown[i]!, total, sources),
        (i) => ref(shown[i]!.citations[0], shown[i]!.text),
      );
      if (related) return { title: `🔎 ${escapeText(r.query)}`, ...items, note: `${escapeText(r.hint ?? '')}\n**${RELATED_LABEL}**` };
      return { title: `🔎 ${escapeText(r.query)}`, ...items, ...(shown.length ? {} : { empty: escapeText(r.hint ?? 'No good answer.') }) };
    }
    case 'who-said':
    case 'quote': {
      const r = answer.result;
      // The quotes first, then the articles' own sentences (who-said, when the words are no quote).
      const own = r.ownWords ?? [];
      const quoted = r.matches.length;
      const items = passages(
        quoted + own.length,
        'excerpts',
        (i, sources) => (i < quoted ? quoteParts(r.matches[i]!, total, sources) : ownWordsParts(own[i - quoted]!, total, sources)),
        (i) => (i < quoted ? ref(r.matches[i]!.citations[0], quoteLabel(r.matches[i]!)) : ref(own[i - quoted]!.citations[0], own[i - quoted]!.text)),
      );
      return {
        title: `💬 ${answer.kind === 'who-said' ? 'Who said' : 'Quotes matching'} “${escapeText(r.query)}”`,
        ...items,
        ...(items.count ? {} : { empty: escapeText(r.hint ?? 'No quote matches.') }),
      };
    }
    case 'quotes': {
      const r = answer.result;
      const items = passages(
        r.quotes.length,
        'excerpts',
        (i, sources) => quoteParts(r.quotes[i]!, total, sources),
        (i) => ref(r.quotes[i]!.citations[0], quoteLabel(r.quotes[i]!)),
      );
      return { title: `💬 Quotes by ${escapeText(r.speaker)}`, ...items, ...(items.count ? {} : { empty: escapeText(r.hint ?? 'No quotes.') }) };
    }
    case 'timeline': {
      const r = answer.result;
      const items = passages(
        r.events.length,
        'lines',
        (i, sources) => eventParts(r.events[i]!, total, sources),
        (i) => ref(r.events[i]!.citations[0], `${eventWhen(r.events[i]!)}: ${r.events[i]!.text}`, dateProvenance(r.events[i]!)),
      );
      const title = `🗓️ ${escapeText(timelineTitle(r, plainDate))}`;
      return {
        title,
        ...items,
        startOf: (i) => (r.events[i]!.date || r.events[i]!.partialDate ? `From ${eventWhen(r.events[i]!)}` : 'Events the articles do not date'),
        ...(items.count ? {} : { empty: escapeText(r.hint ?? 'No dated events.') }),
      };
    }
    case 'sources': {
      const articles = answer.result.articles;
      return {
        title: '📰 Sources',
        ...list(articles.length, (i) => {
          const a = articles[i]!;
          return `**${escapeText(a.title)}**\n${[a.outlet && escapeText(a.outlet), a.byline && `by ${escapeText(a.byline)}`, a.date && discordDate(a.date), countOf(a.sentences, 'sentence'), `\`${a.id}\``].filter(Boolean).join(' · ')}${a.url ? `\n${a.url}` : ''}`;
        }),
      };
    }
    case 'people': {
      const people = answer.result.people;
      return {
        title: '👥 People',
        ...list(people.length, (i) => {
          const p = people[i]!;
          return `**${escapeText(p.name)}**${p.roles.length ? ` — ${escapeText(p.roles.join('; '))}` : ''} · ${countOf(p.mentions, 'mention')}${p.aliases.length ? `\n*also:* ${escapeText(p.aliases.join(', '))}` : ''}`;
        }),
      };
    }
    case 'help': {
      // Phone-sized, on one page: each command that takes text with an example to copy, the others
      // together, then the message menu and the buttons.
      const { commands, tips } = answer.result;
      const items = [
        ...commands
          .filter((c) => c.usage !== c.name)
          .map((c) => `**/${escapeText(c.name)}** — ${escapeText(c.description)}\n\`${c.example.replace(/`/g, "'")}\``),
        commands
          .filter((c) => c.usage === c.name)
          .map((c) => `**/${escapeText(c.name)}** — ${escapeText(c.description)}`)
          .join('\n'),
        tips.map((t) => `**${escapeText(t.name)}**: ${escapeText(t.text)}`).join('\n'),
      ].filter(Boolean);
      return { title: 'Byline: what you can ask', ...list(items.length, (i) => items[i]!) };
    }
  }
}

/** A passage in at most `max` characters: its text shortened to make room, the rest cut only if still too long. */
function fitPassage(parts: Parts, max: number, longest: number): string {
  const frame = parts.head.length + parts.markers.length + parts.tail.length + 6;
  let room = Math.min(longest, Math.max(MIN_EXCERPT, max - frame));
  // Escaping and bold add characters: shorten until the whole fits (twice is enough in practice).
  for (let attempt = 0; attempt < 4; attempt++) {
    const text = assemble(parts, room);
    if (text.length <= max || room <= MIN_EXCERPT) return truncate(text, max);
    room = Math.max(MIN_EXCERPT, room - (text.length - max) - 8);
  }
  return truncate(assemble(parts, room), max);
}

function assemble({ head, passage, bold, block, markers, tail, keep }: Parts, room: number): string {
  const body = `${emphasised(passage, bold ?? [], room, keep)} ${markers}`;
  const lines = block ? [head, `> ${body.replace(/\n/g, '\n> ')}`, tail] : [`${head} ${body}`, tail];
  return lines.filter(Boolean).join('\n');
}

/** `text` shortened to `room` characters at a word boundary (around `keep` when it would be cut off), escaped, with the ranges it keeps in bold. */
function emphasised(text: string, ranges: [number, number][], room: number, keep?: [number, number]): string {
  const [start, end] = visibleSpan(text, room, keep);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of ranges) {
    if (from < at || to > end) continue;
    out += `${escapeText(text.slice(at, from))}**${escapeText(text.slice(from, to))}**`;
    at = to;
  }
  return `${out}${escapeText(text.slice(at, end))}${end < text.length ? '…' : ''}`;
}

/**
 * The part of `text` that `room` characters show (ellipses included): its start, cut at a word
 * as `shorten` cuts; or, when that would cut off `keep`, a stretch of words around it, so that a
 * timeline's line still shows the words its date comes from ("… on Friday and Saturday.").
 */
export function visibleSpan(text: string, room: number, keep?: [number, number]): [number, number] {
  if (text.length <= room) return [0, text.length];
  const head = endOfWords(text, 0, room - 1);
  if (!keep || keep[1] <= head || keep[1] - keep[0] > room - 2) return [0, head];
  const width = room - 2;
  // A third of the room before the phrase (what leads up to it), the rest after.
  let start = Math.max(0, Math.min(keep[0] - Math.floor((width - (keep[1] - keep[0])) / 3), text.length - (room - 1)));
  // At a word: the next one's start (moving back could push the phrase's end out of the room).
  if (start > 0 && text[start - 1] !== ' ') {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < keep[0] ? space + 1 : keep[0];
  }
  if (start === 0) return [0, head];
  return [start, Math.max(keep[1], endOfWords(text, start, text.length - start <= room - 1 ? room - 1 : width))];
}

/** Where `length` characters of `text` from `start` end: the text's end, else at the last word that fits, without trailing punctuation. */
function endOfWords(text: string, start: number, length: number): number {
  if (start + length >= text.length) return text.length;
  const cut = text.slice(start, start + length);
  const space = cut.lastIndexOf(' ');
  const kept = space > length * 0.5 ? cut.slice(0, space) : cut;
  return start + kept.replace(/[\s,;:–—-]+$/, '').length;
}

function askParts(a: AskAnswer, total: number, sources: SourceNumbers): Parts {
  const notes = [spread(a.citations.length, total), a.reportedBy?.length ? `per ${a.reportedBy.map(escapeText).join(', ')}` : ''].filter(Boolean);
  return {
    head: '',
    passage: a.text,
    ...(a.highlights ? { bold: a.highlights } : {}),
    block: true,
    markers: sources.markersOf(a.citations),
    tail: notes.length ? `*${notes.join(' · ')}*` : '',
  };
}

function quoteParts(m: QuoteMatch, total: number, sources: SourceNumbers): Parts {
  const how = speakerKnownBy(m);
  const note = spread(m.citations.length, total);
  return {
    head: '',
    passage: `“${m.quote}”`,
    block: true,
    markers: sources.markersOf(m.citations),
    tail: `— **${escapeText(m.speaker)}** (${how}${m.cue ? `; “${escapeText(m.cue)}”` : ''})${note ? ` · *${note}*` : ''}`,
  };
}

function ownWordsParts(m: OwnWordsMatch, total: number, sources: SourceNumbers): Parts {
  const note = spread(m.citations.length, total);
  return {
    head: '',
    passage: m.text,
    block: true,
    markers: sources.markersOf(m.citations),
    tail: `— ${ownWordsLabel(m.citations, (t) => `**${escapeText(t)}**`)}${note ? ` · *${note}*` : ''}`,
  };
}

function eventParts(e: TimelineEvent, total: number, sources: SourceNumbers): Parts {
  const when = e.date ? discordDate(e.date) : eventWhen(e);
  const note = spread(e.citations.length, total);
  // The words the date comes from, in bold: "**21 February 1987** … on Friday and **Saturday**."
  const from = e.when ? e.text.toLowerCase().indexOf(e.when.toLowerCase()) : -1;
  const phrase: [number, number] | undefined = from >= 0 ? [from, from + e.when.length] : undefined;
  return {
    head: `**${when}**`,
    passage: e.text,
    ...(phrase ? { bold: [phrase], keep: phrase } : {}),
    block: false,
    markers: `${sources.markersOf(e.citations)}${note ? ` *(${note})*` : ''}`,
    tail: '',
  };
}

function quoteLabel(m: QuoteMatch): string {
  return `${m.speaker}: “${m.quote}”`;
}
