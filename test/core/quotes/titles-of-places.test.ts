import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';
import { castUnder } from '../../support/one-article-cast.js';

// Made up in the shape of BBC News copy (the royal wedding, the Bishop of Durham on a novel, a film star's complaint).

describe('a title with what it is of ("The Archbishop of Canterbury said:")', () => {
  it('is the speaker, described, when the article names no one with it, not the speaker quoted before', () => {
    const text =
      'Royal wedding date set\n\nThe couple will marry in April. ' +
      '"It opened up a sense of disillusionment," said Ros Coward, a biographer. ' +
      'The Archbishop of Canterbury said: "I am pleased that they have decided to take this important step."\n';
    expect(speakerOf(text, 'I am pleased')).toBe('the Archbishop of Canterbury');
  });

  it('reads "the president of the union" and "the mayor of London" whole', () => {
    const text =
      'Strike called off\n\nThe strike was called off on Monday. ' +
      'The president of the union said the offer was "the best we could get". ' +
      'The mayor of London said the city was "back on its feet".\n';
    expect(speakerOf(text, 'the best we could get')).toBe('the president of the union');
    expect(speakerOf(text, 'back on its feet')).toBe('the mayor of London');
  });

  it('is the person the article sets it off before ("The Bishop of Durham, the Rt Rev Dr Tom Wright,")', () => {
    const text =
      'Bishop attacks novel\n\nThe Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as "lousy history". ' +
      'Sales of the book have passed seven million. ' +
      'Writing in the Northern Echo, the Bishop said: "Conspiracy theories are always fun to read."\n';
    const cast = castUnder('Bishop attacks novel')('The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as "lousy history".');
    expect(cast.find((p) => p.name === 'Tom Wright')?.roles).toEqual(['Bishop of Durham']);
    expect(speakerOf(text, 'Conspiracy theories')).toBe('Tom Wright');
  });

  it('leaves someone known by their work to whom the sentence before is about ("The star of Rain Man and Tootsie said")', () => {
    const text =
      'Hoffman hits out over modern film\n\nDustin Hoffman has hit out at the quality of current films.\n\n' +
      'The star of Rain Man and Tootsie said the film culture was "in the craphouse" at a press conference on Tuesday. ' +
      'The 67-year-old also said he stopped working a few years ago because he lost his "spark" for acting.\n';
    expect(speakerOf(text, 'in the craphouse')).toBe('Dustin Hoffman');
  });
});

describe('a title the article has shown whom it stands for ("the chancellor")', () => {
  it('stands for the same person later, when a shadow holder of it has been named since', () => {
    const text =
      'Chancellor rallies Labour voters\n\nGordon Brown has issued a rallying cry to supporters.\n\n' +
      'The chancellor said the vote will give a "clear and fundamental" choice. He said Tory plans would "cut deep into public service".\n\n' +
      'To a packed audience, the chancellor said the cuts proposed by shadow chancellor Oliver Letwin were the equivalent of sacking every teacher, he told activists. ' +
      'Laying into the Conservative record he said: "I give you this promise."\n';
    expect(speakerOf(text, 'I give you this promise')).toBe('Gordon Brown');
  });
});
