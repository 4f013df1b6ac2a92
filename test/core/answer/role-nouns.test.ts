import { describe, expect, it } from 'vitest';
import { termOf } from '../../../src/core/index/terms.js';
import { expandQuery } from '../../../src/core/answer/expand-query.js';
import { addRoleNouns } from '../../../src/core/answer/role-nouns.js';

const rolesFor = (question: string, verb: string) => [...(addRoleNouns(expandQuery(question), question).groups.get(termOf(verb)!) ?? [])];

describe('addRoleNouns', () => {
  it.each([
    ['Who founded the harbour club?', 'founded', 'founder'],
    ['Who leads the ferry union?', 'leads', 'president'],
    ['Who speaks for the operator?', 'speaks', 'spokesman'],
  ])('%j: "%s" brings "%s"', (question, verb, role) => {
    expect(rolesFor(question, verb)).toContain(termOf(role));
  });

  it('brings no role for a question that is not "who", nor "founder" for "Who found the letter?"', () => {
    expect(rolesFor('What leads the ferry union to strike?', 'leads')).not.toContain(termOf('president'));
    expect(rolesFor('Who found the letter?', 'found')).not.toContain(termOf('founder'));
  });

  it('brings a head\'s posts for "the head of" in any question (BBC politics, the Gambling Bill)', () => {
    const question = 'How did the head of the British Casino Association react to the cap?';
    expect(rolesFor(question, 'head')).toContain(termOf('chairman'));
    expect(rolesFor('How did the association react to the cap?', 'react')).not.toContain(termOf('chairman'));
  });
});
