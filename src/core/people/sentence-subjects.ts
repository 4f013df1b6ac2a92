/**
 * Whom the sentences of an article are about when they name no one: "She won in two minutes…", "The
 * 34-year-old made a cautious start" open on a pronoun or an age, and are about the person the
 * article last opened a sentence on. A question about that person must reach them; so must the
 * timeline's "about" and its topics.
 */
import { lexiconTags, VERB_TAGS } from '../text/nlp.js';

/**
 * A reader of one article's sentences, in order: given a sentence and the people it names, the
 * people it is about (those it names, else the subject it refers back to).
 */
export function sentenceSubjects(): (text: string, named: string[]) => string[] {
  let subject: string | null = null;
  // The one person the headline (the article's first line) names: whom the article is about when no
  // sentence opened on anyone ("Chepkemei hit by big ban" … "The 29-year-old finished second").
  let headlined: string | null | undefined;
  return (text, named) => {
    if (headlined === undefined) headlined = named.length === 1 ? named[0]! : null;
    if (SUBJECT_REFERENCE.test(text)) {
      const referent = subject ?? headlined;
      // "The 29-year-old finished second to Paula Radcliffe": the names after the opening are others than its subject.
      return referent && !named.includes(referent) ? [referent, ...named] : named;
    }
    if (named.length > 0) subject = subjectOf(text, named);
    else if (NEW_SUBJECT.test(text)) subject = null;
    return named;
  };
}

/**
 * A sentence that opens on a pronoun, an age or an epithet as its subject ("He said…", "The 34-year-old
 * won…", "The Sydney Olympic gold medallist says…"): news names a person once, then by what they are.
 */
const SUBJECT_REFERENCE = new RegExp(
  `^(?:He|She|The \\S+-year-old|The (?:[\\p{L}'’-]+ ){0,3}(?:${[
    'medallist',
    'medalist',
    'champion',
    'sprinter',
    'athlete',
    'runner',
    'star',
    'actor',
    'actress',
    'singer',
    'rapper',
    'striker',
    'midfielder',
    'defender',
    'winger',
    'goalkeeper',
    'veteran',
    'tycoon',
    'billionaire',
    'financier',
    'investor',
    'novelist',
    'comedian',
    'presenter',
    'film-maker',
    'filmmaker',
  ].join('|')}))\\b`,
  'u',
);

/** A sentence that opens on someone new and unnamed: "A spokeswoman for Human Rights Watch said…". */
const NEW_SUBJECT = /^(?:An?|One|Another)\s|^[^,"“]*\bspokes(?:man|woman|person)\b/;

/**
 * The person a sentence opens on, a role before the name allowed ("Songwriter Guy Chambers, who has
 * worked with … Robbie Williams"): the one named first, if no verb comes before the name ("Tautou
 * will play Hanks' partner" opens on someone the cast may not hold); else nobody.
 */
function subjectOf(text: string, people: string[]): string | null {
  const first = people
    .map((name) => ({ name, at: firstMention(text, name) }))
    .filter((p) => p.at !== null)
    .sort((a, b) => a.at!.start - b.at!.start)[0];
  if (!first) return null;
  const opening = text.slice(0, first.at!.start).split(/\s+/).filter(Boolean);
  // A possessive is no subject: "In Tony Blair's first government Mr Blunkett was put in charge…".
  const possessive = /^['’]/.test(text.slice(first.at!.end));
  return opening.length <= SUBJECT_REACH && !opening.some(isVerb) && !possessive ? first.name : null;
}

/** Where a text first writes a person's given name or surname: from its start to the surname's end. */
function firstMention(text: string, name: string): { start: number; end: number } | null {
  const words = name.split(' ');
  const last = words.at(-1)!;
  const at = text.indexOf(last);
  if (at < 0) return null;
  const given = text.indexOf(words[0]!);
  return { start: given >= 0 && given < at ? given : at, end: at + last.length };
}

/** A word compromise's lexicon knows only as a verb ("will", "play", "saw"). */
function isVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => VERB_TAGS.has(t));
}

/** The most words (a role, a title) before the name a sentence opens on. */
const SUBJECT_REACH = 5;
