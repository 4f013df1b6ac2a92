/**
 * Splits a paragraph into verbatim sentences with compromise, then repairs what it is known to
 * get wrong in news copy: a sentence ending inside closing quotes followed by a new quote or
 * sentence (`…appropriate.’’ Asked…`, `…appropriate." "We love…`), and breaks after abbreviations
 * and initials (Sen., Mr., U.S., S.C., J.).
 */
import nlp from '../text/nlp.js';

/** Titles and initials never end a sentence: a break after them is always undone. */
const TITLE = /(?:^|[\s(<-])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Maj|Rev|St|Mt|Ft|[A-Z])\.$/;
/** These may end a sentence ("works for Acme Inc. The firm…"): a break is undone only before a small letter or digit. */
const MAYBE_FINAL = /(?:^|[\s(-])(?:Jr|Sr|No|Nos|Vol|Inc|Corp|Co|Ltd|Dept|Univ|Ave|Blvd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|etc|approx|est|a\.m|p\.m)\.$/;
const DOTTED_INITIALS = /(?:^|\s)(?:[A-Z]\.){2,}$/;
/** Dotted initials or a company abbreviation, then a word that opens sentences: compromise reads on, we cut. */
const INITIALS_THEN_SENTENCE =
  /((?:^|\s)(?:(?:[A-Z]\.){2,}|(?:Inc|Corp|Co|Ltd|etc|a\.m|p\.m)\.))\s+(?=(?:He|She|It|They|We|I|The|This|That|These|Those|But|And|So|Yet|Its|His|Her|Their|In|On|At|As|After|A|An)\s)/g;
/**
 * An acronym's plural and its full stop, then a capital: compromise reads "MPs." as its unit "mps" (metres per second)
 * and reads on ("…welcomed by Labour MPs. Mr Jackson, who…"); no abbreviation is written so, so we cut.
 */
const ACRONYM_PLURAL_THEN_CAPITAL = /((?:^|\s)\p{Lu}{2,}s\.)\s+(?=["“]?\p{Lu})/gu;
const QUOTE_BOUNDARY = /([.!?…]["'”’]+)\s+(?=["'“‘]*[\p{Lu}\d])/gu;
/** A sentence end followed by an opening quote mark (space before it, a capital after): `changes. "Public…`. */
const OPENING_QUOTE_BOUNDARY = /([.!?…])\s+(?=(?:["“]|‘‘)[\p{Lu}\d])/gu;

/** Splits a paragraph into sentences; each is an exact substring of the paragraph, trimmed. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  // A paragraph far longer than prose (a file on one line, a dump) is cut roughly first, so that
  // compromise and the rules below only ever see pieces of a normal size.
  if (text.length > LONG_PARAGRAPH) return roughPieces(text).flatMap(splitSentences);
  const pieces = locate(text, compromiseSentences(text));
  let before = '';
  const quoteSplit = pieces.flatMap((piece) => {
    const parts = splitAtQuoteBoundaries(piece, before);
    before += `${piece} `;
    return parts;
  });
  return mergeAbbreviationBreaks(quoteSplit)
    .flatMap(splitAfterInitials)
    .flatMap(capLength)
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const LONG_PARAGRAPH = 20_000;

const world = nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } } };

/**
 * compromise's sentence splitter on its own (its five rule steps): the same sentences as
 * `nlp.tokenize(text).sentences()`, checked on seeds, BBC and Reuters paragraphs, without parsing
 * every word into terms, which takes many times as long.
 */
function compromiseSentences(text: string): string[] {
  return world.methods.one.tokenize
    .splitSentences(text, world)
    .map((s) => s.trim())
    .filter(Boolean);
}
const LONGEST_SENTENCE = 2_000;

/** Cuts an oversized text after sentence ends near every 10,000 characters, or at a space when it has none. */
function roughPieces(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > LONG_PARAGRAPH / 2) {
    const window = rest.slice(0, LONG_PARAGRAPH / 2);
    const end = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const cut = end > 0 ? end + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : LONGEST_SENTENCE;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** A "sentence" longer than any prose is cut at spaces into pieces of at most LONGEST_SENTENCE characters. */
function capLength(sentence: string): string[] {
  if (sentence.length <= LONGEST_SENTENCE) return [sentence];
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > LONGEST_SENTENCE) {
    const space = rest.lastIndexOf(' ', LONGEST_SENTENCE);
    const cut = space > LONGEST_SENTENCE / 2 ? space : LONGEST_SENTENCE;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Splits "…to the U.S. He left", "…Acme Inc. The firm…" and "…Labour MPs. Mr Jackson…", where compromise reads on. */
function splitAfterInitials(sentence: string): string[] {
  return sentence
    .replace(INITIALS_THEN_SENTENCE, '$1\n')
    .replace(ACRONYM_PLURAL_THEN_CAPITAL, '$1\n')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Maps compromise's sentence strings back onto the paragraph so every sentence is verbatim. */
function locate(text: string, parts: string[]): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const part of parts) {
    const end = matchEnd(text, cursor, part);
    if (end < 0) break;
    out.push(text.slice(cursor, end).trim());
    cursor = end;
  }
  if (cursor < text.length) {
    const rest = text.slice(cursor).trim();
    if (rest) out.push(rest);
  }
  return out.filter(Boolean);
}

/** Where `part` ends in `text` when read from `from`, ignoring whitespace; -1 if it does not match. */
function matchEnd(text: string, from: number, part: string): number {
  const wanted = part.replace(/\s+/g, '');
  let i = from;
  let j = 0;
  while (i < text.length && j < wanted.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    if (text[i] !== wanted[j]) return -1;
    i++;
    j++;
  }
  return j === wanted.length ? i : -1;
}

/**
 * Splits after sentence punctuation inside closing quotes when a new sentence follows, and before
 * an opening quote that follows a sentence's end. Double marks are read by position (a mark after
 * the full stop closes); a single ’ could be an apostrophe, so there the quotes must balance.
 */
function splitAtQuoteBoundaries(sentence: string, before: string): string[] {
  const cuts = new Set<number>();
  for (const m of sentence.matchAll(QUOTE_BOUNDARY)) {
    const end = m.index + m[1]!.length;
    if (/["”]|’’/.test(m[1]!) || closesQuote(before + sentence.slice(0, end))) cuts.add(end);
  }
  for (const m of sentence.matchAll(OPENING_QUOTE_BOUNDARY)) cuts.add(m.index + m[1]!.length);
  // After a quote that closes, a plain sentence end is one, though the paragraph's marks do not
  // balance (a quote run over paragraphs opens again without closing): `…guilty of it." They will
  // appear in court, a police spokesman said. Otis Ferry said…`.
  for (const m of sentence.matchAll(PLAIN_BOUNDARY)) {
    const end = m.index + m[1]!.length;
    if (outsideQuotes(sentence.slice(0, end))) cuts.add(end);
  }
  const out: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(sentence.slice(start, cut).trim());
    start = cut;
  }
  out.push(sentence.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * A full stop, question or exclamation mark after a word in small letters or a capitalised word of
 * five letters or more, then a capital: a plain sentence end. Not after a short capitalised word,
 * which may be an abbreviation ("Warner Bros.", "Atty. Gen.", "Nikko Securities Co. International"),
 * nor "Calif." or "Assoc.".
 */
const PLAIN_BOUNDARY = /((?<![\p{L}.'’-])(?:\p{Ll}{2,}|(?!Calif|Assoc)\p{Lu}\p{Ll}{4,})[.!?])\s+(?=\p{Lu})/gu;

/**
 * True when a text has quote marks and its last one closes a quote, each double mark read by where
 * it stands: before a word, a bracket or dots (and after no letter) it opens, even glued to the
 * sentence before (`magazine."I view…`, `"[I'm] absolutely…`); else it closes.
 */
function outsideQuotes(text: string): boolean {
  let last: 'open' | 'close' | null = null;
  for (const m of text.matchAll(/["“”]/g)) {
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + 1] ?? ' ';
    last = m[0] === '“' || (m[0] === '"' && !/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}'‘([.…]/u.test(after)) ? 'open' : 'close';
  }
  return last === 'close';
}

/** True when the text up to here has its quotes balanced, i.e. the mark just read closes a quote. */
function closesQuote(text: string): boolean {
  const doubles = (text.match(/["“”]|‘‘|’’/g) ?? []).length;
  return doubles % 2 === 0;
}

/**
 * Re-joins pieces that were cut right after a title, an initial, (before a small letter or digit) an
 * abbreviation, or (before a small letter) a question or exclamation mark.
 */
function mergeAbbreviationBreaks(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out.at(-1);
    const afterTitle = previous !== undefined && (TITLE.test(previous) || DOTTED_INITIALS.test(previous)) && !/^["“‘]/.test(piece);
    const afterAbbreviation = previous !== undefined && MAYBE_FINAL.test(previous) && /^[\p{Ll}\d]/u.test(piece);
    // A title ending in "?" or "!" runs on: "Do They Know It's Christmas? is expected to sell…".
    const afterTitleMark = previous !== undefined && /[?!]$/.test(previous) && /^[\p{Ll},;]/u.test(piece);
    if (afterTitle || afterAbbreviation || afterTitleMark) out[out.length - 1] = `${previous} ${piece}`;
    else out.push(piece);
  }
  return out;
}
