/**
 * What a timeline can be about: the story's people, the organisations and places its events
 * name, and the things its events are about (nouns, never a weekday, a function word or a verb),
 * ranked by how many events mention them. People come from the cast and each event's sentences;
 * organisations, places and subjects from compromise's tags on the events' sentences (a sample
 * of at most TOPIC_SAMPLE events, spread over the story, on a long one; the tally is one of the
 * story's look-ups, story/topic-tally.ts).
 */
import type { Story } from '../types.js';
import type { Topic, TopicTally } from '../story/topic-tally.js';

export type { Topic } from '../story/topic-tally.js';
import nlp from '../text/nlp.js';
import { STOP_WORDS } from '../index/stop-words.js';
import { contentTerms } from '../index/terms.js';

/** Events tagged per step: each step stays short for a bot answering meanwhile. */
const STEP = 12;
/** Subjects and names kept (the autocomplete matches what is typed against them all). */
const KEPT = 150;
/** Tags that make a noun no subject: dates and weekdays, numbers and units, pronouns, and people's roles (the cast has those). */
const NOT_SUBJECT = ['Date', 'Duration', 'Value', 'Unit', 'Pronoun', 'Actor', 'ProperNoun', 'Possessive'];

/** Tags that make a run of capitalised words no name of a thing: people, demonyms, dates. */
const NOT_NAME = ['Person', 'Demonym', 'Date'];

/** A term of compromise's JSON: its text (empty for a contraction's hidden word), the space after it, its tags. */
interface NlpTerm {
  text: string;
  post: string;
  tags: string[];
}

/** The runs of proper-noun terms in a sentence; a contraction's hidden word ("Don't" → do, not) does not break a run. */
function nameRuns(terms: NlpTerm[]): NlpTerm[][] {
  const runs: NlpTerm[][] = [];
  let run: NlpTerm[] = [];
  for (const t of terms) {
    if (t.tags.includes('ProperNoun') || (t.text === '' && run.length > 0)) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Indefinite pronouns and times of day that compromise tags as plain nouns. */
const NOT_SUBJECT_WORDS = new Set([
  'everyone',
  'everybody',
  'everything',
  'nobody',
  'nothing',
  'somebody',
  'anybody',
  'none',
  'others',
  'morning',
  'afternoon',
  'evening',
  'night',
  'tonight',
  'weekend',
  // Days and months written in lower case ("a march", "in march"): compromise cannot tell them from nouns.
  ...'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
]);
/** compromise's verb forms (its own conjugation tables; absent in another version, and then unused). */
const verbs = nlp.world() as unknown as {
  model: object;
  methods: {
    two?: {
      transform?: { verb?: { toInfinitive?: (w: string, m: object, tense: string) => string; conjugate?: (w: string, m: object) => Record<string, string> } };
    };
  };
};
const verb = verbs.methods.two?.transform?.verb;

/** Whether a word is an irregular past tense ("rose", "fell") that compromise took for a noun in a sentence ("profit rose"). */
function isPastTense(word: string): boolean {
  if (!verb?.toInfinitive || !verb.conjugate) return false;
  const infinitive = verb.toInfinitive(word, verbs.model, 'PastTense');
  return infinitive !== word && verb.conjugate(infinitive, verbs.model).PastTense === word;
}

/**
 * The story's topics, best first, ranked by how many events mention them; never a person no event
 * mentions (offered, they led to "No dated events about Hilary Swank").
 *
 * @example timelineTopics(story).slice(0, 3) // => [{ text: 'Jeff Sessions', kind: 'person', events: 12 }, …]
 */
export function timelineTopics(story: Story): Topic[] {
  const tally = tallyOf(story);
  while (tally.next < tally.sample.length) tagNext(tally);
  return (tally.topics ??= rank(story, tally));
}

/** The formula of an unnamed source ("spoke on condition of anonymity"): says nothing of what the event is about. */
const ANONYMITY =
  /\b(?:on|under) (?:the )?condition(?:s)? of anonymity\b|\bon condition (?:that )?(?:they|he|she|it) (?:not be|were not|was not|not be) (?:named|identified)\b/gi;

/** The tagging as steps of a few events each, for a loader that answers between them. */
export function timelineTopicSteps(story: Story): (() => void)[] {
  const tally = tallyOf(story);
  const tagging = Array.from({ length: Math.ceil(tally.sample.length / STEP) }, () => () => {
    for (let k = 0; k < STEP && tally.next < tally.sample.length; k++) tagNext(tally);
  });
  // Last, the ranking (every event's people counted once).
  return [...tagging, () => void timelineTopics(story)];
}

function tallyOf(story: Story): TopicTally {
  return story.lookups.topics;
}

/** Tags the next sampled event's sentence and counts each organisation, place and subject in it once. */
function tagNext(tally: TopicTally): void {
  const doc = nlp(tally.sample[tally.next++]!.replace(ANONYMITY, ' '));
  const found = new Map<string, { kind: Topic['kind']; form: string }>();
  const name =
    (kind: Topic['kind'], ifNew = false) =>
    (text: string) => {
      // "the Justice Department news conference's" → "Justice Department": the name's capitalised words.
      const form = text
        .replace(/^(the|a|an)\s+/i, '')
        .replace(/['’]s\b.*$/u, '')
        .replace(/(\s+[^\p{Lu}\s]\S*)+$/u, '')
        .replace(/(?<!\p{Lu}\.\p{Lu}\.?)[^\p{L}\p{N})]+$/u, '')
        .trim();
      if (/^\p{Lu}/u.test(form) && form.length > 1 && !STOP_WORDS.has(form.toLowerCase()) && !(ifNew && found.has(form.toLowerCase())))
        found.set(form.toLowerCase(), { kind, form });
    };
  // "Hinckley, Leicestershire": two places.
  (doc.organizations().out('array') as string[]).flatMap((t) => t.split(',')).forEach(name('organisation'));
  (doc.places().out('array') as string[]).flatMap((t) => t.split(',')).forEach(name('place'));
  // Other names a story is about, that compromise knows as neither ("the Oscars", "the 77th Academy
  // Awards", "Million Dollar Baby"): a reader typing "oscar" expects them offered. People are the cast's.
  // A run with a person or a demonym in it is a person's title ("Argentine Treasury Secretary Mario
  // Brodersohn"), and one with a contraction a title no search finds ("Boys Don't Cry"): neither.
  for (const run of nameRuns((doc.json()[0]?.terms ?? []) as NlpTerm[]))
    if (!run.some((t) => t.tags.some((tag) => NOT_NAME.includes(tag)) || /n['’]t$/i.test(t.text)))
      run
        .map((t) => t.text + t.post)
        .join('')
        .trim()
        .split(',')
        .forEach(name('subject', true));
  for (const term of doc.json()[0]?.terms ?? ([] as { text: string; tags: string[] }[])) {
    const word = (term.text as string).replace(/[^\p{L}-]+/gu, '');
    const tags = term.tags as string[];
    if (
      !tags.includes('Noun') ||
      tags.some((t) => NOT_SUBJECT.includes(t)) ||
      !/^\p{Ll}[\p{Ll}-]{3,}$/u.test(word) ||
      STOP_WORDS.has(word) ||
      NOT_SUBJECT_WORDS.has(word) ||
      isPastTense(word)
    )
      continue;
    const stem = contentTerms(word)[0];
    if (stem) found.set(`~${stem}`, { kind: 'subject', form: word });
  }
  for (const [key, { kind, form }] of found) {
    const entry = tally.counts.get(key) ?? { kind, forms: new Map<string, number>(), events: 0 };
    entry.events++;
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    tally.counts.set(key, entry);
  }
}

function rank(story: Story, tally: TopicTally): Topic[] {
  const scale = tally.sample.length ? story.events.length / tally.sample.length : 1;
  const cast = castWords(story);
  const named: Topic[] = [...tally.counts.entries()]
    .filter(([key]) => !cast.has(key.replace(/^~/, '')))
    .map(([, e]) => ({ text: [...e.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0], kind: e.kind, events: Math.round(e.events * scale) }))
    .sort(byEvents)
    .slice(0, KEPT);
  const people = peopleByEvents(story);
  const inEvents = story.people.filter((p) => (people.get(p.name) ?? 0) > 0).map((p): Topic => ({ text: p.name, kind: 'person', events: people.get(p.name)! }));
  // One entry per spelling: "Talks" opening a sentence is the subject "talks".
  const seen = new Set<string>();
  return [...inEvents, ...named].sort(byEvents).filter((t) => !seen.has(t.text.toLowerCase()) && seen.add(t.text.toLowerCase()));
}

function byEvents(a: Topic, b: Topic): number {
  return b.events - a.events || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** How many events each person of the cast appears in (in any sentence the event is told in). */
function peopleByEvents(story: Story): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of story.events) {
    const here = new Set<string>();
    for (const o of e.occurrences) for (const p of story.byArticle.get(o.article)?.[o.sentence - 1]?.people ?? []) here.add(p);
    for (const p of here) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/** The cast's names and aliases, folded: an organisation or subject that is a person's name is the person. */
function castWords(story: Story): Set<string> {
  const words = new Set<string>();
  for (const p of story.people) for (const n of [p.name, ...p.aliases]) words.add(n.toLowerCase());
  return words;
}
