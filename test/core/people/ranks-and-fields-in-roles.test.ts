import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('TRADE ROW');
/** The roles the cast gives Joe Pike, the person each made-up sentence names. */
const roleOf = (sentence: string) => castOf(sentence).find((p) => p.name === 'Joe Pike')?.roles;

// Made up in the shape of Reuters copy; roles a readers' audit of the archives' casts found cut short.

describe('people: a role keeps its rank and its field', () => {
  it('keeps "Under" before "Secretary" ("Deputy Under Secretary of Commerce Joe Pike")', () => {
    const cast = castOf('Asked if Japan would retaliate, Deputy Under Secretary of Commerce Joe Pike replied, "That would be foolish."');
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['Deputy Under Secretary of Commerce']);
  });

  it('reads a title that is to come as a role, not as part of the name ("Chairman-elect Joe Pike told reporters", Reuters 9458)', () => {
    const cast = castOf('Navistar expects its capital spending to rise, Chairman-elect Joe Pike told reporters. Pike said the money would go to new plants.');
    expect(cast.map((p) => [p.name, p.roles])).toEqual([['Joe Pike', ['Chairman-elect']]]);
  });

  it('leaves out "Neither" or "Either" opening the sentence before a title (Reuters 3306)', () => {
    const cast = castOf(
      'Neither Rep. Joe Pike (R-Ill.) nor Sen. Ann Lee (R-Kans.), sponsors of the bills, have brought the legislation forward.',
      'Either Gov. Bo Ray or his deputy will sign it.',
    );
    expect(cast.map((p) => [p.name, p.roles])).toEqual([
      ['Ann Lee', ['Senator']],
      ['Bo Ray', ['Governor']],
      ['Joe Pike', ['Representative']],
    ]);
  });

  it('keeps the fields a US title joins by "and" ("House Ways and Means Committee chairman", "Health and Human Services Secretary")', () => {
    const cast = castOf(
      'House Ways and Means Committee chairman Joe Pike said the bill would pass.',
      'Health and Human Services Secretary Ann Lee said the plan was costly.',
    );
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['House Ways and Means Committee chairman']);
    expect(cast.find((p) => p.name === 'Ann Lee')?.roles).toEqual(['Health and Human Services Secretary']);
  });

  it('keeps "managing", "senior" and a word that dates the post ("ousted") in the role', () => {
    const cast = castOf(
      'International Monetary Fund managing director Joe Pike said the talks went well.',
      'UAL senior vice president Ann Lee said fares would rise.',
      "The country's ousted prime minister Bo Ray said he would fight on.",
    );
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['International Monetary Fund managing director']);
    expect(cast.find((p) => p.name === 'Ann Lee')?.roles).toEqual(['UAL senior vice president']);
    expect(cast.find((p) => p.name === 'Bo Ray')?.roles).toEqual(['ousted prime minister']);
  });

  it('keeps "corporate" in "corporate finance director Joe Pike"', () => {
    const cast = castOf('The head of the bank and corporate finance director Joe Pike resigned in January.');
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['corporate finance director']);
  });
});

describe("people: a minister's field and a firm before a role", () => {
  it('keeps the field of a shadow minister\'s office ("shadow international development secretary Joe Pike")', () => {
    const cast = castUnder('Aid row')('Conservative shadow international development secretary Joe Pike accused Mr Brown of missing his target.');
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['Conservative shadow international development secretary']);
  });

  it('ends the role at a firm\'s "and Co" ("said Laurie Milbank and Co assistant manager Joe Pike")', () => {
    const cast = castOf('The yen firmed in thin trade, said Laurie Milbank and Co assistant manager Joe Pike.');
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['assistant manager']);
  });

  it('keeps the noun of what a role is over ("oil minister", "sporting director", "costume designer", "Senate majority leader")', () => {
    expect(roleOf('Output will stay above the ceiling, Kuwaiti oil minister Joe Pike said.')).toEqual(['Kuwaiti oil minister']);
    expect(roleOf('Real Madrid sporting director Joe Pike denied the report.')).toEqual(['Real Madrid sporting director']);
    expect(roleOf('The film won, while costume designer Joe Pike lost.')).toEqual(['costume designer']);
    expect(roleOf('The bill stalled, Senate majority leader Joe Pike said.')).toEqual(['Senate majority leader']);
  });

  it('reads the title after "of" as the role, not what its holder leads ("the government of President Joe Pike", "the Social Democrats of Prime Minister Joe Pike")', () => {
    expect(roleOf('The talks were stalled by the government of President Joe Pike, traders said.')).toEqual(['President']);
    expect(roleOf('The cabinet is dominated by the Social Democrats of Prime Minister Joe Pike.')).toEqual(['Prime Minister']);
    expect(roleOf('Output fell, Bank of Japan governor Joe Pike said.')).toEqual(['Bank of Japan governor']);
  });

  it('dates no role by a weekday after "On" ("On Monday Lib Dem constitutional affairs committee chairman Joe Pike said")', () => {
    const cast = castOf('On Monday Lib Dem constitutional affairs committee chairman Joe Pike said the plan was flawed.');
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(['Lib Dem constitutional affairs committee chairman']);
  });

  it('keeps a firm named with "and" before a job held at it ("Phillips and Drew analyst", "Gulf and Western Inc chairman")', () => {
    expect(roleOf('Sterling will firm, said Phillips and Drew analyst Joe Pike.')).toEqual(['Phillips and Drew analyst']);
    expect(roleOf('Gulf and Western Inc chairman Joe Pike said the unit was for sale.')).toEqual(['Gulf and Western Inc chairman']);
    expect(roleOf('Research and Technology Minister Joe Pike said the plane would fly.')).toEqual(['Research and Technology Minister']);
    expect(roleOf('Siemens AG management board chairman Joe Pike said sales rose.')).toEqual(['Siemens AG management board chairman']);
  });

  it('but not a person listed before the job\'s holder ("Treasury Secretary Ann Lee and Federal Reserve Board chairman Joe Pike")', () => {
    expect(roleOf('Treasury Secretary Ann Lee and Federal Reserve Board chairman Joe Pike met on Monday.')).toEqual(['Federal Reserve Board chairman']);
    expect(roleOf('The panel heard critic Ann Lee and Touching the Void director Joe Pike.')).toEqual(['Touching the Void director']);
  });
});

describe('people: a rank that is also a name, before a given name and a surname', () => {
  it('opens no name of its own ("Major Randy Morger said" is Randy Morger, no "Major Randy")', () => {
    const cast = castOf('"I have no information at all," Major Randy Morger said. Morger added that the ship was damaged.');
    expect(cast.map((p) => p.name)).toEqual(['Randy Morger']);
  });
});

describe('people: what stands before a role and is no part of it', () => {
  it('keeps a band\'s name with a dropped g, and leaves out an age ("Nineteen-year-old Blazin\' Squad singer Kenzie")', () => {
    // BBC entertainment 187.
    const cast = castOf("Nineteen-year-old Blazin' Squad singer Joe Pike said the band would tour.");
    expect(cast.find((p) => p.name === 'Joe Pike')?.roles).toEqual(["Blazin' Squad singer"]);
  });
});
