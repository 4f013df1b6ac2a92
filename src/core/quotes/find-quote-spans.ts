/**
 * Finds the quoted spans of a paragraph in every typographic style: curly “ ”, straight ",
 * doubled ‘‘ ’’ (and `` ''), and single ‘ ’ quotes standing on their own. A quote nested inside
 * another belongs to the outer one; a quote still open at the paragraph's end runs on.
 */

/** A quoted span: the words inside the marks (verbatim) and where the marks stand. */
export interface QuoteSpan {
  text: string;
  /** Offset of the opening mark in the paragraph. */
  start: number;
  /** Offset just after the closing mark (or the paragraph's end when it runs on). */
  end: number;
  /** False when the paragraph ends before the quote closes (it runs on into the next). */
  closed: boolean;
}

/** A straight quote mark between a word (or a ticker bracket) and a lone "s": an apostrophe wire copy typed as a quote mark (Opec"s, <QNB>"s). */
const WIRE_APOSTROPHE = /(?<=[\p{L}>])"(?=s(?![\p{L}]))/gu;

/** The text with wire copy's apostrophes typed as quote marks made apostrophes again, offsets kept, for reading speakers ("Kuwait's Oil Minister"). */
export function withWireApostrophes(text: string): string {
  return text.includes('"') ? text.replace(WIRE_APOSTROPHE, "'") : text;
}

/** A ’ after a word closes a single quote opened at most this many words before. */
const SHORT_SINGLE_QUOTE = 6;

type Mark = { kind: 'open' | 'close' | 'either'; length: number; family: 'double' | 'single' };

/**
 * Every top-level quoted span of a paragraph, in order. `runsOn`: the paragraph before left a quote
 * open; when this one's first mark closes a quote, its words up to that mark are the open quote's,
 * run on with its opening mark lost (a wire's "said "this was a strangely deceptive budget." then
 * "The Chancellor had … poverty.""). A paragraph that opens a quote of its own starts afresh.
 * `nextOpensQuote`: the paragraph after opens on a quote mark, so one left open here runs on into it.
 */
export function findQuoteSpans(paragraph: string, runsOn = false, nextOpensQuote = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // What each run of straight-quoted words nested in an open quote gave (see nestedWordsEnd).
  const nestedRuns = new Map<number, number | null>();
  // `nested`: a straight double mark that may open has stood inside this (single) quote since it opened.
  let open: { at: number; length: number; family: Mark['family']; nested?: boolean } | null =
    runsOn && firstMarkCloses(paragraph) ? { at: 0, length: 0, family: 'double' } : null;
  for (let i = 0; i < paragraph.length; i++) {
    const mark: Mark | null = markAt(paragraph, i) ?? closesShortSingleQuote(paragraph, i, open);
    if (!mark) continue;
    if (open === null) {
      if (mark.kind !== 'close') open = { at: i, length: mark.length, family: mark.family };
    } else if (paragraph[i] === '"' && paragraph[open.at] === '"' && i === open.at + open.length) {
      // A straight mark typed twice opens one quote (an ""unfair" sum), not an empty one.
      open.length++;
      continue;
    } else if (mark.family !== open.family) {
      // A quote of the other family nested inside this one belongs to it, unless it is a straight
      // double mark that closes with none opened inside: the quote was opened with the wrong mark
      // ('Networks like eDonkey … revenue," it said), and this mark ends it.
      if (mark.family === 'double' && mark.kind === 'close' && paragraph[i] === '"' && !open.nested) {
        spans.push({ text: paragraph.slice(open.at + open.length, i).trim(), start: open.at, end: i + 1, closed: true });
        open = null;
      } else if (paragraph[i] === '"') open.nested = true;
    } else if (mark.kind === 'open' && paragraph[i] === '"' && nestedWordsEnd(paragraph, i, nestedRuns) !== null) {
      // Straight marks round a word or two inside an open quote ("… buying the "B" shares,") nest in it.
      i = nestedWordsEnd(paragraph, i, nestedRuns)!;
      continue;
    } else if (mark.kind !== 'open') {
      spans.push({ text: paragraph.slice(open.at + open.length, i).trim(), start: open.at, end: i + mark.length, closed: true });
      open = null;
    } else {
      // A new opening mark while a quote is open: the open one ran on from a paragraph merged into this line, or lost
      // its closing mark before the cue that names its speaker.
      spans.push(
        closedAtInnerCue(paragraph, open.at, open.length, i) ?? {
          text: paragraph.slice(open.at + open.length, i).trim(),
          start: open.at,
          end: i,
          closed: false,
        },
      );
      open = { at: i, length: mark.length, family: mark.family };
    }
    i += mark.length - 1;
  }
  if (open !== null) spans.push(lastSpan(paragraph, open.at, open.length, !nextOpensQuote));
  return spans.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}

/**
 * A cue clause that ends a paragraph after a comma (", Lyng said."; ", the company added."): a quote still open
 * there lost its closing mark before the comma, since the clause that names its speaker stands outside it.
 */
const CLOSING_CUE = /,\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they|it)\s+|(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,3})(?:said|says|added|adds)\.?\s*$/u;

/**
 * The quote left open at a paragraph's end: run on into the next, or closed before a cue clause that ends the
 * paragraph, unless the next paragraph opens on a quote mark: then it runs on, and the cue is inside its words ("That
 * is not my problem, the referee said." / ""We played well …," Mourinho added").
 */
function lastSpan(paragraph: string, at: number, length: number, mayClose: boolean): QuoteSpan {
  const text = paragraph.slice(at + length);
  const cue = mayClose ? CLOSING_CUE.exec(text) : null;
  if (cue) return { text: text.slice(0, cue.index + 1).trim(), start: at, end: at + length + cue.index + 1, closed: true };
  return (
    (mayClose ? closedAtInnerCue(paragraph, at, length, paragraph.length) : null) ?? { text: text.trim(), start: at, end: paragraph.length, closed: false }
  );
}

/**
 * A cue clause inside a quote left open, right after a comma: ", said David Wyss of Data Resources Inc.", ", Meinke
 * said.", ", he said,". Speech names no speaker so; the quote lost its closing mark before the comma.
 */
const INNER_CUE =
  /,\s+(?:(?:said|says|added|adds)\s+(?:\p{Lu}|(?:the|a|an)\s)|(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|added|adds)[.,])/u;

/** The open quote from `at` to `end` closed before a cue clause inside it; null when none follows a few words. */
function closedAtInnerCue(paragraph: string, at: number, length: number, end: number): QuoteSpan | null {
  const text = paragraph.slice(at + length, end);
  const cue = INNER_CUE.exec(text);
  if (!cue || text.slice(0, cue.index).trim().split(/\s+/).length < 3) return null;
  return { text: text.slice(0, cue.index + 1).trim(), start: at, end: at + length + cue.index + 1, closed: true };
}

/** Whether the first quote mark of a text is a double one that closes (no single quote nor opening mark before it). */
function firstMarkCloses(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const mark = markAt(text, i);
    if (mark) return mark.kind === 'close' && mark.family === 'double';
  }
  return false;
}

/** A word or three in straight marks, read where `lastIndex` is set. */
const NESTED_WORDS = /"[^"\s]+(?:\s+[^"\s]+){0,2}"/y;

/**
 * Where a straight-quoted word or three opening at `i` inside an open straight quote ends (the
 * offset of its closing mark), when the open quote still closes after it, perhaps after more such
 * words ("We have not gone from "no confidence" to "full confidence" yet,"), before any new quote
 * opens; else null. A quote opening with more words is a new one (the open one ran on). `seen`
 * keeps what a paragraph's words gave, so that a run of them is read once, not once per word.
 */
function nestedWordsEnd(paragraph: string, i: number, seen: Map<number, number | null>): number | null {
  const run: [number, number][] = [];
  let at = i;
  let closes = false;
  while (!seen.has(at)) {
    NESTED_WORDS.lastIndex = at;
    const inner = NESTED_WORDS.exec(paragraph);
    if (!inner) break;
    const end = at + inner[0].length - 1;
    run.push([at, end]);
    const next = paragraph.indexOf('"', end + 1);
    const mark = next > end + 1 ? markAt(paragraph, next)?.kind : undefined;
    if (mark !== 'open') {
      closes = mark === 'close';
      break;
    }
    at = next;
  }
  if (seen.has(at)) closes = seen.get(at) !== null;
  for (const [start, end] of run) seen.set(start, closes ? end : null);
  if (!seen.has(i)) seen.set(i, null);
  return seen.get(i)!;
}

/** ’ after a word closes a single quote opened a few words before ('Blog' picked …), though it could be an apostrophe. */
function closesShortSingleQuote(text: string, i: number, open: { at: number; family: Mark['family'] } | null): Mark | null {
  if (open?.family !== 'single' || !/['’]/.test(text[i]!) || !/\p{L}/u.test(text[i - 1] ?? '') || !/\s/.test(text[i + 1] ?? ' ')) return null;
  return atMostWords(text, open.at, i, SHORT_SINGLE_QUOTE) ? { kind: 'close', length: 1, family: 'single' } : null;
}

/**
 * Whether text[from, to) (which starts and ends with no space) has at most `words` words. It reads
 * back from `to` and stops at the word too many, so that an apostrophe long after an unclosed
 * ‘ ('90s) costs a few words, not the paragraph: every plural possessive would otherwise rescan it.
 */
function atMostWords(text: string, from: number, to: number, words: number): boolean {
  let gaps = 0;
  for (let j = to - 1; j > from; j--) {
    // A run of spaces starts here: one more word boundary.
    if (/\s/.test(text[j]!) && !/\s/.test(text[j - 1]!) && ++gaps >= words) return false;
  }
  return true;
}

/** Words written with their first letters cut off and an apostrophe in their place. */
const CUT_SHORT = /^(?:bots?|em|til|tis|twas)(?![\p{L}'’])/u;

function markAt(text: string, i: number): Mark | null {
  const two = text.slice(i, i + 2);
  if (two === '‘‘' || two === '``') return { kind: 'open', length: 2, family: 'double' };
  if (two === '’’' || two === "''") return { kind: 'close', length: 2, family: 'double' };
  const c = text[i]!;
  if (c === '“') return { kind: 'open', length: 1, family: 'double' };
  if (c === '”') return { kind: 'close', length: 1, family: 'double' };
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  // A straight quote opens after a space and before a word, and closes after a word before a space or punctuation.
  if (c === '"') {
    // Between a word and a lone "s" it is an apostrophe typed as a quote mark (wire copy's Opec"s, Nigeria"s).
    // So after a wire's ticker bracket round a firm's name ("<Qatar National Bank SAQ>"s").
    if (/[\p{L}>]/u.test(before) && /^s(?![\p{L}])/u.test(text.slice(i + 1, i + 3))) return null;
    // So inside a contraction ("isn"t", "we"re", "I"m", "they"ve"): a letter before, a contraction's end after.
    if (/\p{L}/u.test(before) && (before === 'n' ? /^(?:t|ll|re|ve|d)(?![\p{L}])/u : /^(?:ll|re|ve|d|m)(?![\p{L}])/u).test(text.slice(i + 1, i + 4)))
      return null;
    if (/[\s([—-]/.test(before) && /[^\s]/.test(after)) return { kind: 'open', length: 1, family: 'double' };
    if (/[^\s]/.test(before) && /[\s,.;:!?)\]—-]/.test(after)) return { kind: 'close', length: 1, family: 'double' };
    return { kind: 'either', length: 1, family: 'double' };
  }
  // Single quotes: an opening one starts a word; a closing one follows punctuation or ends a word
  // before punctuation. Apostrophes (don’t, Sessions’ decision) are neither.
  // A year cut to its last two figures after a word or a bracket ("She remembered '29", "the '90s", "('03 Bonnie &
  // Clyde)") opens nothing, nor does a drug's or a project's number so written ("a treatment known as '771"); after a
  // colon it may open words that start on a figure ("said: '50 years of service …'").
  if (
    (c === '‘' || c === "'" || c === '’') &&
    /[\p{L}(]\s*$/u.test(text.slice(Math.max(0, i - 3), i)) &&
    /^.\d{2,3}s?(?![\p{L}\p{N}]|[,.]\d)/u.test(text.slice(i, i + 6))
  )
    return null;
  // "Steak 'n Egg", "rock 'n' roll", "Pay 'N Pak": the "and" cut short opens nothing; nor does a word cut short at its
  // start ("'bot nets", "beat 'em"), whose apostrophe stands where a quote would open.
  if ((c === '‘' || c === "'" || c === '’') && (/^[nN](?:['’]|\s)/.test(text.slice(i + 1, i + 3)) || CUT_SHORT.test(text.slice(i + 1, i + 7)))) return null;
  if ((c === '‘' || c === "'") && /[\s([—-]/.test(before) && /[\p{L}\p{N}]/u.test(after)) return { kind: 'open', length: 1, family: 'single' };
  if ((c === '’' || c === "'") && (/[.,!?]/.test(before) || (/\p{L}/u.test(before) && /[,.;:!?]/.test(after))) && !/\p{L}/u.test(after)) {
    return { kind: 'close', length: 1, family: 'single' };
  }
  return null;
}
