import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';
import { findNameMentions } from '../../../src/core/people/find-name-mentions.js';

// Sentences from BBC News (2004-05) and Reuters (1987) articles, cut down to what each rule reads.

describe('extractQuotes: a church title as a role', () => {
  it('gives "The archbishop added: …" to Archbishop Desmond Tutu, not to the speaker of the quote before', () => {
    const text =
      "Tutu's Guantanamo release call\n\nArchbishop Desmond Tutu has called for the release of the remaining inmates at Guantanamo Bay.\n\n" +
      'On Tuesday Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four after "intensive and complex discussions" over security. ' +
      'The Britons were detained as part of the US-led "war on terror". ' +
      'The archbishop added: "Whilst we are saying thank you that these have been released, what is happening to those left behind?"\n';
    expect(speakerOf(text, 'Whilst we are saying')).toBe('Desmond Tutu');
  });
});

describe('extractQuotes: "it said" is never a person quoted before', () => {
  // The missing closing mark after "a Muslim." leaves the sentence splitter inside a quote, so the US
  // government's sentence and its "it said" are read as one sentence.
  const mubanga =
    "Guantanamo man 'suing government'\n\nMr Mubanga is the first of the four detainees freed last month to give a media interview.\n\n" +
    'Mr Mubanga, who insists he does not feel bitter, said: "I\'ve lost three years of my life, because I was a Muslim. He added: "The authorities wanted to break me but they strengthened me. ' +
    "They've made me what I am - even if I'm not quite sure yet who that person is.\" The US government denied the claims, saying it condemned and prohibited torture. " +
    'In a statement, it said: "The Department of Defense has no doubt that Mr Mubanga was properly detained as an enemy combatant under the laws of war. ' +
    '"He was detained to prevent him from fighting against the US and our allies in the war on terror."\n';

  it('gives "In a statement, it said: …" to the body an earlier cue of its sentence names', () => {
    expect(speakerOf(mubanga, 'The Department of Defense')).toBe('the US government');
    expect(speakerOf(mubanga, 'He was detained')).toBe('the US government');
  });

  it('gives a quote after "because it said" to nobody rather than to the person quoted before', () => {
    const text =
      'MEATPACKERS REJECT OCCIDENTAL <OXY> UNIT OFFER\n\n' +
      'United Food and Commercial Workers Union Local 222 rejected a new contract proposal from Iowa Beef Processors Inc and remain out of work, union spokesman Allen Zack said.\n' +
      '    In mid-December, Iowa Beef, a subsidiary of Occidental Petroleum Corp, closed its beef processing plant at Dakota City, Nebraska, because it said "it had no alternative to threats by meatpackers to disrupt operations."\n';
    expect(speakerOf(text, 'it had no alternative')).toBeNull();
  });

  it('still lets "It added" go on with a statement a person made', () => {
    const text =
      'Tories deny Crosby claim\n\nMr Howard appointed Mr Crosby as his elections chief last October. ' +
      'Mr Crosby\'s statement said: "The Conservative Party has been making an impact on the issues of lower tax and controlled immigration over the past week." ' +
      'It added: "The Labour Party will be wanting to do all they can to distract attention away from the issues that really matter to people."\n';
    expect(speakerOf(text, 'The Labour Party will be')).toBe('Crosby');
  });

  it('reads only the "it" right before the cue, not one inside the clause ("He pointed out that it was …. Mr Katwala added:")', () => {
    const text =
      'Women peers bill\n\nThe Fabian Society\'s Sundar Katwala said the change was "long overdue".\n\n' +
      'He pointed out that it was 30 years since the sex discrimination act and urged politicians on all sides to back the bill. ' +
      'Mr Katwala added: "This is long overdue. Parliament will have to do it eventually."\n';
    expect(speakerOf(text, 'This is long overdue.')).toMatch(/Katwala$/);
  });
});

describe('findNameMentions: a relative in apposition', () => {
  it('finds "Azmat Begg, father of Moazzam," though compromise knows neither given name', () => {
    expect(
      findNameMentions('Azmat Begg, father of Moazzam, thanked his lawyers and the British people for the support he had received.').map((m) => m.name),
    ).toContain('Azmat Begg');
    expect(findNameMentions('Alessandro Moggi, son of Juve manager Luciano Moggi, is also under investigation.').map((m) => m.name)).toContain(
      'Alessandro Moggi',
    );
  });

  it('finds no person in a firm that is the parent of another', () => {
    expect(findNameMentions('Financial Corp, parent of American Savings and Loan, said it would sell the unit.')).toEqual([]);
  });

  it('gives "He added: …" after the father to the father, not to his son of the same surname', () => {
    const text =
      "Guantanamo four free in weeks\n\nMoazzam Begg, from Birmingham, and Martin Mubanga have been held by the US for almost three years. Moazzam Begg's Labour MP Roger Godsiff welcomed his release.\n\n" +
      "Azmat Begg, father of Moazzam, thanked his lawyers and the British people for the support he had received while campaigning for his son's release. " +
      'He added: "If they have done something wrong, of course they should be punished, but if they haven\'t, they shouldn\'t have been there."\n';
    expect(speakerOf(text, 'If they have done')).toBe('Azmat Begg');
  });
});

describe("extractQuotes: a body's initials in brackets inside a description", () => {
  it('reads "one official at the Department of Trade and Industry (DTI) said" as the official', () => {
    const text =
      "TOSHIBA COULD BE FIRST TO FEEL U.K. TRADE ANGER\n\nThe move by Toshiba comes in the middle of a dispute over Japan's refusal to open up its telecommunications market to foreign companies. " +
      '"Toshiba\'s timing is most extraordinary," one official at the Department of Trade and Industry (DTI) said.\n';
    expect(speakerOf(text, "Toshiba's timing")).toBe('one official at the Department of Trade and Industry');
  });

  it('keeps them after a name that ends a clause, which is no subject ("… the sixth International Tin Agreement (ITA), but said")', () => {
    const text =
      'SUBROTO SAYS INDONESIA SUPPORTS TIN PACT EXTENSION\n\n' +
      'Mines and Energy Minister Subroto confirmed Indonesian support for an extension of the sixth International Tin Agreement (ITA), but said a new pact was not necessary.\n' +
      '    Asked by Reuters to clarify his statement on Monday in which he said the pact should be allowed to lapse, Subroto said Indonesia was ready to back extension of the ITA.\n' +
      '    "We can support extension of the sixth agreement," he said.\n';
    expect(speakerOf(text, 'We can support')).toBe('Subroto');
  });
});

describe('extractQuotes: "managing director" is a title, not a participle clause', () => {
  it('gives "…," said managing director Rodrigo Rato to him', () => {
    const text =
      'Tsunami aid pledged\n\nThe International Monetary Fund (IMF) has promised rapid action to help the governments of the stricken countries cope. ' +
      '"The IMF stands ready to do its part to assist these nations with appropriate support in their time of need," said managing director Rodrigo Rato.\n';
    expect(speakerOf(text, 'The IMF stands ready')).toBe('Rodrigo Rato');
  });

  it('keeps a name that ends in an outlet\'s word before "managing director," as the speaker', () => {
    const text =
      'India opens construction to foreign investors\n\nThe measure is designed to discourage foreign investors from buying and selling land speculatively. ' +
      'Anshuman Magazine, managing director, of CB Richard Ellis - an international real estate company - told the BBC this was "a big positive step."\n';
    expect(speakerOf(text, 'a big positive step')).toBe('Anshuman Magazine');
  });
});

describe('extractQuotes: a participle cue after a clause a description opens', () => {
  it('gives "The senior banker was strongly opposed …, saying: …" and "But he added: …" to the banker, not to the minister named before', () => {
    const text =
      'BRAZIL DEBT\n\n"Consultations are the least that can be expected," said one banker.\n' +
      '    Funaro said yesterday that U.S. Banks, holding 35 pct of Brazilian debt, were over-represented on the 14-bank advisory committee.\n' +
      '    The senior banker was strongly opposed to a purely regional approach, saying: "There must be one committee and one solution." ' +
      'But he added: "There must be an understanding that special requests from special regions be taken into account."\n';
    expect(speakerOf(text, 'There must be one committee')).toBe('one banker');
    expect(speakerOf(text, 'There must be an understanding')).toBe('one banker');
  });
});

describe('extractQuotes: "visiting" before an office is part of the title', () => {
  it('gives "…," visiting Chairman of General Motors Roger Smith said to him', () => {
    const text =
      'JAPAN ISOLATED\n\nAnd Europeans and Americans want quick action. "A far better answer than protectionism would be structural change within the Japanese economy, ' +
      'the kind suggested by the Maekawa report. And we hope to see changes occur in the near future," visiting Chairman of General Motors Roger Smith said in March.\n';
    expect(speakerOf(text, 'A far better answer')).toBe('Roger Smith');
  });
});

describe('extractQuotes: a first name read as the other gender', () => {
  it('gives "…," he said after "Sprinkel repeated his call …" to Beryl Sprinkel, in an article that says "she" of no one', () => {
    const text =
      "SPRINKEL URGES GREATER GROWTH IN JAPAN, EUROPE\n\nBeryl Sprinkel, chairman of the president's council of economic advisors, said stronger domestic demand growth in Japan and Western Europe is needed.\n" +
      '    Sprinkel repeated his call for further cuts in U.S. government spending and for resistance to tax increases.\n' +
      '    "Reducing the federal government budget deficit by expenditure restraint is needed to preserve the low marginal tax rates achieved by tax reform," he said.\n';
    expect(speakerOf(text, 'Reducing the federal')).toBe('Beryl Sprinkel');
  });
});

describe('extractQuotes: a writing speaks as a statement does', () => {
  it('gives "…," the study said and "…," said the editorial to the writing, not to nobody or to a body named before', () => {
    const study =
      'GULF ECONOMIES SEEN RECOVERING\n\nThese curbs have pushed up oil prices from around eight dollars a barrel in mid-1986 to around 18 dlrs.\n' +
      '    "All signs point to the possibility of a modest recovery in the economies of these (GCC) countries," the study said.\n';
    expect(speakerOf(study, 'All signs point')).toBe('the study');
    const editorial =
      'CANCER DRUG\n\nIn the National Cancer Institute trials, a total of four patients died, the magazine reported. ' +
      '"Perhaps we are at the end of the beginning of the search for successful immunotherapy for cancer," said the editorial, signed by John Durant of Philadelphia\'s Chase Cancer Center.\n';
    expect(speakerOf(editorial, 'Perhaps we are')).toBe('the editorial');
  });
});

describe('extractQuotes: "according to X" right after a quote', () => {
  it('gives the quote to the source named after it, not to the writing whose verb comes before it', () => {
    const text =
      'TEXACO SEEKS REHEARING OF PENNZOIL CASE\n\n' +
      "Texaco Inc said it has filed a motion seeking a rehearing of the court's decision.\n\n" +
      'In support of its argument, Texaco\'s motion emphasized a recent case before the U.S. Court of Appeals for the Seventh Circuit in Chicago as "unequivocal confirmation that the Texas Court\'s opinion is wrong," according to Gibson Gayle, a Texaco attorney with the Houston firm of Fulbright and Jaworski.\n';
    expect(speakerOf(text, 'unequivocal confirmation')).toBe('Gibson Gayle');
  });
});

describe('extractQuotes: a participle cue after a comma', () => {
  it('gives "X paid tribute to Y, telling him: …" to X, the one who tells, not to Y, the one told', () => {
    const text =
      'Eastwood film wins best picture\n\n' +
      'Cate Blanchett, who won for playing late screen legend Katharine Hepburn in The Aviator, said her award was "an indescribable surprise and honour". ' +
      'Blanchett also paid tribute to the film\'s director Martin Scorsese, telling him: "I hope my son will marry your daughter."\n';
    expect(speakerOf(text, 'I hope my son')).toBe('Cate Blanchett');
  });
});

describe('extractQuotes: "he" as the subject of verbs joined by "and"', () => {
  it('reads "He thanked Eastwood and described the film as …" as the one "he" meant, not the man he thanked', () => {
    const text =
      'Eastwood film wins best picture\n\n' +
      'Clint Eastwood took his second Oscar for best director. ' +
      'Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize for best supporting actor. ' +
      'He thanked Eastwood and described the film as "a labour of love".\n';
    expect(speakerOf(text, 'a labour of love')).toBe('Morgan Freeman');
  });

  it('keeps a name with a clause of its own after the pronoun: "he pointed to how Tony Blair had complained about …"', () => {
    const text =
      'Howard attacks Labour tactics\n\n' +
      'Michael Howard said the Tories would fight a clean campaign. ' +
      'Instead, he pointed to how Tony Blair had in 1997 complained about "personalised abusive campaigning".\n';
    expect(speakerOf(text, 'personalised abusive')).toBe('Tony Blair');
  });
});
