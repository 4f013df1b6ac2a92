import { describe, expect, it } from 'vitest';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

// Sentences in the shape of BBC entertainment copy and Reuters wires (1987), from a readers' audit of the archives' casts.
const castOf = castUnder('People in the news');
const names = namesUnder('People in the news');

describe('people: given names before "and" and a full name ("Robin and Barry Gibb")', () => {
  it('are people of that surname, each counted as mentioned', () => {
    const cast = castOf('The singers Robin and Barry Gibb were honoured in London on Monday.', 'Barry Gibb said he was proud.');
    expect(cast.map((p) => [p.name, p.mentions])).toEqual([
      ['Barry Gibb', 2],
      ['Robin Gibb', 1],
    ]);
  });

  it('are so in a list of given names ("Alfred, David and Martha Billes"), none left as a given name alone', () => {
    expect(names('It said Alfred, David and Martha Billes had agreed to sell their shares.').sort()).toEqual([
      'Alfred Billes',
      'David Billes',
      'Martha Billes',
    ]);
  });

  it('leave the surname alone to no one of them, as it may be either', () => {
    const cast = castOf('The couple, William and Elizabeth Stern, went to court.', 'Mr Stern said the child was theirs.');
    expect(cast.flatMap((p) => p.aliases)).not.toContain('Stern');
  });

  it('are not where the words end a longer list ("Paul Simon, Madonna and David Bowie")', () => {
    expect(names('The studio has played host to stars including Paul Simon, Madonna and David Bowie.')).not.toContain('Madonna Bowie');
  });

  it('are not where the surname is a given name too ("Madonna and Elton John")', () => {
    expect(names('Stars at the party included Madonna and Elton John.')).not.toContain('Madonna John');
  });
});

describe('people: a pet name and the given name it is short for, with one surname ("Danny" and "Daniel Williams")', () => {
  it.each([
    ['Danny', 'Daniel'],
    ['Dave', 'David'],
    ['Tom', 'Thomas'],
    ['Mike', 'Michael'],
    ['Andy', 'Andrew'],
  ])('are one person: %s and %s', (pet, given) => {
    const cast = castOf(`${given} Hockin scored in the 72nd minute.`, `The goal made ${pet} Hockin the club's top scorer.`);
    expect(cast.map((p) => p.name)).toEqual([`${given} Hockin`]);
  });
});
