import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from Reuters wires (1987) and BBC News (2004-05) articles, cut down to what each rule reads.

describe('the press as a speaker', () => {
  it('is the paper its kind names in the same sentence ("said the daily Gunes")', () => {
    // Reuters 10641.
    const text =
      'TURKEY LIFTS SURVEY SHIP ESCORT\n\n    Popular newspapers headlined what they saw as Turkish resolve.\n' +
      '    "Intense United States and NATO efforts bore fruit: Greece will stay in its national waters," said the daily Gunes.\n';
    expect(speakerOf(text, 'Intense United States')).toBe('Gunes');
  });

  it('is the magazine the article named by its kind before ("US magazine Mobile PC" … "said the magazine")', () => {
    // BBC tech 379.
    const text =
      'Apple laptop is greatest gadget\n\nThe Apple Powerbook 100 has been chosen as the greatest gadget of all time, by US magazine Mobile PC.\n\n' +
      'The magazine staff compiled the list. "In general we included only items that were potentially mobile," said the magazine.\n\n' +
      'Sony\'s third entry is the CD player. "Who can forget the crystalline, hiss-free blast of Madonna\'s Like A Virgin?" asked the magazine.\n';
    expect(speakerOf(text, 'In general we included')).toBe('Mobile PC');
    expect(speakerOf(text, 'Who can forget')).toBe('Mobile PC');
  });

  it('is the newspaper, not the minister the article is about ("said the newspaper")', () => {
    // Reuters 19444.
    const text =
      "ITALY DEFICIT NOT DUE TO LIBERALIZATION\n\n    Italy's Foreign Trade Minister Mario Sarcinelli said the deficit could not be attributed to recent moves.\n" +
      '    Sarcinelli was reacting to suggestions in the newspaper La Repubblica that it had been partly caused by "non-banking capital outflows."\n' +
      '    "In practice, it seems that there has been a constant flow of capital to foreign securities," said the newspaper.\n';
    expect(speakerOf(text, 'In practice, it seems')).toBe('La Repubblica');
  });

  it('is the paper by its name, the kind after it left out or the adjective before it ("the influential Edge magazine")', () => {
    // BBC entertainment 045, BBC tech 139, Reuters 2828.
    const figaro =
      'Depardieu slips\n\nThe chart was drawn up by a newspaper. "His name is no longer sufficient to guarantee the success of a film," said Le Figaro newspaper.\n';
    expect(speakerOf(figaro, 'His name is no longer')).toBe('Le Figaro');
    const edge =
      'Halo 2 launch\n\nHalo was one of the launch titles. "Halo is the most important launch game for any console ever," wrote the influential Edge magazine in its review.\n';
    expect(speakerOf(edge, 'Halo is the most')).toBe('Edge magazine');
    const jornal =
      'BRAZIL STRIKE\n\n    The Jornal do Brasil newspaper, in an editorial today, said: "From the economic point of view the seamen\'s strike carries an alarming cost."\n';
    expect(speakerOf(jornal, 'From the economic point')).toBe('Jornal do Brasil');
  });

  it('leaves a nationality before the kind a description ("the West German magazine")', () => {
    const text = 'BONN TALKS\n\n    "The talks will fail," the West German magazine said.\n';
    expect(speakerOf(text, 'The talks will fail')).toBe('the West German magazine');
  });

  it('is an article or a document when no outlet is named ("said an article in the official press")', () => {
    // Reuters 11768.
    const text =
      'CHINA MUST PRESERVE FARMLAND\n\n    China has issued new measures to protect farmland.\n' +
      '    "The present situation of abusing, occupying unlawfully, wasting and destroying land and land resources is serious," said an article in the official press explaining the new measures.\n';
    expect(speakerOf(text, 'The present situation')).toBe('an article');
  });

  it('is a body described as one, and the "it" after it ("the union body said. It added …")', () => {
    // Reuters 19530.
    const text =
      'ZIMBABWE PRICE FREEZE\n\n    "Inflation is hitting hardest those in the low income bracket," the union body said.\n' +
      '    It added that the promised price freeze was "bolting the stable door when in fact the horse is gone."\n';
    expect(speakerOf(text, 'bolting the stable door')).toBe('the union body');
  });

  it('leaves a radio station its name ("the radio said" after "Tehran radio said")', () => {
    // Reuters 1441.
    const text =
      'IRAN OFFENSIVE\n\n    Tehran radio, monitored by the British Broadcasting Corporation, said the attack was launched overnight.\n' +
      '    It had already achieved "considerable victories," the radio said.\n';
    expect(speakerOf(text, 'considerable victories')).toBe('Tehran radio');
  });
});

describe('the subject of a cue read through the words around it', () => {
  it('is a body named with "Confederation" or "Congress", whole, after a conjunction', () => {
    // BBC politics 380.
    const text =
      'Unions call for rises\n\nThe TUC wants more spending. But the Confederation of British Industry (CBI) called for a "pause year" in public spending.\n';
    expect(speakerOf(text, 'pause year')).toBe('Confederation of British Industry');
  });

  it('is the body after a writing that opens the clause with no comma ("In a statement the RSPCA said")', () => {
    // BBC tech 202.
    const text = 'Hunting by remote control\n\nA Texas ranch offers online hunting. In a statement the RSPCA said it had "grave concerns" about the website.\n';
    expect(speakerOf(text, 'grave concerns')).toBe('RSPCA');
  });

  it('is the police, not the prosecutor quoted before', () => {
    // BBC entertainment 154.
    const text =
      'Gallagher fight\n\nThe case is closed, said Anton Winkler, a spokesman for the Munich prosecutor. ' +
      'At the time, police said a "physical altercation" broke out among the musicians.\n';
    expect(speakerOf(text, 'physical altercation')).toBe('police');
  });

  it('is a group heard as one ("local businessmen have said", "wrote the judges")', () => {
    // Reuters 3512, BBC entertainment 007.
    const korea =
      'KOREAN WON\n\n    The won has risen 4.5 pct this year. But local businessmen have said won/dollar parity has already reached "a crisis level."\n';
    expect(speakerOf(korea, 'a crisis level')).toBe('local businessmen');
    const judges = 'Levy wins Whitbread\n\nThe novel won the prize. "It\'s hard to think of anybody not enjoying it," wrote the judges.\n';
    expect(speakerOf(judges, "It's hard to think")).toBe('the judges');
  });

  it('is a name with a small "den" in it ("said Jurgen den Hartog")', () => {
    // BBC tech 201.
    const text =
      'Gigapixel image of Delft\n\nThe first image of such a size was made by US photographer Max Lyons. ' +
      '"He did it all by hand, which was an enormous effort," said Jurgen den Hartog, one of the TNO researchers behind the project.\n';
    expect(speakerOf(text, 'He did it all by hand')).toBe('Jurgen den Hartog');
  });

  it('is a name of spaced initials after a job ("Delhi stockbroker B. D. Aggarwal"), not the brokers heard before', () => {
    // Reuters 319.
    const text =
      'INDIAN SHARES FALL\n\n    Brokers said stock market investors have started selling long-term portfolios.\n' +
      '    Delhi stockbroker B. D. Aggarwal said, "There is uncertainty in the market. There is going to be growing selling pressure."\n';
    expect(speakerOf(text, 'There is uncertainty')).toBe('B. D. Aggarwal');
    // Not initials run together before a capitalised word of wire copy ("U.S. Fears"): Reuters 4665.
    const fears =
      'FUJITSU BID\n\n    Fujitsu managing director Shuichi Takemoto spoke in Tokyo.\n' +
      '    Takemoto also dismissed U.S. Fears that the proposed takeover would violate U.S. Antitrust law, saying "the purchase would not result in Fujitsu monopolising the U.S. Semiconductor market."\n';
    expect(speakerOf(fears, 'the purchase would not')).toBe('Shuichi Takemoto');
  });

  it('is the speaker a cue in small letters names after a full stop for a comma', () => {
    // BBC business 464.
    const text =
      'eBay profits\n\nShares fell in after-hours trade. "I think Wall Street has gotten a bit ahead of eBay this quarter." said Janco Partners analyst Martin Pyykkonen.\n';
    expect(speakerOf(text, 'I think Wall Street')).toBe('Martin Pyykkonen');
  });

  it('is no shadow of the title ("The chancellor …" is not "Tory shadow chancellor Oliver Letwin")', () => {
    // BBC politics 387.
    const text =
      'Brown and Blair show unity\n\nChancellor Gordon Brown delivered his ninth Budget. Tory shadow chancellor Oliver Letwin predicted Mr Brown would have to raise taxes. ' +
      'For the Lib Dems, Vince Cable said taxes would rise.\n\nThe chancellor meanwhile insisted his spending plans were "affordable" and would be met.\n';
    expect(speakerOf(text, 'affordable')).toBe('Gordon Brown');
  });
});

describe('a quote standing after a sentence with a speaker', () => {
  it("is not the previous speaker's when its own cue has a body or a document for its subject", () => {
    // BBC sport 097.
    const text =
      'Moyes fines Beattie\n\nEverton manager David Moyes has fined James Beattie. He said: "I believe that I should set the record straight."\n\n' +
      'The club website also reported that Beattie, who seemed unrepentant after Saturday\'s match, insisting Gallas "would have stayed down a lot longer" if he had headbutted him, has now apologised.\n';
    // The site's report, whose words these are as far as the cue says; Beattie, whom it reports as insisting, would be
    // better still (a participle's subject after a relative clause is not read yet).
    expect(speakerOf(text, 'would have stayed down')).toBe('the club website');
  });

  it("is still the previous speaker's when its cue's subject describes them", () => {
    // BBC entertainment 269.
    const text =
      "Michael film signals 'retirement'\n\nSinger George Michael has said that a new film about his life is the start of a retirement from public view. " +
      'The pop star said it would be a much more "behind the scenes affair", and called his own genre of music "dead".\n';
    expect(speakerOf(text, 'behind the scenes affair')).toBe('George Michael');
  });
});
