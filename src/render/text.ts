/**
 * Renders answers as plain text for the terminal: each passage quoted, with a citation line
 * (outlet, headline, article and sentence number) and how many articles report it.
 */
import type { Answer } from '../../commands/command.js';
import { UNKNOWN_SPEAKER } from '../core/answer/quotes.js';
import { partialDateText } from '../core/dates/partial-date-text.js';
import type { AskAnswer, AskResult, Citation, PeopleResult, QuoteMatch, QuotesResult, SourcesResult, TimelineResult, WhoSaidResult } from '../core/types.js';

/** What the renderer needs to know about the story as a whole. */
export interface RenderContext {
  articleCount: number;
}

/** The text form of an answer. */
export function renderText(answer: Answer, context: RenderContext): string {
  switch (answer.kind) {
    case 'ask':
      return renderAsk(answer.result, context);
    case 'sources':
      return renderSources(answer.result);
    case 'people':
      return renderPeople(answer.result);
    case 'who-said':
    case 'quote':
      return renderQuoteMatches(answer.result, context);
    case 'quotes':
      return renderQuotesBy(answer.result, context);
    case 'timeline':
      return renderTimeline(answer.result, context);
    case 'help':
      return answer.result.commands.map((c) => `  /${c.usage.padEnd(22)} ${c.description}`).join('\n');
  }
}

/** A timeline's title: what it is about and the period asked for (`Timeline: Comey, 2017-05 to 2017-06`). */
export function timelineTitle(result: TimelineResult, date: (iso: string) => string = (iso) => iso): string {
  const { from, to } = result;
  const period = from && to ? (from === to ? date(from) : `${date(from)} to ${date(to)}`) : from ? `from ${date(from)}` : to ? `up to ${date(to)}` : '';
  return `Timeline${result.about ? `: ${result.about}` : ''}${period ? `${result.about ? ',' : ':'} ${period}` : ''}`;
}

/** A timeline: each event under its date, with how the date was found, then the events that cannot be placed. */
function renderTimeline(result: TimelineResult, context: RenderContext): string {
  const title = timelineTitle(result);
  if (result.events.length === 0) return `${title}\n${result.hint ?? ''}`.trim();
  const lines = [title, ...(result.hint ? [result.hint] : []), ''];
  for (const e of result.events) {
    const provenance = e.date === null ? `“${e.when}”, date of the article unknown` : e.resolvedFrom ? `“${e.when}”, from the article date ${e.resolvedFrom}` : `“${e.when}”`;
    lines.push(`${e.date ?? (e.partialDate ? partialDateText(e.partialDate) : 'undated')}  ${e.text}`, `   (${provenance})`);
    e.citations.forEach((c, i) => lines.push(`   ${i === 0 ? '—' : 'also'} ${citationLine(c)}`));
    if (e.citations.length > 1) lines.push(`   in ${e.citations.length} of ${context.articleCount} articles`);
  }
  return lines.join('\n');
}

const KIND_LABEL = { named: 'named in the text', pronoun: 'resolved from a pronoun', anonymous: 'unnamed source', outlet: 'the outlet’s own words' };

/** One quote: the words, who said them (and how we know), and where. */
function renderQuote(m: QuoteMatch, context: RenderContext): string {
  const how = m.speaker === UNKNOWN_SPEAKER ? 'the articles do not say who' : KIND_LABEL[m.speakerKind];
  const lines = [`“${m.quote}”`, `   — ${m.speaker} (${how}${m.cue ? `; “${m.cue}”` : ''})`];
  m.citations.forEach((c, i) => lines.push(`   ${i === 0 ? 'in' : 'also'} ${citationLine(c)}`));
  if (m.citations.length > 1) lines.push(`   in ${m.citations.length} of ${context.articleCount} articles`);
  return lines.join('\n');
}

function renderQuoteMatches(result: WhoSaidResult, context: RenderContext): string {
  if (result.matches.length === 0) return `No quote matches “${result.query}”.\n${result.hint ?? ''}`.trim();
  return result.matches.map((m) => renderQuote(m, context)).join('\n\n');
}

function renderQuotesBy(result: QuotesResult, context: RenderContext): string {
  if (result.quotes.length === 0) return result.hint ?? `No quotes by “${result.speaker}”.`;
  return [`${result.quotes.length} quote${result.quotes.length === 1 ? '' : 's'} by ${result.speaker}:`, '', ...result.quotes.map((q) => renderQuote(q, context))].join('\n');
}

/** A citation as one line: `Outlet, “Headline” (article #sentence)`; by title alone when the outlet is unknown. */
export function citationLine(c: Citation): string {
  const where = `(${c.article} #${c.sentence})`;
  const title = `“${c.title}”`;
  return [c.outlet ? `${c.outlet}, ${title}` : title, where, c.url ?? ''].filter(Boolean).join(' ');
}

/** The label over the closest passages when nothing answers a question directly, after the hint that says so (every adapter shows both). */
export const RELATED_LABEL = 'Closest passages:';

function renderAsk(result: AskResult, context: RenderContext): string {
  if (result.answers.length === 0 && result.related?.length) return [`“${result.query}”`, '', result.hint ?? '', RELATED_LABEL, '', renderPassages(result.related, context)].join('\n');
  if (result.answers.length === 0) return `No good answer to “${result.query}”.\n${result.hint ?? ''}`.trim();
  return [`“${result.query}”`, '', renderPassages(result.answers, context)].join('\n');
}

function renderPassages(answers: AskAnswer[], context: RenderContext): string {
  const blocks = answers.map((a, i) => {
    const [first, ...others] = a.citations;
    const lines = [`${i + 1}. ${a.text}`, `   — ${first ? citationLine(first) : ''}`];
    for (const c of others) lines.push(`     also ${citationLine(c)}`);
    const notes = [];
    if (a.citations.length > 1) notes.push(`in ${a.citations.length} of ${context.articleCount} articles`);
    if (a.reportedBy?.length) notes.push(`per ${a.reportedBy.join(', ')}`);
    if (notes.length) lines.push(`   ${notes.join(' · ')}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

function renderSources(result: SourcesResult): string {
  return result.articles
    .map((a) => {
      const facts = [a.outlet, a.byline && `by ${a.byline}`, a.date, `${a.sentences} sentences`].filter(Boolean).join(' · ');
      return `${a.id}\n  “${a.title}”\n  ${facts}${a.url ? `\n  ${a.url}` : ''}`;
    })
    .join('\n');
}

function renderPeople(result: PeopleResult): string {
  if (result.people.length === 0) return 'No people found in these articles.';
  return result.people
    .map((p) => {
      const roles = p.roles.length ? ` — ${p.roles.join('; ')}` : '';
      const aliases = p.aliases.length ? `\n  also: ${p.aliases.join(', ')}` : '';
      return `${p.name}${roles} (${p.mentions} mentions)${aliases}`;
    })
    .join('\n');
}
