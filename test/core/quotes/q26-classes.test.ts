import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) articles and Reuters wires (1987), cut down to what each rule reads.

describe('an outlet whose name opens on one capital', () => {
  it('is named whole ("Q Magazine"), and the praise it went on to give stays its own', () => {
    // BBC entertainment 106.
    const text =
      'Skinner wins album of the year\n\nSkinner uses blunt beats under streetwise lyrics. Q Magazine said: "A Grand Don\'t Come for Free captured the country\'s mood in a way no one could have predicted." ' +
      "A Grand Don't Come for Free is the second album from The Streets. Q Magazine also had praise for the runners-up in the poll. " +
      'Keane\'s Hopes and Fears, was described as a "revelatory debut" which showed "they had songwriting flair to spare".\n';
    expect(speakerOf(text, 'A Grand Don')).toBe('Q Magazine');
    expect(speakerOf(text, 'they had songwriting flair')).toBe('Q Magazine');
  });
});

describe('a description whose fields "and" joins', () => {
  it('is read whole, and set off by commas it is the apposition of the name right before it', () => {
    // BBC politics 141.
    const text =
      'Howard backs ID cards\n\nAmong those with reservations were senior shadow cabinet members David Davis, Oliver Letwin and Tim Yeo. ' +
      'But Mr Howard denied Mr Yeo, his transport and environment spokesman, said the plans "stink".\n';
    expect(speakerOf(text, 'stink')).toBe('Tim Yeo');
  });

  it('is the whole description when no name stands before it', () => {
    // BBC politics 132.
    const text =
      'Ageing myth\n\nThe "myth that ageing is a barrier" to contributing to society needs to be "exploded", the work and pensions minister has said.\n';
    expect(speakerOf(text, 'exploded')).toBe('the work and pensions minister');
  });
});

describe('a description after a preposition of its topic', () => {
  it('is what the subject spoke of, not who spoke ("would not comment on the reports, but insisted")', () => {
    // BBC politics 255.
    const text =
      'Brown in appeal for Labour unity\n\nGordon Brown has made an appeal for unity after reports claimed Mr Blair went back on a pledge to stand down.\n\n' +
      'The chancellor would not comment on the reports, but insisted he would not be "diverted or distracted" from tackling the challenges faced by the country.\n';
    expect(speakerOf(text, 'diverted or distracted')).toBe('Gordon Brown');
  });
});

describe('a writing as the subject of an inverted cue', () => {
  it('speaks, not the person quoted before it ("…," says the instructions on Microsoft\'s website)', () => {
    // BBC tech 086.
    const text =
      'Hidden data\n\n"The efficiencies the internet has brought have also created security issues," said Andrew Pearson, European boss of Workshare.\n\n' +
      'Microsoft offers a tool. "The Remove Hidden Data add-in is a tool that you can use to remove personal or hidden data," says the instructions on Microsoft\'s website.\n';
    expect(speakerOf(text, 'The Remove Hidden Data')).toBe('the instructions');
  });
});

describe('"it said" after a statement an issuer put out', () => {
  it("is the statement's, which the sentence before opened on", () => {
    // Reuters 3285.
    const text =
      'EUROPE SHIPPING EXPORTS TO S AFRICA OFF 40 PCT\n\nThe volume of exports has declined 40 pct, British shipping executive Antony Butterwick said.\n' +
      '    A statement issued by the conference here said frequency of sailings is being increased from nine to seven days.\n' +
      '    "This is the most positive development on the shipping front for more than four years," it said.\n';
    expect(speakerOf(text, 'This is the most positive')).toBe('a statement issued by the conference');
  });
});

describe('descriptions that hold a body or a count', () => {
  it('keep the body someone sits on ("one banker on the committee said")', () => {
    // Reuters 3397.
    const text =
      'BANKS TO MULL PHILIPPINE DEBT PROPOSAL\n\nOngpin outlined his plan today to the 12-bank advisory committee headed by Manufacturers Hanover Trust Co.\n' +
      "    Bankers declined to comment on today's meeting but said the panel's response could be crucial. \"The ball's in our court now,\" one banker on the committee said.\n";
    expect(speakerOf(text, "The ball's in our court")).toBe('one banker on the committee');
  });

  it('open on their count, never on the word before it ("a move some delegates described as …")', () => {
    // Reuters 10403.
    const text = 'COFFEE TALKS\n\nProducers were expected to table a new quota plan on Tuesday, a move some delegates described as "just fiddling."\n';
    expect(speakerOf(text, 'just fiddling')).toBe('some delegates');
  });

  it('name the Treasury when it is the whole subject, and its statement that "it said" goes on from', () => {
    // Reuters 7056.
    const text =
      'BP SALE WAS IN UK 1987/88 BUDGET MATHS - TREASURY\n\nThe U.K. Treasury said its 1987/88 budget arithmetic "took full account of likely proceeds" from the sale.\n' +
      '    A statement issued by the Treasury said "the BP announcement therefore makes no difference to our estimate."\n' +
      '    "It makes no difference to the PSBR (Public Sector Borrowing Requirement) which the Chancellor set in the budget," it said.\n';
    expect(speakerOf(text, 'took full account')).toBe('Treasury');
    expect(speakerOf(text, 'the BP announcement')).toBe('Treasury');
    expect(speakerOf(text, 'It makes no difference')).toBe('Treasury');
  });
});

describe('a pronoun after someone the quote calls by given name', () => {
  it('is not that someone, though the lexicon knows no gender of the name ("a quiet word with Olof")', () => {
    // BBC sport 264.
    const text =
      "O'Leary agrees new Villa contract\n\nAston Villa boss David O'Leary signed a three-and-a-half year contract extension on Thursday.\n\n" +
      '"I want to make sure Villa are achieving top six finishes in the Premiership on a regular basis," said O\'Leary, who took over at Villa Park in May 2003. ' +
      "Meanwhile, O'Leary has rapped skipper Olof Mellberg for his comments before Sunday's derby with Birmingham.\n\n" +
      "Mellberg spoke of his dislike of Villa's rivals ahead of the match, which Steve Bruce's side won 2-1. \"I've had more than a quiet word with Olof. It's been said within the whole group, not as a one-to-one,\" he told Villa's website.\n";
    expect(speakerOf(text, "I've had more than a quiet word")).toBe("David O'Leary");
  });
});

describe('a relative named by given name alone', () => {
  it('is the whole phrase, not a namesake the story names in full ("Mr Nogar\'s son Stephen, 57, said")', () => {
    // BBC entertainment 152, beside a namesake.
    const text =
      'Elvis tapes fail to sell\n\nComedian Stephen Fry said the tapes were remarkable.\n\n' +
      '"We\'ve had them for a lot of years, and I think the people should enjoy them," Mr Nogar\'s son Stephen, 57, said before the auction. ' +
      'Mr Nogar, who died in 1994 aged 72, always used to make two tapes of sessions. "He called them his \'ass-saver\' tapes," his son said.\n';
    expect(speakerOf(text, "We've had them")).toBe("Mr Nogar's son Stephen");
    expect(speakerOf(text, 'He called them')).toBe("Mr Nogar's son Stephen");
  });

  it('is whom the next "she said" means when the sentence opens on her and any verb ("Edwards\' sister Rachel makes an appeal")', () => {
    // BBC entertainment 244.
    const text =
      'Manics guitarist missing\n\nGraham and Sherry Edwards fly to the Spanish island of Fuerteventura. The report comes to nothing.\n\n' +
      'Edwards\' sister Rachel makes an emotional TV appeal five years after the disappearance. "I\'d just like to say to him that we do love him very much," she said.\n';
    expect(speakerOf(text, "I'd just like")).toBe("Edwards' sister Rachel");
  });
});

describe('titles and frames from the second audit', () => {
  it('give "the president" to the one who holds the post now, not a former president', () => {
    // BBC business 199.
    const text =
      "Georgia tax amnesty\n\nThe country's new president, Mikhail Saakashvili, has said that anyone willing to disclose their wealth will pay 1% in tax. " +
      'Mr Saakashvili, elected president in January after Mr Shevardnadze was toppled, has urged Parliament to approve the amnesty. ' +
      'Corruption was rampant during the era of former president Eduard Shevardnadze.\n\n' +
      'Tax records were destroyed three days before President Saakashvili was elected. "There are people who have money but are afraid to show it," the president told a government session.\n';
    expect(speakerOf(text, 'There are people who have money')).toBe('Mikhail Saakashvili');
  });

  it('read a title capitalised after "The" ("The Judge wrote:")', () => {
    // BBC tech 355.
    const text =
      'Apple wins ruling\n\nAccording to Santa Clara County Superior Court Judge James Kleinberg, Apple can now get its hands on e-mail records. ' +
      'The Judge wrote: "...it is not surprising that hundreds of thousands of \'hits\' on a website about Apple have and will have occurred."\n';
    expect(speakerOf(text, '...it is not surprising')).toBe('James Kleinberg');
  });

  it('never take whom a participle clause speaks of for the subject after it ("Commenting on Funaro, a foreign banker here recently told Reuters")', () => {
    // Reuters 17252.
    const text =
      'BRAZIL MINISTER OUT\n\nBankers told anti-Funaro jokes and economic analysts said the animosity between finance minister Dilson Funaro and U.S. Bankers was a real obstacle.\n' +
      '    Commenting on Funaro, a foreign banker here recently told Reuters, "They (banks) see his removal pretty much as a precondition for getting serious negotiations under way."\n';
    expect(speakerOf(text, 'They (banks)')).toBe('a foreign banker');
  });

  it('still read the name a participle clause ends on, before its role ("Speaking after the investigation was announced Bob Neill, leader of …, said")', () => {
    // BBC politics 232.
    const text =
      'Livingstone faces inquiry\n\nA complaint was made to the body by the Board of Deputies of British Jews. ' +
      'Speaking after the investigation was announced Bob Neill, leader of the London Assembly Conservatives, said: "He has behaved in a manner unbecoming of his office."\n';
    expect(speakerOf(text, 'He has behaved')).toBe('Bob Neill');
  });

  it('never take the outlet a participle clause speaks to for the subject ("Speaking to Le Matin, the 24-year-old Swiss added:")', () => {
    // BBC sport 454.
    const text =
      'Hingis to make return\n\nFormer world number one Martina Hingis will play at the Volvo Women\'s Open in Pattaya. "The tournament is a test," she said. ' +
      'Speaking to Le Matin, the 24-year-old Swiss added: "At Pattaya there will not be as many people and the players are ranked lower."\n';
    expect(speakerOf(text, 'At Pattaya')).toBe('Martina Hingis');
  });
});

describe('an apposition after a name a preposition governs', () => {
  it('is not that name\'s ("In a letter to Tony Blair, his transport and environment spokesman, … wrote:")', () => {
    const text =
      'Letter\n\nTony Blair is under pressure. In a letter to Tony Blair, his transport and environment spokesman, who resigned last week, wrote: "I cannot support this."\n';
    expect(speakerOf(text, 'I cannot support')).not.toBe('Tony Blair');
  });
});
