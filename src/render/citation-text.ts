/**
 * How every renderer cites: the sources of an answer are numbered `[1]`, `[2]`… in the order the
 * answer first cites them, each passage ends with its numbers, and the list of sources under the
 * answer shows what is known of each article (outlet, date, headline, linked to its URL when
 * known). The file id and sentence number are for the JSON and /sources, not for reading. The
 * terminal and Discord differ only in how each part is marked up (a `CitationStyle`).
 */
import type { Citation } from '../core/types.js';

/** A headline longer than this is shortened at a word boundary. */
export const HEADLINE_MAX = 90;
/** A passage shows at most this many source numbers; the rest are counted ("and 3 more"). */
export const MARKERS_MAX = 4;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How one renderer marks up the parts of a citation. */
export interface CitationStyle {
  outlet(name: string): string;
  /** A date known to the day, month or year (an ISO prefix). */
  date(iso: string): string;
  headline(title: string, url: string | null): string;
}

/** A date as words: `2017-06-09` → `9 June 2017`, `2017-06` → `June 2017`, `2017` → `2017`. */
export function plainDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return iso;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** The Unix time of a day's noon UTC (the same calendar day for readers from UTC−11 to UTC+11), or null for a date not known to the day. */
export function noonOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(time) ? null : time / 1000;
}

/** `text` in at most `max` characters, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A citation as a reader sees it: `Outlet · date · Headline`, with whatever of them is known (the headline always). */
export function citationText(c: Citation, style: CitationStyle): string {
  const parts = [c.outlet ? style.outlet(c.outlet) : '', c.date ? style.date(c.date) : '', style.headline(shorten(c.title, HEADLINE_MAX), c.url)];
  return parts.filter(Boolean).join(' · ');
}

/** The source numbers a passage ends with: `[1] [2]`, at most `MARKERS_MAX`, then how many more. */
export function markers(numbers: number[]): string {
  const shown = numbers
    .slice(0, MARKERS_MAX)
    .map((n) => `[${n}]`)
    .join(' ');
  return numbers.length > MARKERS_MAX ? `${shown} and ${numbers.length - MARKERS_MAX} more` : shown;
}

/** How many of the story's articles report something, when more than one does. */
export function spread(count: number, total: number): string {
  return count > 1 ? `in ${count} of ${total} articles` : '';
}

/**
 * Numbers the sources of one answer (or one page of it) in the order they are first cited: the
 * same article always gets the same number.
 */
export class SourceNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly cited: Citation[] = [];

  /** The number of a citation's article, given the next free one the first time it is cited. */
  of(c: Citation): number {
    let n = this.numbers.get(c.article);
    if (n === undefined) {
      n = this.cited.push(c);
      this.numbers.set(c.article, n);
    }
    return n;
  }

  /** The numbers of the sources of a passage, as its markers (only the shown ones are numbered). */
  markersOf(citations: Citation[]): string {
    return markers(
      citations
        .slice(0, MARKERS_MAX)
        .map((c) => this.of(c))
        .concat(citations.slice(MARKERS_MAX).map(() => 0)),
    );
  }

  /** The sources cited so far, in number order (each as first cited). */
  get list(): readonly Citation[] {
    return this.cited;
  }
}
