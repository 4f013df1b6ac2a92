/**
 * `npm run eval`: the quality report, one block per story of eval/stories/ and one row per half
 * (tune: what rules and thresholds may be fitted on; test: frozen, only scored). Stories whose
 * articles are in ../shared/corpora are skipped, with a note, when it is not beside the project.
 * Options: `USAGE` below (`--help` prints it).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gradeAsk, type AskScores } from './ask-eval.js';
import { gradeQuotes, type QuoteScores } from './quote-eval.js';
import { gradeExpressions } from './date-eval.js';
import { gradeWhoSaid, type WhoSaidScores } from './who-said-eval.js';
import { gradePeople, type PeopleScores } from './people-eval.js';
import { gradeTimeline, type TimelineScores } from './timeline-eval.js';
import { buildSetStory, halfOf, isAvailable, readStorySets, rootOf, type Half, type StorySet } from './story-set.js';

const USAGE = `npm run eval -- [options]: the quality report, one block per story of eval/stories/.
  --verbose     list every miss of the tuning half
  --show-test   with --verbose, the test half's misses too (to read after a change, never to tune on)
  --story NAME  only that story
  --json FILE   also write the scores as JSON (to compare runs)`;

const { values: options } = (() => {
  try {
    return parseArgs({
      options: {
        verbose: { type: 'boolean' },
        'show-test': { type: 'boolean' },
        story: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

interface HalfScores {
  ask: AskScores;
  whoSaid: WhoSaidScores;
  timeline: TimelineScores;
}
interface StoryScores {
  story: string;
  halves: Record<Half, HalfScores>;
  people?: PeopleScores;
  quotes?: QuoteScores;
}

const pct = (n: number, of: number) => (of === 0 ? '   -  ' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);
const frac = (n: number, of: number) => (of === 0 ? '-' : `${n}/${of}`);

function gradeStory(set: StorySet): StoryScores {
  const story = buildSetStory(set);
  const grade = (half: Half): HalfScores => ({
    ask: gradeAsk(story, halfOf(set.questions, half)),
    whoSaid: gradeWhoSaid(story, halfOf(set.quotes, half)),
    timeline: gradeTimeline(story, halfOf(set.events, half), half === 'tune' ? set.notEvents : []),
  });
  const scores: StoryScores = { story: set.name, halves: { tune: grade('tune'), test: grade('test') } };
  if (set.cast) scores.people = gradePeople(story, set.cast, set.alsoPeople);
  if (set.annotatedQuoteFiles && set.quotes) {
    const articles = new Set(set.annotatedQuoteFiles.map((f) => f.replace(/\.txt$/, '')));
    scores.quotes = gradeQuotes(
      story,
      set.quotes.filter((q) => articles.has(q.article)),
      articles,
    );
  }
  return scores;
}

function print(s: StoryScores, set: StorySet): void {
  console.log(`\n${s.story} — ${set.files.length} articles. ${set.about}`);
  console.log('  half  questions  hit@1   hit@3   false answers  who-said first  timeline');
  for (const half of ['tune', 'test'] as const) {
    const { ask, whoSaid, timeline } = s.halves[half];
    console.log(
      `  ${half}  ${`${ask.answerable}+${ask.unanswerable}`.padEnd(9)}  ${pct(ask.hitAt1, ask.answerable)}  ${pct(ask.hitAt3, ask.answerable)}  ${frac(ask.falseAnswers, ask.unanswerable).padEnd(13)}  ${`${pct(whoSaid.rightFirst, whoSaid.total)} of ${whoSaid.total}`.padEnd(14)}  ${frac(timeline.right, timeline.total)}`,
    );
  }
  if (s.people)
    console.log(
      `  people: precision ${pct(s.people.rightListed, s.people.listed)} (${s.people.rightListed}/${s.people.listed} listed)  recall ${pct(s.people.found, s.people.gold)} (${s.people.found}/${s.people.gold})`,
    );
  if (s.quotes)
    console.log(
      `  quote extraction (annotated articles): precision ${pct(s.quotes.matched, s.quotes.found)}  recall ${pct(s.quotes.matched, s.quotes.gold)}  attribution ${pct(s.quotes.rightSpeaker, s.quotes.matched)}`,
    );
  if (!options.verbose) return;
  for (const half of options['show-test'] ? (['tune', 'test'] as const) : (['tune'] as const)) {
    const { ask, whoSaid, timeline } = s.halves[half];
    for (const m of ask.misses) console.log(`  [${half}] ask miss: ${m.q}\n${m.got.map((g) => `        → ${g.slice(0, 160)}`).join('\n')}`);
    for (const m of whoSaid.mistakes) console.log(`  [${half}] who-said: ${m}`);
    for (const m of timeline.mistakes) console.log(`  [${half}] timeline: ${m}`);
  }
  for (const m of s.people?.mistakes ?? []) console.log(`  people: ${m}`);
  // Extraction is graded on both halves' quotes at once: its mistakes are the test half's too.
  if (options['show-test']) for (const m of s.quotes?.mistakes ?? []) console.log(`  quotes: ${m}`);
}

const all: StoryScores[] = [];
for (const set of readStorySets().filter((s) => !options.story || s.name === options.story)) {
  if (!isAvailable(set)) {
    console.log(`\n${set.name}: skipped (no corpus at ${rootOf(set)})`);
    continue;
  }
  const scores = gradeStory(set);
  print(scores, set);
  all.push(scores);
}
const table = gradeExpressions();
console.log(`\ndates · expression table: ${table.right}/${table.total} right`);
if (options.verbose) for (const m of table.mistakes) console.log(`  ${m}`);
if (options.json) writeFileSync(options.json, JSON.stringify({ stories: all, expressions: { right: table.right, total: table.total } }, null, 2));
