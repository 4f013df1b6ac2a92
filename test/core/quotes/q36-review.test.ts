import { describe, expect, it } from 'vitest';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News and Reuters copy, each built to show one rule.

describe('a one-word name "of" a place ("Lloyds of London", "Volkswagen of America")', () => {
  it('is a body named by the whole, which speaks', () => {
    const text =
      'Insurers count cost\n\nInsurers face claims after the storm.\n\n' +
      'Lloyds of London said it expected its exposure to be limited to "holiday resorts and marine risks".\n';
    expect(speakerOf(text, 'holiday resorts')).toBe('Lloyds of London');
  });

  it('is a body on the wire too', () => {
    const text = 'CAR SALES FALL\n\n    "Sales were weaker than we had hoped," Volkswagen of America said.\n';
    expect(speakerOf(text, 'Sales were weaker')).toBe('Volkswagen of America');
  });

  it('leaves a person "of" a firm alone ("said Liro of Warburg")', () => {
    const text = 'BOND PRICES SLIP\n\n    "Prices will rise," said Liro of Warburg.\n';
    expect(speakerOf(text, 'Prices will rise')).toBe('Liro');
  });
});

describe('"It quoted X, who …, as saying"', () => {
  it('gives the words to X, past the clause of who X is, not to the agency that passed them on', () => {
    const text =
      'IRAQ STAYS OUT OF ACCORD\n\n    Iraq will not join the new accord, the Iraqi News Agency INA said.\n' +
      '    It quoted Oil Minister Issam Abdul-Rahim al-Chalabi, who returned Sunday, as saying: "Iraq will continue to ' +
      'adhere to its position."\n';
    expect(speakerOf(text, 'Iraq will continue')).toBe('Issam Abdul-Rahim al-Chalabi');
  });
});

describe('a description opening the sentence of its cue, before the quote ("The 55-year-old Frenchman told the website: "…"")', () => {
  it('stands for whom the sentence before is about, as it does after a quote', () => {
    const text =
      'Wenger signs new deal\n\nArsenal manager Arsene Wenger has signed a new deal. ' +
      'The 55-year-old Frenchman told the club\'s website: "My intention has always been clear. I love this club."\n';
    expect(speakerOf(text, 'My intention')).toBe('Arsene Wenger');
  });

  it('is read past a conjunction that opens the sentence ("And the 55-year-old said:")', () => {
    const text =
      'Wenger signs new deal\n\nArsenal manager Arsene Wenger has signed a new deal. ' +
      'And the 55-year-old said: "My intention has always been clear. I love this club."\n';
    expect(speakerOf(text, 'My intention')).toBe('Arsene Wenger');
  });

  it('leaves a description by a source\'s noun alone ("The spokesman said:")', () => {
    const text =
      'Club denies bid\n\nArsenal manager Arsene Wenger has agreed a contract that runs until 2008.\n\n' +
      'The spokesman said: "No offer has been received for any player."\n';
    expect(speakerOf(text, 'No offer')).toBe('the spokesman');
  });
});

describe('words the writer names as a term ("so-called "triple-witching" day", "known as "…"")', () => {
  it("are nobody's quote, though a speaker's sentence holds them", () => {
    const text =
      'FUTURES CHIEF BACKS CHANGE\n\n    Leo Melamed said the change would curb price swings on so-called "triple-witching" day.\n' +
      '    The disorder is known as "bubble boy disease," Enzon said.\n' +
      '    "We think the settlement in the morning will help," he said.\n';
    const quotes = attributedQuotes('a1', text).map(([q]) => q);
    expect(quotes.some((q) => q.startsWith('triple-witching') || q.startsWith('bubble boy'))).toBe(false);
    expect(speakerOf(text, 'We think the settlement')).toBe('Leo Melamed');
  });
});

describe('a legislator by state and party ("the Delaware Democrat said")', () => {
  it('is the person the sentence before names, as "the American" is', () => {
    const text =
      'SENATE PANEL WEIGHS ARMS SALE\n\n    Committee chairman Joseph Biden said the panel would vote next week.\n' +
      '    "There is no easy answer," the Delaware Democrat said.\n';
    expect(speakerOf(text, 'There is no easy answer')).toBe('Joseph Biden');
  });

  it('is so after the cue too ("said the Illinois Democrat")', () => {
    const text =
      'AIRLINES FAULTED ON HIRING\n\n    Rep. Cardiss Collins called the treatment of black pilots pathetic.\n' +
      '    "It strikes me odd," said the Illinois Democrat.\n';
    expect(speakerOf(text, 'It strikes me odd')).toBe('Cardiss Collins');
  });
});

describe('a description after a sentence that itself opens on one ("But the Moroccan, who …")', () => {
  it('hands on to whom the sentence before that is about', () => {
    const text =
      'McIlroy wins again\n\nJames McIlroy stormed to his second victory in less than a week in Erfurt.\n\n' +
      'The Northern Ireland runner set a new personal best of one minute 46.68 seconds. ' +
      '"I\'m qualified now and that\'s what matters most," said the 28-year-old.\n';
    expect(speakerOf(text, "I'm qualified now")).toBe('James McIlroy');
  });
});

describe('"it said" after a sentence that opens on "The" and a body\'s name ("The EC Commission charged that …")', () => {
  it('is that body', () => {
    const text =
      'TARIFF ROW GOES TO GATT\n\n    The dispute centres on a section of the U.S. Tariff Act.\n' +
      '    The EC Commission charged that EC producers could not defend themselves as well.\n' +
      '    "Consequently the procedure followed is less favourable," it said in a statement.\n';
    expect(speakerOf(text, 'Consequently the procedure')).toBe('EC Commission');
  });
});

describe('a sentence that opens on "Said" and a name set off with its role ("Said David Gluskin, vice-president of …, "…"")', () => {
  it('gives the quote to the name, past the role', () => {
    const text =
      'CANADIAN BOND OUTLOOK\n\n    Said David Gluskin, vice-president of Nesbitt Thomson Bongard Inc, "When interest rates stop ' +
      'going down, there is going to be a flood of people."\n';
    expect(speakerOf(text, 'When interest rates')).toBe('David Gluskin');
  });
});

describe('words quoted in the question someone was asked ("Asked if "the ball was in the Indians\' court," he said")', () => {
  it("are not the answer's, who speaks next", () => {
    const text =
      'LYNG SEES NO FARM DEAL\n\n    Agriculture Secretary Richard Lyng said he had no plans to meet Indian officials.\n' +
      '    Asked if "the ball was in the Indians\' court," he said, "Yes."\n';
    expect(speakerOf(text, 'the ball was')).toBeNull();
    expect(speakerOf(text, 'Yes')).toBe('Richard Lyng');
  });

  it('leave the answer to the one who answers, past an asker named in the question', () => {
    const text =
      'THATCHER KEEPS ELECTION DATE SECRET\n\n    Prime Minister Margaret Thatcher refused to name the date.\n' +
      '    Asked by a Conservative back-bencher for an assurance that the decision did not depend on "media hype, ' +
      'pressure and speculation," she replied: "The date will be decided by Downing Street, not Fleet Street."\n';
    expect(speakerOf(text, 'media hype')).toBeNull();
    expect(speakerOf(text, 'The date will be')).toBe('Margaret Thatcher');
  });

  it('do not hold back an answer the sentence quotes ("Asked if …, the sources quoted Poehl as saying, "…"")', () => {
    const text =
      'BUNDESBANK CHIEF BACKED RATE CUT\n\n    Asked if the authorities could have been persuaded, one of the sources quoted Karl Otto Poehl ' +
      'as saying, "No, they wouldn\'t have been. We checked that."\n';
    expect(speakerOf(text, 'No, they')).toBe('Karl Otto Poehl');
  });
});
