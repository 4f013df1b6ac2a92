/**
 * A reporting period is no event: "sales for the four weeks ended February 28 rose 11.3 pct", "For
 * the second quarter ended January 31, Caesars World earned…", "For all of fiscal 1986, the company
 * earned 41.0 mln dlrs". The date closes the span a figure is counted over; what the story tells
 * happened when the figure was reported. A deadline set by such a date stays one ("by the end of its
 * fiscal year ending 31 March").
 */
import type { DateExpression } from './find-date-expressions.js';

/**
 * The period a figure is counted over, right before its closing date: "the (fiscal) year ended", "the
 * nine months ending". Not a single week's ("Arrivals for the week ended February 22 were 155,221
 * bags"): a weekly figure is news of that week, dated by its end, as the expression table's readers hold.
 */
const PERIOD_CLOSED_BY = /\b(?:year|quarter|qtr|half|period|months|weeks)\s+(?:ended|ending)\s+(?:on\s+)?$/i;
/** A deadline: "by the end of its fiscal year ending". */
const BY_THE_END = /\bby\s+(?:the\s+)?end\s+of\s+[^,;]{0,40}$/i;
/** A fiscal year a figure is for: "For all of fiscal 1986", "funding of 1.8 billion dlrs for fiscal year 1988". */
const FOR_A_FISCAL_YEAR = /\bfor\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?fiscal\s+(?:year\s+)?(?:19|20)?\d\d(?:\/\d\d)?$/i;

/** Whether `e`, in `sentence`, dates the span a figure is counted over rather than a happening. */
export function isReportingPeriod(sentence: string, e: DateExpression): boolean {
  const before = sentence.slice(Math.max(0, e.start - 80), e.start);
  if (PERIOD_CLOSED_BY.test(before)) return !BY_THE_END.test(before);
  return /\bfiscal\b/i.test(e.text) && FOR_A_FISCAL_YEAR.test(before + e.text);
}
