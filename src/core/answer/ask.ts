/**
 * Answers a question with ranked, verbatim passages. Sentences are searched in the index; a match
 * must cover most of the question's weight (rare words weigh more than common ones), or it is not
 * offered at all; passages that several articles report alike become one answer with every citation.
 */
import type { AskAnswer, AskResult, Sentence, Story } from '../types.js';
import { termOf, tokenize } from '../index/terms.js';
import { expandQuery } from './expand-query.js';
import type { SentenceHit } from '../index/sentence-index.js';
import { articleById, citationOf } from './citation.js';
import { sourceOf } from '../copies/find-copies.js';
import { passageOf } from './passage.js';
import { NearDuplicateIndex, termRarity } from './near-duplicate-index.js';
import { answerTypeOf, fitsAnswerType } from './answer-type.js';

/** Tuning measured with `npm run eval`. */
export const ASK_TUNING = { candidates: 60, answers: 5, minCoverage: 0.4, synonymCredit: 0.8, headlineCredit: 0.5, headlineWeight: 0.5 };

interface Candidate {
  sentence: Sentence;
  text: string;
  /** The first sentence number the passage covers. */
  from: number;
  score: number;
}

/** Answers `query` from the story. */
export function ask(story: Story, query: string): AskResult {
  const expanded = expandQuery(query, story.thesaurus);
  if (expanded.groups.size === 0) return { query, answers: [], hint: 'Ask about something in the story: a person, an event or a topic, in a few words.' };
  // 1. Search: the best-scoring sentences for the question and its synonyms.
  const hits = story.index.search(expanded.text, ASK_TUNING.candidates, expanded.boosts);
  // 2. Filter: keep sentences that cover enough of the question's weight and can be the kind of
  //    answer asked for (a time for "when", a number for "how many"), re-ranked by coverage.
  const weights = termWeights(story, [...expanded.groups.keys()]);
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
  const wanted = answerTypeOf(query);
  const names = knownNames(story);
  const candidates = hits
    .map((hit) => ({ hit, coverage: coverage(hit, weights, expanded.groups, totalWeight) }))
    .filter((c) => c.coverage >= ASK_TUNING.minCoverage)
    .map(({ hit, coverage }) => toCandidate(story, hit, coverage))
    .filter((c) => fitsAnswerType(wanted, c.text, query, names))
    .sort((a, b) => b.score - a.score);
  // 3. Group: one answer per reported fact, cited by every article that reports it.
  const answers = groupCandidates(story, candidates).slice(0, ASK_TUNING.answers);
  if (answers.length > 0) return { query, answers };
  return { query, answers: [], hint: noAnswerHint(story, query) };
}

const namesOf = new WeakMap<Story, Set<string>>();

/** Single-word names of the cast (given names, surnames), which may open a sentence: gathered once per story. */
function knownNames(story: Story): Set<string> {
  let names = namesOf.get(story);
  if (!names) {
    names = new Set(story.people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(' ')).filter((w) => /^\p{Lu}/u.test(w)));
    namesOf.set(story, names);
  }
  return names;
}

function termWeights(story: Story, terms: string[]): Map<string, number> {
  const n = story.index.size;
  return new Map(terms.map((t) => [t, Math.log(1 + n / (story.index.documentFrequency(t) + 0.5))]));
}

/**
 * The share of the question's weight a sentence matches: its own words in full, a synonym's at
 * `synonymCredit`, a word only its headline has at `headlineCredit`; nothing without an own word.
 */
function coverage(hit: SentenceHit, weights: Map<string, number>, groups: Map<string, Set<string>>, total: number): number {
  const own = new Set(hit.terms);
  const headline = new Set(hit.titleTerms);
  let got = 0;
  for (const [term, weight] of weights) {
    const synonyms = [...(groups.get(term) ?? [])];
    if (own.has(term)) got += weight;
    else if (synonyms.some((t) => own.has(t))) got += weight * ASK_TUNING.synonymCredit;
    else if (synonyms.some((t) => headline.has(t))) got += weight * ASK_TUNING.headlineCredit;
  }
  return own.size > 0 && total > 0 ? got / total : 0;
}

/** A headline is a weaker answer than a sentence of the article: it says less. */
function toCandidate(story: Story, hit: SentenceHit, cover: number): Candidate {
  const sentence = story.sentences[hit.id]!;
  const passage = passageOf(sentence, story.byArticle.get(sentence.article) ?? []);
  const headline = sentence.n === 1 && !/[.!?]["'”’]*$/.test(sentence.text);
  return { sentence, text: passage.text, from: passage.from, score: hit.score * cover * cover * (headline ? ASK_TUNING.headlineWeight : 1) };
}

/** Groups near-duplicates across articles; a passage overlapping one already offered is dropped. */
function groupCandidates(story: Story, candidates: Candidate[]): AskAnswer[] {
  const groups: Candidate[][] = [];
  const overlaps = (a: Candidate, b: Candidate) => a.sentence.article === b.sentence.article && a.from <= b.sentence.n && b.from <= a.sentence.n;
  // Each candidate is compared with the groups' first passages through an index, not one by one.
  const leads = new NearDuplicateIndex<Candidate[]>(termRarity(candidates.map((c) => c.sentence.norm)));
  for (const c of candidates) {
    if (groups.some((g) => g.some((o) => overlaps(o, c)))) continue;
    const group = leads.find(c.sentence.norm);
    if (group) group.push(c);
    else {
      groups.push([c]);
      leads.add(c.sentence.norm, groups.at(-1)!);
    }
  }
  return groups.map((group) => {
    const lead = group[0]!;
    // One citation per source: an article and its copies count once.
    const source = (c: Candidate) => sourceOf(articleById(story, c.sentence.article));
    const perArticle = group.filter((c, i) => group.findIndex((o) => source(o) === source(c)) === i);
    const answer: AskAnswer = {
      text: lead.text,
      citations: perArticle.map((c) => citationOf(c.sentence, articleById(story, c.sentence.article), c.text)),
      score: Math.round(lead.score * 1000) / 1000,
    };
    const credits = [...new Set(perArticle.flatMap((c) => c.sentence.credits))];
    if (credits.length > 0) answer.reportedBy = credits;
    return answer;
  });
}

function noAnswerHint(story: Story, query: string): string {
  const unknown = [...new Set(tokenize(query).filter((w) => { const t = termOf(w); return t !== null && story.index.documentFrequency(t) === 0; }))];
  const missing = unknown.length > 0 ? ` None of them mention "${unknown.join('", "')}".` : '';
  return `Nothing in these ${story.articles.length} articles answers that well.${missing} Try other words, a name from /people, or /sources to see what the story covers.`;
}
