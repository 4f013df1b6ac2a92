/**
 * Resolves a date expression against its article's publication date, with the past bias of news:
 * a weekday, a month or a holiday without a year is the most recent one on or before publication
 * (the next one when the sentence looks ahead), and a day or month is taken the other way when
 * that is much nearer (calendar.ts). "The following day" counts from the date before it. Without
 * a publication date, what carries its own year is placed, a day or month without one is kept as
 * a partial date (`--08-12`, `--12`), and the rest stays relative.
 */
import { NUMBER_WORDS } from './date-patterns.js';
import type { DateExpression } from './find-date-expressions.js';
import { monthNumber, parseExplicitDate } from '../text/parse-explicit-date.js';
import { addDays, daysBetween, monthShift, nearestSensible } from './calendar.js';
import { monthDayOf, partialDateOf } from './month-day.js';
import { relative } from './resolve-relative.js';

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A placed date, or null with the expression kept as written (and its day or month without a year, when known). */
export interface ResolvedDate {
  date: string | null;
  precision: Precision | null;
  partialDate?: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
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
/** Beyond eight months one way, a day or month is the other way if that is within two. */
const FAR_DAYS = 240;
const NEAR_DAYS = 62;
const FAR_MONTHS = 8;
const NEAR_MONTHS = 2;
const NONE: ResolvedDate = { date: null, precision: null };

/** True when `e` is placed from another date of the story ("the following day", "one day after"), not from the article's. */
export function countsFromAnotherDate(e: DateExpression): boolean {
  return e.kind === 'interval' || /^the (following|next|previous) (day|week|month)$|^the day (after|before)$|next day|same day$|^at that time$/i.test(e.text);
}

/** Places `e` given the article date (ISO day or null) and the date before it (for "the following day", "one day after"). */
export function resolveDate(e: DateExpression, articleDate: string | null, previous: ResolvedDate | null): ResolvedDate {
  const next = /^the day (after|before) /i.exec(e.text);
  if (next) {
    const named = resolveDate({ ...e, text: e.text.slice(next[0].length) }, articleDate, previous);
    return named.precision === 'day' ? { date: addDays(named.date!, next[1] === 'after' ? 1 : -1), precision: 'day' } : NONE;
  }
  const text = e.text.toLowerCase();
  // "9-10 July 2005": a run of days is placed on its first; "the 4th of March, 1986" is "4 March, 1986".
  const explicit = parseExplicitDate(e.text.replace(/^(\d{1,2})(?:-|–| and | to | or )\d{1,2}\b/, '$1').replace(/^the (\d{1,2})(?:st|nd|rd|th) of /, '$1 '));
  if (e.kind === 'explicit' && explicit) return { date: explicit, precision: explicit.length === 10 ? 'day' : 'month' };
  const year = /\b(\d{4})\b/.exec(e.text)?.[1];
  if (e.kind === 'year' && year) return { date: year, precision: 'year' };
  const monthWord = /\b([A-Za-z]+)\.?,?(?: in)? \d{4}\b/.exec(e.text)?.[1];
  // "between November and February 1987": a span is placed on its first month, in the year before when it turns one.
  const first = /^between (?:early |late |mid-)?([A-Za-z]+)/i.exec(e.text)?.[1];
  if (e.kind === 'month' && year && first && monthWord && monthNumber(first) && monthNumber(monthWord)) {
    const start = monthNumber(first)!;
    return { date: `${Number(year) - (start > monthNumber(monthWord)! ? 1 : 0)}-${String(start).padStart(2, '0')}`, precision: 'month' };
  }
  if (e.kind === 'month' && year && monthWord && monthNumber(monthWord))
    return { date: `${year}-${String(monthNumber(monthWord)).padStart(2, '0')}`, precision: 'month' };
  if (e.kind === 'interval') return interval(text, previous);
  if (/^the (following|next) (week|month)$/.test(text)) return following(previous, /week/.test(text) ? 'week' : 'month');
  // "The same day", "At that time": as precisely as the date before it is known ("Last week, ... sold. The same day, ..."),
  // and without a year if that one had none.
  if (/same day$|^at that time$/.test(text)) return previous?.date || previous?.partialDate ? { ...previous } : NONE;
  if (/following|next day|day after/.test(text)) return previous?.precision === 'day' ? { date: addDays(previous.date!, 1), precision: 'day' } : NONE;
  if (/previous day|day before/.test(text)) return previous?.precision === 'day' ? { date: addDays(previous.date!, -1), precision: 'day' } : NONE;
  if (!articleDate || articleDate.length < 10) return e.kind === 'explicit' || e.kind === 'month' ? { ...NONE, ...partialDateOf(text) } : NONE;
  return resolveAgainst(e, text, articleDate) ?? NONE;
}

function resolveAgainst(e: DateExpression, text: string, published: string): ResolvedDate | null {
  const [y, m] = published.split('-').map(Number) as [number, number];
  if (e.kind === 'explicit') return explicitDay(e, text, published);
  if (e.kind === 'weekday') {
    const target = WEEKDAYS.findIndex((d) => text.includes(d));
    const day = new Date(`${published}T00:00:00Z`).getUTCDay();
    const back = (day - target + 7) % 7;
    if (e.nearest && !/\b(last|past|next|this)\b/.test(text)) {
      const ahead = (target - day + 7) % 7;
      return { date: addDays(published, back <= ahead ? -back : ahead), precision: 'day' };
    }
    // "last Friday" is past even in a sentence that looks ahead ("will not force a settlement of the strike, which was ruled illegal last Friday").
    if ((e.ahead && !/\b(last|past)\b/.test(text)) || /\bnext\b/.test(text))
      return { date: addDays(published, (target - day + 7) % 7 || (/\bnext\b/.test(text) ? 7 : 0)), precision: 'day' };
    return { date: addDays(published, -(/\b(last|past)\b/.test(text) ? back || 7 : back)), precision: 'day' };
  }
  if (e.kind === 'holiday') {
    const rule = HOLIDAYS.find(([pattern]) => pattern.test(e.text));
    if (!rule) return null;
    const candidates = [y - 1, y, y + 1].map((year) => rule[1](year)).filter((d) => (e.ahead ? d >= published : d <= published));
    const date = e.ahead ? candidates[0] : candidates.at(-1);
    return date ? { date, precision: 'day' } : null;
  }
  if (e.kind === 'month') return month(e, text, published, y, m);
  if (e.kind === 'year') return year(text, y, m, e.toldPast === true);
  return relative(text, published);
}

/** "May 5", "12 August", "April nine", "on the 11th": the sensible year (and month) for the day. */
function explicitDay(e: DateExpression, text: string, published: string): ResolvedDate | null {
  const md = monthDayOf(text);
  if (!md?.day) return null;
  const [y, m] = published.split('-').map(Number) as [number, number];
  // "March 5 last year": the year is named from publication.
  const named = /\b(last|this|next) year$/.exec(text);
  if (named && md.month) {
    const date = parseExplicitDate(`${y + (named[1] === 'last' ? -1 : named[1] === 'next' ? 1 : 0)}-${md.month}-${md.day}`);
    return date ? { date, precision: 'day' } : null;
  }
  const days = [-1, 0, 1].flatMap((shift) => {
    // "on the 11th" is a day of this month or a neighbour; "May 5" is a day of May in a neighbouring year.
    const [year, month] = md.month ? [y + shift, md.month] : (monthShift(y, m, shift).split('-').map(Number) as [number, number]);
    const date = parseExplicitDate(`${year}-${month}-${md.day}`);
    return date ? [{ date, distance: daysBetween(published, date) }] : [];
  });
  const date = nearestSensible(days, e.ahead, md.month ? FAR_DAYS : 20, md.month ? NEAR_DAYS : 10, e.toldPast);
  return date ? { date, precision: 'day' } : null;
}

function month(e: DateExpression, text: string, published: string, y: number, m: number): ResolvedDate | null {
  const shiftOf = (t: string) => (/last/.test(t) ? -1 : /next/.test(t) ? 1 : 0);
  const ofYear = /(end|start|beginning) of (last|this|next|the) year/.exec(text);
  // "the end of the year" told as done is the last one's ("the agreement was closed by the end of the year" in March);
  // so is the end of the month, once this month's is more than a few days off.
  const endGoneBy = /^the (?:very )?end of the/.test(text) && e.toldPast === true;
  if (ofYear) return { date: `${y + (endGoneBy && m < 12 ? -1 : shiftOf(ofYear[2]!))}-${ofYear[1] === 'end' ? '12' : '01'}`, precision: 'month' };
  if (/(last|this|next|the) month/.test(text))
    return { date: monthShift(y, m, endGoneBy && Number(published.slice(8, 10)) < 25 ? -1 : shiftOf(text)), precision: 'month' };
  if (/few days/.test(text)) return { date: addDays(published, 3).slice(0, 7), precision: 'month' };
  if (/weekend/.test(text)) return { date: monthOfWeekend(e, text, published), precision: 'month' };
  if (/week/.test(text)) return { date: monthOfWeek(e, text, published), precision: 'month' };
  const md = monthDayOf(text);
  if (!md?.month) return null;
  const target = md.month;
  const named = /\b(last|this|next) year$/.exec(text);
  if (named) return { date: monthShift(y + shiftOf(named[1]!), target, 0), precision: 'month' };
  // "last March" is the March before this month, "next March" the one after, "this March" this year's.
  if (/^last /.test(text)) return { date: monthShift(target < m ? y : y - 1, target, 0), precision: 'month' };
  if (/^next /.test(text)) return { date: monthShift(target > m ? y : y + 1, target, 0), precision: 'month' };
  if (/^this /.test(text)) return { date: monthShift(y, target, 0), precision: 'month' };
  const candidates = [y - 1, y, y + 1].map((year) => ({ date: monthShift(year, target, 0), distance: year * 12 + target - (y * 12 + m) }));
  const since = /^since /.test(text);
  const date = since ? candidates.filter((c) => c.distance <= 0).at(-1)!.date : nearestSensible(candidates, e.ahead, FAR_MONTHS, NEAR_MONTHS, e.toldPast);
  return date ? { date, precision: 'month' } : null;
}

/**
 * The month of "this week", "earlier this week", "last week", "the end of next week": the month its
 * days (Monday to Sunday) fall in, or of the part of this week the words or the tense name (the days
 * before publication for "earlier" or a deed done, after it for "later" or a plan). A week that
 * spans two months is given the month of the same day that week (publication's, for this week).
 */
function monthOfWeek(e: DateExpression, text: string, published: string): string {
  const shift = /last week/.test(text) ? -7 : /(next|coming) week/.test(text) ? 7 : 0;
  const monday = addDays(published, shift - ((new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7));
  const sunday = addDays(monday, 6);
  let [from, to] = [monday, sunday];
  if (/end of/.test(text)) from = addDays(monday, 4);
  else if (/(start|beginning) of/.test(text)) to = addDays(monday, 1);
  else if (shift === 0 && /earlier/.test(text)) [from, to] = [monday, published === monday ? monday : addDays(published, -1)];
  else if (shift === 0 && /later/.test(text)) [from, to] = [published === sunday ? sunday : addDays(published, 1), sunday];
  else if (shift === 0) [from, to] = e.ahead ? [published, sunday] : [monday, published];
  return from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : addDays(published, shift).slice(0, 7);
}

/**
 * The month of "at the weekend", "last weekend", "this weekend" (placed by its Saturday). Published
 * on a weekend, "this" or "the" weekend is that one; on a Monday, the one just gone, unless "this
 * weekend" is looked ahead to ("will be released this weekend"); from Tuesday to Friday "this
 * weekend" is the coming one, and "the weekend" the coming one only in a sentence that looks ahead.
 */
function monthOfWeekend(e: DateExpression, text: string, published: string): string {
  const day = new Date(`${published}T00:00:00Z`).getUTCDay();
  const onWeekend = day === 0 || day === 6;
  const coming = addDays(published, day === 0 ? 6 : 6 - day);
  const gone = addDays(published, -((day + 1) % 7));
  let saturday: string;
  if (/\b(?:next|coming)\b/.test(text)) saturday = day === 5 || onWeekend ? addDays(coming, 7) : coming;
  else if (/\b(?:last|past)\b/.test(text)) saturday = onWeekend ? addDays(gone, -7) : gone;
  else if (onWeekend) saturday = gone;
  else if (day === 1) saturday = /^this\b/.test(text) && e.ahead ? coming : gone;
  else saturday = /^this\b/.test(text) || e.ahead ? coming : gone;
  return saturday.slice(0, 7);
}

/** "last year", "this year", "last fall": a year. A season is past once its three months are. */
function year(text: string, y: number, m: number, toldPast: boolean): ResolvedDate {
  // "the second half of the year" told as done in March is last year's: this year's has not begun.
  const part = /(?:of|in) the year$/.test(text) ? partStart(text, m) : null;
  if (part !== null) return { date: String(toldPast && part > m ? y - 1 : y), precision: 'year' };
  const season = /(spring|summer|autumn|fall|winter)/.exec(text)?.[1];
  if (!season) return { date: String(/last/.test(text) ? y - 1 : /next/.test(text) ? y + 1 : y), precision: 'year' };
  const start = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[season]!;
  if (/last/.test(text)) return { date: String(start + 3 <= m ? y : y - 1), precision: 'year' };
  if (/next/.test(text)) return { date: String(start > m ? y : y + 1), precision: 'year' };
  return { date: String(y), precision: 'year' };
}

/** The month a part of the year begins in: "the first half" January, "the third quarter" July, "the last three months" October. */
function partStart(text: string, m: number): number {
  if (/^later/.test(text)) return m;
  if (/^earlier|first/.test(text)) return 1;
  const quarter = /(second|third|fourth|final|last) quarter/.exec(text)?.[1];
  if (quarter) return { second: 4, third: 7 }[quarter] ?? 10;
  if (/half/.test(text)) return 7;
  const months = /(\S+) months/.exec(text)?.[1] ?? 'few';
  const n = /^\d+$/.test(months) ? Number(months) : (NUMBER_WORDS[months] ?? 3);
  return Math.max(1, 13 - n);
}

/** "one day after the merger was unveiled": counted back (or on, for "before") from the sentence's other date. */
function interval(text: string, anchor: ResolvedDate | null): ResolvedDate {
  if (anchor?.precision !== 'day') return NONE;
  const m = /^(\d+|[a-z ]+?) (day|week)s? (after|before)$/.exec(text);
  const n = m ? (/^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!]) : undefined;
  if (!m || n === undefined) return NONE;
  const days = n * (m[2] === 'week' ? 7 : 1);
  return { date: addDays(anchor.date!, m[3] === 'after' ? -days : days), precision: 'day' };
}

/** "The following week/month": a week or a month after the last dated sentence. */
function following(previous: ResolvedDate | null, unit: 'week' | 'month'): ResolvedDate {
  if (!previous?.date) return NONE;
  if (unit === 'week' && previous.precision === 'day') return { date: addDays(previous.date, 7), precision: 'day' };
  if (previous.precision === 'year') return NONE;
  const [y, m] = previous.date.split('-').map(Number) as [number, number];
  return { date: monthShift(y, m, unit === 'month' ? 1 : 0), precision: 'month' };
}
