/**
 * Reads an explicit calendar date written in one of the common news forms and returns it as an
 * ISO prefix (`YYYY-MM-DD`, or `YYYY-MM` when no day is given). Relative dates are not this
 * function's business.
 *
 * @example parseExplicitDate('26-FEB-1987 15:01:01.79') // => '1987-02-26'
 * @example parseExplicitDate('June 9, 2017') // => '2017-06-09'
 */
export function parseExplicitDate(text: string): string | null {
  const t = text.trim();
  let m = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ,]+(\d{4})\b/.exec(t);
  if (m && monthNumber(m[2]!)) return iso(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(t);
  if (m && monthNumber(m[1]!)) return iso(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  m = /\b([A-Za-z]{3,9}) (\d{4})\b/.exec(t);
  if (m && monthNumber(m[1]!)) return iso(+m[2]!, monthNumber(m[1]!)!, null);
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month number (1-12) of an English month name or its abbreviation, else null. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const i = MONTHS.indexOf(lower.slice(0, 3));
  if (i < 0) return null;
  const ok = lower.length === 3 || full[i]!.startsWith(lower) || lower === 'sept';
  return ok ? i + 1 : null;
}

function iso(year: number, month: number, day: number | null): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
