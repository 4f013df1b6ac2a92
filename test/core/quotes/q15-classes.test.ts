import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/quotes/find-quote-spans.js';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) articles and Reuters (1987) wires, cut down to what each rule reads.

describe('a paragraph that goes on with a quote the one before left open, its opening mark lost', () => {
  const text =
    'BUDGET SEEN PAVING WAY FOR EARLY U.K. ELECTION\n17-MAR-1987 14:24:30.16\n\n' +
    '    But opposition MPs did not agree .\n' +
    '    David Steel, leader of the Liberal Party, said "this was a\nstrangely deceptive budget.\n' +
    '    The Chancellor had six billion stg to give back - he has\nchosen to give half of that to reducing the PSBR, whereas we in\n' +
    'the SDP/Liberal Aliance think it would have been wiser to use\nthose revenues to reduce unemployment and alleviate poverty."\n' +
    '    Steel said "the cunning thing in this seductive budget is\nthat all the good things will come in the pre-election period."\n';

  it('reads the words up to the closing mark as the open quote run on', () => {
    expect(findQuoteSpans('The Chancellor had six billion stg to give back, he said. And poverty." Then "a new one" came.', true).map((s) => s.text)).toEqual([
      'The Chancellor had six billion stg to give back, he said. And poverty.',
      'a new one',
    ]);
  });

  it('starts afresh when the paragraph opens a quote of its own, or was not left open', () => {
    expect(findQuoteSpans('"It was a heaven-sent opportunity," he said.', true).map((s) => s.text)).toEqual(['It was a heaven-sent opportunity,']);
    expect(findQuoteSpans('The Chancellor had six billion stg to give back." Then', false)).toEqual([]);
  });

  it('gives the run-on paragraph to the speaker of the quote it goes on with', () => {
    expect(speakerOf(text, 'The Chancellor had six billion')).toBe('David Steel');
    expect(speakerOf(text, 'the cunning thing')).toBe('David Steel');
  });
});

describe('reportedMind: a quote in what a verb of the mind reports, itself reported by a verb of speech, is the speaker’s', () => {
  const text =
    'ROYAL TRUST PLOTS AGGRESSIVE GLOBAL EXPANSION\n16-MAR-1987 12:16:39.77\n\n' +
    '    Royal Trustco Ltd is pursuing a bold global expansion, president Michael Cornelissen said.\n' +
    '    He said that Royal Trust hoped to complete negotiations\n"before the end of this month" to sell its London-based Savory\nMilln brokerage.\n';

  it('gives "He said that Royal Trust hoped to complete negotiations "…"" to whom "he" stands for, not to Royal Trust', () => {
    expect(speakerOf(text, 'before the end of this month')).toBe('Michael Cornelissen');
  });

  it('leaves a mind verb of a clause of its own to its subject ("…, but Ann Lee believes "…"")', () => {
    const own = 'Bank talks\n\nBob Ray, the bank chairman, said the talks went well, but Ann Lee believes "the deal is far from done".\n';
    expect(speakerOf(own, 'the deal is far from done')).toBe('Ann Lee');
  });
});

describe('a body’s name before a title’s noun ("The Royal Trust president") is the title’s holder, not the body', () => {
  const opening =
    'ROYAL TRUST PLOTS AGGRESSIVE GLOBAL EXPANSION\n16-MAR-1987 12:16:39.77\n\n' +
    '    <Royal Trustco Ltd> is pursuing a bold global expansion, president Michael Cornelissen said.\n' +
    '    Global operations will post 33 pct profit growth this year, Cornelissen told Reuters.\n';

  it('gives "The Royal Trust president said …, adding … "…"" to the president the article names with Royal Trust', () => {
    const text =
      opening +
      '    The Royal Trust president said the company was stressing\ngrowth within its overseas units, adding he did not foresee any\n' +
      'acquisitions in the "immediate future," although "we have our\neyes wide open for the right opportunities."\n';
    expect(speakerOf(text, 'we have our')).toBe('Michael Cornelissen');
  });

  it('gives it to no one when no one holds that title, not to the body', () => {
    const titled = 'Bank rates\n\nThe Royal Trust president said the company would "look at every offer" it received.\n';
    expect(speakerOf(titled, 'look at every offer')).toBeNull();
  });

  it('does not give "The Labour Party leader" to a leader of another party the sentence names with Labour', () => {
    const text =
      'Election\n\nTory leader Michael Howard attacked the Labour Party on Monday.\n\n' +
      'The Labour Party leader said the attack was "a sign of desperation".\n';
    expect(speakerOf(text, 'a sign of desperation')).not.toBe('Michael Howard');
  });
});

describe('describedOpeningSubject: a participle cue has the description the sentence opens on for its subject, not the verb’s object', () => {
  const text =
    'PANEL HEAD SAYS MARCOS STILL CONTROLS LARGE FUNDS\n15-MAR-1987 02:25:10.09\n\n' +
    '    Ramon Diaz, Chairman of the Presidential Commission on Good\nGovernment (PCGG) told Reuters the panel was probing brokers.\n' +
    '    The presidents of the two exchanges appealed to Diaz to\ncarry out the probe discreetly so investors were not scared\n' +
    'away, saying street certificates did not necessarily indicate\n"anomalous transactions."\n';

  it('gives "The presidents … appealed to Diaz …, saying … "…"" to the presidents, not to Diaz', () => {
    expect(speakerOf(text, 'anomalous transactions')).toBe('the presidents of the two exchanges');
  });

  it('leaves a name the verb takes straight ("The documentary showed Mr Nattrass, …, telling the meeting: "…"") to be the speaker', () => {
    const shown =
      "UKIP row\n\nMike Nattrass is UKIP's deputy leader.\n\n" +
      'The documentary showed Mr Nattrass, apparently talking about the EU, telling the meeting: "The Germans are the big losers here."\n';
    expect(speakerOf(shown, 'The Germans are the big losers')).toBe('Mike Nattrass');
  });

  it('leaves the participle to a subject a later clause brings in ("…, and Diaz …, saying")', () => {
    const later =
      'PANEL\n\n' +
      'Ramon Diaz chairs the commission.\n\n' +
      'The presidents of the two exchanges appealed for calm and Diaz agreed, saying the probe would be "very discreet".\n';
    expect(speakerOf(later, 'very discreet')).not.toBe('the presidents of the two exchanges');
  });
});

describe('"lauding" and "criticises" are cues: praise and blame given in the words of the one who gives them', () => {
  it('gives "Marca criticises Gary Neville for "…"" to Marca', () => {
    const text =
      'Reaction from Spanish press\n\n' +
      'Marca refers in passing to the booing. And like AS, Marca criticises Gary Neville for "leaving a message on Reyes\' ankle" to remind him of the clash.\n';
    expect(speakerOf(text, 'leaving a message')).toBe('Marca');
  });

  it('gives "with Jaime Vargas lauding the manner in which "…"" to Vargas', () => {
    const text =
      'Reaction from Spanish press\n\n' +
      'More plaudits are given to the home team, with Jaime Vargas lauding the manner in which "Spain dominated England with order and quality".\n';
    expect(speakerOf(text, 'Spain dominated England')).toBe('Jaime Vargas');
  });
});

describe('colonIntroducer: a quote a colon brings in, in a sentence a person opens as subject, is theirs without a verb of speech', () => {
  const text =
    'Reaction from Spanish press\n\n' +
    'Spanish daily ABC accuses English reporters of a witch-hunt. "Perhaps it was because their team had played so poorly," the paper says.\n\n' +
    'Jaime Vargas writes for the paper. The paper adds: "The bad thing about Spain v England was that it lasted only 65 minutes." ' +
    'Vargas does not mention England\'s two Galacticos, simply adding in a PS: "I have not forgotten to speak of Beckham and Owen. They forgot to play."\n';

  it('gives "Vargas does not mention …, simply adding in a PS: "…"" to Vargas, not to the paper quoted before', () => {
    expect(speakerOf(text, 'I have not forgotten')).toBe('Jaime Vargas');
  });
});
