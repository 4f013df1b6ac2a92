import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made up in the shape of BBC News politics and sport copy.

describe('a cleric\'s style before the name ("the Rt Rev Michael Scott-Joynt", "Reverend Eldon Phillips")', () => {
  it('is no part of the name, and the title set off before it is the role', () => {
    const castOf = castUnder('Bill opposed');
    const cast = castOf(
      'Opponents of the bill, including Lord Campbell and the Bishop of Winchester, the Rt Rev Michael Scott-Joynt, said it went too far.',
      'The secretary of the Welsh Students Rugby Football Union, Reverend Eldon Phillips, said: "It is a shame."',
      "The service will be in St George's Chapel at which the Archbishop of Canterbury, Dr Rowan Williams, will preside.",
    );
    const roles = Object.fromEntries(cast.map((p) => [p.name, p.roles]));
    expect(roles['Michael Scott-Joynt']).toEqual(['Bishop of Winchester']);
    expect(roles['Eldon Phillips']).toEqual(['secretary of the Welsh Students Rugby Football Union']);
    expect(roles['Rowan Williams']).toEqual(['Archbishop of Canterbury']);
  });
});
