/**
 * Grades quote extraction and attribution against a hand annotation: precision and recall of the
 * quoted spans found (matched by article and folded text), and the share of matched quotes whose
 * speaker is right (an anonymous description matches when one contains the other).
 */
import { foldForComparison } from '../src/core/ingest/normalize-typography.js';
import { buildCastLookup } from '../src/core/people/cast-lookup.js';
import { extractQuotes, type FoundQuote } from '../src/core/quotes/extract-quotes.js';
import type { Story } from '../src/core/types.js';
import type { GoldQuote } from './story-set.js';

/** The scores, with the mistakes for inspection. */
export interface QuoteScores {
  gold: number;
  found: number;
  matched: number;
  rightSpeaker: number;
  mistakes: string[];
}

/** Extracts the quotes of the fully annotated articles and compares them with the gold ones. */
export function gradeQuotes(story: Story, gold: GoldQuote[], articles: Set<string>): QuoteScores {
  const cast = buildCastLookup(story.people);
  const found: FoundQuote[] = [...story.byArticle].filter(([id]) => articles.has(id)).flatMap(([, sentences]) => extractQuotes(sentences, cast));
  const scores: QuoteScores = { gold: gold.length, found: found.length, matched: 0, rightSpeaker: 0, mistakes: [] };
  const unused = new Set(found);
  for (const g of gold) {
    const match = [...unused].find((f) => f.article === g.article && foldForComparison(f.text) === foldForComparison(g.quote));
    if (!match) {
      scores.mistakes.push(`missed  ${g.article} “${g.quote.slice(0, 60)}”`);
      continue;
    }
    unused.delete(match);
    scores.matched++;
    const got = match.attribution?.speaker ?? null;
    if (sameSpeaker(got, g.speaker)) scores.rightSpeaker++;
    else
      scores.mistakes.push(
        `speaker ${g.article} “${g.quote.slice(0, 40)}”: got ${got ?? 'none'} (${match.attribution?.kind ?? '-'}), want ${g.speaker} (${g.kind})`,
      );
  }
  for (const f of unused) scores.mistakes.push(`extra   ${f.article} “${f.text.slice(0, 60)}”`);
  return scores;
}

/** Whether two speaker names mean the same person (an anonymous description matches when one contains the other). */
export function sameSpeaker(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want;
  const a = foldForComparison(got).replace(/^(a|an|one|the) /, '');
  const b = foldForComparison(want).replace(/^(a|an|one|the) /, '');
  return a === b || a.includes(b) || b.includes(a);
}
