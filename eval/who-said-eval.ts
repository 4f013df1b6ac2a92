/**
 * Grades `/who-said` as a reader uses it: each gold quote is looked up by its own words, and the
 * first match's speaker must be the one the reader named.
 */
import { UNKNOWN_SPEAKER, whoSaid } from '../src/core/answer/quotes.js';
import type { Story } from '../src/core/types.js';
import type { GoldQuote } from './story-set.js';
import { sameSpeaker } from './quote-eval.js';

/** Right-first count over the quotes, with the misses. */
export interface WhoSaidScores {
  total: number;
  rightFirst: number;
  mistakes: string[];
}

/** Looks up every quote and checks the first speaker. */
export function gradeWhoSaid(story: Story, quotes: GoldQuote[]): WhoSaidScores {
  const scores: WhoSaidScores = { total: 0, rightFirst: 0, mistakes: [] };
  for (const g of quotes) {
    scores.total++;
    const first = whoSaid(story, g.quote).matches[0];
    const got = first && first.speakerKind !== 'anonymous' && first.speaker === UNKNOWN_SPEAKER ? null : (first?.speaker ?? null);
    if (
      first &&
      (sameSpeaker(got, g.speaker) || spelledOtherwise(story, got, g.speaker) || sameBodyAbbreviated(got, g.speaker) || definedAcronym(story, got, g.speaker))
    )
      scores.rightFirst++;
    else
      scores.mistakes.push(`${g.article} “${g.quote.slice(0, 50)}”: got ${first ? `${first.speaker} (${first.speakerKind})` : 'no match'}, want ${g.speaker}`);
  }
  return scores;
}

/**
 * Whether the cast lists the wanted name as another spelling of the speaker found: the articles
 * spell some people two ways ("Damien" and "Damian Hockney"), and the cast shows one of them.
 */
function spelledOtherwise(story: Story, got: string | null, want: string | null): boolean {
  if (!got || !want?.includes(' ')) return false;
  return story.people.find((p) => p.name === got)?.aliases.includes(want) ?? false;
}

/**
 * Whether one speaker is the other's initials: a reader may name a body by its acronym ("MPAA")
 * where Byline writes its name out ("Motion Picture Association of America"), or the other way round.
 */
function sameBodyAbbreviated(got: string | null, want: string | null): boolean {
  if (!got || !want) return false;
  const initials = (name: string) => (name.match(/\p{Lu}[\p{L}&'’.-]*/gu) ?? []).map((w) => w[0]).join('');
  const isAcronym = (name: string) => /^\p{Lu}{2,}$/u.test(name);
  return (isAcronym(want) && initials(got) === want) || (isAcronym(got) && initials(want) === got);
}

/**
 * Whether one of the two is an acronym the story itself gives the other's name for ("The U.S. Department of
 * Transportation (DOT) said"): "DOT" is then the same body, whose initials alone would not show it ("of").
 */
function definedAcronym(story: Story, got: string | null, want: string | null): boolean {
  if (!got || !want) return false;
  const [acronym, name] = /^\p{Lu}{2,}$/u.test(got) ? [got, want] : /^\p{Lu}{2,}$/u.test(want) ? [want, got] : [null, null];
  if (!acronym || !name) return false;
  const written = `${name.replace(/^the\s+/i, '')} (${acronym})`;
  return story.sentences.some((s) => s.norm.includes(written));
}
