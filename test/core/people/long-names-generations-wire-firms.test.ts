import { describe, expect, it } from 'vitest';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

// Sentences in the shape of BBC business copy and Reuters wires (1987), from a readers' audit of the archives' casts.
const castOf = castUnder('Markets and deals');
const names = namesUnder('Markets and deals');

describe('people: a name of more than four words, with its particles', () => {
  it('is read whole ("Luiz Inacio Lula da Silva"), and goes by the word before its particle ("Lula")', () => {
    const cast = castOf('President Luiz Inacio Lula da Silva promised to cut unemployment when he took office.', 'Mr Lula said the figures were encouraging.');
    const lula = cast.find((p) => p.name === 'Luiz Inacio Lula da Silva');
    expect(lula?.aliases).toContain('Lula');
    expect(cast.map((p) => p.name)).toEqual(['Luiz Inacio Lula da Silva']);
  });

  it('keeps both particles of a double surname ("Eric de Villegas de Clercamp")', () => {
    expect(names('Bank president Eric de Villegas de Clercamp said the rules should change.')).toEqual(['Eric de Villegas de Clercamp']);
  });
});

describe('people: a generation ("Jr") after a surname', () => {
  it('is never an alias of its own, though the name is read without its given name ("Levitt Jr.")', () => {
    const cast = castOf('"We will go on," said Arthurt Levitt Jr., chairman of the exchange.');
    expect(cast.flatMap((p) => p.aliases)).not.toContain('Jr');
    expect(cast.find((p) => p.name === 'Levitt Jr')?.aliases).toContain('Levitt');
  });

  it('is no alias of a name written in full before it ("C.W. Strong Jr.")', () => {
    const cast = castOf('Mortgage and Realty Trust said C.W. Strong Jr., executive vice president, was named president.');
    // (His job, read as a role, is an alias too: "the executive vice president".)
    expect(cast.find((p) => p.name === 'C.W. Strong Jr')?.aliases.filter((a) => !a.startsWith('the '))).toEqual(['Strong Jr', 'Strong']);
  });
});

describe('people: firms named after their founders', () => {
  it('are no one inside the angle brackets a wire sets round a firm\'s name ("<Ralph Andrews Productions>")', () => {
    expect(names('<Ralph Andrews Productions> and <CCR Video Corp> said their new game show was sold to CBS Inc.')).toEqual([]);
    expect(names('The shares were bought by <Groupe Bernard Tapie>, a holding company.')).toEqual([]);
  });

  it.each([
    ['a production company', 'Ralph Andrews Productions said it had sold the show.'],
    ['a grain trader', 'Maize from Cory Grain was offered at 22 dlrs a tonne.'],
    ['a German trading company', 'The bond is guaranteed by Martin Thesing Handelsgesellschaft, a record distributor.'],
  ])('are no one when their name ends on the word for %s', (_kind, sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe('people: a surname joined to its particle ("al-Oteiba")', () => {
  it('ends a name found by its given name, outside a title ("Khalaf al-Oteiba")', () => {
    expect(names('The policy was set out by Khalaf al-Oteiba, marketing director at the company.')).toEqual(['Khalaf al-Oteiba']);
  });

  it('leaves a father\'s given name after "bin" inside the son\'s name ("Sultan bin Mohammed al-Qassimi")', () => {
    const cast = castOf('The ruler, Sheikh Sultan bin Mohammed al-Qassimi, said so.');
    expect(cast.flatMap((p) => [p.name, ...p.aliases])).not.toContain('Mohammed al-Qassimi');
  });

  it('names no one after a particle written alone ("Abu al-Bukhoosh", an oilfield)', () => {
    expect(names('Output at the offshore Abu al-Bukhoosh field rose to 57,000 barrels a day.')).toEqual([]);
  });
});
