/**
 * `npm run eval`: the quality report. Grades `ask` over the seed story and over a handful of BBC
 * articles (skipped, with a note, when ../shared/corpora is not beside the project).
 * `--verbose` lists every miss.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory } from '../src/load-story-sync.js';
import { buildStory } from '../src/core/build-story.js';
import { decodeArticle } from '../src/corpus/decode-article.js';
import type { ArticleSource } from '../src/core/types.js';
import { openWordnetThesaurus } from '../src/thesaurus/wordnet-thesaurus.js';
import { gradeAsk, type AskScores, type EvalQuestion } from './ask-eval.js';
import { gradeQuotes, type GoldQuote, type QuoteScores } from './quote-eval.js';
import { gradeExpressions, gradeSeedTimeline, type DateScores } from './date-eval.js';

const BBC_DIR = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'bbc');
const verbose = process.argv.includes('--verbose');

interface QuestionSet {
  corpus?: string;
  files?: string[];
  questions: EvalQuestion[];
}

function readSet(name: string): QuestionSet {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'questions', `${name}.json`), 'utf8')) as QuestionSet;
}

function pct(n: number, of: number): string {
  return of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`;
}

function report(name: string, s: AskScores): void {
  console.log(`ask · ${name}: ${s.answerable} answerable, ${s.unanswerable} unanswerable`);
  console.log(`  hit@1 ${pct(s.hitAt1, s.answerable)}  hit@3 ${pct(s.hitAt3, s.answerable)}  false answers ${s.falseAnswers}/${s.unanswerable} (${pct(s.falseAnswers, s.unanswerable)})`);
  if (verbose) for (const m of s.misses) console.log(`  miss: ${m.q}\n${m.got.map((g) => `      → ${g.slice(0, 160)}`).join('\n')}`);
}

function reportQuotes(name: string, s: QuoteScores): void {
  console.log(`quotes · ${name}: ${s.gold} annotated, ${s.found} found`);
  console.log(`  precision ${pct(s.matched, s.found)}  recall ${pct(s.matched, s.gold)}  attribution ${pct(s.rightSpeaker, s.matched)} of matched`);
  if (verbose) for (const m of s.mistakes) console.log(`  ${m}`);
}

function reportDates(name: string, s: DateScores): void {
  console.log(`dates · ${name}: ${s.right}/${s.total} right (${pct(s.right, s.total)})`);
  if (verbose) for (const m of s.mistakes) console.log(`  ${m}`);
}

function readGold(name: string): { files?: string[]; quotes: GoldQuote[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'quotes', `${name}.json`), 'utf8')) as { files?: string[]; quotes: GoldQuote[] };
}

function readBbc(files: string[]): ArticleSource[] {
  return files.map((file) => {
    const decoded = decodeArticle(readFileSync(join(BBC_DIR, file)));
    return { id: file.replace(/\.txt$/, ''), text: decoded.ok ? decoded.text : '' };
  });
}

const seeds = readSet('seeds');
const seedStory = loadStory(join(import.meta.dirname, '..', seeds.corpus ?? 'seeds')).story;
report('seeds', gradeAsk(seedStory, seeds.questions));
reportQuotes('seeds', gradeQuotes(seedStory, readGold('seeds').quotes));
reportDates('expression table', gradeExpressions());
reportDates('seed timeline', gradeSeedTimeline(seedStory));

const bbc = readSet('bbc');
if (existsSync(BBC_DIR)) {
  report('bbc', gradeAsk(buildStory(readBbc(bbc.files ?? []), {}, openWordnetThesaurus()).story, bbc.questions));
  const bbcGold = readGold('bbc');
  reportQuotes('bbc', gradeQuotes(buildStory(readBbc(bbcGold.files ?? [])).story, bbcGold.quotes));
} else console.log(`ask · bbc: skipped (no corpus at ${BBC_DIR})`);
