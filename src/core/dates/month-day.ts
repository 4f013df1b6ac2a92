/**
 * The month and day an expression names without a year ("12 August", "April nine", "in
 * mid-March", "on the 11th"), for placing it in a year or, in an undated article, keeping it as a
 * partial date.
 */
import { DAY_WORDS, ORDINAL_DAY_WORDS } from './date-patterns.js';
import { monthNumber, parseExplicitDate } from '../text/parse-explicit-date.js';

/** The day and month, or the month, of an expression (lower case) as a partial date (`--MM-DD`, `--MM`), when it names one. */
export function partialDateOf(text: string): { partialDate: string } | Record<string, never> {
  const md = monthDayOf(text);
  if (!md?.month) return {};
  const mm = String(md.month).padStart(2, '0');
  if (md.day === null) return { partialDate: `--${mm}` };
  // Checked against a leap year, so that 29 February is a day.
  return parseExplicitDate(`2000-${mm}-${md.day}`) ? { partialDate: `--${mm}-${String(md.day).padStart(2, '0')}` } : {};
}

/** The month (1-12) and day of an expression without a year; the month is null in "on the 11th". */
export function monthDayOf(text: string): { month: number | null; day: number | null } | null {
  const words = text
    .replace(/[.,]/g, '')
    .replace(/\bmid-/g, '')
    .split(/\s+/);
  const month = words.map((w) => (/^[a-z]{3,}$/.test(w) ? monthNumber(w) : null)).find((n) => n !== null) ?? null;
  const digits = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text)?.[1];
  const word = words.map((w) => w.toLowerCase()).find((w) => DAY_WORDS.includes(w) || ORDINAL_DAY_WORDS.includes(w));
  const day = digits ? Number(digits) : word ? Math.max(DAY_WORDS.indexOf(word), ORDINAL_DAY_WORDS.indexOf(word)) + 1 : null;
  return month === null && day === null ? null : { month, day };
}
