/**
 * Grades `ask` against a question set: hit@1 and hit@3 over the answerable questions (an answer
 * hits when its passage or a citation's excerpt contains one of the expected phrases), and the
 * rate of false answers to the questions the articles cannot answer.
 */
import { ask } from '../src/core/answer/ask.js';
import { foldForComparison } from '../src/core/ingest/normalize-typography.js';
import type { AskResult, Story } from '../src/core/types.js';

/** One question and the phrases a correct answer contains (none: unanswerable). */
export interface EvalQuestion {
  q: string;
  expect: string[];
}

/** The scores of one question set, with the misses for inspection. */
export interface AskScores {
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  falseAnswers: number;
  misses: { q: string; got: string[] }[];
}

/** Runs every question through `ask` and scores the answers. */
export function gradeAsk(story: Story, questions: EvalQuestion[]): AskScores {
  const scores: AskScores = { answerable: 0, unanswerable: 0, hitAt1: 0, hitAt3: 0, falseAnswers: 0, misses: [] };
  for (const { q, expect } of questions) {
    const result = ask(story, q);
    if (expect.length === 0) {
      scores.unanswerable++;
      if (result.answers.length > 0) {
        scores.falseAnswers++;
        scores.misses.push({ q: `(unanswerable) ${q}`, got: result.answers.slice(0, 2).map((a) => a.text) });
      }
      continue;
    }
    scores.answerable++;
    const rank = firstHit(result, expect);
    if (rank === 0) scores.hitAt1++;
    if (rank >= 0 && rank < 3) scores.hitAt3++;
    else scores.misses.push({ q, got: result.answers.slice(0, 3).map((a) => a.text) });
  }
  return scores;
}

/** The rank of the first answer whose passage or a citation's excerpt holds an expected phrase, or -1. */
export function firstHit(result: AskResult, expect: string[]): number {
  const phrases = expect.map(foldForComparison);
  return result.answers.findIndex((a) => {
    const texts = [a.text, ...a.citations.map((c) => c.excerpt ?? '')].map(foldForComparison);
    return texts.some((t) => phrases.some((p) => t.includes(p)));
  });
}
