import { describe, expect, it } from 'vitest';
import { askedAsWhoIs, describesPerson } from '../../../src/core/answer/describes-person.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import { fixture } from '../../fixtures/read-fixture.js';
import type { Person } from '../../../src/core/types.js';

const holmes: Person = { name: 'Kelly Holmes', aliases: ['Holmes'], roles: [], mentions: 1 };

describe('describesPerson', () => {
  it.each([
    // BBC sport (bbc/sport), Kelly Holmes's 2005 season.
    ['Double Olympic champion Kelly Holmes has been voted European Athletics (EAA) woman athlete of 2004.', true],
    ["Double Olympic gold medallist Holmes has strongly hinted she will not run in this year's Worlds.", true],
    ['Kelly Holmes, the double Olympic champion, will race in Glasgow.', true],
    ['Kelly Holmes will start 2005 with a series of races in Britain.', false],
    ["Jolanda Ceplak has urged Britain's Kelly Holmes to continue competing at the major championships.", false],
    ['"I am very disappointed," said Holmes.', false],
  ])('%j → %s', (text, expected) => {
    expect(describesPerson(text, holmes)).toBe(expected);
  });
});

describe('askedAsWhoIs: a question about a person’s post is "Who is …?"', () => {
  const { story } = buildStory([fixture('headline-context')]);
  const person = story.people[0]!;

  it.each([`What is ${person.name}'s job?`, `What was ${person.name}’s title at the firm?`, `what is ${person.name}'s role`])('%j', (question) => {
    expect(askedAsWhoIs(story, question)).toMatch(new RegExp(`^Who (is|was) ${person.name}\\?$`));
  });

  it('leaves a question about a post no person of the story holds, and other questions, alone', () => {
    expect(askedAsWhoIs(story, "What is Zebediah Quark's job?")).toBeNull();
    expect(askedAsWhoIs(story, `What did ${person.name} say?`)).toBeNull();
  });
});
