/**
 * A price says where it is asked by its currency: "the PSP is likely to cost between £130 and
 * £200" is the price in Britain, though the sentence never names it. News converts prices in
 * brackets ("$250 (about £132)", "£99 (149 euros)"), so only an amount outside brackets counts.
 * Dollars are left out: many countries write them.
 */
import { termOf } from '../index/terms.js';

/** Currencies as news writes them, and the places' words (as index terms) that a price in them is of. */
const PLACES_OF_CURRENCY: [RegExp, string[]][] = [
  [/£\s?\d|\d\s?(?:pounds? sterling|stg)\b/i, ['britain', 'uk', 'british', 'england']],
  [/¥\s?\d|\d\s?(?:m|bn|mln|billion|million)?\s?yen\b/i, ['japan', 'japanese']],
  [/€\s?\d|\d\s?(?:m|bn|mln|billion|million)?\s?euros?\b/i, ['europe', 'european', 'eu']],
];

const TERMS = PLACES_OF_CURRENCY.map(([currency, places]) => [currency, places.map((p) => termOf(p)).filter((t): t is string => t !== null)] as const);

/** The terms of the places whose currency a sentence states its prices in (outside brackets). */
export function currencyPlaces(sentence: string): string[] {
  const unbracketed = sentence.replace(/\([^()]*\)/g, ' ');
  return TERMS.flatMap(([currency, places]) => (currency.test(unbracketed) ? places : []));
}
