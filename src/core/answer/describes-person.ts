/**
 * "Who is Kelly Holmes?" asks what a person is: the sentences that say it describe them where they
 * name them, by words before the name ("Double Olympic champion Kelly Holmes", "World Indoor 800m
 * record holder Ceplak") or set off after it ("Mason Best Co, a Texas investment partnership,").
 * A sentence that only names them ("Kelly Holmes will start 2005 with a series of races") does not.
 */
import type { Person, Story } from '../types.js';
import { findPeople } from '../people/find-person.js';
import { lexiconTags, VERB_TAGS } from '../text/nlp.js';

/** The person a "Who is …?" question asks about, if it names one of the story's people and nothing more. */
export function personAskedAbout(story: Story, question: string): Person | null {
  const m = /^\s*who\s+(?:is|was)\s+(.+?)\s*\??\s*$/i.exec(question);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return null;
  // Only a name, not a phrase with a name in it ("Who is Ebbers' defence lawyer?" asks about another).
  const asked = m[1]!.toLowerCase();
  return findPeople(story.lookups.people, m[1]!).find((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === asked)) ?? null;
}

/** "What is Ken Kutaragi's job?", "What was Cynthia Cooper's title at WorldCom?": what a person is, asked through their post. */
const POST_OF = /^\s*what\s+(is|was)\s+(\p{Lu}.*?)['’]s?\s+(?:job|title|role|position|post|occupation|profession)\b/iu;

/**
 * The "Who is …?" a question about a person's post comes to, when it names one of the story's
 * people: a sentence describing them ("said Ken Kutaragi, chief operating officer of Sony") answers it.
 */
export function askedAsWhoIs(story: Story, question: string): string | null {
  const m = POST_OF.exec(question);
  if (!m) return null;
  const who = `Who ${m[1]!.toLowerCase()} ${m[2]!}?`;
  return personAskedAbout(story, who) ? who : null;
}

/** Whether a sentence describes `person` where it names them (see the module's comment). */
export function describesPerson(text: string, person: Person): boolean {
  for (const name of [person.name, ...person.aliases.filter((a) => /^\p{Lu}/u.test(a))]) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (/^[\p{L}]/u.test(text.slice(at + name.length))) continue;
      if (SET_OFF_AFTER.test(text.slice(at + name.length)) || describedBefore(text.slice(0, at))) return true;
    }
  }
  return false;
}

/** A description set off after a name: ", a Texas investment partnership", ", the gallery's director", ", who led the inquiry". */
const SET_OFF_AFTER = /^(?:['’]s?)?\s*(?:,|\(|-)\s*(?:a|an|the|who|whose|his|her|its|their|now|then|former|chief|head)\b/i;

/** Words that end a description before a name: function words and the like. */
const NOT_DESCRIBING =
  /^(?:the|a|an|and|or|but|of|in|on|at|to|for|by|with|from|as|than|that|this|said|says|told|when|while|after|before|if|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|can|did|does|do|not|also|only|then|said:)$/i;

/**
 * Whether the words right before a name describe it: a run of words with no punctuation or
 * function word between them and the name, of which one in lower case names a thing or a post
 * ("champion", "record holder"), not a verb ("urged").
 */
function describedBefore(before: string): boolean {
  if (/[,;:.!?"“”()]\s*$/.test(before)) return false;
  const words = before.trim().split(/\s+/).filter(Boolean).slice(-5);
  const run: string[] = [];
  for (const w of words.reverse()) {
    if (NOT_DESCRIBING.test(w) || /[,;:.!?"“”()]$/.test(w)) break;
    run.push(w);
  }
  return run.some((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !lexiconTags(w).some((t) => VERB_TAGS.has(t) || t === 'Adverb'));
}
