import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) articles and Reuters (1987) wires, cut down to what each rule reads.

describe('subjectBefore: a name the cast does not know yields only to the head of an apposition, a name that ends its clause', () => {
  it('gives "After beating Amy Winehouse, …, Natasha Bedingfield and PJ Harvey to the … prize, Joss Stone said: …" to Joss Stone', () => {
    const text =
      'Scissor Sisters triumph at Brits\n\n' +
      'After beating Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey to the best British female prize, Joss Stone said: "I don\'t know what to say. I don\'t like doing this at all."\n';
    expect(speakerOf(text, "I don't know what to say")).toBe('Joss Stone');
  });

  it('gives "After beating Amy Winehouse to the prize, Joss Stone said: …" to Joss Stone, not to whom she beat', () => {
    const text =
      'Scissor Sisters triumph at Brits\n\n' +
      'After beating Amy Winehouse to the best British female prize, Joss Stone said: "I don\'t even know what to do right now."\n';
    expect(speakerOf(text, "I don't even know")).toBe('Joss Stone');
  });

  it('still gives "Milstein said that Beecham Group Plc has a drug … which is "…"" to Milstein: a cue after the name ends its clause', () => {
    const text =
      'GENENTECH DELAY\n12-JUN-1987 10:00:00.00\n\n' +
      'Analyst Sam Milstein said the delay was a surprise.\n' +
      '    In addition, Milstein said that Beecham Group Plc <BHAM.L>\nhas a drug called Eminase which is "the most likely competitor\nto TPA," and from a clinical standpoint, nearly identical.\n';
    expect(speakerOf(text, 'the most likely competitor')).toBe('Sam Milstein');
  });
});

describe('cueMatches: after a possessive and a name that qualifies it, a cue word in -s is a plural noun', () => {
  it('gives "He told BBC Sport: …" after "… to help keep alive their Grand Slam hopes." to the fly-half named before, not to "Grand Slam"', () => {
    const text =
      "O'Gara revels in Ireland victory\n\n" +
      'Ireland fly-half Ronan O\'Gara hailed his side\'s 19-13 victory over England as a "special" win.\n\n' +
      'The Munster number 10 kicked a total of 14 points, including two drop goals, to help keep alive their Grand Slam hopes. He told BBC Sport: "We made hard work of it but it\'s still special to beat England."\n';
    expect(speakerOf(text, 'We made hard work')).toBe("Ronan O'Gara");
  });
});

describe("readSpeaker: a description keeps up to four modifiers, a firm's name of capitalised words counting as one", () => {
  it('gives "…," says one former General Motors human relations executive to the whole description, not to "Motors human relations executive"', () => {
    const text =
      'GM <GM> LABOR STRIFE PRECURSOR TO TOUGH TALKS\n31-MAR-1987 15:59:15.85\n\n' +
      "General Motors Corp's relationship with\nits hourly employees has turned ugly.\n" +
      '    "You\'re going to see a rough set of negotiations,\nparticularly if they can\'t get the outsourcing issue decided,"\nsays one former General Motors human relations executive.\n';
    expect(speakerOf(text, "You're going to see")).toBe('one former General Motors human relations executive');
  });
});

describe('cueMatches: after a writing\'s noun, "read" gives its words, as "said" would', () => {
  it('gives "…," Morquendi\'s message read. "…" to Morquendi, the message\'s writer, and the quote after it too', () => {
    const text =
      'Web logs aid disaster recovery\n\n' +
      'One Sri Lankan blogger in the group goes by the online name Morquendi. In one message, Morquendi wrote about a Sri Lankan woman who was running home with a friend when the wave hit. "She was being swept away," Morquendi\'s message read. "She grabbed a tree with one hand and her friend with the other."\n';
    expect(speakerOf(text, 'She was being swept away')).toBe('Morquendi');
    expect(speakerOf(text, 'She grabbed a tree')).toBe('Morquendi');
  });

  it('leaves "He read the statement" no cue: "read" speaks only after a writing\'s noun', () => {
    const text = 'Row over speech\n\nJohn Smith read the "final version" of the speech to the committee on Monday.\n';
    expect(speakerOf(text, 'final version')).not.toBe('John Smith');
  });
});

describe('passiveAgent: a quote that is a passive verb of judgement is the words of the agent after "by"', () => {
  it('gives "was fined £15,000 and "severely reprimanded" by the Football Association" to the Football Association, not to Wenger', () => {
    const text =
      'Wenger steps up row\n\n' +
      'Wenger later accused Van Nistelrooy of "cheating" and was fined £15,000 and "severely reprimanded" by the Football Association.\n';
    expect(speakerOf(text, 'severely reprimanded')).toBe('Football Association');
    expect(speakerOf(text, 'cheating')).toBe('Wenger');
  });

  it('leaves "was "deeply shocked" by Smith" alone: a feeling is no ruling of its agent', () => {
    const text = 'Row over speech\n\nJohn Brown said he was "deeply shocked" by Peter Smith.\n';
    expect(speakerOf(text, 'deeply shocked')).toBe('John Brown');
  });
});

describe('describedInRelative: a describing verb in a relative clause right before the quote gives the words to the name the clause is about', () => {
  it('gives "the International Air Transport Association (IATA), which has attacked the package as a "…"" to the association, not to the speaker before', () => {
    const text =
      'Air passengers win new EU rights\n\n' +
      'Airlines have attacked the legislation saying they could be forced to push prices higher to cover the extra cost. The European Commission is facing two legal challenges - one from the European Low-fare Airlines Association (ELAA) and the other from the International Air Transport Association (IATA), which has attacked the package as a "bad piece of legislation".\n';
    expect(speakerOf(text, 'bad piece of legislation')).toBe('International Air Transport Association');
  });
});
