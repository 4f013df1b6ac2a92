/**
 * Names the bodies that quotes are credited to by a description of where they are from ("The
 * German exchange said it had held "constructive" talks"): one article may never say which body
 * that is, while another of the story does ("Deutsche Boerse, the German stock exchange", "German
 * rival Deutsche Boerse"). Read across the story, before its quotes are merged.
 */
import type { Sentence } from '../types.js';
import type { FoundQuote } from './extract-quotes.js';

/** Nouns of a body that a description may end in ("the German exchange", "the Japanese carmaker"). */
const BODY_HEADS = new Set([
  'exchange',
  'bourse',
  'company',
  'group',
  'firm',
  'bank',
  'airline',
  'carrier',
  'operator',
  'concern',
  'giant',
  'maker',
  'carmaker',
  'manufacturer',
  'retailer',
  'insurer',
  'bidder',
  'suitor',
  'rival',
]);
/** Nouns that set a body beside the description's adjective whatever its trade ("German rival Deutsche Boerse"). */
const ANY_BODY = 'rival|bidder|suitor|group|firm|company|giant|operator|concern';
/** "the German exchange": the adjective and the noun. */
const DESCRIPTION = /^the\s+(\p{Lu}[\p{L}.]*)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)$/u;
const NAME = "\\p{Lu}[\\p{L}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}'’&.-]*){0,3}";
/** Words that open a sentence before a name and are none of it. */
const NOT_NAME_WORDS = new Set(['The', 'But', 'And', 'Meanwhile', 'However', 'Yesterday', 'Today', 'Last', 'In', 'On', 'At', 'Rival', 'Its']);

/** The quotes, each one credited to "the <Adjective> <body noun>" given to the one body the story so describes that its own article names. */
export function nameDescribedBodies(found: FoundQuote[], sentences: Sentence[]): FoundQuote[] {
  const described = new Map<string, string | null>();
  return found.map((q) => {
    const a = q.attribution;
    const m = a?.kind === 'anonymous' ? DESCRIPTION.exec(a.speaker) : null;
    if (!a || !m || !BODY_HEADS.has(m[2]!)) return q;
    const key = `${q.article}\u0000${a.speaker}`;
    if (!described.has(key)) described.set(key, describedBody(m[1]!, m[2]!, q.article, sentences));
    const body = described.get(key);
    return body ? { ...q, attribution: { ...a, speaker: body, kind: 'named' } } : q;
  });
}

/** The one body the story sets beside the adjective and the noun (or a rival's noun) that the article names, or null. */
function describedBody(adjective: string, head: string, article: string, sentences: Sentence[]): string | null {
  const escaped = adjective.replace(/[.]/g, '\\.');
  const nouns = `${head}|${ANY_BODY}`;
  // "Deutsche Boerse, the German stock exchange", "German rival Deutsche Boerse".
  const after = new RegExp(`(${NAME}),\\s+the\\s+${escaped}\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${nouns})(?![\\p{L}])`, 'gu');
  const before = new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${nouns})\\s+(${NAME})`, 'gu');
  const own = sentences.filter((s) => s.article === article).map((s) => s.norm);
  const names = new Set<string>();
  for (const s of sentences) {
    for (const m of [...s.norm.matchAll(after), ...s.norm.matchAll(before)]) {
      const name = trimName(m[1]!);
      if (name && own.some((text) => text.includes(name))) names.add(name);
    }
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** A name without the words that open its sentence ("Yesterday Deutsche Boerse" is Deutsche Boerse), or null when none is left. */
function trimName(text: string): string | null {
  const words = text.split(/\s+/);
  while (words.length > 0 && NOT_NAME_WORDS.has(words[0]!)) words.shift();
  return words.length > 0 ? words.join(' ') : null;
}
