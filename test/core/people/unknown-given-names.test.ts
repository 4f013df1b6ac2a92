import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

// Sentences from BBC News (2004-05) articles and Reuters wires (1987): people whose given name the lexicon does not know,
// found by how the sentence writes them.
const names = namesUnder('Sport and news');
const castOf = castUnder('Sport and news');

describe('people: a player introduced by position', () => {
  it('finds a flanker by the full name the story writes once ("openside flanker Martyn Williams")', () => {
    // BBC sport 355.
    const cast = names(
      'Wales are hopeful that openside flanker Martyn Williams could be fit for Saturday.',
      'Cardiff Blues flanker Williams, 29, offers considerable experience.',
    );
    expect(cast).toContain('Martyn Williams');
  });

  it('finds a player after "Number eight" opening the sentence, and a wing', () => {
    // BBC sport 332 and 391.
    expect(names('Number eight Imanol Harinordoquy has been dropped for the game against Ireland.')).toContain('Imanol Harinordoquy');
    expect(names('Leicester wing Austin Healey is targeting a return to the England side.')).toContain('Austin Healey');
  });

  it('finds a tennis player by the set scores after the name', () => {
    // BBC sport 468.
    const cast = names('The world number one beat Gaston Gaudio 5-7 6-1 6-4, before Andre Agassi saw off Nicolas Massu.');
    expect(cast).toContain('Gaston Gaudio');
  });

  it('reads a position as a role only right before the name, and a sentence\'s "Like" as no part of it', () => {
    // Reuters 1987 (Jacques Chirac); BBC sport.
    const chirac = castOf('The right wing Prime Minister Jacques Chirac said the franc would not be devalued.').find((p) => p.name === 'Jacques Chirac');
    expect(chirac?.roles).toEqual(['Prime Minister']);
    const odriscoll = castOf("Like skipper Brian O'Driscoll, Hickie is a doubt for the match.").find((p) => p.name === "Brian O'Driscoll");
    expect(odriscoll?.roles).toEqual(['skipper']);
  });

  it('lists no team that wins by one score', () => {
    expect(names('Chelsea beat Real Madrid 2-1 at Stamford Bridge.')).not.toContain('Real Madrid');
  });
});

describe('people: speakers and relatives', () => {
  it('finds a speaker right after "said" who is from somewhere ("said Einar Bjorgo from Unosat")', () => {
    // BBC tech 223.
    const cast = names('"Respond has produced very detailed maps," said Einar Bjorgo from Unosat, the UN satellite mapping organisation.');
    expect(cast).toContain('Einar Bjorgo');
  });

  it('finds someone set off as another\'s relative ("Asif Zardari, former Prime Minister Benazir Bhutto\'s husband,")', () => {
    // BBC business 428.
    const cast = names("The release of Asif Zardari, former Prime Minister Benazir Bhutto's husband, has eased political tensions.");
    expect(cast).toContain('Asif Zardari');
    expect(cast).toContain('Benazir Bhutto');
  });

  it('lists no relative by given name alone, whom a namesake of the story would absorb ("Mr Nogar\'s son Stephen")', () => {
    // BBC entertainment 152, beside a namesake in the same story.
    const cast = names(
      'Comedian Stephen Fry said the tapes were remarkable.',
      '"We could use the money," Mr Nogar\'s son Stephen, 57, said before the auction.',
    );
    expect(cast).not.toContain('Stephen');
  });
});

describe('people: words of a body or a place glued to a name', () => {
  it('lists no "Affairs" in a name a line break cut from its office', () => {
    // Reuters 5759.
    const text =
      'ARGENTINA DEBT\n4-MAR-1987 12:00:00.00\n\n    Argentine finance secretary Mario Brodersohn is now optimistic.\n' +
      '    Deputy Assistant Secretary of State for Inter-American\nAffairs Paul Taylor acknowledged that the Baker Plan "has not\nyet succeeded as well as we hoped."\n';
    const cast = buildStory([{ id: 'a1', text }]).story.people.map((p) => p.name);
    expect(cast).toContain('Paul Taylor');
    expect(cast).not.toContain('Affairs Paul Taylor');
  });
});
