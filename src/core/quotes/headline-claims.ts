/**
 * A headline's quoted claim ('Tories "would cut number of MPs"') is the writer's summary of what the lede reports,
 * and the lede says whose it is ("The Conservative Party would cut the number of MPs …, Tory leader Michael Howard
 * has said."): the headline's quote no cue attributes is given the lede's speaker, when the lede has one and speaks
 * of what the quote does.
 */
import type { Sentence } from '../types.js';
import type { Antecedents } from './resolve-pronoun.js';
import type { FoundQuote } from './extract-quotes.js';
import { cueMatches } from './speech-cues.js';

/** The found quotes, the headline's unattributed ones given the lede's speaker where it fits. */
export function withLedeSpeakers(found: FoundQuote[], sentences: Sentence[], speakers: Antecedents['speakers']): FoundQuote[] {
  const header = new Set(sentences.filter((s) => s.header).map((s) => s.n));
  const lede = sentences.find((s) => !s.header);
  if (header.size === 0 || !lede || !found.some((q) => !q.attribution && header.has(q.sentence))) return found;
  // The lede's own speakers, not one inside what it reports ("… after Baker said …"), nor one it passes on.
  const own = speakers.filter((s) => s.sentence === lede.n && !s.inner && !s.passedOn);
  const names = new Set(own.map((s) => s.speaker));
  if (names.size !== 1) return found;
  const speaker = own[0]!;
  if (!saysWhose(lede.norm, speaker.speaker)) return found;
  // What the lede reports, its speaker's words left out: the quote must share a word of it.
  const reported = stems(lede.norm.replace(speaker.speaker, ' '));
  return found.map((q) => {
    if (q.attribution || !header.has(q.sentence) || !stems(q.text).some((w) => reported.includes(w))) return q;
    return { ...q, attribution: { speaker: speaker.speaker, kind: speaker.given ?? speaker.kind, cue: speaker.cue ?? '' } };
  });
}

/** Words too common to tie a headline's claim to a sentence. */
const COMMON = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'will',
  'would',
  'could',
  'should',
  'been',
  'were',
  'their',
  'they',
  'there',
  'what',
  'more',
  'than',
  'into',
  'over',
  'about',
  'after',
  'says',
  'said',
]);

/** The first five letters of each word of four letters or more, in small letters ("children" and "child's" apart, "cuts" and "cut" not needed). */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w)).map((w) => w.slice(0, 5));
}

/**
 * Whether the lede is the speaker's by its shape: it ends on them and their cue ("…, Tory leader Michael Howard has
 * said.") or opens on them and their cue ("Charles Clarke says he has …"). Not a lede whose claim is another's
 * ("Rank could unveil plans …, reports claim"): the speaker read from it is then whom the claim is about.
 */
function saysWhose(lede: string, speaker: string): boolean {
  const at = lede.toLowerCase().indexOf(speaker.toLowerCase());
  if (at < 0) return false;
  const lastClause = lede.lastIndexOf(',');
  if (at > lastClause) return true;
  // One that ends on another's cue ("Tony Blair promised Brown he would stand down …, a new book claims") is theirs.
  const cues = cueMatches(lede);
  if (lastClause >= 0 && cues.some((c) => c.index > lastClause)) return false;
  const end = at + speaker.length;
  return cues.some((c) => c.index >= end && /^\s*(?:(?:has|have|had)\s+)?$/.test(lede.slice(end, c.index)));
}
