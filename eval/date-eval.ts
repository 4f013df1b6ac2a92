/**
 * Grades date resolution against the hand-made table (test/fixtures/dates/expressions.json: one
 * sentence each, and sequences for "the following day"). A case is right when the event's date (or
 * its absence) is. Each story's own timeline is graded by timeline-eval.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '../src/core/dates/extract-events.js';
import type { Sentence } from '../src/core/types.js';

const DATES = join(import.meta.dirname, '..', 'test', 'fixtures', 'dates');

interface Case {
  sentence: string;
  articleDate: string | null;
  when: string | null;
  date: string | null;
  precision: string | null;
  partialDate?: string;
}
interface Sequence {
  articleDate: string | null;
  sentences: string[];
  expected: { when: string; date: string | null }[];
}

/** Right and total counts, with the mistakes. */
export interface DateScores {
  right: number;
  total: number;
  mistakes: string[];
}

function sentencesOf(texts: string[]): Sentence[] {
  return texts.map((text, i) => ({ article: 'case', n: i + 1, paragraph: 1, text, norm: text, credits: [], people: [] }));
}

/** Grades the expression table and sequences. */
export function gradeExpressions(): DateScores {
  const table = JSON.parse(readFileSync(join(DATES, 'expressions.json'), 'utf8')) as { cases: Case[]; sequences: Sequence[] };
  const scores: DateScores = { right: 0, total: 0, mistakes: [] };
  const check = (ok: boolean, what: string) => {
    scores.total++;
    if (ok) scores.right++;
    else scores.mistakes.push(what);
  };
  for (const c of table.cases) {
    const [event] = extractEvents(sentencesOf([c.sentence]), c.articleDate);
    const got = event ? `${event.when} → ${event.date ?? event.partialDate ?? null}` : 'no event';
    const ok =
      c.when === null
        ? event === undefined
        : event?.when === c.when && event.date === c.date && event.precision === c.precision && event.partialDate === c.partialDate;
    check(ok, `${c.sentence} (${c.articleDate}): got ${got}, want ${c.when ?? 'no event'} → ${c.date ?? c.partialDate ?? null}`);
  }
  for (const seq of table.sequences) {
    const events = extractEvents(sentencesOf(seq.sentences), seq.articleDate);
    seq.expected.forEach((want, i) =>
      check(
        events[i]?.when === want.when && events[i]?.date === want.date,
        `sequence ${seq.sentences.join(' ')}: #${i + 1} got ${events[i]?.when} → ${events[i]?.date}`,
      ),
    );
  }
  return scores;
}
