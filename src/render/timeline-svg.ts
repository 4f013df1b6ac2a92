/**
 * The timeline as a picture (an SVG string; PNG encoding is `timeline-png.ts`'s): one mark per
 * dated event on a date axis, coloured by article, the events of the page shown numbered as in
 * the list on an axis of their own, a legend of the articles. When the timeline is longer than
 * the page, an overview axis of every event shows where the page lies. Drawn for a phone: an
 * 800-pixel picture shown about 330 pixels wide keeps its smallest text legible.
 */
import type { TimelineEvent, TimelineResult } from '../core/types.js';
import { dateLabel, dayNumber, ticks } from './date-axis.js';
import { timelineTitle } from './timeline-title.js';

/** The events of a page: positions `first` to `first + count - 1` of the timeline. */
export interface PictureWindow {
  first: number;
  count: number;
}

/** How many events a picture numbers when no page says (the CLI's picture: as the bot's first page). */
export const PICTURE_PAGE = 5;
/** The font the picture names; `timeline-png.ts` loads it from its package. */
export const PICTURE_FONT = 'DejaVu Sans Condensed';
const WIDTH = 800;
const MARGIN = 40;
/** Colours told apart by most colour-blind readers (Okabe and Ito's, without the yellow). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8C564B', '#444444'];
const OTHER = '#B8B8B8';
const INK = '#1A1A1A';
const MUTED = '#5A5A5A';
/** How many events on each side of the page its axis looks at for the others within its dates. */
const AROUND = 500;
/** Up to this many dated events, the overview draws each one's mark; beyond, it looks per pixel column. */
const EXACT = 2000;

/** The picture of a timeline page, or null when none of the timeline's events has a date. */
export function timelineSvg(result: TimelineResult, window: PictureWindow): string | null {
  const events = result.events;
  const dated = datedCount(events);
  if (dated === 0) return null;
  const page = range(window.first, Math.min(window.first + window.count, dated));
  const { colours, every } = articleColours(events, dated, page);
  const out: string[] = [];
  let y = 44;
  out.push(text(MARGIN, y, 30, fitText(timelineTitle(result, dateLabel), 30, WIDTH - 2 * MARGIN), INK, 'bold'));
  y += 20;
  const days = (i: number) => dayNumber(events[i]!.date!);
  const whole = padded(days(0), days(dated - 1));
  const pageSpan = page.length ? padded(days(page[0]!), days(page[page.length - 1]!)) : whole;
  // An overview only when the page is a small part of the whole: else the page's axis is the whole.
  const overview = page.length < dated && (page.length === 0 || pageSpan[1] - pageSpan[0] < (whole[1] - whole[0]) * 0.6);
  const zoom = overview ? pageSpan : whole;
  if (overview) {
    // The overview: every dated event, and a bracket around the page's.
    out.push(text(MARGIN, y + 24, 22, `All ${dated} dated events`, MUTED));
    const axis = y + 72;
    const x = scale(whole, MARGIN, WIDTH - MARGIN);
    // A long timeline: grey where any event lies, found per pixel column, and the page's in colour.
    const drawn =
      dated <= EXACT
        ? marks(range(0, dated), days, x, colours, events, axis, 16)
        : [...columnMarks(dated, days, whole, axis, 16), ...marks(page, days, x, colours, events, axis, 16)];
    out.push(...drawn, line(MARGIN, axis, WIDTH - MARGIN, axis, INK, 2));
    out.push(...ticks(whole[0], whole[1], 5).map((t) => text(x(t.day), axis + 30, 22, t.label, MUTED, 'normal', 'middle')));
    if (page.length) {
      const [left, right] = [x(zoom[0]), Math.max(x(zoom[1]), x(zoom[0]) + 6)];
      out.push(`<rect x="${f(left)}" y="${axis - 24}" width="${f(right - left)}" height="32" fill="none" stroke="${INK}" stroke-width="2"/>`);
      out.push(line(left, axis + 8, MARGIN, axis + 56, MUTED, 1), line(right, axis + 8, WIDTH - MARGIN, axis + 56, MUTED, 1));
    }
    y = axis + 56;
  }
  if (page.length) y = pageAxis(out, events, dated, page, zoom, days, colours, y);
  y = legend(out, page.length && !every ? page.map((i) => events[i]!) : events, colours, !every, y + 12);
  const undated = events.length - dated;
  if (undated > 0) {
    y += 8;
    out.push(text(MARGIN, y + 22, 22, `${undated} more event${undated === 1 ? '' : 's'} without a date: in the list only`, MUTED));
    y += 30;
  }
  const height = Math.ceil(y + 20);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${PICTURE_FONT}"><rect width="100%" height="100%" fill="#FFFFFF"/>${out.join('')}</svg>`;
}

/** The axis of the page's events: other events as small marks, the page's as numbered dots with their dates below. */
function pageAxis(
  out: string[],
  events: TimelineEvent[],
  datedCount: number,
  page: number[],
  zoom: [number, number],
  days: (i: number) => number,
  colours: Map<string, string>,
  top: number,
): number {
  const x = scale(zoom, MARGIN + 20, WIDTH - MARGIN - 20);
  // Events of the same day are stacked above the axis (at most four high): each one's height first.
  const heights: number[] = [];
  page.forEach((i, k) => (heights[k] = k > 0 && Math.abs(x(days(i)) - x(days(page[k - 1]!))) < 16 ? Math.min(heights[k - 1]! + 1, 3) : 0));
  const axis = top + 64 + Math.max(...heights) * 20;
  out.push(
    ...ticks(zoom[0], zoom[1], 5).flatMap((t) => [
      text(x(t.day), top + 28, 22, t.label, MUTED, 'normal', 'middle'),
      line(x(t.day), top + 36, x(t.day), axis, '#DDDDDD', 1),
    ]),
  );
  // The other events within the axis's dates (the timeline goes on around the page): they lie
  // next to the page's in date order, a bounded number looked at on each side.
  let start = page[0]!;
  while (start > 0 && page[0]! - start < AROUND && days(start - 1) >= zoom[0]) start--;
  let end = page[page.length - 1]! + 1;
  while (end < datedCount && end - page[page.length - 1]! < AROUND && days(end) <= zoom[1]) end++;
  const others = range(start, end).filter((i) => i < page[0]! || i > page[page.length - 1]!);
  out.push(...marks(others, days, x, colours, events, axis, 12), line(MARGIN, axis, WIDTH - MARGIN, axis, INK, 2));
  const slot = (WIDTH - 2 * MARGIN) / page.length;
  page.forEach((i, k) => {
    const at = x(days(i));
    const dot = axis - heights[k]! * 20;
    const label = MARGIN + slot * (k + 0.5);
    const colour = colourOf(events[i]!, colours);
    // The item's number as the list shows it, on a badge as wide as the number.
    const badge = Math.max(38, String(i + 1).length * 14 + 18);
    out.push(line(at, dot, label, axis + 52, MUTED, 1.5));
    out.push(`<circle cx="${f(at)}" cy="${dot}" r="10" fill="${colour}" stroke="#FFFFFF" stroke-width="2"/>`);
    out.push(
      `<rect x="${f(label - badge / 2)}" y="${axis + 51}" width="${badge}" height="38" rx="19" fill="${colour}"/>`,
      text(label, axis + 78, 22, String(i + 1), '#FFFFFF', 'bold', 'middle'),
    );
    out.push(text(label, axis + 120, 23, dateLabel(events[i]!.date!), INK, 'bold', 'middle'));
  });
  return axis + 128;
}

/** One legend line per coloured article (its outlet and headline, from the citations of `events`), then one for the rest. */
function legend(out: string[], events: TimelineEvent[], colours: Map<string, string>, others: boolean, top: number): number {
  const titles = new Map<string, string>();
  for (const e of events) {
    for (const c of e.citations) if (colours.has(c.article) && !titles.has(c.article)) titles.set(c.article, c.outlet ? `${c.outlet} · ${c.title}` : c.title);
    if (titles.size === colours.size) break;
  }
  const lines = [...colours].map(([article, colour]) => ({ colour, label: titles.get(article) ?? article }));
  if (others) lines.push({ colour: OTHER, label: 'other articles' });
  lines.forEach((l, k) => {
    const y = top + k * 36;
    out.push(
      `<rect x="${MARGIN}" y="${y + 4}" width="22" height="22" rx="4" fill="${l.colour}"/>`,
      text(MARGIN + 34, y + 23, 23, fitText(l.label, 23, WIDTH - 2 * MARGIN - 34), INK),
    );
  });
  return top + lines.length * 36;
}

/**
 * Each article's colour: every article its own when they are few enough to tell apart, else
 * only the page's, the others grey.
 */
function articleColours(events: TimelineEvent[], dated: number, page: number[]): { colours: Map<string, string>; every: boolean } {
  const order = new Set<string>();
  for (let i = 0; i < dated && order.size <= PALETTE.length; i++) order.add(events[i]!.citations[0]?.article ?? '');
  const every = order.size <= PALETTE.length;
  const chosen = every ? [...order] : [...new Set(page.map((i) => events[i]!.citations[0]?.article ?? ''))];
  return { colours: new Map(chosen.map((article, k) => [article, PALETTE[k % PALETTE.length]!])), every };
}

/** How many of the events have a date: they come first, in order. */
export function datedCount(events: TimelineEvent[]): number {
  let [low, high] = [0, events.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (events[middle]!.date === null) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A grey mark in each pixel column where at least one of the first `dated` events lies: a look-up per column, not a pass over every event. */
function columnMarks(dated: number, days: (i: number) => number, span: [number, number], axis: number, height: number): string[] {
  const out: string[] = [];
  const perColumn = (span[1] - span[0]) / (WIDTH - 2 * MARGIN);
  for (let column = MARGIN; column <= WIDTH - MARGIN; column++) {
    const from = span[0] + (column - MARGIN - 0.5) * perColumn;
    let [low, high] = [0, dated];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (days(middle) < from) low = middle + 1;
      else high = middle;
    }
    if (low < dated && days(low) < from + perColumn) out.push(`<rect x="${column - 1.5}" y="${axis - height}" width="3" height="${height}" fill="${OTHER}"/>`);
  }
  return out;
}

function colourOf(e: TimelineEvent, colours: Map<string, string>): string {
  return colours.get(e.citations[0]?.article ?? '') ?? OTHER;
}

/** Thin marks for events, one per pixel column and colour however many events share it; grey ones first, so that colours are drawn over them. */
function marks(
  positions: number[],
  days: (i: number) => number,
  x: (day: number) => number,
  colours: Map<string, string>,
  events: TimelineEvent[],
  axis: number,
  height: number,
): string[] {
  const grey = new Set<number>();
  const coloured = new Map<string, { column: number; colour: string }>();
  for (const i of positions) {
    const column = Math.round(x(days(i)));
    const colour = colourOf(events[i]!, colours);
    if (colour === OTHER) grey.add(column);
    else coloured.set(`${column}${colour}`, { column, colour });
  }
  const mark = (column: number, colour: string) => `<rect x="${column - 1.5}" y="${axis - height}" width="3" height="${height}" fill="${colour}"/>`;
  return [...[...grey].map((column) => mark(column, OTHER)), ...[...coloured.values()].map((m) => mark(m.column, m.colour))];
}

/** A span of days widened a little on each side (a week at least), so that marks do not sit on the ends. */
function padded(start: number, end: number): [number, number] {
  const pad = Math.max(3.5, (end - start) * 0.06);
  return [start - pad, end + pad];
}

function scale([start, end]: [number, number], left: number, right: number): (day: number) => number {
  return (day) => left + ((day - start) / (end - start)) * (right - left);
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}

/** The text shortened (with an ellipsis) to about `width` pixels at `size`, by the widths of the font's letters as a rule of thumb. */
function fitText(s: string, size: number, width: number): string {
  let used = size * 0.6;
  for (let k = 0; k < s.length; k++) {
    used += size * letterWidth(s[k]!);
    if (used > width) return `${s.slice(0, k).trimEnd()}…`;
  }
  return s;
}

/** A letter's width in ems in DejaVu Sans Condensed, roughly: capitals and digits wider than small letters, a few narrow ones. */
function letterWidth(c: string): number {
  if ("iljtf.,;:!'|()[] ’‘".includes(c)) return 0.3;
  if ('mwMW@%'.includes(c)) return 0.85;
  return /[A-Z0-9&#<>]/.test(c) ? 0.66 : 0.55;
}

function line(x1: number, y1: number, x2: number, y2: number, colour: string, width: number): string {
  return `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${colour}" stroke-width="${width}"/>`;
}

function text(
  x: number,
  y: number,
  size: number,
  content: string,
  colour: string,
  weight: 'normal' | 'bold' = 'normal',
  anchor: 'start' | 'middle' = 'start',
): string {
  return `<text x="${f(x)}" y="${f(y)}" font-size="${size}" font-weight="${weight}" fill="${colour}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

/** Text as XML character data: markup escaped, and the control characters XML forbids dropped. */
function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function f(n: number): string {
  return n.toFixed(1);
}
