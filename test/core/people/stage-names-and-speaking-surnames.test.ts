import { describe, expect, it } from 'vitest';
import { castUnder, personUnder } from '../../support/one-article-cast.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC copy, built to show rules readers' audits of the archives asked for.

const castOf = castUnder('MUSIC NEWS');
const personOf = personUnder('MUSIC NEWS');

describe('a stage name and the real name given for it', () => {
  it('is one person shown by the stage name after "real name" ("Jay-Z, real name Shawn Carter")', () => {
    // BBC entertainment 117, 246, 288.
    const text = 'Jay-Z, real name Shawn Carter, is the new president of Def Jam. Jay-Z said he was happy.';
    expect(castOf(text).map((p) => p.name)).toEqual(['Jay-Z']);
    expect(personOf('Jay-Z', text)?.aliases).toContain('Shawn Carter');
    const game = 'The Game, whose real name is Jayceon Taylor, told a news conference: "I want to apologise."';
    expect(personOf('The Game', 'The pair shook hands on Wednesday.', game)?.aliases).toContain('Jayceon Taylor');
  });

  it('is one person shown by the real name before "also known as" ("Mahmoud Abbas, also known as Abu Mazen")', () => {
    // BBC politics 149.
    const text = 'Mahmoud Abbas, also known as Abu Mazen, won the vote. "We won," said Abu Mazen.';
    expect(castOf(text).map((p) => p.name)).toEqual(['Mahmoud Abbas']);
    expect(speakerOf(`Vote\n\n${text}\n`, 'We won')).toBe('Mahmoud Abbas');
  });
});

describe('a surname the article never writes in full, which speaks as "he" or "she" ("Parry claims he will …")', () => {
  const text =
    'Parry firm over Gerrard\n\nBut Parry, speaking to BBC Sport, also admits Steven Gerrard will have the final say. ' +
    'Parry said: "Steven is above money." Chelsea will test Liverpool with a bid - but Parry claims he will be in no ' +
    "mood to listen. Parry is currently in the process of finalising funding for Liverpool's new stadium in Stanley " +
    'Park. And he confessed the deal has given the club food for thought. He said: "It is a real eye-opener."\n';

  it('is a person, whom "he said" then stands for', () => {
    // BBC sport 112, 121.
    expect(speakerOf(text, 'It is a real')).toBe('Parry');
  });

  it('is no body the article writes after "the" ("the Cabinet says she")', () => {
    const cabinet = 'Women MPs\n\nThe Cabinet said: "We agree." One member of the Cabinet says she was told to wait.\n';
    expect(castUnder('Women MPs')(cabinet.split('\n\n')[1]!).map((p) => p.name)).not.toContain('Cabinet');
  });
});
