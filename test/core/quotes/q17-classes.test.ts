import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from Reuters (1987) wires and BBC News (2004-05) articles, cut down to what each rule reads.

describe('a firm’s name cut at its comma in a subject’s description ("at Goldman, Sachs and Co, says") is no subject', () => {
  const opening =
    'U.S. STOCK DECLINE RENEWS DEBATE ABOUT FUTURES\n19-OCT-1987 19:47:36.68\n\n' +
    '    "The market has gotten away from the players," said Dudley\nEppel, vice president-equity trading at Donaldson Lufkin and\n' +
    'Jenrette Securities Corp. He says stock index futures and\noptions have distorted the investment process.\n';

  it('gives the "he said" after "Fischer Black, head of … at Goldman, Sachs and Co, says …" to Black', () => {
    const text =
      `${opening}    Fischer Black, head of the trading and arbitrage division\nat Goldman, Sachs and Co, says so-called program trading\n` +
      'strategies deserve almost no blame for today\'s decline. "People have changed their minds about the\nfuture of the economy," he said.\n';
    expect(speakerOf(text, 'People have changed')).toBe('Fischer Black');
  });

  it('keeps a name set off after a description that ends on a firm ("The head of research at Merrill, Ann Lee, said")', () => {
    const text = `${opening}    The head of research at Merrill, Ann Lee, said the fall was "a correction we had long expected."\n`;
    expect(speakerOf(text, 'a correction we')).toBe('Ann Lee');
  });
});

describe('a quote standing alone after a sentence that opens on a name and the firm it is of ("Eli Wachtel of Bear, Stearns and Co was emphatic.")', () => {
  const opening =
    'U.S. STOCK DECLINE RENEWS DEBATE ABOUT FUTURES\n19-OCT-1987 19:47:36.68\n\n' +
    '    "People have changed their minds about the\nfuture of the economy," said Dudley Eppel of Donaldson Lufkin.\n';

  it('is the words of the person the sentence opens on, not the previous speaker', () => {
    const text = `${opening}    Eli Wachtel of Bear, Stearns and Co was emphatic. "I do not\nbelieve the drop was precipitated by portfolio insurance."\n`;
    expect(speakerOf(text, 'I do not')).toBe('Eli Wachtel');
  });

  it('is no one’s when the words after the firm are a clause of their own ("… and Co, which …")', () => {
    const text = `${opening}    Eli Wachtel of Bear, Stearns and Co, which lost heavily, was not available. "I do not\nbelieve the drop was precipitated by portfolio insurance."\n`;
    expect(speakerOf(text, 'I do not')).not.toBe('Eli Wachtel');
  });
});

describe('a subordinating word before a cue’s subject ("… in China where Silas said he was seeking "…"") opens the cue’s own clause', () => {
  const opening =
    'PHILLIPS <P> TO EMPHASIZE CASH FLOW TO PARE DEBT\n12-MAR-1987 10:18:49.48\n\n' +
    '    Phillips Petroleum Co will emphasize improving its cash flow, Silas, chairman, told Reuters.\n';

  it('gives the quote to the subject after "where", not to the main clause’s', () => {
    const text =
      `${opening}    Phillips is also pursue opportunities in China where Silas\nsaid he was seeking "a modification of terms with the Chinese\n` +
      'government to make oil discoveries commercially viable."\n';
    expect(speakerOf(text, 'a modification of terms')).toBe('Silas');
  });

  it('leaves the main clause’s subject when the subordinate clause closes before the cue ("When Lee spoke, Ann Jones said")', () => {
    const text = `${opening}    When the Chinese minister Li Peng spoke, Ann Jones said "nothing had changed at all in the talks."\n`;
    expect(speakerOf(text, 'nothing had changed')).toBe('Ann Jones');
  });
});

describe('a "he said" after a sentence about someone described ("The confident 23-year-old is undaunted …") is the person the sentence before that was about', () => {
  const opening =
    'Jones happy with Henson heroics\n\n' +
    '"People all over the world want to see Wales back at the top table of world rugby," said a proud coach Mike Ruddock. ' +
    '"We have got to be professional and keep focused on facing Italy."\n\n';

  it('gives the quote to Henson, whom the description stands for, not to the coach who spoke last', () => {
    const text =
      `${opening}None more so than Gavin Henson, who can now expect to have the same sort of spotlight thrust upon him as the likes of Jonny Wilkinson and Brian O'Driscoll. ` +
      'The confident 23-year-old is undaunted by the prospect of dealing with such weighty expectations however. "I\'m the sort of player who likes pressure on me," he said.\n';
    expect(speakerOf(text, "I'm the sort of player")).toBe('Gavin Henson');
  });

  it('gives it to the one who spoke in the sentence before the description', () => {
    const text = `${opening}"It was a great kick," said Gavin Henson. The 23-year-old was not finished, though. "I'm the sort of player who likes pressure on me," he said.\n`;
    expect(speakerOf(text, "I'm the sort of player")).toBe('Gavin Henson');
  });
});

describe('"said the 34-year-old": an age describes the speaker, whom the sentence before names, or else it stands as the speaker', () => {
  it('gives the words to the person the sentence before is about (BBC sport 475, 2005)', () => {
    const text =
      'Agassi out with hip injury\n\n' +
      'Andre Agassi retired from his match with a hip injury.\n\n' +
      'Agassi was serving at 5-6 down in the first set to fellow American Andy Roddick when he decided to bring a premature end to the match. ' +
      '"My hip was cramping and I just could not continue," said the 34-year-old.\n';
    expect(speakerOf(text, 'My hip was cramping')).toBe('Andre Agassi');
  });

  it('keeps the description, not a player quoted before, when the sentence before names no one it knows (BBC sport 450, 2005)', () => {
    const text =
      'Hewitt wins again\n\n' +
      '"I have played this tournament four times and I\'ve won it four times," said Lleyton Hewitt. ' +
      'He is set to meet Frenchman Arnaud Clement in the first round of the Australian Open.\n\n' +
      'Minar, ranked 158th in the world, was forced to pull out of the Australian Open qualifying draw to play in his first ATP final. ' +
      '"For me, this was a big success," said the 20-year-old.\n';
    expect(speakerOf(text, 'For me, this was')).toBe('the 20-year-old');
  });
});

describe('what a description stands for, read no further than the text says', () => {
  it('gives a "he said" after "The musical\'s British director is Matthew Warchus, …" to Warchus, whom the sentence names (BBC entertainment 294, 2005)', () => {
    const text =
      'Rings musical\n\n"We will not be in the traditional mould," assured producer Kevin Wallace. ' +
      "The musical's British director is Matthew Warchus, best known for staging the worldwide stage hit Art. " +
      '"The production will be a hybrid of text, physical theatre, music and spectacle," he said.\n';
    expect(speakerOf(text, 'The production will be')).toBe('Matthew Warchus');
  });

  it('gives "…," said the Factory Records founder to whom the "He" before it stands for (BBC entertainment 228, 2005)', () => {
    const text =
      'Wilson film\n\nFactory Records boss Tony Wilson will advise on the film. ' +
      'He made a cameo appearance in 24 Hour Party People, in which his leading role was played by Steve Coogan. ' +
      '"I\'m not an actor and I did a lousy job playing my part," said the Factory Records founder.\n';
    expect(speakerOf(text, "I'm not an actor")).toBe('Tony Wilson');
  });

  it('reads no cue subject after "when" ("said that when Mr Johnson had announced …, he got the "clear impression"") (BBC politics 315, 2005)', () => {
    const text =
      'CSA chief\n\nWork and Pensions Secretary Alan Johnson announced the departure. ' +
      'Lib Dem Sir Archy Kirkwood, who chairs the Commons work and pensions committee, said that when Mr Johnson had announced Mr Smith was going he got the "clear impression that the chief was retiring" though it had since emerged that was not the case.\n';
    expect(speakerOf(text, 'clear impression')).not.toBe('Alan Johnson');
  });
});
