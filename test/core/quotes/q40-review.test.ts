import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('"say" as a noun ("will have the final say", "want more say")', () => {
  it('makes no speaker of its subject: the "he" after it is whom the sentence is about (BBC sport 121)', () => {
    const text =
      "Parry puts Gerrard 'above money'\n\n" +
      'Listen to the interview on Five Live.\n\n' +
      'But Parry, speaking exclusively to BBC Sport, also admits Steven Gerrard, who has been linked with Chelsea, will have the final say on his future. ' +
      'He told BBC Five Live: "Steven is above money. He is the future of Liverpool."\n';
    expect(speakerOf(text, 'Steven is above money')).toBe('Parry');
  });

  it('after a word of how much is no cue either ("fans who want more say in how the club is run")', () => {
    const text =
      'Club row\n\n' +
      'Manager Tom Hardy backed the board. Supporter Ann Lee and fans who want more say in how the club is run met on Monday. ' +
      'He told the BBC: "The board has my full support."\n';
    expect(speakerOf(text, 'The board has')).toBe('Tom Hardy');
  });
});

describe('a lone surname a cue gives as a speaker ("…, Slifer said.")', () => {
  it('is whom the "he said" right after it goes on with, not an economist quoted before (Reuters 19028)', () => {
    const text =
      'U.S. M-1 DROP SEEN AS SIGN OF WEAKNESS\n\n' +
      '"M-1 has hit an air pocket of weakness," said Bill Sullivan of Dean Witter Reynolds Inc.\n' +
      '    A recent modest gain in producer prices has helped dispel inflation fears, Slifer said.\n' +
      '    "If this continues, we can entertain the notion of Fed easing at some point," he said.\n';
    expect(speakerOf(text, 'If this continues')).toBe('Slifer');
  });

  it('is not a firm the story writes as one ("Texaco Inc"), whose "he said" is the person quoted before', () => {
    const text =
      'OIL TALKS\n\n' +
      '"Prices will hold," said Bill Sullivan, an analyst with Dean Witter Reynolds Inc.\n' +
      '    Texaco Inc cut its posted prices on Monday.\n' +
      '    Output will fall this year, Texaco said.\n' +
      '    "If this continues, we can expect firmer markets," he said.\n';
    expect(speakerOf(text, 'If this continues')).toBe('Bill Sullivan');
  });

  it('is not a word the story has written as part of a longer name or after "the" (Reuters 17199, 6954)', () => {
    const qatar =
      'QATAR BANKS\n\n' +
      'Minister Abdulla Khalid al-Attiya said: "The economy is not improving as we hoped."\n' +
      '    Bank profits will fall, Attiya said.\n' +
      '    "Generally speaking, we are overbanked in Qatar," he said.\n';
    expect(speakerOf(qatar, 'Generally speaking')).toBe('Abdulla Khalid al-Attiya');
    const antara =
      'INDONESIA OIL\n\n' +
      'Central Bank governor Arifin Siregar was quoted as saying by the official Antara news agency that prices would hold.\n' +
      '    Exports will rise, Antara said.\n' +
      '    "I see Sumatra has great potential," he said.\n';
    expect(speakerOf(antara, 'I see Sumatra')).toBe('Arifin Siregar');
  });
});

describe('an aside between dashes before the cue that holds a hyphenated word', () => {
  it('is still set apart from the subject ("But B&B - which has a 22% share of the buy-to-let market - said", BBC business 177)', () => {
    const text =
      'Optimism remains over UK housing\n\n' +
      'The UK property market remains robust.\n\n' +
      'But B&B - which has a 22% share of the UK buy-to-let mortgage market - said that while rates of growth were moderating, ' +
      'the sector "continues to grow at a rate considerably above that of the whole mortgage market".\n';
    expect(speakerOf(text, 'continues to grow')).toBe('B&B');
  });
});

describe('a quote standing alone after sentences about the one who spoke last', () => {
  const text =
    "O'Connor ready for Scots test\n\n" +
    "Johnny O'Connor is ready to make a big impression on his debut. " +
    '"It\'s a horses for courses selection really," said O\'Connor. ' +
    'It looks a definite battle between himself and Denis Leamy for the number seven role. ' +
    "Nonetheless, all O'Connor is currently concerned about is making an impression while winning his third cap.\n\n" +
    '"Missing the Italian game was disappointing certainly, but you can\'t dwell on these things."\n';

  it('goes on with them where the sentence right before names them and no one else (BBC sport 420)', () => {
    expect(speakerOf(text, 'Missing the Italian game')).toBe("Johnny O'Connor");
  });

  it('does not where that sentence names someone else too', () => {
    const other = text.replace("all O'Connor is currently concerned about", "all O'Connor and Denis Leamy are currently concerned about");
    expect(speakerOf(other, 'Missing the Italian game')).toBeNull();
  });
});

describe('a sentence that goes on about someone by a ranking or a nationality ("The world number one", "The Russian")', () => {
  it('hands the "he said" after it to whom the sentence before was about, not to the opponent it names (BBC sport 428)', () => {
    const text =
      'Federer through in Dubai\n\n' +
      'Roger Federer was not unduly worried despite being taken to three sets. ' +
      'The world number one was forced to go the distance against Ivan Ljubicic in the Rotterdam final. ' +
      '"I definitely had a slow start again and to come back every time is quite an effort," he said.\n';
    expect(speakerOf(text, 'I definitely had a slow start')).toBe('Roger Federer');
  });

  it('does so after an irregular verb too, for a player the story names by surname alone (BBC sport 480)', () => {
    const text =
      'Safin through\n\n' +
      'Mario Ancic looked set to push Safin all the way when he took the second set. ' +
      'Safin said he was trying to keep his temper under control. ' +
      'The Russian hit himself on the head repeatedly but was otherwise calm. ' +
      '"I try to stay calm because if you go crazy against players like Ancic, you might never come back," he said.\n';
    expect(speakerOf(text, 'I try to stay calm')).toBe('Safin');
  });
});

describe('a role with the seat it is for, set off after a name ("Ms Roche, Labour MP for Hornsey and Wood Green, believes")', () => {
  it("leaves the name before it the subject, not the seat, which reads like a person's name (BBC politics 025)", () => {
    const text =
      "UK 'needs true immigration data'\n\n" +
      'Barbara Roche said an independent body should publish the figures. Sir Andrew Green says there is no need for one.\n\n' +
      'Ms Roche, Labour MP for Hornsey and Wood Green, believes legal migration is something we should welcome. ' +
      'She said her proposals mean "we would not have so-called independent experts".\n';
    expect(speakerOf(text, 'we would not have')).toBe('Barbara Roche');
  });
});
