/**
 * Merges the quotes found in every article: the same words (ignoring case, punctuation and
 * trimming; a short quote wholly inside a longer one, or eight words in a row in common) are one
 * quote with every occurrence, worded as its longest version and credited to the most
 * specific speaker found (named, then pronoun-resolved, anonymous, outlet).
 */
import type { StoryQuote } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import type { FoundQuote } from './extract-quotes.js';
import { NearWordingIndex } from './near-wording-index.js';

const RUN = 8;
const SPECIFICITY = ['named', 'pronoun', 'anonymous', 'outlet'];

/** One StoryQuote per distinct quote, in order of first appearance. */
export function mergeQuotes(found: FoundQuote[]): StoryQuote[] {
  const merged: Merged[] = [];
  // Candidates come from indexes, not from every quote so far: quotes of eight words or more by
  // their eight-word runs, shorter ones (which only merge with near-equal wording) by wording.
  const byRun = new Map<string, Merged[]>();
  const short = new NearWordingIndex<Merged>();
  for (const f of found) {
    const words = foldForComparison(f.text).split(' ').filter(Boolean);
    const same = candidates(words, byRun, short).find((m) => compatibleSpeakers(m.quote, f) && sameWords(m.words, words));
    const occurrence = { article: f.article, sentence: f.sentence, wording: f.text };
    if (!same) {
      const entry: Merged = {
        quote: {
          text: f.text,
          speaker: f.attribution?.speaker ?? null,
          speakerKind: f.attribution?.kind ?? null,
          cue: f.attribution?.cue ?? '',
          occurrences: [occurrence],
        },
        words,
        order: merged.length,
        short: isShort(words),
      };
      merged.push(entry);
      if (entry.short) short.add(words, entry);
      for (const r of runsOf(words)) push(byRun, r, entry);
      continue;
    }
    // Unnamed sources merge across articles; each article's own description is kept for a look-up by its wording.
    const source = f.attribution?.kind === 'anonymous' && f.attribution.speaker !== same.quote.speaker ? f.attribution.speaker : undefined;
    same.quote.occurrences.push(source ? { ...occurrence, source } : occurrence);
    if (words.length > same.words.length) {
      same.quote.text = f.text;
      same.words = words;
      if (same.short && isShort(words)) short.add(words, same);
      for (const r of runsOf(words)) if (!byRun.get(r)?.includes(same)) push(byRun, r, same);
    }
    if (f.attribution && rank(f.attribution.kind) < rank(same.quote.speakerKind)) {
      Object.assign(same.quote, { speaker: f.attribution.speaker, speakerKind: f.attribution.kind, cue: f.attribution.cue });
    }
  }
  return merged.map((m) => m.quote);
}

/**
 * The quotes a new wording may merge with, in the order a scan would try them: a short wording
 * tries the short quotes first (oldest first), then the others sharing an eight-word run.
 */
function candidates(words: string[], byRun: Map<string, Merged[]>, short: NearWordingIndex<Merged>): Merged[] {
  const sharingRun = [...new Set(runsOf(words).flatMap((r) => byRun.get(r) ?? []))];
  if (!isShort(words)) return sharingRun;
  const shortOnes = new Set([...short.near(words), ...sharingRun.filter((m) => m.short)]);
  return [...[...shortOnes].sort((a, b) => a.order - b.order), ...sharingRun.filter((m) => !m.short)];
}

/** A quote of at most nine words: it merges only with near-equal wording (or a shared run). */
function isShort(words: string[]): boolean {
  return words.length <= RUN + 1;
}

interface Merged {
  quote: StoryQuote;
  words: string[];
  /** Its place in order of first appearance. */
  order: number;
  /** Whether it was short when first found (short quotes are tried first, oldest first). */
  short: boolean;
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

function push(map: Map<string, Merged[]>, key: string, entry: Merged): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
