/**
 * Merges the quotes found in every article: the same words (ignoring case, punctuation and
 * trimming; a short quote wholly inside a longer one, or eight words in a row in common) are one
 * quote with every occurrence, worded as its longest version and credited to the most
 * specific speaker found (named, then pronoun-resolved, anonymous, outlet).
 */
import type { StoryQuote } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import type { FoundQuote } from './extract-quotes.js';

const RUN = 8;
const SPECIFICITY = ['named', 'pronoun', 'anonymous', 'outlet'];

/** One StoryQuote per distinct quote, in order of first appearance. */
export function mergeQuotes(found: FoundQuote[]): StoryQuote[] {
  const merged: Merged[] = [];
  // Candidates come from an index, not from every quote so far: quotes of eight words or more by
  // their eight-word runs, shorter ones (which only merge with near-equal wording) in a list.
  const byRun = new Map<string, Merged[]>();
  const short: Merged[] = [];
  for (const f of found) {
    const words = foldForComparison(f.text).split(' ').filter(Boolean);
    const candidates = new Set([...(words.length <= RUN + 1 ? short : []), ...runsOf(words).flatMap((r) => byRun.get(r) ?? [])]);
    const same = [...candidates].find((m) => sameWords(m.words, words) && compatibleSpeakers(m.quote, f));
    const occurrence = { article: f.article, sentence: f.sentence, wording: f.text };
    if (!same) {
      const entry: Merged = { quote: { text: f.text, speaker: f.attribution?.speaker ?? null, speakerKind: f.attribution?.kind ?? null, cue: f.attribution?.cue ?? '', occurrences: [occurrence] }, words };
      merged.push(entry);
      if (words.length <= RUN + 1) short.push(entry);
      for (const r of runsOf(words)) byRun.set(r, [...(byRun.get(r) ?? []), entry]);
      continue;
    }
    // Unnamed sources merge across articles; each article's own description is kept for a look-up by its wording.
    const source = f.attribution?.kind === 'anonymous' && f.attribution.speaker !== same.quote.speaker ? f.attribution.speaker : undefined;
    same.quote.occurrences.push(source ? { ...occurrence, source } : occurrence);
    if (words.length > same.words.length) {
      same.quote.text = f.text;
      same.words = words;
      for (const r of runsOf(words)) if (!byRun.get(r)?.includes(same)) byRun.set(r, [...(byRun.get(r) ?? []), same]);
    }
    if (f.attribution && rank(f.attribution.kind) < rank(same.quote.speakerKind)) {
      Object.assign(same.quote, { speaker: f.attribution.speaker, speakerKind: f.attribution.kind, cue: f.attribution.cue });
    }
  }
  return merged.map((m) => m.quote);
}

interface Merged {
  quote: StoryQuote;
  words: string[];
}

/** The eight-word runs of a quote of eight words or more. */
function runsOf(words: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) runs.push(words.slice(i, i + RUN).join(' '));
  return runs;
}

function sameWords(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  // A short quote is the same quote only as near-equal wording ("weak" is not "It is a weak plan").
  if (short.length < RUN && long.length > short.length + 2) return false;
  const n = Math.min(RUN, short.length);
  const longText = ` ${long.join(' ')} `;
  for (let i = 0; i + n <= short.length; i++) if (longText.includes(` ${short.slice(i, i + n).join(' ')} `)) return true;
  return false;
}

/**
 * Two known speakers that differ are two quotes that happen to share words; only unnamed sources,
 * described differently by different articles ("a White House official", "one administration
 * official"), may be one speaker.
 */
function compatibleSpeakers(q: StoryQuote, f: FoundQuote): boolean {
  if (!q.speaker || !f.attribution || q.speaker === f.attribution.speaker) return true;
  return q.speakerKind === 'anonymous' && f.attribution.kind === 'anonymous';
}

function rank(kind: string | null): number {
  return kind === null ? SPECIFICITY.length : SPECIFICITY.indexOf(kind);
}
