/** Lists the story's cast (the `people` answer). */
import type { PeopleResult, Story } from '../types.js';

/** The cast, most mentioned first. */
export function listPeople(story: Story): PeopleResult {
  return { people: story.people.map((p) => ({ name: p.name, aliases: [...p.aliases], roles: [...p.roles], mentions: p.mentions })) };
}
