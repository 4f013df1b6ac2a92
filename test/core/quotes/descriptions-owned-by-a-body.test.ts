import { describe, expect, it } from 'vitest';
import { articleUnder, speakerOf } from '../../support/attributed-quotes.js';

const article = articleUnder('Schools shake-up row');

describe("a speaker described with a body's name, or set off after a role alias", () => {
  it('gives the words of "a <party> MEP" to that member, not the party', () => {
    const text = article('A UK Independence Party MEP suggested Germany saw the EU as an "empire" it could rule.');
    expect(speakerOf(text, 'empire')).toBe('a UK Independence Party MEP');
    expect(speakerOf(article('A Labour Party MP said the plan was "a disgrace to us all".'), 'a disgrace')).toBe('a Labour Party MP');
  });

  it("gives the words to the name set off after a description that opens on another person's role alias", () => {
    const text = article(
      '"Any partial implementation would compromise that integrity," said its chairman, Sir Anthony Greenway.',
      '"It will be a tragedy," said the chairman of the Commons education select committee, Labour MP Barry Shearman.',
      '"It is a fine plan," said the chairman, who was in London.',
    );
    expect(speakerOf(text, 'It will be a tragedy')).toBe('Barry Shearman');
    expect(speakerOf(text, 'It is a fine plan')).toBe('Anthony Greenway');
  });
});
