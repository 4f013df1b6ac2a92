/**
 * Calendar arithmetic on ISO prefixes (`YYYY-MM-DD`, `YYYY-MM`), and the choice of year for a
 * date written without one.
 */

/** The ISO day `days` after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The ISO month `by` months after `year`-`month`. */
export function monthShift(year: number, month: number, by: number): string {
  const index = year * 12 + (month - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Days from `a` to `b` (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A candidate date and how far it is from publication (negative before it), in days or months. */
export interface Candidate {
  date: string;
  distance: number;
}

/**
 * The year news means by a date without one: the last such date on or before publication (the
 * next one when the sentence looks ahead), unless that is far off (`far`) while the other way is
 * near (`near`). A writer leaves the year out only for a date close to the day of writing, so
 * "May 5" in a late-April wire is this May 5 even without a "will", and "March 27" in an April
 * wire that says "will" is still the March 27 just gone.
 */
export function nearestSensible(candidates: Candidate[], ahead: boolean, far: number, near: number, toldPast = false): string | null {
  const past = candidates.filter((c) => c.distance <= 0).sort((a, b) => b.distance - a.distance)[0];
  const future = candidates.filter((c) => c.distance >= 0).sort((a, b) => a.distance - b.distance)[0];
  const [preferred, other] = ahead ? [future, past] : [past, future];
  if (!preferred) return other?.date ?? null;
  if (Math.abs(preferred.distance) > far && other) {
    if (Math.abs(other.distance) <= near) return other.date;
    // Far off the way the sentence leans, the nearer of the two when the date's own clause agrees:
    // "12 pct after May 31" in a past-tense wire of 2 March is this May's, as no verb of its clause
    // tells it done; "went public Dec 23" in a wire of 16 March that looks ahead is the December gone.
    if (Math.abs(other.distance) < Math.abs(preferred.distance) && (ahead ? toldPast : !toldPast)) return other.date;
  }
  return preferred.date;
}
