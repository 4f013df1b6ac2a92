/**
 * The quote answers: who said some words (`whoSaid`), the quotes that best match a text
 * (`findQuotes`), and every quote of one speaker by any of their names (`quotesBy`).
 */
import type { OwnWordsMatch, QuoteMatch, QuotesResult, Story, StoryQuote, WhoSaidResult } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import { findPeople } from '../people/find-person.js';
import { citationsPerArticle } from './citation.js';
import { findMarkedWords, findOwnWords, findVerbatimWords, OWN_WORDS_TUNING, textPieces } from './own-words.js';
import { findQuoteSpans } from '../quotes/find-quote-spans.js';
import { cueMatches } from '../quotes/speech-cues.js';
import { theseArticles } from '../text/count-of.js';
import { distinctSourceCount } from './sources.js';
import { quoteMatcher, type QuoteMatcher } from './match-quote-text.js';
import { numberWords, quoteWords, type Vocabulary } from '../quotes/quote-words.js';

/** Tuning measured with `npm run eval` and the quote tests. */
export const QUOTE_TUNING = { whoSaid: 0.75, quote: 0.5, closest: 0.3, maxMatches: 5 };
/** The speaker shown for a quote whose speaker the articles do not give. */
export const UNKNOWN_SPEAKER = 'an unidentified speaker';

/**
 * Who said `text`: the matching quotes (best first) with speaker, wording and citations. Words
 * that are no quote (a passage of an /ask answer, shared and asked about) are read part by part:
 * each quoted span as a quote, and each sentence with words of its own outside the quote marks as
 * an article's own sentence (`ownWords`). Nothing found: the closest quotes as a hint.
 */
export function whoSaid(story: Story, text: string): WhoSaidResult {
  const whole = search(story, text, QUOTE_TUNING.whoSaid, WHO_SAID_MATCHES);
  if (whole.matches.length > 0) return { ...whole, ownWords: [] };
  const matches: QuoteMatch[] = [];
  const ownWords: OwnWordsMatch[] = [];
  const addOwn = (own: OwnWordsMatch | null) => {
    if (own && !ownWords.some((o) => o.text === own.text)) ownWords.push(own);
  };
  const spans = findQuoteSpans(text).slice(0, OWN_WORDS_TUNING.maxPieces);
  // A word or two asked about may be a term an article puts in quote marks, too short to be a quote.
  if (spans.length === 0 && quoteWords(text).length < OWN_WORDS_TUNING.minWords) addOwn(findMarkedWords(story, text));
  for (const span of spans) {
    const quoted = search(story, span.text, QUOTE_TUNING.whoSaid, WHO_SAID_MATCHES).matches;
    for (const m of quoted) if (!matches.some((o) => o.quote === m.quote)) matches.push(m);
    // Words in quote marks that no one is quoted saying may still be an article's own.
    if (quoted.length === 0) addOwn(findOwnWords(story, span.text));
  }
  for (const piece of textPieces(text)) {
    const own = withoutQuotes(piece);
    // '"…," the prime minister told' pasted whole: the words outside the marks only hand the quote over.
    if (own !== piece && isCueOnly(own)) continue;
    if (quoteWords(own).length >= OWN_WORDS_TUNING.minWords) addOwn(findOwnWords(story, piece));
  }
  // Words too few to be matched by their share ("maximize shareholder values") are still there, word for word.
  if (matches.length === 0 && ownWords.length === 0) addOwn(findVerbatimWords(story, text));
  if (matches.length === 0 && ownWords.length === 0) return { ...whole, ownWords: [] };
  return { query: text, matches: matches.slice(0, WHO_SAID_MATCHES), ownWords };
}

/** Words that are no more than a quote's cue ("the prime minister told", "said Mr Blair"): a few, with a verb of saying. */
function isCueOnly(words: string): boolean {
  return quoteWords(words).length <= CUE_WORDS && cueMatches(words).length > 0;
}
/** The most words a cue alone takes: a described speaker and the verb ("a senior White House official said"). */
const CUE_WORDS = 6;

/** A text with its quoted spans taken out: the words it says in its own voice. */
function withoutQuotes(text: string): string {
  let out = '';
  let at = 0;
  for (const span of findQuoteSpans(text)) {
    out += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  return out + text.slice(at);
}

/** A quote with one stretch left out answers words this long of which it holds this share in order. */
const SHORTENED = { minWords: 8, share: 0.9 };

/** At most this many quotes answer `who-said`. */
const WHO_SAID_MATCHES = 3;

/** The quotes that best match `text`, as shareable snippets. */
export function findQuotes(story: Story, text: string): WhoSaidResult {
  const result = search(story, text, QUOTE_TUNING.quote, QUOTE_TUNING.maxMatches);
  if (result.matches.length > 0) return result;
  // "Not in these articles" would be untrue of words an article says in its own voice.
  const own = findVerbatimWords(story, text);
  return own ? { ...result, hint: `No one is quoted saying that: it is the article’s own words, in “${own.text}”` } : result;
}

/** Every quote of a speaker, found by name, alias or description. */
export function quotesBy(story: Story, speaker: string): QuotesResult {
  const wanted = resolveSpeaker(story, speaker);
  const quotes = spokenQuotes(story).filter((q) => wanted.has(q.speaker!));
  if (quotes.length > 0) {
    const names = [...new Set(quotes.map((q) => q.speaker!))];
    return { speaker: names.length === 1 ? names[0]! : speaker, quotes: quotes.map((q) => toMatch(story, q)) };
  }
  const known = quoteSpeakers(story)
    .slice(0, 8)
    .map((s) => s.speaker)
    .join(', ');
  return { speaker, quotes: [], hint: `No quotes by “${speaker}” in these articles.${known ? ` Speakers: ${known}.` : ''}` };
}

/** The speakers of the story's quotes with how many quotes each, most quoted first (for autocomplete). */
export function quoteSpeakers(story: Story): { speaker: string; quotes: number }[] {
  const counts = new Map<string, number>();
  for (const q of spokenQuotes(story)) counts.set(q.speaker!, (counts.get(q.speaker!) ?? 0) + 1);
  return [...counts].map(([speaker, quotes]) => ({ speaker, quotes })).sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

/** A quote of this many words or fewer is a term an article marks ("put" and "call" option), not words someone is heard saying. */
const TERM_WORDS = 2;

/**
 * The quotes with a speaker that are speech: a speaker's list leaves out the terms an article puts
 * in quote marks, though who-said still finds them in their sentences.
 */
function spokenQuotes(story: Story): StoryQuote[] {
  const { numbered } = story.lookups.quoteWords;
  return story.quotes.filter((q, i) => q.speaker !== null && numbered[i]!.length > TERM_WORDS);
}

function search(story: Story, text: string, threshold: number, limit: number): WhoSaidResult {
  const { vocabulary, numbered, pairs } = story.lookups.quoteWords;
  const query = quoteWords(text);
  const match = quoteMatcher(query, vocabulary);
  const scores = numbered.map((words) => match(words));
  // Of equal scores, the quote as long as the user's words is the same quote ("Weak" before "Everything here is weak").
  const scored = story.quotes
    .map((q, i) => ({ q, i, score: scores[i]!, extra: Math.abs(numbered[i]!.length - query.length) }))
    // Below the lowest bar (a close miss) a quote is never shown: only those above are sorted.
    .filter((s) => s.score >= Math.min(threshold, QUOTE_TUNING.closest))
    .sort((a, b) => b.score - a.score || a.extra - b.extra || b.q.occurrences.length - a.q.occurrences.length);
  const matches = scored
    .filter((s) => s.score >= threshold)
    .slice(0, limit)
    .map((s) => toMatch(story, s.q, sourceOfWording(s.q, query, vocabulary)));
  // Words pasted across the cue that splits a quote ("…," she said, "…") are its two parts read together.
  const split = splitQuoteMatch(pairs, numbered, scores, match, threshold);
  if (split) {
    const parts = split.map((i) => story.quotes[i]!);
    return { query: text, matches: [...parts.map((q) => toMatch(story, q)), ...matches.filter((m) => !parts.some((q) => q.text === m.quote))].slice(0, limit) };
  }
  if (matches.length > 0) return { query: text, matches };
  // Words the user shortened by a clause ("The real threat to the life of the nation [, in the sense
  // of …,] comes not from terrorism") are still that quote's: all but a few in order, one stretch left out.
  const shortened =
    query.length >= SHORTENED.minWords ? scored.find((s) => s.score >= QUOTE_TUNING.closest && match.withGap(numbered[s.i]!) >= SHORTENED.share) : undefined;
  if (shortened) return { query: text, matches: [toMatch(story, shortened.q, sourceOfWording(shortened.q, query, vocabulary))] };
  const closest = scored.filter((s) => s.score >= QUOTE_TUNING.closest).slice(0, 2);
  const near = closest.map((s) => `“${s.q.text}” (${s.q.speaker ?? UNKNOWN_SPEAKER})`).join('; ');
  return {
    query: text,
    matches: [],
    hint: `Not in ${theseArticles(distinctSourceCount(story))}.${near ? ` Closest: ${near}.` : ' Try a few exact words of the quote.'}`,
  };
}

/**
 * The pair of quotes next to each other in an article whose words, read together, hold the user's
 * words when neither part alone holds most of them; only pairs where one part already matches some
 * are read.
 */
function splitQuoteMatch(
  pairs: [number, number][],
  numbered: Uint32Array[],
  scores: number[],
  match: QuoteMatcher,
  threshold: number,
): [number, number] | null {
  let best: { pair: [number, number]; share: number } | null = null;
  for (const [a, b] of pairs) {
    if (Math.max(scores[a]!, scores[b]!) < QUOTE_TUNING.closest) continue;
    if (Math.max(match.ofQuery(numbered[a]!), match.ofQuery(numbered[b]!)) >= threshold) continue;
    const words = new Uint32Array(numbered[a]!.length + numbered[b]!.length);
    words.set(numbered[a]!);
    words.set(numbered[b]!, numbered[a]!.length);
    const share = match.ofQuery(words);
    if (share >= threshold && share > (best?.share ?? 0)) best = { pair: [a, b], share };
  }
  return best?.pair ?? null;
}

function resolveSpeaker(story: Story, speaker: string): Set<string> {
  // "Jones' lawyer" asks for the lawyer, not for Jones: the role after a possessive is looked up first.
  const owned = /^(.+?)['’]s?\s+(\S.*)$/u.exec(speaker.trim());
  if (owned) {
    const owners = findPeople(story.lookups.people, owned[1]!);
    const holders = findPeople(story.lookups.people, `the ${owned[2]}`).filter((p) => !owners.includes(p));
    if (holders.length > 0) return new Set(holders.map((p) => p.name));
  }
  const names = new Set(findPeople(story.lookups.people, speaker).map((p) => p.name));
  if (names.size > 0) return names;
  const folded = foldForComparison(speaker).replace(/^(the|a|an|one) /, '');
  return new Set(
    quoteSpeakers(story)
      .map((s) => s.speaker)
      .filter((s) => folded.length > 2 && foldForComparison(s).includes(folded)),
  );
}

function toMatch(story: Story, q: StoryQuote, source?: string): QuoteMatch {
  const citations = citationsPerArticle(story, q.occurrences, (o) => o.wording);
  return { quote: q.text, speaker: source ?? q.speaker ?? UNKNOWN_SPEAKER, speakerKind: q.speakerKind ?? 'anonymous', cue: q.cue, citations };
}

/**
 * An unnamed source is described differently by different articles; the user's words are one
 * article's wording, so that article's description is the one to show (or undefined: the quote's).
 */
function sourceOfWording(q: StoryQuote, query: string[], vocabulary: Vocabulary): string | undefined {
  if (!q.occurrences.some((o) => o.source)) return undefined;
  const match = quoteMatcher(query, vocabulary);
  let best = { score: -1, source: undefined as string | undefined };
  for (const o of q.occurrences) {
    const score = match(numberWords(quoteWords(o.wording), vocabulary));
    if (score > best.score) best = { score, source: o.source };
  }
  return best.source;
}
