/**
 * A date axis for the timeline picture: ISO prefixes as day numbers, ticks at a round step that
 * leaves room for their labels, and dates written the same way in every locale ("5 Jun 2017").
 */

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 of the first day of a date's period (a day, a month, a year), where a timeline sorts it. */
export function dayNumber(date: string): number {
  return civilDay(Number(date.slice(0, 4)), date.length > 4 ? Number(date.slice(5, 7)) : 1, date.length > 7 ? Number(date.slice(8, 10)) : 1);
}

/** Days since 1970-01-01 of a day of the Gregorian calendar, in arithmetic alone (a timeline's overview asks thousands of times). */
function civilDay(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: years counted from March, in 400-year eras.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** An ISO prefix as a reader writes it: `5 Jun 2017`, `Jun 2017`, `2017`. */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A tick on the axis: where (a day number) and what it says. */
export interface Tick {
  day: number;
  label: string;
}

/** The steps ticks may take, smallest first: days, months or years. */
const STEPS: { unit: 'day' | 'month' | 'year'; size: number }[] = [
  ...[1, 2, 7, 14].map((size) => ({ unit: 'day' as const, size })),
  ...[1, 2, 3, 6].map((size) => ({ unit: 'month' as const, size })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((size) => ({ unit: 'year' as const, size })),
];

/** Round ticks between day numbers `start` and `end`, at most `most` of them (fewer for a short span). */
export function ticks(start: number, end: number, most: number): Tick[] {
  for (const step of STEPS) {
    // A step far too small for the span is passed over without listing its ticks.
    if ((end - start) / (step.size * (step.unit === 'day' ? 1 : step.unit === 'month' ? 28 : 365)) > most + 2) continue;
    const found = ticksAt(start, end, step);
    if (found.length <= most) return found;
  }
  return [];
}

function ticksAt(start: number, end: number, { unit, size }: (typeof STEPS)[number]): Tick[] {
  const out: Tick[] = [];
  const first = new Date(Math.ceil(start) * DAY);
  if (unit === 'day') {
    // Weekly and fortnightly ticks fall on Mondays, like a calendar's weeks.
    const day = Math.ceil(start) + (size >= 7 ? (8 - first.getUTCDay()) % 7 : 0);
    for (let d = day; d <= end; d += size) {
      const at = new Date(d * DAY);
      out.push({ day: d, label: `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}` });
    }
    return out;
  }
  const months = unit === 'month' ? size : size * 12;
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  index = Math.ceil(index / months) * months;
  for (; ; index += months) {
    const day = Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY;
    if (day > end) return out;
    out.push({ day, label: unit === 'year' ? String(Math.floor(index / 12)) : `${MONTHS[index % 12]} ${Math.floor(index / 12)}` });
  }
}
