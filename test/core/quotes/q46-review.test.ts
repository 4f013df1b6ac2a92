import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('a legislator described by state and party ("The West Virginia Democrat said")', () => {
  it('is the person the sentence before is about, not a name "West Virginia Democrat"', () => {
    // Reuters 10421.
    const text =
      'BYRD SEES VETO FIGHT\n\nSenate majority leader Robert Byrd said President Reagan may win his veto battle. ' +
      'The West Virginia Democrat said it would be "tough going" for the Senate to override the veto.\n';
    expect(speakerOf(text, 'tough going')).toBe('Robert Byrd');
  });

  it('is so for a member of parliament by seat, past a relative clause set off by commas ("The Glasgow Kelvin MP, who …, accused")', () => {
    // BBC politics 302.
    const text =
      'Galloway to fight King\n\nMr Galloway said he would contest Bethnal Green. ' +
      'The Glasgow Kelvin MP, who was expelled from Labour, accused Ms King of being a "New Labour stooge".\n';
    expect(speakerOf(text, 'New Labour stooge')).toBe('Galloway');
  });

  it('brought in by "a", is someone described, and the name before the apposition is the speaker', () => {
    // Reuters 18102.
    const text =
      'DEMOCRAT REGRETS DECISION\n\nFernand Germain, a Rhode Island Democrat, said he regretted the decision. ' +
      '"I deeply regret his decision," he added.\n\n"It is bad," said a Labour MP.\n';
    expect(speakerOf(text, 'I deeply regret')).toBe('Fernand Germain');
    expect(speakerOf(text, 'It is bad')).toBe('a Labour MP');
  });

  it('is not a body that spoke in the sentence before ("… by the Islamic Human Rights Commission")', () => {
    // BBC politics 105.
    const text =
      'Police stops\n\nHazel Blears said innocent Muslims would be targeted. ' +
      'Her comments have been described as "outrageous" by the Islamic Human Rights Commission (IHRC). ' +
      '"The threat is most likely to come from an extreme form of Islam," the Salford MP told the Commons home affairs committee.\n';
    expect(speakerOf(text, 'The threat is')).not.toBe('Islamic Human Rights Commission');
  });
});

describe("a body's description set off after the body's name in a person's role", () => {
  it('describes the body: the person whose role names it speaks', () => {
    // Reuters 19038.
    const text =
      'PHILIPPINE STOCKS RISE\n\nOne broker said the market "may at last have come of age." Wilson Sy, president of Prudential ' +
      'Securities, a local stockbroking firm with Hong Kong affiliations, told Reuters, "Barring any unforeseen political events you ' +
      'can bet on the Philippine market."\n';
    expect(speakerOf(text, 'Barring any')).toBe('Wilson Sy');
  });
});

describe("a quote standing alone after a sentence that opens on a sentence adverb and one person's name", () => {
  it('is that person\'s words ("However, Mr Negroponte has adapted the idea …")', () => {
    // BBC tech 063.
    const text =
      'Laptops for all\n\nNicholas Negroponte founded the Media Lab. The idea began at the lab. ' +
      'However, Mr Negroponte has adapted the idea to his own work in Cambodia where he set up two schools. ' +
      '"We put in 25 laptops three years ago and only one has been broken."\n';
    expect(speakerOf(text, 'We put in 25')).toBe('Nicholas Negroponte');
  });
});

describe('a quote standing alone after two sentences of aside that name no one and quote nothing', () => {
  it('goes on with the person who spoke just before them', () => {
    // BBC business 271.
    const text =
      'Arsenal may list shares\n\nArsenal vice-chairman David Dein said the club was flexible. ' +
      '"I think we have practically reached saturation point... sometimes I think less is more."\n\n' +
      'The club is funding its move through a number of sources, including debt from banks. ' +
      'It is also looking to create new revenue streams from overseas markets, including Asia. ' +
      '"We have two executives travelling round Japan and China at the moment building relationships."\n';
    expect(speakerOf(text, 'We have two executives')).toBe('David Dein');
  });

  it('does not reach past a third sentence of aside', () => {
    const text =
      'Arsenal may list shares\n\nArsenal vice-chairman David Dein said the club was flexible. ' +
      '"I think we have practically reached saturation point."\n\n' +
      'The club is funding its move through a number of sources. Debt from banks is one. ' +
      'It is also looking to create new revenue streams from overseas markets, including Asia. ' +
      '"We have two executives travelling round Japan and China at the moment building relationships."\n';
    expect(speakerOf(text, 'We have two executives')).not.toBe('David Dein');
  });
});
