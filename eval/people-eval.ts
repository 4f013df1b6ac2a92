/**
 * Grades the cast (`/people`) against the people a reader would list: precision over what Byline
 * lists (a place, organisation or stray word is a mistake), recall over the reader's list. Names
 * match when every word of one is a word of the other (so "Blair" is Tony Blair).
 */
import { listPeople } from '../src/core/answer/people.js';
import { foldForComparison } from '../src/core/ingest/normalize-typography.js';
import type { Story } from '../src/core/types.js';
import type { GoldPerson } from './story-set.js';

/** Precision and recall counts, with the mistakes. */
export interface PeopleScores {
  listed: number;
  rightListed: number;
  gold: number;
  found: number;
  mistakes: string[];
}

const words = (name: string) =>
  foldForComparison(name)
    .replace(/[.’']/g, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
const within = (a: string[], b: string[]) => a.length > 0 && a.every((w) => b.includes(w));

function sameName(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  return within(wa, wb) || within(wb, wa);
}

/** Compares the story's cast with the gold cast. */
export function gradePeople(story: Story, cast: GoldPerson[], alsoPeople: string[] = []): PeopleScores {
  const listed = listPeople(story).people;
  const goldNames = cast.map((p) => [p.name, ...(p.aliases ?? [])]);
  const known = [...goldNames.flat(), ...alsoPeople];
  const scores: PeopleScores = { listed: listed.length, rightListed: 0, gold: cast.length, found: 0, mistakes: [] };
  for (const person of listed) {
    if (known.some((k) => sameName(person.name, k))) scores.rightListed++;
    else scores.mistakes.push(`not a person of the story: ${person.name} (${person.mentions} mentions)`);
  }
  cast.forEach((p, i) => {
    if (listed.some((l) => goldNames[i]!.some((g) => sameName(l.name, g)))) scores.found++;
    else scores.mistakes.push(`missed: ${p.name}`);
  });
  return scores;
}
