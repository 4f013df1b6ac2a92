/**
 * A headline's quoted claim ('Tories "would cut number of MPs"') is the writer's summary of what the lede reports,
 * and the lede says whose it is ("The Conservative Party would cut the number of MPs …, Tory leader Michael Howard
 * has said."): the headline's quote no cue attributes is given the lede's speaker, when the lede has one and speaks
 * of what the quote does.
 */
import type { Sentence } from '../types.js';
import type { FoundQuote } from './extract-quotes.js';
import type { Attribution, AttributionContext } from './attribute-quote.js';
import { readSpeaker } from './speaker-phrase.js';
import { cueMatches } from './speech-cues.js';
import { STOP_WORDS } from '../index/stop-words.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** The found quotes, the headline's unattributed ones given the lede's speaker where it fits. */
export function withLedeSpeakers(quotes: FoundQuote[], sentences: Sentence[], ctx: AttributionContext): FoundQuote[] {
  const header = new Set(sentences.filter((s) => s.header).map((s) => s.n));
  const found = withoutCommonNounSpeakers(quotes, header, sentences, ctx);
  const lede = sentences.find((s) => !s.header);
  if (header.size === 0 || !lede || !found.some((q) => !q.attribution && header.has(q.sentence))) return found;
  const source = ledeSpeaker(lede, ctx);
  if (!source) return found;
  // What the lede reports, its speaker's words left out: the quote must share a word of it.
  const reported = stems(lede.norm.replace(source.speaker, ' '));
  return found.map((q) =>
    q.attribution || !header.has(q.sentence) || !stems(q.text).some((w) => reported.some((r) => sameStem(w, r))) ? q : { ...q, attribution: source },
  );
}

/**
 * "Disaster claims 'less than $10bn'", "Parties warned over 'grey vote'": a headline opens on a common noun as on a
 * name, and its verb reads as a cue; a one-word speaker of a headline that the article's text writes in small letters
 * ("other disasters", "Political parties") is that noun, no one's name. The quote is left to the lede.
 */
function withoutCommonNounSpeakers(found: FoundQuote[], header: Set<number>, sentences: Sentence[], ctx: AttributionContext): FoundQuote[] {
  const body = sentences
    .filter((s) => !s.header)
    .map((s) => s.text)
    .join(' ');
  return found.map((q) => {
    const speaker = q.attribution?.kind === 'named' && header.has(q.sentence) ? q.attribution.speaker : '';
    if (!/^\p{Lu}\p{Ll}+$/u.test(speaker) || ctx.cast.find(speaker).length > 0) return q;
    const small = new RegExp(`(?<![\\p{L}])${speaker.toLowerCase()}(?:s|es)?(?![\\p{L}])`, 'u');
    return small.test(body) ? { ...q, attribution: null } : q;
  });
}

/** Whose the lede's report is: the one speaker of its own cues, or the source its closing clause names. */
function ledeSpeaker(lede: Sentence, ctx: AttributionContext): Attribution | null {
  // Its own speakers, not one inside what it reports ("… after Baker said …"), nor one it passes on.
  const own = ctx.speakers.filter((s) => s.sentence === lede.n && !s.inner && !s.passedOn);
  const speaker = own[0];
  if (speaker && own.every((s) => s.speaker === speaker.speaker))
    return saysWhose(lede.norm, speaker.speaker) || closesOnCue(lede.norm, speaker.cue ?? '')
      ? { speaker: speaker.speaker, kind: speaker.given ?? speaker.kind, cue: speaker.cue ?? '' }
      : null;
  // A paper is no speaker the cues remember ("…, the Financial Times has reported."), nor is a source "according to".
  if (own.length > 0) return null;
  const closing = CLOSING_SOURCE.exec(lede.norm);
  const phrase = closing?.[1] ?? closing?.[3] ?? closing?.[4];
  const reading = phrase ? readSpeaker(phrase, ctx.cast, ctx.outlets) : null;
  if (reading?.kind !== 'named' && reading?.kind !== 'anonymous' && reading?.kind !== 'outlet') return null;
  const cue = closing![1] ? 'according to' : (closing![2] ?? closing![5])!.trim();
  // A paper named inside what speaks ("a new poll conducted for the BBC suggests") is not it: the whole phrase is.
  const lead = phrase!.slice(0, reading.start).trim();
  if (reading.kind === 'outlet' && /^(?:a|an|the)\s+\p{Ll}/iu.test(lead) && !/(?:^|\s)(?:by|from)$/.test(lead))
    return { speaker: phrase!.trim().replace(/^(?:A|An|The)(?=\s)/, (w) => w.toLowerCase()), kind: 'anonymous', cue };
  return { speaker: reading.speaker, kind: reading.kind, cue };
}

/**
 * The source a lede closes on: "…, according to the Hollywood Reporter." (group 1), a verb of reporting before its
 * source ("…, say two reports.", "…, reports the Daily Mail.": the verb in group 2, the source in group 3), or a
 * source and its verb ("…, the Financial Times has reported.": group 4, and the verb in group 5; not a passive, "have
 * been told").
 */
const CLOSING_SOURCE =
  /,\s+(?:according\s+to\s+([^,;:"“”]{2,80}?)|(says|say|reports|warns|warn|claims|claim|suggests|suggest)\s+([^,;:"“”]{2,60}?)|([^,;:"“”]{2,60}?)\s+((?:(?:has|have)\s+)?(?:reported|reports|said|says|claimed|claims|warned|warns|suggested|suggests|revealed|found|finds|predicted|predicts|ruled|rules|indicated|concluded|insisted|argued|told\s+\p{Ll}+)))\s*\.?\s*$/u;

/** Whether two stems are of one word, one the other's start ("vote" of "voters", "poll" of "polls"). */
function sameStem(a: string, b: string): boolean {
  return a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * Whether the lede closes on a short clause of its cue (", his spokesman has said."): its speaker, whom the cue's
 * reading may have named otherwise ("Ian Brown's spokesman"), is the lede's source.
 */
function closesOnCue(lede: string, cue: string): boolean {
  return cue !== '' && new RegExp(`,\\s+[^,;:"“”]{2,60}?\\s+${escapeRegExp(cue)}\\s*\\.?\\s*$`, 'u').test(lede);
}

/** The first five letters of each word of four letters or more but the stop words, in small letters: enough to tie "prosecution" to "prosecuted". */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => w.slice(0, 5));
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
