/**
 * Renders answers as plain text for the terminal: each passage with the numbers of its sources
 * and how many articles report it, and the numbered sources under the answer (outlet, date,
 * headline, URL), worded as on Discord (`citation-text.ts`).
 */
import type { Answer, HelpResult } from '../../commands/command.js';
import { countOf, grouped } from '../core/text/count-of.js';
import { dateProvenance, eventWhen, speakerKnownBy } from './wording.js';
import type {
  AskAnswer,
  AskResult,
  Citation,
  OwnWordsMatch,
  PeopleResult,
  QuoteMatch,
  QuotesResult,
  SourcesResult,
  TimelineResult,
  WhoSaidResult,
} from '../core/types.js';
import { citationText, plainDate, SourceNumbers, spread, type CitationStyle } from './citation-text.js';
import { timelineTitle } from './timeline-title.js';

/** What the renderer needs to know about the story as a whole. */
export interface RenderContext {
  articleCount: number;
  /** Long lists (people, sources, a timeline, a speaker's quotes) show this many entries, then how many more; unset: all of them. */
  listLimit?: number;
  /** How to see a cut list whole, after “… and 4,244 more; ” (the CLI: “use --all or --json”). */
  moreHint?: string;
}

/** The entries of a list a terminal shows: at most `listLimit`, then a line saying how many more and how to see them. */
function cutList<T>(items: T[], context: RenderContext, render: (item: T) => string): string[] {
  const limit = context.listLimit ?? Infinity;
  if (items.length <= limit) return items.map(render);
  const more = `… and ${grouped(items.length - limit)} more${context.moreHint ? `; ${context.moreHint}` : ''}`;
  return [...items.slice(0, limit).map(render), more];
}

/** The text form of an answer. */
export function renderText(answer: Answer, context: RenderContext): string {
  switch (answer.kind) {
    case 'ask':
      return renderAsk(answer.result, context);
    case 'sources':
      return renderSources(answer.result, context);
    case 'people':
      return renderPeople(answer.result, context);
    case 'who-said':
    case 'quote':
      return renderQuoteMatches(answer.result, context);
    case 'quotes':
      return renderQuotesBy(answer.result, context);
    case 'timeline':
      return renderTimeline(answer.result, context);
    case 'help':
      return renderHelp(answer.result, context);
  }
}

/** Each command with what it does and an example to type; then what the Discord answers add. */
function renderHelp(result: HelpResult, context: RenderContext): string {
  const lines = [`Byline answers from ${countOf(context.articleCount, 'article')}, in their own words, cited. Type a command with or without the slash:`, ''];
  for (const c of result.commands) {
    lines.push(...helpEntry(`/${c.usage}`, c.description));
    // A command without options is its own example.
    if (c.usage !== c.name) lines.push(`  ${''.padEnd(HELP_COLUMN)} e.g. ${c.example}`);
  }
  lines.push('', 'On Discord, answers are private and have buttons:');
  for (const t of result.tips) lines.push(...helpEntry(t.name, t.text));
  return lines.join('\n');
}

/** Where help's descriptions start: a name longer than this gets its own line, the description under the others. */
const HELP_COLUMN = 23;

function helpEntry(name: string, text: string): string[] {
  return name.length < HELP_COLUMN ? [`  ${name.padEnd(HELP_COLUMN)} ${text}`] : [`  ${name}`, `  ${''.padEnd(HELP_COLUMN)} ${text}`];
}

/** A timeline: each event under its date, with how the date was found, then the events that cannot be placed. */
function renderTimeline(result: TimelineResult, context: RenderContext): string {
  const title = timelineTitle(result, plainDate);
  if (result.events.length === 0) return `${title}\n${result.hint ?? ''}`.trim();
  const lines = [title, ...(result.hint ? [result.hint] : []), ''];
  const sources = new SourceNumbers();
  const events = cutList(result.events, context, (e) => {
    const note = spread(e.citations.length, context.articleCount);
    return [`${eventWhen(e)}  ${e.text} ${sources.markersOf(e.citations)}`, `   (${dateProvenance(e)}${note ? `; ${note}` : ''})`].join('\n');
  });
  lines.push(...events);
  return [...lines, '', sourceList(sources)].join('\n');
}

/** One quote: the words and the numbers of their sources, who said them (and how we know), in how many articles. */
function renderQuote(m: QuoteMatch, context: RenderContext, sources: SourceNumbers): string {
  const how = speakerKnownBy(m);
  const note = spread(m.citations.length, context.articleCount);
  return [`“${m.quote}” ${sources.markersOf(m.citations)}`, `   — ${m.speaker} (${how}${m.cue ? `; “${m.cue}”` : ''})${note ? `, ${note}` : ''}`].join('\n');
}

function renderQuoteMatches(result: WhoSaidResult, context: RenderContext): string {
  const own = result.ownWords ?? [];
  if (result.matches.length === 0 && own.length === 0) return `No quote matches “${result.query}”.\n${result.hint ?? ''}`.trim();
  const sources = new SourceNumbers();
  return [...result.matches.map((m) => renderQuote(m, context, sources)), ...own.map((m) => renderOwnWords(m, context, sources)), sourceList(sources)].join(
    '\n\n',
  );
}

/**
 * Who speaks in an article's own sentence: its outlet (“The Week’s own words, not a quote”), or
 * the article (the articles, when several of unknown or different outlets say it), named by its
 * headline in the citation that follows.
 * Both renderers say it this way.
 */
export function ownWordsLabel(citations: Citation[], escapeName: (text: string) => string = (t) => t): string {
  const outlets = new Set(citations.map((c) => c.outlet));
  const outlet = outlets.size === 1 ? citations[0]?.outlet : null;
  if (!outlet) return citations.length > 1 ? 'the articles’ own words, not a quote' : 'the article’s own words, not a quote';
  return `${escapeName(outlet)}${outlet.endsWith('s') ? '’' : '’s'} own words, not a quote`;
}

/** An article's own sentence: the words as it has them and the numbers of their sources, whose words they are, in how many articles. */
function renderOwnWords(m: OwnWordsMatch, context: RenderContext, sources: SourceNumbers): string {
  const note = spread(m.citations.length, context.articleCount);
  return [`${m.text} ${sources.markersOf(m.citations)}`, `   — ${ownWordsLabel(m.citations)}${note ? `, ${note}` : ''}`].join('\n');
}

function renderQuotesBy(result: QuotesResult, context: RenderContext): string {
  if (result.quotes.length === 0) return result.hint ?? `No quotes by “${result.speaker}”.`;
  const sources = new SourceNumbers();
  return [
    `${countOf(result.quotes.length, 'quote')} by ${result.speaker}:`,
    '',
    ...cutList(result.quotes, context, (q) => renderQuote(q, context, sources)),
    '',
    sourceList(sources),
  ].join('\n');
}

/** The terminal's citation: plain words, the headline in quotes and the URL after it. */
const TEXT_STYLE: CitationStyle = {
  outlet: (name) => name,
  date: plainDate,
  headline: (title, url) => `“${title}”${url ? ` ${url}` : ''}`,
};

/** A citation as one line: `Outlet · 9 June 2017 · “Headline” URL`, with what is known (the headline always). */
export function citationLine(c: Citation): string {
  return citationText(c, TEXT_STYLE);
}

/** The numbered sources under an answer: `[1] Outlet · date · “Headline”`, one a line. */
function sourceList(sources: SourceNumbers): string {
  return sources.list.map((c, i) => `[${i + 1}] ${citationLine(c)}`).join('\n');
}

/** The label over the closest passages when nothing answers a question directly, after the hint that says so (every adapter shows both). */
export const RELATED_LABEL = 'Closest passages:';

function renderAsk(result: AskResult, context: RenderContext): string {
  if (result.answers.length === 0 && result.related?.length)
    return [`“${result.query}”`, '', result.hint ?? '', RELATED_LABEL, '', renderPassages(result.related, context)].join('\n');
  // The hint says that nothing answers, as it does above the closest passages.
  if (result.answers.length === 0) return [`“${result.query}”`, '', result.hint ?? 'Nothing here answers that.'].join('\n');
  return [`“${result.query}”`, '', renderPassages(result.answers, context)].join('\n');
}

/** The passages, numbered, each with its sources' numbers; then the sources. */
function renderPassages(answers: AskAnswer[], context: RenderContext): string {
  const sources = new SourceNumbers();
  const blocks = answers.map((a, i) => {
    const lines = [`${i + 1}. ${a.text} ${sources.markersOf(a.citations)}`];
    const notes = [spread(a.citations.length, context.articleCount), a.reportedBy?.length ? `per ${a.reportedBy.join(', ')}` : ''].filter(Boolean);
    if (notes.length) lines.push(`   ${notes.join(' · ')}`);
    return lines.join('\n');
  });
  return [...blocks, sourceList(sources)].join('\n\n');
}

function renderSources(result: SourcesResult, context: RenderContext): string {
  return cutList(result.articles, context, (a) => {
    const facts = [a.outlet, a.byline && `by ${a.byline}`, a.date, countOf(a.sentences, 'sentence')].filter(Boolean).join(' · ');
    return `${a.id}\n  “${a.title}”\n  ${facts}${a.url ? `\n  ${a.url}` : ''}`;
  }).join('\n');
}

function renderPeople(result: PeopleResult, context: RenderContext): string {
  if (result.people.length === 0) return 'No people found in these articles.';
  return cutList(result.people, context, (p) => {
    const roles = p.roles.length ? ` — ${p.roles.join('; ')}` : '';
    const aliases = p.aliases.length ? `\n  also: ${p.aliases.join(', ')}` : '';
    return `${p.name}${roles} (${countOf(p.mentions, 'mention')})${aliases}`;
  }).join('\n');
}
