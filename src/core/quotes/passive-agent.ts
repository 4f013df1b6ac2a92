/**
 * The agent of a passive verb of judgement the quote itself is: in "was fined £15,000 and "severely
 * reprimanded" by the Football Association", the quoted words are the body's ruling, not those of the
 * subject it was passed on.
 */

/** Verbs whose passive participle in quote marks is the agent's own wording ("severely reprimanded"). */
const JUDGEMENT =
  'reprimanded|rebuked|censured|admonished|condemned|criticised|criticized|praised|commended|hailed|described|branded|labelled|labeled|dubbed|warned|cautioned|urged|ordered|banned|cleared';
/** The quote: an adverb perhaps, then the participle, then perhaps more words. */
const PARTICIPLE_QUOTE = new RegExp(`^\\s*(?:\\p{Ll}+ly\\s+)?(?:${JUDGEMENT})(?![\\p{L}])`, 'u');
/** A passive auxiliary in the clause before the quote ("was fined £15,000 and", "had been"): a figure's comma is no clause's. */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are|be)\s+(?:(?:[^"“”,;]|(?<=\d),(?=\d))*\s)?$/u;
/** "by" and a name that ends the clause: capitalised words, "of" or "and" between them. */
const AGENT_AFTER = /^\s*by\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.&-]*){0,5})\s*(?=[,.;:!?]|$)/u;

/** The agent phrase after a quote that is a passive verb of judgement ("the Football Association"), or null. */
export function passiveAgent(quote: string, before: string, after: string): string | null {
  if (!PARTICIPLE_QUOTE.test(quote) || !PASSIVE_BEFORE.test(before)) return null;
  return AGENT_AFTER.exec(after)?.[1] ?? null;
}
