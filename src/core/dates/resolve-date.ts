/**
 * Resolves a date expression against its article's publication date, with the past bias of news:
 * a weekday, a month or a holiday without a year is the most recent one on or before publication.
 * "The following day" counts from the date of the sentence before. Without a publication date,
 * only what carries its own year is placed; the rest stays relative.
 */
import type { DateExpression } from './find-date-expressions.js';
import { monthNumber, parseExplicitDate } from './parse-explicit-date.js';

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A placed date, or null with the expression kept as written. */
export interface ResolvedDate {
  date: string | null;
  precision: Precision | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a couple of': 2 };
const HOLIDAYS: [RegExp, (year: number) => string][] = [
  [/valentine/i, (y) => `${y}-02-14`],
  [/christmas eve/i, (y) => `${y}-12-24`],
  [/boxing/i, (y) => `${y}-12-26`],
  [/christmas/i, (y) => `${y}-12-25`],
  [/new year['’]s eve/i, (y) => `${y}-12-31`],
  [/new year/i, (y) => `${y}-01-01`],
  [/halloween/i, (y) => `${y}-10-31`],
  [/independence/i, (y) => `${y}-07-04`],
  [/patrick/i, (y) => `${y}-03-17`],
];

/** Places `e` given the article date (ISO day or null) and the date of the sentence before (for "the following day"). */
export function resolveDate(e: DateExpression, articleDate: string | null, previous: ResolvedDate | null): ResolvedDate {
  const none: ResolvedDate = { date: null, precision: null };
  const text = e.text.toLowerCase();
  const explicit = parseExplicitDate(e.text);
  if (e.kind === 'explicit' && explicit) return { date: explicit, precision: explicit.length === 10 ? 'day' : 'month' };
  const year = /\b(\d{4})\b/.exec(e.text)?.[1];
  if (e.kind === 'year' && year) return { date: year, precision: 'year' };
  const monthWord = /\b([A-Z][a-z]+)\.? \d{4}\b/.exec(e.text)?.[1];
  if (e.kind === 'month' && year && monthWord && monthNumber(monthWord)) return { date: `${year}-${String(monthNumber(monthWord)).padStart(2, '0')}`, precision: 'month' };
  if (/following (week|month)|next (week|month)|(week|month) after/.test(text) && !/^next/.test(text)) return following(previous, /week/.test(text) ? 'week' : 'month');
  if (/following|next day|day after/.test(text)) return previous?.precision === 'day' ? { date: addDays(previous.date!, 1), precision: 'day' } : none;
  if (/previous day|day before/.test(text)) return previous?.precision === 'day' ? { date: addDays(previous.date!, -1), precision: 'day' } : none;
  if (!articleDate || articleDate.length < 10) return none;
  return resolveAgainst(e, text, articleDate) ?? none;
}

function resolveAgainst(e: DateExpression, text: string, published: string): ResolvedDate | null {
  const [y, m] = published.split('-').map(Number) as [number, number];
  const nearest = e.ahead ? dayOnOrAfter : dayOnOrBefore;
  if (e.kind === 'explicit') return nearest(published, (year) => parseExplicitDate(`${e.text.replace(/,.*$/, '')} ${year}`));
  if (e.kind === 'weekday') {
    const target = WEEKDAYS.findIndex((d) => text.includes(d));
    const day = new Date(`${published}T00:00:00Z`).getUTCDay();
    const back = (day - target + 7) % 7;
    if (e.ahead || /\bnext\b/.test(text)) return { date: addDays(published, (target - day + 7) % 7 || (/\bnext\b/.test(text) ? 7 : 0)), precision: 'day' };
    return { date: addDays(published, -(/\blast\b/.test(text) ? back || 7 : back)), precision: 'day' };
  }
  if (e.kind === 'holiday') {
    const rule = HOLIDAYS.find(([pattern]) => pattern.test(e.text));
    return rule ? nearest(published, (year) => rule[1](year)) : null;
  }
  if (e.kind === 'month') {
    if (/last month/.test(text)) return { date: monthShift(y, m, -1), precision: 'month' };
    if (/last week/.test(text)) return { date: addDays(published, -7).slice(0, 7), precision: 'month' };
    if (/this month|week/.test(text)) return { date: monthShift(y, m, 0), precision: 'month' };
    if (/next month/.test(text)) return { date: monthShift(y, m, 1), precision: 'month' };
    const month = monthNumber(text.split(' ').at(-1)!);
    if (!month) return null;
    const year = e.ahead ? (month >= m ? y : y + 1) : month <= m ? y : y - 1;
    return { date: monthShift(year, month, 0), precision: 'month' };
  }
  if (e.kind === 'year') return { date: String(/last/.test(text) ? y - 1 : /next/.test(text) ? y + 1 : y), precision: 'year' };
  return relative(text, published);
}

function relative(text: string, published: string): ResolvedDate | null {
  if (text === 'today') return { date: published, precision: 'day' };
  if (text === 'yesterday') return { date: addDays(published, -1), precision: 'day' };
  if (text === 'tomorrow') return { date: addDays(published, 1), precision: 'day' };
  const ago = /^(\d+|[a-z ]+?) (day|week|month|year)s? ago$/.exec(text);
  if (!ago) return null;
  const n = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : NUMBERS[ago[1]!];
  const unit = ago[2]!;
  // "several weeks ago" is vague: placed to the month of about three units back.
  if (n === undefined) return { date: addDays(published, -3 * ({ day: 1, week: 7, month: 30, year: 365 } as Record<string, number>)[unit]!).slice(0, unit === 'year' ? 4 : 7), precision: unit === 'year' ? 'year' : 'month' };
  if (unit === 'day' || unit === 'week') return { date: addDays(published, -n * (unit === 'week' ? 7 : 1)), precision: 'day' };
  const [y, m] = published.split('-').map(Number) as [number, number];
  return unit === 'month' ? { date: monthShift(y, m, -n), precision: 'month' } : { date: String(y - n), precision: 'year' };
}

/** "The following week/month": a week or a month after the last dated sentence. */
function following(previous: ResolvedDate | null, unit: 'week' | 'month'): ResolvedDate {
  if (!previous?.date) return { date: null, precision: null };
  if (unit === 'week' && previous.precision === 'day') return { date: addDays(previous.date, 7), precision: 'day' };
  if (previous.precision === 'year') return { date: null, precision: null };
  const [y, m] = previous.date.split('-').map(Number) as [number, number];
  return { date: monthShift(y, m, unit === 'month' ? 1 : 0), precision: 'month' };
}

/** The date of this or last year (whichever is on or before publication) that `make` gives. */
function dayOnOrBefore(published: string, make: (year: number) => string | null): ResolvedDate | null {
  return nearestYear(published, make, -1);
}

/** The date of this or next year (whichever is on or after publication) that `make` gives. */
function dayOnOrAfter(published: string, make: (year: number) => string | null): ResolvedDate | null {
  return nearestYear(published, make, 1);
}

function nearestYear(published: string, make: (year: number) => string | null, direction: 1 | -1): ResolvedDate | null {
  const year = Number(published.slice(0, 4));
  const fits = (d: string) => (direction < 0 ? d <= published : d >= published);
  const date = [make(year), make(year + direction)].find((d): d is string => d !== null && fits(d));
  return date ? { date, precision: date.length === 10 ? 'day' : 'month' } : null;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthShift(year: number, month: number, by: number): string {
  const index = year * 12 + (month - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
