/**
 * A person known by one word that the story mostly writes as a thing's name ("her uncle Oscar" in a story of the
 * Oscars, where "an Oscar for playing Charles" and "her Oscar from Jeremy Irons" are the award): that word is the
 * person's only in the articles that bring them in as a person, not wherever the thing is written.
 */
import type { Person, Sentence } from '../types.js';
import type { NameMention } from './find-name-mentions.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * The people known by one word the story writes as a thing's, each with the articles that bring them in as a person
 * (by a role, a kin word or words they say).
 */
export function peopleNamedLikeThings(people: Person[], sentences: Sentence[], found: NameMention[][], text: string): Map<Person, Set<string>> {
  const confined = new Map<Person, Set<string>>();
  for (const person of people) {
    if (person.name.includes(' ') || person.aliases.some((a) => a.includes(' ') && !a.startsWith('the '))) continue;
    const articles = new Set<string>();
    let asPerson = 0;
    found.forEach((names, i) => {
      for (const m of names)
        if (m.name === person.name && (m.role !== null || m.person)) {
          asPerson++;
          articles.add(sentences[i]!.article);
        }
    });
    const asThing = thingUses(person.name, text);
    if (articles.size > 0 && asThing >= 2 && asThing > asPerson) confined.set(person, articles);
  }
  return confined;
}

/**
 * How often the text writes a word as a thing's name: after an article, a possessive or an ordinal, and at the end of
 * its phrase ("an Oscar for …", "her Oscar from …", "a second Oscar."), where a person's name would not stand ("a Baros
 * header" is no such use: the name describes the header).
 */
function thingUses(word: string, text: string): number {
  const uses = new RegExp(
    `(?<![\\p{L}])(?:[Aa]n?|[Tt]he|his|her|their|its|this|that|every|each|another|first|second|third|fourth|fifth|sixth)\\s+${escapeRegExp(word)}` +
      `(?=\\s*[.,;:!?)]|\\s+(?:for|from|in|at|on|of|and|or|but|with|to|is|was|were|has|had|will|would|could|as|after|before|since)(?![\\p{L}]))`,
    'gu',
  );
  return [...text.matchAll(uses)].length;
}
