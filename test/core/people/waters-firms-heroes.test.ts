import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const names = namesUnder('Round-up');

// Made up in the shapes a readers' audit of the archives' casts found listed as people.

describe('people: more names that read like a person but are no one', () => {
  it('lists no crude named after its waters ("North Sea Brent")', () => {
    const cast = names(
      'Traders said firmness in the North Sea Brent cash crude market lent support to crude futures, trader Joe Pike said.',
      'April 15-day forward Brent crude traded as high as 19.40 dlrs a barrel today.',
    );
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Sea Brent');
  });

  it('lists no planemaker named like a person ("McDonnell Douglas")', () => {
    const cast = names('McDonnell Douglas said it had won the order, Joe Pike said.');
    expect(cast).not.toContain('McDonnell Douglas');
  });

  it('lists no hero of fiction written mostly before a work or its fans ("the James Bond theme", "James Bond fans")', () => {
    const cast = names(
      'Actor Joe Pike is tipped to be the next James Bond.',
      'The nomination sparked a betting frenzy from James Bond fans.',
      'The band played the James Bond theme.',
    );
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('James Bond');
  });

  it('lists no hero of fiction a story counts or names a series, its characters or its author by ("the sixth Harry Potter", "the Harry Potter films", "a Vicky Pollard character", "Harry Potter author")', () => {
    const cast = names(
      'Fans queued for the sixth Harry Potter, bookseller Joe Pike said.',
      'Emma Watson plays Hermione in the Harry Potter films.',
      'Harry Potter author JK Rowling will receive an award.',
    );
    expect(cast).toContain('Emma Watson');
    expect(cast).not.toContain('Harry Potter');
    expect(names('Would Mary be more of a Vicky Pollard character, asked writer Joe Pike.', 'The show returns in May.')).not.toContain('Vicky Pollard');
  });

  it('still lists someone a story only tells stories of ("all the Roger Bannister stories")', () => {
    expect(names('He loves to hear all the Roger Bannister stories, coach Joe Pike said.')).toContain('Roger Bannister');
  });

  it('still lists a director or star named once before "film" or "movies" ("a Mike Leigh film", "Spike Lee movies")', () => {
    const cast = names('It is a Mike Leigh film through and through, critic Joe Pike said.', 'He grew up on Spike Lee movies.');
    expect(cast).toContain('Mike Leigh');
    expect(cast).toContain('Spike Lee');
  });

  it('lists no chain named like a person before its shops ("Gordon Drummond pharmacies")', () => {
    const cast = names('The company is selling its Martin and Gordon Drummond pharmacies, Joe Pike said.');
    expect(cast).not.toContain('Gordon Drummond');
  });

  it('lists no ship named after its kind ("the Soviet freighter Nikolay Kuznetsov", "the liner Wilhelm Gustloff")', () => {
    const cast = names(
      'The grain was loaded on the Soviet freighter Nikolay Kuznetsov for Odessa, broker Joe Pike said.',
      'The liner Wilhelm Gustloff sank in 1945.',
    );
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Nikolay Kuznetsov');
    expect(cast).not.toContain('Wilhelm Gustloff');
  });

  it('lists no firm whose suffix is possessive ("Martin Marietta Corp\'s unit")', () => {
    const cast = names("Acme said it has agreed to acquire Martin Marietta Corp's Martin Marietta Environmental Systems unit, Joe Pike said.");
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Martin Marietta');
  });
});

describe('people: a firm after the goods it makes ("car maker Aston Martin", "parts maker Robert Bosch")', () => {
  it('is no person, though a maker of games or films may be one', () => {
    const cast = namesUnder('Car news')(
      'British car maker Aston Martin has launched its cheapest model. BMW will recall cars with a pump supplied by parts maker Robert Bosch.',
      'Games maker Peter Molyneux said the title was late.',
    );
    expect(cast).toEqual(['Peter Molyneux']);
  });
});
