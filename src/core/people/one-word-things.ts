/**
 * A person known by one word that the story mostly writes as a thing's name ("her uncle Oscar" in a story of the
 * Oscars, where "an Oscar for playing Charles" and "her Oscar from Jeremy Irons" are the award): that word is the
 * person's only in the articles that bring them in as a person, not wherever the thing is written.
 */
import type { Person, Sentence } from '../types.js';
import type { NameMention } from './find-name-mentions.js';

/**
 * The people known by one word the story writes as a thing's, each with the articles that bring them in as a person
 * (by a role, a kin word or words they say).
 */
export function peopleNamedLikeThings(people: Person[], sentences: Sentence[], found: NameMention[][], text: string): Map<Person, Set<string>> {
  const confined = new Map<Person, Set<string>>();
  const oneWord = people.filter((p) => !p.name.includes(' ') && !p.aliases.some((a) => a.includes(' ') && !a.startsWith('the ')));
  if (oneWord.length === 0) return confined;
  // Read once for all of them: a story may be a whole archive, with hundreds of people known by one word.
  const asPerson = new Map<string, { uses: number; articles: Set<string> }>();
  found.forEach((names, i) => {
    for (const m of names) {
      if (m.name.includes(' ') || (m.role === null && !m.person)) continue;
      const seen = asPerson.get(m.name) ?? { uses: 0, articles: new Set<string>() };
      seen.uses++;
      seen.articles.add(sentences[i]!.article);
      asPerson.set(m.name, seen);
    }
  });
  let asThing: Map<string, number> | undefined;
  for (const person of oneWord) {
    const seen = asPerson.get(person.name);
    if (!seen) continue;
    const uses = (asThing ??= thingUses(text)).get(person.name) ?? 0;
    if (uses >= 2 && uses > seen.uses) confined.set(person, seen.articles);
  }
  return confined;
}

/**
 * How often the text writes each capitalised word as a thing's name: after an article, a possessive or an ordinal, and
 * at the end of its phrase ("an Oscar for …", "her Oscar from …", "a second Oscar."), where a person's name would not
 * stand ("a Baros header" is no such use: the name describes the header).
 */
function thingUses(text: string): Map<string, number> {
  const uses = new Map<string, number>();
  for (const m of text.matchAll(THING_USE)) uses.set(m[1]!, (uses.get(m[1]!) ?? 0) + 1);
  return uses;
}
const THING_USE = new RegExp(
  `(?<![\\p{L}])(?:[Aa]n?|[Tt]he|his|her|their|its|this|that|every|each|another|first|second|third|fourth|fifth|sixth)\\s+(\\p{Lu}[\\p{L}'’-]*)` +
    `(?=\\s*[.,;:!?)]|\\s+(?:for|from|in|at|on|of|and|or|but|with|to|is|was|were|has|had|will|would|could|as|after|before|since)(?![\\p{L}]))`,
  'gu',
);
