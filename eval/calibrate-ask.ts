/**
 * `npm run eval:calibrate`: fits what `ask` weighs on the TUNING half of every story (never the
 * test half): the confidence bar over a grid, scored as the mean over stories of
 * (hit@1 + hit@3) / 2 − ½ · false-answer rate, and with `--rank`, the ranking weights by
 * coordinate ascent on hit@1 and hit@3 without the bar (the kind of answer asked for still
 * applies). Prints the grid; the chosen values are written into ASK_TUNING and MATCH_CREDIT by hand.
 */
import { parseArgs } from 'node:util';
import { ask, ASK_TUNING } from '../src/core/answer/ask.js';
import { MATCH_CREDIT } from '../src/core/answer/passage-features.js';
import { firstHit } from './ask-eval.js';
import { buildSetStory, halfOf, isAvailable, readStorySets } from './story-set.js';

const { values: options } = parseArgs({ options: { rank: { type: 'boolean' } } });
const FALSE_ANSWER_COST = 0.5;
const sets = readStorySets()
  .filter(isAvailable)
  .map((set) => ({ name: set.name, story: buildSetStory(set), questions: halfOf(set.questions, 'tune') }));

interface Scores {
  hitAt1: number;
  hitAt3: number;
  falseAnswers: number;
}

/** Each story's rates on its tuning half; without the bar when `barred` is false. */
function scoreAll(barred: boolean): Scores[] {
  const saved = ASK_TUNING.confident;
  if (!barred) ASK_TUNING.confident = { coverage: -1, maxMissing: 2 };
  const scores = sets.map(({ story, questions }) => {
    let hitAt1 = 0,
      hitAt3 = 0,
      answerable = 0,
      falseAnswers = 0,
      unanswerable = 0;
    for (const q of questions) {
      const result = ask(story, q.q);
      if (q.expect.length === 0) {
        unanswerable++;
        if (result.answers.length > 0) falseAnswers++;
        continue;
      }
      answerable++;
      const rank = firstHit(result, q.expect);
      if (rank === 0) hitAt1++;
      if (rank >= 0 && rank < 3) hitAt3++;
    }
    return { hitAt1: hitAt1 / Math.max(answerable, 1), hitAt3: hitAt3 / Math.max(answerable, 1), falseAnswers: falseAnswers / Math.max(unanswerable, 1) };
  });
  ASK_TUNING.confident = saved;
  return scores;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const objective = (s: Scores[], cost: number) => mean(s.map((x) => (x.hitAt1 + x.hitAt3) / 2 - cost * x.falseAnswers));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

if (options.rank) {
  const knobs: [Record<string, number>, string, number[]][] = [
    ...Object.keys(ASK_TUNING.rank).map((k) => [ASK_TUNING.rank, k, [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]] as [Record<string, number>, string, number[]]),
    ...Object.keys(MATCH_CREDIT).map((k) => [MATCH_CREDIT, k, [0, 0.2, 0.4, 0.5, 0.6, 0.8, 0.9]] as [Record<string, number>, string, number[]]),
  ];
  let best = objective(scoreAll(false), 0);
  for (const [weights, key, values] of knobs) {
    let bestValue = weights[key]!;
    for (const v of values) {
      weights[key] = v;
      const o = objective(scoreAll(false), 0);
      if (o > best + 1e-9) [best, bestValue] = [o, v];
    }
    weights[key] = bestValue;
  }
  console.log(`ranking ${pct(best)}: rank ${JSON.stringify(ASK_TUNING.rank)} credit ${JSON.stringify(MATCH_CREDIT)}`);
}

console.log('coverage  maxMissing  hit@1   hit@3   false answers  objective');
for (const coverage of [0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
  for (const maxMissing of [0.3, 0.4, 0.5, 1]) {
    ASK_TUNING.confident = { coverage, maxMissing };
    const s = scoreAll(true);
    console.log(
      `${String(coverage).padEnd(8)}  ${String(maxMissing).padEnd(10)}  ${pct(mean(s.map((x) => x.hitAt1)))}  ${pct(mean(s.map((x) => x.hitAt3)))}  ${pct(mean(s.map((x) => x.falseAnswers))).padEnd(13)}  ${objective(s, FALSE_ANSWER_COST).toFixed(4)}`,
    );
  }
}
