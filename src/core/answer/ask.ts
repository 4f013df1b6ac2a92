/**
 * Answers a question with ranked, verbatim passages. Sentences are searched in the index, then
 * re-ranked by what each offers the question (its own words, its context, the kind of answer
 * asked for); the best is offered only when it is confident enough, else the closest passages come
 * back as `related` under a plain label. Passages that several articles report alike become one
 * answer with every citation.
 */
import type { AskAnswer, AskResult, Person, Sentence, Story } from '../types.js';
import { termOf, tokenize } from '../index/terms.js';
import { expandQuery, SYNONYM_WEIGHT, type ExpandedQuery } from './expand-query.js';
import { addWordFamilies } from './word-families.js';
import { addDerivedForms } from './derived-forms.js';
import { addRoleNouns } from './role-nouns.js';
import { addKindsOfPeople } from './kinds-of-people.js';
import { addCountriesOfPeoples } from './demonyms.js';
import { addCompoundParts, addJoinedCompounds, splitCompounds } from './split-compounds.js';
import type { SentenceHit } from '../index/sentence-index.js';
import { articleById, citationOf } from './citation.js';
import { sourceOf } from '../copies/find-copies.js';
import { passageOf } from './passage.js';
import { NearDuplicateIndex, termRarity } from '../index/near-duplicate-index.js';
import { analysed } from '../index/near-duplicates.js';
import { answerFit, answerTypeOf, withoutAskingWords, type AnswerFit, type AnswerType } from './answer-type.js';
import { matchOf, passageFeatures, sentenceTerms, type PassageFeatures, type WeightedTerm } from './passage-features.js';
import { paymentQuestionVerb, whoQuestionVerb } from './question-verb.js';
import { askedAsRoleVerb, bodyOfRoleVerb, postsOfRoleVerb } from './role-verbs.js';
import { matchedRanges } from './highlight.js';
import { theseArticles } from '../text/count-of.js';
import { distinctSourceCount } from './sources.js';
import { withLightVerbsLightened } from './light-verbs.js';
import { asksWhy, givesAReason } from './reasons.js';
import { announcedOnly } from './outcomes.js';
import { askedAsPostHolder } from './name-of-post.js';
import { asksForOthers, tellsOfOthers } from './others.js';
import { askedGeneralThing, askedThing, namesAThing } from './asked-thing.js';
import { askedAsWhoIs, describesPerson, personAskedAbout } from './describes-person.js';
import { currencyPlaces } from './currency-places.js';
import { acronymsOf, withAcronyms, type Acronyms } from './acronyms.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Tuning fitted on the tuning half of every story by `npm run eval:calibrate`: the weights of the ranking,
 * and the confidence below which nothing is offered as an answer.
 */
export const ASK_TUNING = {
  candidates: 80,
  grouped: 30,
  answers: 5,
  related: 3,
  /** Passages that fit among the best-ranked `close` are shown with a confident answer, confident or not (the answer itself may be one of them). */
  close: 3,
  rank: { search: 0.1, own: 0.1, context: 2, lead: 0.15, fit: 0.5, headline: 0.4, missing: 1, ahead: 0.2, asks: 0.5, agent: 0.3 },
  /** An answer's coverage with its context must reach `coverage`, with no heavier term than `maxMissing` unmatched. */
  confident: { coverage: 0.35, maxMissing: 0.5 },
};

interface Candidate {
  sentence: Sentence;
  text: string;
  /** The first sentence number the passage covers. */
  from: number;
  features: PassageFeatures;
  /** The coverage the confidence is judged on: the features, with a person's several names counted once and light verbs weighing less. */
  confidence: PassageFeatures;
  /** Whether the passage can be the kind of answer asked for (a time for "when", a number for "how many"). */
  fits: boolean;
  /** Whether the passage tells the happening the question's verb names (true when that does not matter). */
  told: boolean;
  /** The question's terms the index matched in the sentence (a typo's neighbours among them). */
  matched: string[];
  score: number;
}

/** Answers `query` from the story. */
export function ask(story: Story, query: string): AskResult {
  // "What is X's job?" is "Who is X?", answered by a sentence that says what X is.
  const whoIs = askedAsWhoIs(story, query);
  if (whoIs) return { ...ask(story, whoIs), query };
  // "Russian ambassador name" is "Who is the Russian ambassador?".
  const holder = askedAsPostHolder(query);
  if (holder) return { ...ask(story, holder), query };
  const running = askedAsRoleVerb(query);
  if (running) return { ...ask(story, running), query };
  const inStory = (term: string) => story.index.documentFrequency(term) > 0;
  const searched = splitCompounds(withoutAskingWords(query), inStory);
  // The question's words, widened in turn by what a reader may mean by them in the story's words.
  const packed = story.index.packed;
  const synonyms = addCountriesOfPeoples(expandQuery(searched, story.services.thesaurus));
  const forms = addDerivedForms(addWordFamilies(synonyms, packed), packed);
  const people = addKindsOfPeople(addRoleNouns(forms, query), query);
  const expanded = addJoinedCompounds(addCompoundParts(people, searched, inStory), searched, inStory);
  // The story's own acronyms search as their names do ("Athletics Kenya" finds "AK chief Isaiah Kiplagat").
  const acronyms = acronymsOf(story);
  const searchedText = withAcronymsSearched(expanded, acronyms);
  if (expanded.groups.size === 0) return { query, answers: [], hint: 'Ask about something in the story: a person, an event or a topic, in a few words.' };
  const wanted = answerTypeOf(query);
  // 1. Search: the best-scoring sentences for the question and its synonyms. An age is sought by its
  // words too: "The 34-year-old made a cautious start" names its subject in the sentence before.
  const hits = story.index.search(wanted === 'age' ? `${searchedText} old` : searchedText, ASK_TUNING.candidates, expanded.boosts);
  // 2. Re-rank: what each sentence offers the question, with its context and the answer kind wanted.
  const question = weightedTerms(story, expanded.groups);
  const judged = withNamesOnce(story, query, question);
  const lightened = withLightVerbsLightened(withGeneralThingLightened(judged, query), query);
  const fitsAnswer = answerFit(wanted, query, {
    knownNames: story.lookups.people.nameWords,
    postHolders: holdersOfAskedPosts(story, query),
    speaksFor: (body) => membersOf(story, body),
  });
  const best = hits[0]?.score ?? 1;
  const described = personAskedAbout(story, query);
  const verbs = askedVerb(story, question, query);
  const candidates = withoutRedundantHeadlines(
    hits
      .map((hit) => toCandidate(story, hit, hit.score / best, question, judged, lightened, wanted, query, fitsAnswer, described, verbs))
      .filter((c) => c.features.anyOwn),
  ).sort((a, b) => b.score - a.score);
  // 3. Group: one answer per reported fact, cited by every article that reports it.
  // Only the best are grouped: enough for every answer and its copies, and grouping costs most.
  const grouped = groupCandidates(story, candidates.slice(0, ASK_TUNING.grouped), asked(question));
  // A question about a name or year no article mentions ("When will it go on sale in Australia?") is not
  // answered by a passage about another: the closest passages are offered instead.
  const answerable = lackedNames(story, query, expanded.groups).length === 0 && !lacksAskedThing(story, query, expanded.groups);
  // An amount or a place answers a question about a name only beside that name ("How many cars did
  // Fiat sell?" is not answered by "Maserati and Ferrari sell about 10,000 cars").
  const named = OF_A_NAME.has(wanted) ? namesOf(story, query) : [];
  const years = OF_A_NAME.has(wanted) ? yearsOf(query) : [];
  const offered = answerable
    ? grouped.filter((g) => g.lead.fits && g.lead.told && nearNames(story, g.lead, named, expanded.groups) && ofTheYears(story, g.lead, years))
    : [];
  const answers = withCloseRunnersUp(offered).slice(0, ASK_TUNING.answers);
  if (answers.length > 0) return { query, answers: answers.map((g) => g.answer) };
  const result: AskResult = { query, answers: [], hint: noAnswerHint(story, query) };
  if (grouped.length > 0) result.related = grouped.slice(0, ASK_TUNING.related).map((g) => g.answer);
  return result;
}

/**
 * The answers among the passages that fit: none unless one is confident (the confidence decides whether the
 * question is answered at all), and then that one first, with the best-ranked few beside it even where
 * their own coverage falls short, since a paraphrase that answers often shares fewer words with the question.
 */
function withCloseRunnersUp<T extends { lead: Candidate }>(offered: T[]): T[] {
  const first = offered.find((g) => isConfident(g.lead.confidence));
  if (!first) return [];
  return [first, ...offered.filter((g, i) => g !== first && (i < ASK_TUNING.close || isConfident(g.lead.confidence)))];
}

/**
 * The surnames of the story's people whose post is at a body it names, not a person's name ("Brian
 * Gammage, vice-president of research at analysts Gartner"): "What does Gartner's analyst say…?" asks what they said.
 */
function membersOf(story: Story, body: string): string[] {
  if (story.lookups.people.nameWords.has(body)) return [];
  const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(body)}(?![\\p{L}])`, 'u');
  return story.people.filter((p) => p.roles.some((r) => at.test(r))).map((p) => p.name.split(' ').at(-1)!);
}

/**
 * The name words of the people the story gives a post a "Who runs / chairs / speaks for…?" question
 * asks about ("Michel Dufour", whom the cast knows as "the spokesman"): their names answer it where
 * the post is not written beside them ("Dufour said the company has been negotiating…").
 */
function holdersOfAskedPosts(story: Story, query: string): Set<string> {
  const posts = postsOfRoleVerb(query);
  const holders = new Set<string>();
  if (posts === null) return holders;
  // "Who manages Birmingham?" names the body: "Magpies manager" holds another's post.
  const body = bodyOfRoleVerb(query);
  const holds = (title: string) => {
    const words = title.toLowerCase().split(/\s+/);
    const post = words.findIndex((w) => posts.includes(w));
    if (post < 0) return false;
    const owner = title
      .split(/\s+/)
      .slice(0, post)
      .filter((w) => /^\p{Lu}/u.test(w));
    return body.length === 0 || owner.length === 0 || owner.some((w) => body.includes(w.toLowerCase()));
  };
  for (const person of story.people)
    if ([...person.roles, ...person.aliases].some(holds)) for (const word of person.name.split(' ')) if (/^\p{Lu}/u.test(word)) holders.add(word);
  return holders;
}

/** The text to search: the question's, with the story's acronyms of the long names it writes, searched at a synonym's weight. */
function withAcronymsSearched(expanded: ExpandedQuery, acronyms: Acronyms): string {
  const extra: string[] = [];
  for (const [acronym, name] of [...expanded.groups.keys()].flatMap((t) => acronyms.byLastTerm.get(t) ?? [])) {
    // Only a long name brings its acronym: an acronym's long name would weigh again a sentence that writes both.
    if (expanded.groups.has(acronym) || expanded.boosts.has(acronym) || !name.every((t) => expanded.groups.has(t))) continue;
    expanded.boosts.set(acronym, SYNONYM_WEIGHT);
    extra.push(acronym);
  }
  return extra.length === 0 ? expanded.text : `${expanded.text} ${extra.join(' ')}`;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A capitalised word that is no acronym ("Fiat", not "MPs" or "FTC"). */
const NAME_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’.-]*";

/**
 * The names the question capitalises after its first word (no acronym), and the years it names,
 * that no article mentions, nor any synonym of them: "How much did Fiat pay in 1969?" asks about a
 * year the story never reaches.
 */
function lackedNames(story: Story, query: string, groups: Map<string, Set<string>>): string[] {
  const published = publishedTimes(story);
  const inStory = (term: string) => story.index.documentFrequency(term) > 0 || published.has(term);
  // Not an acronym ("MPs", "FTC"): the articles may write it out ("the country's parliament").
  return [...query.matchAll(new RegExp(`(?<=\\s)(?:${NAME_WORD}|(?:1[89]|20)\\d\\d\\b)`, 'gu'))]
    .flatMap((m) => tokenize(m[0]))
    .filter((word) => {
      const term = termOf(word);
      return term !== null && !inStory(term) && ![...(groups.get(term) ?? [])].some(inStory);
    });
}

/** Whether the thing a which/what question asks for ("Which CAS judges…") is in no article, nor any synonym of it. */
function lacksAskedThing(story: Story, query: string, groups: Map<string, Set<string>>): boolean {
  const thing = askedThing(query);
  const term = thing === null ? null : termOf(thing);
  if (term === null) return false;
  const inStory = (t: string) => story.index.documentFrequency(t) > 0;
  return !inStory(term) && ![...(groups.get(term) ?? [])].some(inStory);
}

/** The years and months (as terms) the articles were published in: the story's, though their text may never write them. */
function publishedTimes(story: Story): Set<string> {
  let times = PUBLISHED_TIMES.get(story);
  if (!times) PUBLISHED_TIMES.set(story, (times = new Set(story.articles.flatMap((a) => (a.date ? [a.date.slice(0, 4), monthTermOf(a.date)] : [])))));
  return times;
}
/** Worked out once per story: a large archive has thousands of articles to read for a handful of years. */
const PUBLISHED_TIMES = new WeakMap<Story, Set<string>>();

/** The term of the month an ISO date is in ("1987-03-05" → march), or "" for a year alone. */
function monthTermOf(date: string): string {
  return date.length >= 7 ? (termOf(MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? '') ?? '') : '';
}

/** The answer types that are amounts or places: of something the question names, if it names something. */
const OF_A_NAME = new Set<AnswerType>(['quantity', 'money', 'percent', 'age', 'place']);

/** The terms of the names the question capitalises after its first word (no acronym) that the story mentions. */
function namesOf(story: Story, query: string): string[] {
  // A search in keywords may open on a name ("Gizmondo price"); a question opens on its asking word.
  const keywords = !QUESTION_OPENING.test(query);
  return [...query.matchAll(new RegExp(`(?<=${keywords ? '^\\s*|' : ''}\\s)${NAME_WORD}`, 'gu'))]
    .flatMap((m) => tokenize(m[0]))
    .map(termOf)
    .filter((t): t is string => t !== null && story.index.documentFrequency(t) > 0);
}

/** A question's opening word: an asking word or an auxiliary, or an imperative ("Name…", "Tell me…"). */
const QUESTION_OPENING =
  /^\s*(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|did|does|do|can|could|will|would|should|has|have|had|may|might|must|name|tell|list|give|show|in|on|at|from|for|to|by|with|during|after|before|since|until)\b/i;

/** The years a question names ("How much did it lose in 1986?"). */
function yearsOf(query: string): string[] {
  return query.match(YEAR) ?? [];
}

/** A year as news writes it. */
const YEAR = /\b(?:1[89]|20)\d\d\b/g;

/**
 * Whether an amount is of the years the question names: the sentence writes them, or, writing no
 * year of its own, the sentence before does or its article was published then. "In 1985, the
 * company lost 168.4 mln dlrs" is no answer for 1986, though the sentence before names 1986.
 */
function ofTheYears(story: Story, c: Candidate, years: string[]): boolean {
  if (years.length === 0) return true;
  const own: string[] = c.sentence.text.match(YEAR) ?? [];
  if (own.length > 0) return years.every((y) => own.includes(y));
  const previous = story.byArticle.get(c.sentence.article)?.[c.sentence.n - 2]?.text ?? '';
  const published = articleById(story, c.sentence.article).date?.slice(0, 4);
  return years.every((y) => previous.includes(y) || y === published);
}

/**
 * Whether a passage names every one of `names`, or a synonym of it, in its sentence or the one
 * before (the people they mention by pronoun counted). Not its headline: an article about Fiat states other firms' figures too.
 */
function nearNames(story: Story, c: Candidate, names: string[], groups: Map<string, Set<string>>): boolean {
  if (names.length === 0) return true;
  const terms = sentenceTerms(c.sentence);
  for (const t of c.matched) terms.add(t);
  // A name the sentence only compares with is not what its amount is of: "priced at £99 costs far less than the Gizmondo".
  for (const n of comparedOnly(c.sentence.text)) terms.delete(n);
  const inArticle = story.byArticle.get(c.sentence.article) ?? [];
  const previous = inArticle[c.sentence.n - 2];
  if (previous) for (const t of sentenceTerms(previous)) terms.add(t);
  // A sentence that opens on what it was already about ("The film has already won…", "It…"), or on a
  // quotation ("To make a picture in 37 days…"), is about the article's subject: the names of its
  // opening (headline and first sentences) are near it too.
  if (OPENS_ON_AN_ANAPHOR.test(c.sentence.text) || /^["“]/.test(c.sentence.text))
    for (const s of inArticle.slice(0, OPENING_SENTENCES)) for (const t of sentenceTerms(s)) terms.add(t);
  // Or a synonym of it: "people in the UK" for a question about Britain.
  return names.every((n) => terms.has(n) || [...(groups.get(n) ?? [])].some((t) => terms.has(t)));
}

/** The terms of the words a sentence writes only after "than" ("costs far less than the Gizmondo"). */
function comparedOnly(text: string): string[] {
  const words = text.split(/\s+/);
  const compared = new Set<string>();
  const elsewhere = new Set<string>();
  for (const [i, w] of words.entries()) {
    const term = termOf(tokenize(w)[0] ?? '');
    if (!term) continue;
    const after = words[i - 1]?.toLowerCase() === 'than' || (words[i - 2]?.toLowerCase() === 'than' && /^(the|a|an)$/i.test(words[i - 1]!));
    (after ? compared : elsewhere).add(term);
  }
  return [...compared].filter((t) => !elsewhere.has(t));
}

/** The sentences of an article's opening, its headline first, that say what it is about. */
const OPENING_SENTENCES = 3;
/** A sentence opening on a word that refers back: "It", "The film", "The company". */
const OPENS_ON_AN_ANAPHOR =
  /^["“]?(?:It|He|She|They|Its|His|Her|Their|The (?:film|firm|company|group|song|single|book|show|band|club|team|party|bank|deal|bid|offer|move|plan|bill|case|agency|board|court|report|album|movie|play|game|console|device|machine))\b/;

/** Whether a passage (of the kind asked for) covers the question well enough to be offered as an answer. */
export function isConfident(f: PassageFeatures): boolean {
  return f.context >= ASK_TUNING.confident.coverage && f.missing <= ASK_TUNING.confident.maxMissing;
}

/** The question's terms, each weighted by its rarity in the story (a word every sentence has says little). */
function weightedTerms(story: Story, groups: Map<string, Set<string>>): WeightedTerm[] {
  const n = story.index.size;
  return [...groups].map(([term, synonyms]) => ({ term, synonyms, weight: Math.log(1 + n / (story.index.documentFrequency(term) + 0.5)) }));
}

/**
 * A person the question names by several words ("Kelly Holmes") is one thing asked about, not two:
 * the surname carries the heaviest of their weights, the other words none, so that a passage that
 * names only the person does not seem to cover half of "When will Kelly Holmes retire?", and one
 * that writes "Holmes" alone covers the person whole.
 */
function withNamesOnce(story: Story, query: string, question: WeightedTerm[]): WeightedTerm[] {
  const named = story.lookups.people.cast.find(query).filter((f) => !f.byRole);
  if (named.length === 0) return question;
  const weights = new Map(question.map((q) => [q.term, q.weight]));
  for (const f of named) {
    const terms = tokenize(query.slice(f.start, f.end))
      .map(termOf)
      .filter((t): t is string => t !== null && weights.has(t));
    if (terms.length < 2) continue;
    const heaviest = Math.max(...terms.map((t) => weights.get(t)!));
    for (const t of terms) weights.set(t, 0);
    weights.set(terms.at(-1)!, heaviest);
  }
  return question.map((q) => ({ ...q, weight: weights.get(q.term)! }));
}

/** How much of its weight the general noun a which/what question asks through keeps in the confidence. */
const GENERAL_THING_SHARE = 0.5;

/**
 * "Which businesses does Supermarkets General own?" is answered by "owns the Path Mark supermarket
 * chain": the general noun asked through names the kind of answer, which names instances of it.
 */
function withGeneralThingLightened(question: WeightedTerm[], query: string): WeightedTerm[] {
  const thing = askedGeneralThing(query);
  const term = thing === null ? null : termOf(thing);
  if (term === null || !question.some((q) => q.term === term)) return question;
  return question.map((q) => (q.term === term ? { ...q, weight: q.weight * GENERAL_THING_SHARE } : q));
}

/** A headline (a first line without closing punctuation) says less than a sentence of the article. */
function isHeadline(sentence: Sentence): boolean {
  return sentence.n === 1 && !/[.!?]["'”’]*$/.test(sentence.text);
}

function toCandidate(
  story: Story,
  hit: SentenceHit,
  search: number,
  question: WeightedTerm[],
  judged: WeightedTerm[],
  lightened: WeightedTerm[],
  wanted: AnswerType,
  query: string,
  fitsAnswer: AnswerFit,
  described: Person | null,
  verbs: WeightedTerm[],
): Candidate {
  const sentence = story.sentences[hit.id]!;
  const inArticle = story.byArticle.get(sentence.article) ?? [];
  const passage = passageOf(sentence, inArticle);
  // The sentence before is context even across a paragraph break: news paragraphs are often one
  // sentence long, and the one before still names whom "he" means (limited to the paragraph, the
  // tuning halves lost 3 points of hit@1 for no fewer false answers).
  const previous = inArticle[sentence.n - 2];
  const headline = isHeadline(sentence);
  // The index's matches count as the sentence's own words too: they include a typo's neighbours.
  const own = sentenceTerms(sentence);
  for (const t of hit.terms) own.add(t);
  withAcronyms(own, acronymsOf(story));
  // What an article reports happened in the year and month it was published ("What did Reagan announce
  // in 1987?" of a wire dated 1987 that never writes the year; "Until when was the offer extended in March?").
  const published = articleById(story, sentence.article).date;
  if (published) for (const t of [published.slice(0, 4), monthTermOf(published)]) if (t) own.add(t);
  // A price is of the place whose currency it is in ("cost between £130 and £200" is the price in Britain).
  if (wanted === 'money') for (const t of currencyPlaces(sentence.text)) own.add(t);
  const before = previous ? sentenceTerms(previous) : new Set<string>();
  const titled = headline ? new Set<string>() : story.lookups.headlines.get(sentence.article)!;
  const features = passageFeatures(question, own, before, titled);
  // The confidence counts a person named by several words once, and light verbs lightly where that is surer.
  const judgedFeatures = judged === question ? features : passageFeatures(judged, own, before, titled);
  const confidence = lightened === judged ? judgedFeatures : surer(judgedFeatures, passageFeatures(lightened, own, before, titled));
  const w = ASK_TUNING.rank;
  const lead = sentence.n <= 2 && !headline ? 1 : 0;
  const speakers = wanted === 'speech' ? speakersOf(story, sentence.article, passage.from, sentence.n) : [];
  // One that ranks its subject below what is asked ("second biggest shareholders" for "Who are the biggest?") is of another kind.
  // The kind is judged on the sentence itself: the one before a pronoun leans on names whom it means,
  // but its figure or date answers nothing here ("Mr Glazer … hold a stake of 28.1%. But … Mr McManus …").
  // An outcome asked is not told by the event's announcement (outcomes.ts); a time to come ("When will
  // Apple release it?") is not told by a passage of what was done ("launched in December 2004").
  const fits =
    fitsAnswer(sentence.text, speakers) &&
    !ranksBelow(sentence.text, query) &&
    !announcedOnly(query, passage.text) &&
    !(wanted === 'time' && FUTURE_TIME_ASKED.test(query) && !TIME_AHEAD.test(passage.text));
  // "Who is Kelly Holmes?": a sentence that says what she is ranks as one of the kind asked for
  // would; one that only names her still answers, below it.
  // "Why…?": a passage that gives a reason ("because", "cited", "to allow") ranks as one of the kind asked for would.
  const fit =
    fits &&
    (described === null || describesPerson(sentence.text, described)) &&
    (!asksWhy(query) || givesAReason(passage.text)) &&
    (!asksForOthers(query) || tellsOfOthers(passage.text))
      ? 1
      : 0;
  // "Who is heading the approach?": "the move is being led by his two sons" names the doer by the question's verb.
  const agent = fits && WHO_QUESTION.test(query) && namesTheDoer(sentence.text, question) ? 1 : 0;
  // "Who won…?" asks what happened: a prediction ("is favourite to win") answers it less than a report.
  const ahead = PAST_QUESTION.test(query) && LOOKS_AHEAD.test(passage.text) ? 1 : 0;
  // A sentence that asks ("Did he discuss with Sessions his desire to fire Comey?") answers nothing.
  // So does one that leaves what is asked open ("is due to announce which constituency he will run in").
  const asks = ASKING_SENTENCE.test(sentence.text) || leavesOpen(sentence.text, query) ? 1 : 0;
  const score =
    w.search * search +
    w.own * features.own +
    w.context * features.context +
    w.lead * lead +
    w.fit * fit +
    w.agent * agent -
    w.headline * (headline ? 1 : 0) -
    w.missing * features.missing -
    w.ahead * ahead -
    w.asks * asks;
  return { sentence, text: passage.text, from: passage.from, features, confidence, fits, told: tellsTheVerb(verbs, own, before), matched: hit.terms, score };
}

/**
 * The surer of two readings of a passage's coverage, with light verbs weighing less or in full: a
 * passage that does say the light verb ("the only thing I want") loses nothing by the lightening.
 */
function surer(a: PassageFeatures, b: PassageFeatures): PassageFeatures {
  return { ...a, context: Math.max(a.context, b.context), missing: Math.min(a.missing, b.missing) };
}

/**
 * Verbs of giving and their receiving, which WordNet does not give as antonyms ("Who handed her the Oscar?": "after receiving her award"),
 * and the other words that tell a payment.
 */
const CONVERSES = new Map(
  (
    [
      ['hand', ['receive', 'accept']],
      ['give', ['receive', 'accept']],
      ['award', ['receive', 'win']],
      // A payment is told by the purchase it is for, or by the sum's own noun ("buying 49,800 shares for a
      // total of 5.8 mln dlrs", "the acquisition of Getty Oil Co for 10.2 billion dlrs", "his salary").
      ['pay', ['receive', 'buy', 'bought', 'purchase', 'acquisition', 'acquire', 'price', 'salary', 'wage', 'fee']],
      ['spend', ['buy', 'bought', 'purchase', 'acquisition', 'acquire', 'price', 'cost']],
      ['earn', ['salary', 'wage', 'fee', 'income', 'earnings']],
      ['send', ['receive']],
      ['beat', ['lose']],
    ] as [string, string[]][]
  ).map(([verb, others]) => [termOf(verb)!, others]),
);

/** The question's term of the verb a who-question asks the doer of, with its synonyms (none for other questions). */
function askedVerb(story: Story, question: WeightedTerm[], query: string): WeightedTerm[] {
  const verb = whoQuestionVerb(query) ?? paymentQuestionVerb(query);
  const term = verb === null ? null : termOf(verb);
  const asked = question.find((q) => q.term === term);
  if (!verb || !asked) return [];
  // Its converse tells the same happening: "Who is buying the unit?" is answered by "the sale of the unit to Emery".
  const converse = [...(story.services.thesaurus?.antonyms?.(verb) ?? []), ...(CONVERSES.get(asked.term) ?? [])]
    .map(termOf)
    .filter((t): t is string => t !== null);
  return [{ ...asked, synonyms: new Set([...asked.synonyms, ...converse]) }];
}

/**
 * Whether a passage tells the happening the question's verb names, by the verb, a synonym or one
 * of its family, in the sentence or the one before: a name beside another happening is not its doer.
 */
function tellsTheVerb(verbs: WeightedTerm[], own: Set<string>, before: Set<string>): boolean {
  return verbs.every((v) => matchOf(v, own) > 0 || matchOf(v, before) > 0);
}

/** A question of what happened: "Who won…?", "What did the board decide?", "When was it signed?", "Has he ever won…?". */
const PAST_QUESTION =
  /^\s*(?:\w+\s+)?(?:did|was|were|had)\b|^\s*(?:has|have)\b.*\b(?:ever|already|won|lost|made|taken|been)\b|^\s*who\s+(?:\w+ed|won|wrote|led|made|took|gave|came|went|became|began|bought|sold|paid|met|left|lost|ran|shot|held|found|fought|beat)\b/i;
/** A who-question, and a passive verb with its doer after "by" ("is being led by his two sons"). */
const WHO_QUESTION = /^\s*who\b/i;
const PASSIVE_BY = /\b(?:been|being|was|were|is|are|be)\s+(\p{L}+)\s+by\s+(?:\p{Lu}|his\b|her\b|their\b|its\b|the\b|a\b|an\b)/gu;

/** Whether a sentence names, after "by", the doer of one of the question's verbs (or their synonyms). */
function namesTheDoer(text: string, question: WeightedTerm[]): boolean {
  for (const m of text.matchAll(PASSIVE_BY)) {
    const term = termOf(m[1]!);
    if (term !== null && question.some((q) => q.term === term || q.synonyms.has(term))) return true;
  }
  return false;
}

/** A sentence ending in a question mark, before any closing quote or bracket. */
const ASKING_SENTENCE = /\?["'”’)]*$/;
/** A verb of telling or knowing and the question word of what it leaves open: "did not say how much", "to announce which constituency". */
const LEFT_OPEN =
  /\b(?:announce|reveal|say|said|disclose|disclosed|decide|decided|know|known|knows|clear|unclear|confirm|confirmed|specify|specified|determine|wondering|speculation (?:about|over|on|as to))\s+(?:exactly\s+|precisely\s+)?(which|what|when|where|who|whom|how much|how many|how long)\b/i;

/** Whether a passage leaves open what a wh-question asks: the same question word after a verb of telling or knowing. */
function leavesOpen(text: string, query: string): boolean {
  const open = LEFT_OPEN.exec(text)?.[1]?.toLowerCase();
  return open !== undefined && query.trim().toLowerCase().startsWith(open);
}

/** A superlative, and an ordinal before one: "the biggest", "the second biggest". */
const SUPERLATIVE = /\b(biggest|largest|greatest|highest|lowest|smallest|richest|oldest|youngest|best|worst|leading)\b/i;
const ORDINAL_BEFORE = /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+$/i;

/** Whether a passage puts second or lower what a question asks the first of ("Who are the biggest shareholders?"). */
function ranksBelow(text: string, query: string): boolean {
  const asked = SUPERLATIVE.exec(query);
  if (!asked || ORDINAL_BEFORE.test(query.slice(0, asked.index))) return false;
  const word = asked[1]!.toLowerCase();
  // "the second largest … after Federal Express" names the first too.
  for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'gi')))
    if (ORDINAL_BEFORE.test(text.slice(0, m.index)) && !/\bafter\b/i.test(text.slice(m.index))) return true;
  return false;
}

/** "When will…?", "When is the verdict due?", "When are the talks to be held?": a time still to come. */
const FUTURE_TIME_ASKED = /^\s*when\s+(?:will|(?:is|are)\s+\S+(?:\s+\S+){0,4}?\s+(?:due|going|set|expected|to\s+be))\b/i;
/** A passage that tells a time to come: a future, a schedule, a plan, a deadline. */
const TIME_AHEAD =
  /\b(will|would|shall|['’]ll|due|expected|scheduled|set (?:for|to)|plans?|planned|intends?|later|soon|deadline|expires?|aims?|hopes?|going to)\b/i;
/** A passage that tells what is still to come: a prediction, a plan, an expectation, the odds. */
const LOOKS_AHEAD = /\b(will|['’]ll|expected to|favourite to|favorite to|tipped to|set to|likely to|poised to|hopes to|plans to|aims to|odds)\b/i;

/** The speakers of the quotes in sentences `from` to `to` of an article. */
function speakersOf(story: Story, article: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(...(story.lookups.speakers.get(`${article}#${n}`) ?? []));
  return out;
}

/** A headline is dropped when a sentence of its own article says as much (the body says it better). */
function withoutRedundantHeadlines(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) => !isHeadline(c.sentence) || !candidates.some((o) => o !== c && o.sentence.article === c.sentence.article && o.features.own >= c.features.own),
  );
}

interface Group {
  lead: Candidate;
  answer: AskAnswer;
}

/** Every term the question asks for: its own, and their synonyms and word families. */
function asked(question: WeightedTerm[]): Set<string> {
  return new Set(question.flatMap((q) => [q.term, ...q.synonyms]));
}

/** Groups near-duplicates across articles; a passage overlapping one already offered is dropped. */
function groupCandidates(story: Story, candidates: Candidate[], wanted: Set<string>): Group[] {
  const groups: Candidate[][] = [];
  const overlaps = (a: Candidate, b: Candidate) => a.sentence.article === b.sentence.article && a.from <= b.sentence.n && b.from <= a.sentence.n;
  // Each candidate is compared with the groups' first passages through an index, not one by one.
  const leads = new NearDuplicateIndex<Candidate[]>(termRarity(candidates.map((c) => c.sentence.norm)));
  for (const c of candidates) {
    if (groups.some((g) => g.some((o) => overlaps(o, c)))) continue;
    const group = leads.find(c.sentence.norm);
    if (group && sameReport(group[0]!.sentence.norm, c.sentence.norm)) group.push(c);
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
    const highlights = matchedRanges(lead.text, new Set([...wanted, ...lead.matched]));
    if (highlights.length > 0) answer.highlights = highlights;
    const credits = [...new Set(perArticle.flatMap((c) => c.sentence.credits))];
    if (credits.length > 0) answer.reportedBy = credits;
    return { lead, answer };
  });
}

/** The figures a text states ("41.75", "1987", "2"). */
function figuresOf(text: string): string {
  return [...new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? [])].sort().join(' ');
}

/**
 * Whether two alike sentences state the same figures: "raised its offer to 42 dlrs a share" and
 * "offered 41.75 dlrs a share" are two reports, and citing the second for the first would tell a
 * reader something its article does not say.
 */
function sameFigures(a: string, b: string): boolean {
  return figuresOf(a) === figuresOf(b);
}

/** Titles that add nothing to what a sentence reports ("Mr Peston said" is "Robert Peston said"). */
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sir']);

/** The most content words a sentence may have for one of them to change what it reports. */
const SHORT = 7;

/**
 * Whether two alike sentences report one thing: the same figures, and a short one (a headline) has
 * every content word of the other short one: "HUTTON ENDS PUROLATOR BID" and "E.F. HUTTON STARTS
 * PUROLATOR BID" share their names, tickers and "bid", yet report opposite things.
 */
function sameReport(a: string, b: string): boolean {
  if (!sameFigures(a, b)) return false;
  const [x, y] = [analysed(a).terms.filter((t) => !HONORIFIC.has(t)), analysed(b).terms.filter((t) => !HONORIFIC.has(t))];
  if (Math.min(x.length, y.length) > SHORT) return true;
  const [shorter, longer] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return shorter.every((t) => longer.has(t));
}

/**
 * A verb or adjective the articles lack is often there in another form ("lose" for "lost") or says
 * nothing of the topic ("happened"), so only nouns are worth saying no article mentions.
 */
function noAnswerHint(story: Story, query: string): string {
  const published = publishedTimes(story);
  const unknown = [
    ...new Set(
      // Not the words that ask ("How much money…"): they name the answer's kind, not what the story lacks.
      tokenize(withoutAskingWords(query)).filter((w) => {
        const t = termOf(w);
        return t !== null && story.index.documentFrequency(t) === 0 && !published.has(t);
      }),
    ),
  ];
  // The thing a which/what question asks for is a noun where it stands, though the lexicon knows "judges" as a verb.
  const thing = askedThing(query);
  const nouns = unknown.filter((w) => w === thing || namesAThing(w));
  const missing = nouns.length > 0 ? ` None of them mention ${nouns.map((n) => `“${n}”`).join(', ')}.` : '';
  return `Nothing in ${theseArticles(distinctSourceCount(story))} answers that directly.${missing} Try other words, a name from /people, or /sources to see what the story covers.`;
}
