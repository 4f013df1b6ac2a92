/**
 * A period a reader names to bound a timeline (`from`, `to`): a year, a month or a day, as typed
 * ("2018", "2018-03", "March 2018", "2018-03-05", "5 March 2018", "March 5, 2018"), read into an
 * ISO prefix. Only the whole text counts: "since 2018" or "next March" is not a period.
 */
import { monthNumber } from '../text/parse-explicit-date.js';

/** A year, month or day as an ISO prefix (`2018`, `2018-03`, `2018-03-05`). */
export interface DatePeriod {
  date: string;
  precision: 'year' | 'month' | 'day';
}

/**
 * The period `text` names, or null when it names none.
 *
 * @example parseDatePeriod('March 2018') // => { date: '2018-03', precision: 'month' }
 */
export function parseDatePeriod(text: string): DatePeriod | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})$/.exec(t);
  if (m) return period(+m[1]!, null, null);
  m = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(t);
  if (m) return period(+m[1]!, +m[2]!, m[3] === undefined ? null : +m[3]);
  m = /^([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t);
  if (m) return named(+m[2]!, m[1]!, null);
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t);
  if (m) return named(+m[3]!, m[2]!, +m[1]!);
  m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(t);
  if (m) return named(+m[3]!, m[1]!, +m[2]!);
  return null;
}

/** A period whose month is written as a word: none when the word is no month's name. */
function named(year: number, month: string, day: number | null): DatePeriod | null {
  const number = monthNumber(month);
  return number === null ? null : period(year, number, day);
}

/** Whether an event dated `date` (an ISO prefix) overlaps the periods from `from` to `to`, both included. */
export function overlaps(date: string, from: DatePeriod | undefined, to: DatePeriod | undefined): boolean {
  // An ISO prefix sorts before every date inside it, and the prefix followed by '~' after every one.
  return (!from || `${date}~` >= from.date) && (!to || date <= `${to.date}~`);
}

/** Whether the period `from` begins after the period `to` ends, so that nothing lies between them. */
export function isAfter(from: DatePeriod, to: DatePeriod): boolean {
  return from.date > `${to.date}~`;
}

function period(year: number, month: number | null, day: number | null): DatePeriod | null {
  if (year < 1000 || year > 2999) return null;
  if (month === null) return day === null ? { date: String(year), precision: 'year' } : null;
  if (month < 1 || month > 12) return null;
  const mm = `${year}-${String(month).padStart(2, '0')}`;
  if (day === null) return { date: mm, precision: 'month' };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? { date: `${mm}-${String(day).padStart(2, '0')}`, precision: 'day' } : null;
}
