/**
 * Counts as English prints them: the noun singular for one (“1 mention”), plural otherwise, and
 * digits grouped by thousands (“4,294 mentions”), the same on every machine whatever its locale.
 *
 * @example countOf(1, 'mention') // => '1 mention'
 * @example countOf(4294, 'person', 'people') // => '4,294 people'
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${grouped(n)} ${n === 1 ? singular : plural}`;
}

/** A number with its digits grouped by thousands: `4,244`. */
export function grouped(n: number): string {
  return GROUPED.format(n);
}

/** “these 5 articles”, or “this article” when there is one. */
export function theseArticles(n: number): string {
  return n === 1 ? 'this article' : `these ${countOf(n, 'article')}`;
}

const GROUPED = new Intl.NumberFormat('en-US');
