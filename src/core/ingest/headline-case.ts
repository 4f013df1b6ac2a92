/**
 * A headline a wire wrote in capitals ("GM TO CUT U.S. OUTPUT OF CARS"), in title case for
 * reading ("GM to Cut U.S. Output of Cars"). The article's own text decides each word where it
 * can: a word it writes in capitals (AMC, OPEC) stays so, one it writes with inner capitals keeps
 * them (McDonald's). Otherwise: abbreviations with points (U.S.), tickers (<VIA>) and two
 * letters that are no English word (GM, UK) stay; small words (a, of, to…) are lower case inside the headline;
 * the rest get a capital and lower-case letters. A headline with any lower-case letter is left as written.
 */

/** Articles, conjunctions and short prepositions, lower case inside a title (not "up": in headlines it is mostly a verb or adverb). */
const SMALL_WORDS = new Set('a an and as at but by for from in into nor of on onto or per the to via vs with'.split(' '));
/** Two-letter English words: any other two letters in a wire headline are initials (GM, UK, EC; "US" is the country there). */
const TWO_LETTER_WORDS = new Set('an as at be by do go he if in is it me my no of on or so to up we'.split(' '));
/** A word of the body: letters (with inner apostrophes, points or ampersands) between non-letters. */
const BODY_WORD = /[\p{L}][\p{L}'’.&]*[\p{L}]|[\p{L}]/gu;

/** Whether a headline is written in capitals: letters, and no lower-case one. */
export function isAllCaps(headline: string): boolean {
  const letters = headline.replace(/<[^>]*>/g, '');
  return /\p{Lu}.*\p{Lu}/su.test(letters) && !/\p{Ll}/u.test(letters);
}

/** How the body writes words, by their lower-case form: capitals ('caps') or a form with inner capitals (McDonald). */
export function bodyForms(sentences: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const text of sentences) {
    // A sentence in capitals says nothing about how its words are written.
    if (!/\p{Ll}/u.test(text)) continue;
    for (const m of text.matchAll(BODY_WORD)) {
      const word = m[0];
      const key = word.toLowerCase();
      if (/^\p{Lu}[\p{Lu}'’.&]*$/u.test(word) && word.replace(/[^\p{L}]/gu, '').length >= 2) forms.set(key, 'caps');
      else if (/^\p{L}+\p{Ll}\p{Lu}/u.test(word) && !forms.has(key)) forms.set(key, word);
      else if (!forms.has(key) && /^\p{Ll}/u.test(word)) forms.set(key, 'lower');
    }
  }
  return forms;
}

/**
 * The headline in title case when it is written in capitals, else as it is; `forms` is how the
 * article's body writes its words (`bodyForms`).
 *
 * @example headlineCase('AMC SAYS IT WILL NOT SELL TO CHRYSLER', bodyForms(['AMC said on Monday…'])) // => 'AMC Says It Will Not Sell to Chrysler'
 */
export function headlineCase(headline: string, forms: ReadonlyMap<string, string> = new Map()): string {
  if (!isAllCaps(headline)) return headline;
  const words = headline.split(/(\s+)/);
  const last = words.length - 1;
  return words.map((w, i) => (i % 2 === 1 ? w : caseWord(w, i === 0, i === last, forms))).join('');
}

function caseWord(word: string, first: boolean, last: boolean, forms: ReadonlyMap<string, string>): string {
  // A ticker stays as it is, also one written against its name (SCHLUMBERGER<SLB>, CHEMLAWN<CHEM>BID).
  if (/^<[^<>]*>$/.test(word)) return word;
  if (/<[^<>]*>/.test(word)) {
    const parts = word.split(/(<[^<>]*>)/);
    return parts.map((part, i) => (i % 2 === 1 || !part ? part : caseWord(part, first && i === 0, last && i === parts.length - 1, forms))).join('');
  }
  // Each part of a compound on its own (U.S.-JAPAN, TAKE-OVER), opening and closing punctuation kept.
  return word
    .split(/(-|\/)/)
    .map((part, i, parts) => (i % 2 === 1 ? part : casePart(part, first && i === 0, last && i === parts.length - 1, forms)))
    .join('');
}

function casePart(part: string, first: boolean, last: boolean, forms: ReadonlyMap<string, string>): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}.]*|\.)$/u.exec(part)!;
  const [, open, core, close] = m as unknown as [string, string, string, string];
  if (!core || !/\p{L}/u.test(core)) return part;
  return `${open}${caseCore(core, close, first, last, forms)}${close}`;
}

function caseCore(core: string, close: string, first: boolean, last: boolean, forms: ReadonlyMap<string, string>): string {
  const lower = core.toLowerCase();
  // Abbreviations with points (U.S., N.Z.), numbers with letters (4TH, 1987/88) and tickers stay.
  if (/\p{L}\.\p{L}/u.test(core) || (close === '.' && core.length <= 2)) return core;
  if (/^\p{N}/u.test(core)) return lower;
  const form = forms.get(lower.replace(/['’]s$/, '')) ?? forms.get(lower);
  if (form === 'caps') return core;
  if (form && form !== 'lower') return /['’]S$/.test(core) && !/['’]s$/.test(form) ? `${form}'s` : form;
  if (!first && !last && SMALL_WORDS.has(lower)) return lower;
  if (form === undefined && core.length === 2 && !TWO_LETTER_WORDS.has(lower)) return core;
  return capitalise(lower);
}

/** A capital, then lower case (after an apostrophe too: TRUMP'S → Trump's). */
function capitalise(lower: string): string {
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
