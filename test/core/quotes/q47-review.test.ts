import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of Reuters and BBC News copy, each built to show one rule a readers' audit of the
// archives asked for.

describe('a headline that opens on a common noun ("Disaster claims \'less than $10bn\'")', () => {
  it('gives its quote to no one named by the noun, as the article writes the noun in small letters', () => {
    // BBC business 346.
    const text =
      "Flood claims 'less than $5bn'\n\nInsurers have sought to calm fears after the floods. " +
      'Swiss Re has said total claims are likely to be less than $5bn, lower than for other floods.\n';
    expect(speakerOf(text, 'less than')).toBeNull();
  });

  it('is so for a plural noun before a passive ("Parties warned over \'grey vote\'")', () => {
    // BBC politics 043.
    const text = "Parties warned over 'young vote'\n\nPolitical parties cannot afford to ignore young voters, says Youth Action.\n";
    expect(speakerOf(text, 'young vote')).not.toBe('Parties');
  });

  it('still gives it to a one-word name the article never writes in small letters ("Napster says")', () => {
    const text = "Napster says 'piracy is over'\n\nThe music service Napster said file sharing was in decline.\n";
    expect(speakerOf(text, 'piracy is over')).toBe('Napster');
  });
});

describe('"charged that" before a quote ("Kinnear charged that Pennzoil was "using extortionary tactics"")', () => {
  it("gives the quote to the accuser, the role before a description of the role's firm set off by commas", () => {
    // Reuters 1292.
    const text =
      'RAIDS CRITICIZED\n\nThe chairman of Acme Tire Co, a concern that survived a recent takeover bid, charged that ' +
      '"pirates in business suits" are undermining the industrial base.\n';
    expect(speakerOf(text, 'pirates in')).toBe('the chairman of Acme Tire Co');
  });

  it('leaves "charged" with a fee no cue ("The bank charged "a modest premium"")', () => {
    const text = 'BANK FINED\n\nThe bank charged "a modest premium" on the loans. Its head was charged with "wilful neglect" of the rules.\n';
    expect(speakerOf(text, 'a modest premium')).toBeNull();
  });
});

describe('a lede that closes on its verb and then its source ("…, say researchers.", "…, reports the Daily Mail.")', () => {
  it("gives the headline's quote to that source", () => {
    // BBC tech 104, BBC tech 059.
    const researchers = "Games 'deserve a place in class'\n\nComputer games have a place in the classroom, say researchers.\n";
    expect(speakerOf(researchers, 'deserve a place')).toBe('researchers');
    const reports = "Phones 'not media players yet'\n\nPhones cannot yet replace portable media players, say two reports.\n";
    expect(speakerOf(reports, 'not media players')).toBe('two reports');
  });

  it('reads a paper there whole ("the Daily Mail", not "The Daily")', () => {
    // BBC sport 346.
    const text = "Wales 'to launch ref protest'\n\nWales will protest to the board about the referee's performance, reports the Daily Mail.\n";
    expect(speakerOf(text, 'to launch ref')).toBe('Daily Mail');
  });

  it('takes no one the lede speaks of for the source of "say reports" or "according to reports"', () => {
    // BBC sport 494, BBC sport 266.
    const say = "Roche 'turns down Federer offer'\n\nCoach Tony Roche has turned down an offer from Roger Federer, say reports.\n";
    expect(speakerOf(say, 'turns down')).toBe('reports');
    const according = "Benitez 'to launch Morientes bid'\n\nLiverpool may launch a bid for Fernando Morientes, according to reports.\n";
    expect(speakerOf(according, 'to launch')).toBe('reports');
  });
});

describe('someone described ("The Australian has suffered …") after a source whose quotes spoke of "he"', () => {
  it('is the one those quotes spoke of, whom a "he said" next stands for, not the source', () => {
    // BBC sport 496.
    const text =
      'Philippoussis hurt\n\nMark Philippoussis is almost certain to miss the Open after suffering an injury.\n\n' +
      '"He has to strengthen it," said team doctor Hamish Osborne. "It would be very unlikely."\n\n' +
      'The Australian is still holding out slim hope that he can make the event. "It is something I will have to go by feel," he said.\n';
    expect(speakerOf(text, 'It is something')).toBe('Mark Philippoussis');
  });

  it('is still the source when the source spoke of no one so ("The Australian" is the doctor himself)', () => {
    const text =
      'Doctor speaks\n\nMark Philippoussis is almost certain to miss the Open.\n\n' +
      '"The tear is deep," said team doctor Hamish Osborne. "It would be very unlikely to heal."\n\n' +
      'The Australian has treated many such injuries. "It is something I know well," he said.\n';
    expect(speakerOf(text, 'It is something')).toBe('Hamish Osborne');
  });
});

describe('a report\'s source the sentence opens on ("According to Mr Peston the prime minister said: …")', () => {
  it('is where the words come from, not who spoke them', () => {
    // BBC politics 253.
    const text =
      'Blair book\n\nThe book is by Sunday Telegraph journalist Robert Peston.\n\n' +
      'According to Mr Peston the prime minister said: "Help me to get through the year."\n';
    expect(speakerOf(text, 'Help me')).not.toBe('Robert Peston');
  });
});

describe('a title ("the prime minister") and a deputy\'s role ("Deputy Prime Minister John Prescott")', () => {
  it('are not the same office: the deputy who spoke just before does not say what "the prime minister" said', () => {
    const text =
      'Cabinet row\n\nDeputy Prime Minister John Prescott said the party was united.\n' + 'The prime minister said: "We will win the next election."\n';
    expect(speakerOf(text, 'We will win')).not.toBe('John Prescott');
  });
});

describe('a firm\'s name cut at its own comma before the speaker ("…," Levesque, Beaubien Inc bank analyst Donna Pulcine told)', () => {
  it("gives the quote to the person whose name ends the words after the comma, not to the firm's first word", () => {
    // Reuters 11123.
    const text =
      'BANKS\n\nSuch action "would put a lot of pressure on the banks," Levesque, Beaubien Inc Toronto-based bank analyst ' + 'Donna Pulcine told Reuters.\n';
    expect(speakerOf(text, 'would put a lot')).toBe('Donna Pulcine');
  });

  it('keeps the name before the comma when the words after it are a relative clause ("Acme, whose chairman is Ann Lee, said")', () => {
    const text = 'RESULTS\n\n"Profits will rise," Acme, whose new chairman is Ann Lee, said.\n';
    expect(speakerOf(text, 'Profits will rise')).not.toBe('Ann Lee');
  });
});

describe('the participles "arguing" and "pointing out", which hand their words to their subject as "saying" does', () => {
  it("give the quote to the clause's subject", () => {
    // BBC politics 173, BBC tech 161.
    const arguing =
      'Slopping out\n\nExecutive ministers raised an appeal arguing that the standard of proof should "be beyond reasonable doubt". ' +
      'This is the standard normally applied in criminal trials.\n';
    expect(speakerOf(arguing, 'be beyond reasonable doubt')).toBe('Executive ministers');
    const pointing =
      'Wearable tech\n\nMr Pearson picks up the theme, pointing out there are a lot of issues to iron out before we become "cyborgian". ' +
      'His main concern is privacy.\n';
    expect(speakerOf(pointing, 'cyborgian')).toBe('Pearson');
  });
});

describe('a wire\'s apostrophe typed as a quote mark inside a contraction ("it isn"t fair")', () => {
  it('ends no quote: the whole quote is read, with its speaker', () => {
    // Reuters 232.
    const text =
      'COFFEE TALKS\n\nThe big producers "want to have the ball only in their court and it isn"t fair," minority producer ' +
      'spokesman Luis Escalante of Costa Rica said.\n\n"We"re not going to wait," he added.\n';
    expect(speakerOf(text, 'want to have the ball')).toBe('Luis Escalante');
    expect(speakerOf(text, 'We"re not going')).toBe('Luis Escalante');
  });
});

describe('a body a sentence opens on before a modal ("The China Three Gorges Project Corp could now face a fine")', () => {
  it('is whom a later "it said" stands for', () => {
    // BBC business 282.
    const text =
      'Dam firm fined\n\nThe China Three Gorges Project Corp could now face a fine. Last week, it denied that its projects ' +
      'violated regulations. "We have all along abided by the law," it said.\n';
    expect(speakerOf(text, 'We have all along')).toBe('China Three Gorges Project Corp');
  });
});

describe('a lede that closes on a charity or watchdogs ("…, a charity has warned.", "…, watchdogs have said.")', () => {
  it("gives the headline's quote to them", () => {
    // BBC business 296 and 298.
    const charity = "Millions 'to lose textile jobs'\n\nMillions of textile workers will lose their jobs under new rules, a charity has warned.\n";
    expect(speakerOf(charity, 'to lose textile jobs')).toBe('a charity');
    const watchdogs = "Lender 'should restate books'\n\nUS lender Fannie Mae should restate its books, watchdogs have said.\n";
    expect(speakerOf(watchdogs, 'should restate books')).toBe('watchdogs');
  });
});
