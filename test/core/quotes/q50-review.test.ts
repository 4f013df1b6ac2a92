import { describe, expect, it } from 'vitest';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('a clause of time ("after", "before") that runs on to the cue', () => {
  it("gives the words to that clause's own subject, not the sentence's", () => {
    // BBC politics 351.
    const text =
      'Tories attack Blair plans\n\nTory co-chairman Liam Fox was speaking after Mr Blair told Labour members the ' +
      'Tories offered a "hard right agenda". Dr Fox said Labour had failed.\n';
    expect(speakerOf(text, 'hard right')).toBe('Blair');
  });

  it('leaves a "when" clause, which may close before the quote, to the one it reports', () => {
    // BBC politics 315.
    const text =
      'CSA chief quits\n\nArchy Kirkwood, who chairs the committee, said that when Mr Johnson had announced Mr Smith was ' +
      'going he got the "clear impression" the chief was retiring.\n';
    expect(speakerOf(text, 'clear impression')).toBe('Archy Kirkwood');
  });
});

describe('a sentence that opens on a clause of time after "But even" ("But even before Newcastle said …, Bellamy insisted")', () => {
  it('leaves the subject after the clause as the one who speaks next', () => {
    // BBC sport 260.
    const text =
      'Bellamy fined after row\n\nMagpies chairman Freddy Shepherd said: "It is not about money." Craig Bellamy did not ' +
      'train. But even before Newcastle said the player would not be sold, Bellamy insisted he had no intention of ' +
      'handing in a transfer request. "I don\'t want the fans to think I wouldn\'t play for this club," he said.\n';
    expect(speakerOf(text, "I don't want")).toBe('Craig Bellamy');
  });
});

describe('a translation the writer gives ("Latin for "truth"", "which means "…"")', () => {
  it("is no one's words, whoever the sentence is about", () => {
    // BBC politics 293, 177.
    const text =
      'Kilroy launches party\n\nRobert Kilroy-Silk told a news conference that Veritas - Latin for "truth" - would ' +
      'avoid the old parties\' "lies and spin". Meibion Glyndwr - which means "sons of Glyndwr" - burned cottages.\n';
    const quotes = attributedQuotes('a1', text).map(([q]) => q);
    expect(quotes).not.toContain('truth');
    expect(quotes).not.toContain('sons of Glyndwr');
    expect(speakerOf(text, 'lies and spin')).toBe('Robert Kilroy-Silk');
  });
});

describe('a newcomer who spoke, then one aside that cues no one, then a quote standing alone', () => {
  const text =
    'All Blacks win\n\nNew Zealand coach Graham Henry said: "It was a quality performance." The hosts won easily. ' +
    'After the match, Barbarians coach Bob Dwyer warned that flanker Schalk Burger needed a break. Burger, 21, was ' +
    'recently crowned player of the year, but has struggled for form. "It\'s his first year at that level. "I don\'t ' +
    'think he\'s played anywhere near that level on tour," he said.\n';

  it('gives the quote to the newcomer, not to the one quoted before him', () => {
    // BBC sport 382.
    expect(speakerOf(text, "It's his first")).toBe('Bob Dwyer');
    expect(speakerOf(text, "I don't think")).toBe('Bob Dwyer');
  });

  it('leaves it to the one quoted before when the aside names him', () => {
    expect(speakerOf(text.replace('Burger, 21, was', 'Henry said Burger, 21, was'), "It's his first")).not.toBe('Bob Dwyer');
  });
});

describe('"say" and its plural subject right after the closing mark, no comma between ("…" say officials)', () => {
  it('gives the words to that subject', () => {
    // BBC business (talks on Russia's membership of the WTO).
    const text = 'Russia WTO talks\n\n"We are close," said the negotiator. Talks on the bid have been "making good progress" say ' + 'officials in Geneva.\n';
    expect(speakerOf(text, 'making good progress')).toBe('officials in Geneva');
  });
});

describe('"It said" after a sentence that opens on a body its kind names after two words ("The state news agency Tanjug was")', () => {
  it('gives the words to that body', () => {
    // Reuters 20955.
    const text =
      'YUGOSLAV REFORMS\n\n    The state news agency Tanjug was more optimistic. It said the proposals indicated "real ' + 'economic reforms" were coming.\n';
    expect(speakerOf(text, 'real economic')).toBe('Tanjug');
  });
});
