import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, built to show a rule a readers' audit of the archives asked for.

const castOf = castUnder('COMPANY NEWS');
const rolesOf = (name: string, ...paragraphs: string[]) => castOf(...paragraphs).find((p) => p.name === name)?.roles ?? [];

describe('a firm\'s "Inc." with its full stop right before a name', () => {
  it('ends the sentence: the post named before it is no role of the name after', () => {
    // Reuters 11021.
    expect(
      rolesOf(
        'Burton Ruby',
        'It said Elbert Hand was named chief executive officer of Jaymar-Ruby Inc. Burton Ruby, son of the Jaymar-Ruby founder, remains as chairman.',
      ),
    ).toEqual([]);
  });

  it('leaves a role that goes on after the firm ("Acme Corp. chairman John Smith")', () => {
    expect(rolesOf('John Smith', 'Acme Corp. chairman John Smith said sales rose.')).toEqual(['Acme Corp. chairman']);
  });
});
