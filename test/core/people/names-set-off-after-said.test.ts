import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Oil firm joins board');

describe('a name set off after a reporting verb and a job, or after "said" with a particle', () => {
  it('reads "said its chairman, NAME," as a person holding that job', () => {
    const cast = castOf('Wilshire Oil Co of Texas said its chairman, Siggi Wilczak, was appointed to the Jacobs board.');
    expect(cast.find((p) => p.name === 'Siggi Wilczak')?.roles).toEqual(['chairman']);
    const afterClause = castOf(
      'Wilshire Oil Co of Texas, which has a 9.8 pct stake in Jacobs Engineering Group Inc, said its chairman, Siggi Wilczak, was appointed.',
    );
    expect(afterClause.find((p) => p.name === 'Siggi Wilczak')?.roles).toEqual(['chairman']);
  });

  it('reads a job that opens on its employer\'s name after "said" as the role of the name set off after it', () => {
    const cast = castOf('"The yen will firm," said Sumitomo Bank Ltd chief economist, Masahiko Koida.');
    expect(cast.find((p) => p.name === 'Masahiko Koida')?.roles).toEqual(['Sumitomo Bank Ltd chief economist']);
  });

  it('writes the alias of a job owned by an employer of two words without "the", and keeps a clause after "said" no role', () => {
    const cast = castOf('"This picture was the story," said De Telegraaf\'s image editor, Peter Schoonan.');
    expect(cast.find((p) => p.name === 'Peter Schoonan')?.aliases).toContain("De Telegraaf's image editor");
    const clause = castOf('IBM said Cassani remains chairman of IBM World Trade Europe, Middle East, Africa, and a member of its board.');
    expect(clause.map((p) => p.name)).not.toContain('Middle East');
  });

  it('leaves a firm set off after "and its partner" no person', () => {
    const cast = castOf('In a statement, Calmos said it and its European partner, European Silicon Structures, expects to use the research.');
    expect(cast.map((p) => p.name)).toEqual([]);
  });

  it('finds a name with a particle after "said", set off by "one of the researchers", and gives it the quote', () => {
    const text = [
      'Dutch team builds giant photo',
      '',
      '"It would be feasible to build a larger image," said Jurgen den Hortog, one of the TNO researchers behind the project.',
      '',
    ].join('\n');
    const { story } = buildStory([{ id: 'a1', text }]);
    expect(story.people.map((p) => p.name)).toEqual(['Jurgen den Hortog']);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['Jurgen den Hortog']);
  });

  it('finds a titled surname after a dash set against it', () => {
    const cast = castOf("The counsel agreed to grant immunity to a star witness --President Reagan's former adviser John Poindexter.");
    expect(cast.map((p) => p.name).sort()).toEqual(['John Poindexter', 'Reagan']);
  });
});
