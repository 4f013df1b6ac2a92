/**
 * Words for a day or month known without its year, for the renderers: the year is said to be
 * unknown rather than left out, so "17 February" is not read as this year's.
 */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A partial date (ISO 8601 without the year) in words, or the input as it is when it is not one.
 *
 * @example partialDateText('--02-17') // => '17 February, year unknown'
 * @example partialDateText('--02') // => 'February, year unknown'
 */
export function partialDateText(partial: string): string {
  const m = /^--(\d{2})(?:-(\d{2}))?$/.exec(partial);
  const month = m ? MONTH_NAMES[Number(m[1]) - 1] : undefined;
  if (!m || !month) return partial;
  return `${m[2] ? `${Number(m[2])} ` : ''}${month}, year unknown`;
}
