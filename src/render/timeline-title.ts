/**
 * A timeline's title, shared by the text, the Discord page and the picture. A module of its own,
 * importing no code, so that the picture worker, which draws the title, does not load the text
 * renderer's wording and through it the core's answer code and compromise.
 */
import type { TimelineResult } from '../core/types.js';

/** A timeline's title: what it is about and the period asked for (`Timeline: Comey, 2017-05 to 2017-06`). */
export function timelineTitle(result: TimelineResult, date: (iso: string) => string = (iso) => iso): string {
  const { from, to } = result;
  const period = from && to ? (from === to ? date(from) : `${date(from)} to ${date(to)}`) : from ? `from ${date(from)}` : to ? `up to ${date(to)}` : '';
  return `Timeline${result.about ? `: ${result.about}` : ''}${period ? `${result.about ? ',' : ':'} ${period}` : ''}`;
}
