/**
 * Resolves the expressions that count from the day of publication: today, yesterday, tomorrow,
 * this morning, tonight, last night, "N days/weeks/months/years ago", and "in N days/weeks/months" ahead.
 */
import { addDays, monthShift } from './calendar.js';
import { NUMBER_WORDS } from './date-patterns.js';
import type { ResolvedDate } from './resolve-date.js';

/** `text` (lower case) placed against the ISO day of publication, or null when it is not one of these. */
export function relative(text: string, published: string): ResolvedDate | null {
  if (/^(today|tonight|(earlier|later) today|this (morning|afternoon|evening|night))$/.test(text)) return { date: published, precision: 'day' };
  if (/^(yesterday|last night)$/.test(text)) return { date: addDays(published, -1), precision: 'day' };
  if (text === 'tomorrow') return { date: addDays(published, 1), precision: 'day' };
  const ahead = durationAhead(text, published);
  if (ahead) return ahead;
  const ago = /^(\d+|[a-z ]+?) (day|week|month|year)s? ago$/.exec(text);
  if (!ago) return null;
  const n = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : NUMBER_WORDS[ago[1]!];
  const unit = ago[2]!;
  // "several weeks ago" is vague: placed to the month of about three units back.
  if (n === undefined)
    return {
      date: addDays(published, -3 * ({ day: 1, week: 7, month: 30, year: 365 } as Record<string, number>)[unit]!).slice(0, unit === 'year' ? 4 : 7),
      precision: unit === 'year' ? 'year' : 'month',
    };
  if (unit === 'day' || unit === 'week') return { date: addDays(published, -n * (unit === 'week' ? 7 : 1)), precision: 'day' };
  const [y, m] = published.split('-').map(Number) as [number, number];
  return unit === 'month' ? { date: monthShift(y, m, -n), precision: 'month' } : { date: String(y - n), precision: 'year' };
}

/**
 * "in three weeks", "within 60 days", "in 10 days to two weeks' time", "within a month": about that long after
 * publication, placed to its month as "next week" is (a range on its first count). Only found where
 * the clause looks ahead (duration-ahead.ts).
 */
function durationAhead(text: string, published: string): ResolvedDate | null {
  const m = /^(?:in|within) (a few|a couple of|several|\d+|[a-z]+)\b.*?\b(day|week|month)s?\b/.exec(text);
  // "a few" and "several" are about three, as in "several weeks ago".
  const n = m ? (/^\d+$/.test(m[1]!) ? Number(m[1]) : /^(?:a few|several)$/.test(m[1]!) ? 3 : NUMBER_WORDS[m[1]!]) : undefined;
  if (!m || n === undefined) return null;
  if (m[2] === 'month') {
    const [y, mo] = published.split('-').map(Number) as [number, number];
    return { date: monthShift(y, mo, n), precision: 'month' };
  }
  return { date: addDays(published, n * (m[2] === 'week' ? 7 : 1)).slice(0, 7), precision: 'month' };
}
