/**
 * Grades the story's timeline against the dated events written by reading the articles: the event
 * placed on the gold sentence (the one whose wording the phrase holds) must carry the gold date;
 * a phrase that is no event must not be placed on the timeline at all.
 */
import { foldForComparison } from '../src/core/ingest/normalize-typography.js';
import type { Story, StoryEvent } from '../src/core/types.js';
import type { GoldEvent } from './story-set.js';

/** Right and total counts, with the mistakes. */
export interface TimelineScores {
  right: number;
  total: number;
  mistakes: string[];
}

function eventsAt(story: Story, article: string, phrase: string): { found: boolean; events: StoryEvent[] } {
  const folded = foldForComparison(phrase);
  const sentence = (story.byArticle.get(article) ?? []).find((s) => foldForComparison(s.text).includes(folded));
  if (!sentence) return { found: false, events: [] };
  const events = story.events.filter((e) => e.occurrences.some((o) => o.article === article && o.sentence === sentence.n));
  // A sentence with two dates has one event each: the one whose expression the phrase holds.
  const named = events.filter((e) => folded.includes(foldForComparison(e.when)));
  return { found: true, events: named.length > 0 ? named : events };
}

/** A gold `--MM-DD` or `--MM` is a day or month known without its year: no calendar date, that partial one. */
function rightDate(event: StoryEvent, gold: string | null): boolean {
  if (gold?.startsWith('--')) return event.date === null && event.partialDate === gold;
  return event.date === gold;
}

/** Checks every gold event's date, and that no non-event is placed. */
export function gradeTimeline(story: Story, events: GoldEvent[], notEvents: { article: string; phrase: string }[] = []): TimelineScores {
  const scores: TimelineScores = { right: 0, total: 0, mistakes: [] };
  for (const g of events) {
    scores.total++;
    const { found, events: at } = eventsAt(story, g.article, g.phrase);
    if (at.some((e) => rightDate(e, g.date))) scores.right++;
    else
      scores.mistakes.push(
        `${g.article} “${g.phrase}”: got ${found ? at.map((e) => `${e.when} → ${e.date ?? e.partialDate ?? null}`).join('; ') || 'no event' : 'no such sentence'}, want ${g.date}`,
      );
  }
  for (const g of notEvents) {
    scores.total++;
    const { events: at } = eventsAt(story, g.article, g.phrase);
    if (at.length === 0) scores.right++;
    else scores.mistakes.push(`${g.article} “${g.phrase}”: not an event, got ${at.map((e) => e.when).join('; ')}`);
  }
  return scores;
}
