import { describe, expect, it } from 'vitest';
import { buildCastLookup } from '../../../src/core/people/cast-lookup.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';
import { readSpeaker, subjectBefore } from '../../../src/core/quotes/speaker-phrase.js';
import { attributedQuotes, speakerOf } from '../../support/attributed-quotes.js';

// Sentences from Reuters (1987) and BBC News (2004-05) articles, cut down to what each rule reads.

describe('a place is never the speaker: it says where someone is from', () => {
  const lindner =
    'LINDNER SAYS HE DISCUSSED CONTROL OF TAFT <TFB>\n9-MAR-1987 17:55:41.85 [acq]\n\n' +
    'Financier Carl Lindner, who holds a\n16.2 pct stake in Taft Broadcasting Co, told the Securities and\nExchange Commission he has discussed with the company the\npossibility of seeking control of it.\n' +
    '    Lindner, the Cincinnati, Ohio, investor who controls\nAmerican Financial Corp, said his talks with some of Taft\'s\nmanagers and directors have been aimed at "achieving an\nincreased ownership position" in the company.\n';

  it('gives "Lindner, the Cincinnati, Ohio, investor who …, said" to Lindner, not to Ohio', () => {
    expect(speakerOf(lindner, 'achieving an')).toBe('Carl Lindner');
  });

  it('reads a city or a capital as the speaker it stands for (a team, a government), never a state', () => {
    for (const place of ['Liverpool', 'Tokyo', 'Washington']) expect(readSpeaker(` ${place}`, buildCastLookup([]), [])).toMatchObject({ speaker: place });
    expect(readSpeaker(' Ohio', buildCastLookup([]), [])).toBeNull();
  });

  it('reads no thing a possessive owns as a speaker, only a person ("the site\'s controllers", not "the firm\'s computer")', () => {
    expect(readSpeaker("the site's controllers", buildCastLookup([]), [])).toMatchObject({ speaker: "the site's controllers" });
    expect(readSpeaker("But the firm's computer", buildCastLookup([]), [])).toBeNull();
  });

  it('reads no speaker in a state set off by commas', () => {
    expect(readSpeaker(' Ohio', buildCastLookup([]), [])).toBeNull();
    expect(subjectBefore('A group led by members of the wealthy Bass family of Fort Worth, Texas,', buildCastLookup([]), [])).not.toMatchObject({
      speaker: 'Texas',
    });
  });

  const bass =
    'BASS GROUP SAYS IT HAS HAD TALKS ON TAFT <TFB>\n30-MAR-1987 15:15:20.33 [acq]\n\n' +
    'A group led by members of the\nwealthy Bass family of Fort Worth, Texas, which holds a 24.9\npct stake in Taft Broadcasting Co, said it has had talks about\ntaking part in a move to take control of the company.\n' +
    '    In a filing with the Securities and Exchange Commission,\nthe group said it has had discussions with other Taft\nstockholders and some company managers and directors\n"concerning participation in a group to acquire control" of the\ncompany.\n' +
    '    The Bass group, which did not identify any of the other\npeople with whom it said it has had talks, said it plans to\ncontinue evaluating Taft and "will be involved in further\ndiscussions relating to the future control and direction" of\nthe company.\n';

  it('gives "the group said" after "the Bass family of Fort Worth, Texas, … said" to the Bass group, not to Texas', () => {
    expect(speakerOf(bass, 'concerning participation')).toBe('Bass group');
  });

  it('writes a body named in a headline in capitals as the article writes it', () => {
    expect(attributedQuotes('a1', bass).map(([, speaker]) => speaker)).toEqual(['Bass group', 'Bass group']);
  });
});

describe('a body that speaks through another verb than its own "said"', () => {
  it('gives the quote in what "has been advised by X that" reports to X, not to whoever passed it on', () => {
    const text =
      'TAFT <TFB> GIVEN DEADLINE ON BUYOUT PROPOSAL\n6-MAR-1987 11:07:29.04 [acq]\n\n' +
      'Narragansett Capital Inc <NARR>\nsaid it and Dudley S. Taft have requested a response from Taft\nBroadcasting Co by March 12.\n' +
      '    It said the group has been advised by First Boston Inc\'s\n<FBC> First Boston Corp that the investment banker is "highly\nconfident that financing for the acquisition can be\nconsummated."\n';
    expect(speakerOf(text, 'highly confident')).toBe('First Boston Corp');
  });

  it('gives the words of a message "from the MPAA warning" to the MPAA', () => {
    const text =
      'Movie body hits peer-to-peer nets\n\nThe movie industry has struck out at file-sharing networks with another round of lawsuits in the US.\n\n' +
      'It is the latest network which uses the peer-to-peer system called BitTorrent to be hit by the MPAA. ' +
      'A stark message has appeared on the site from the MPAA warning "You can click, but you can\'t hide".\n';
    expect(speakerOf(text, 'You can click')).toBe('MPAA');
  });

  it('gives "…," said after "the site\'s controllers" to them as described', () => {
    const text =
      'Hollywood campaign hits websites\n\nThe campaign of legal action is thought to be behind the closure of the widely used Suprnova.org website.\n\n' +
      'In a message posted on Suprnova.org on Sunday, the site\'s controllers said the site was "closing down for good in the way that we all know it".\n';
    expect(speakerOf(text, 'closing down')).toBe("the site's controllers");
  });
});

describe('a cue inside the clause another reports, with no speaker of its own', () => {
  it('gives a term quoted in "Watanabe said … and added that Japanese industry agreed … "excessive" amounts" to Watanabe', () => {
    const text =
      'JAPAN TELECOM MERGER COULD INVOLVE U.K.,U.S. FIRMS\n18-MAR-1987 08:48:31.75 [acq]\n\n' +
      'Fumio Watanabe, head of a telecommunications committee with\nthe Federation of Economic Organisations (Keidanren), told a\nnews conference Japanese shareholders in the two consortiums\nagreed that the U.S. And British companies will be invited to\nparticipate in the new merged firm.\n' +
      '    Watanabe said progress was being made towards a merger\nagreement and added that Japanese industry agreed with the\ngovernment on having only one private consortium as two\ncompanies might invest "excessive" amounts.\n';
    expect(speakerOf(text, 'excessive')).toBe('Fumio Watanabe');
  });
});

describe('bodies and sources in wire copy', () => {
  const uaw =
    'UAW SAYS IT BACK CHRYSLER <C>, AMC <AMO> MERGER\n9-MAR-1987 11:32:12.74 [acq]\n\n' +
    'The United Auto Workers <UAW> union said\nit supports Chrysler Corp\'s proposal to buy American Motors\nCorp as creating "a good match that potentially points the way\nto a more secure future for workers at both companies."\n' +
    '    "We believe Chrysler\'s purchase is a logical and sound step\nfor all concerned," the union said.\n';

  it('reads a body marked with its stock ticker as named, and "the union said" as that union', () => {
    expect(attributedQuotes('a1', uaw).map(([, speaker]) => speaker)).toEqual(['the United Auto Workers union', 'the United Auto Workers union']);
  });

  it("drops a wire's angle brackets round a firm's name from a description", () => {
    const text =
      'HOWE WARNS JAPAN\n2-APR-1987 05:11:23.11 [trade]\n\n' +
      '    "We are sure reasonable men will come to a reasonable\nconclusion," said a spokesman for <Nomura International>.\n';
    expect(speakerOf(text, 'We are sure')).toBe('a spokesman for Nomura International');
  });

  const chrysler =
    'CHRYSLER <C> RENAULT DELAY AM MOTORS <AMO> PACT\n8-APR-1987 15:24:13.33 [acq]\n\n' +
    'Chrysler Corp and Regie Natiionale des\nUsines Renault said they agreed to extend by up to two weeks\nthe period for reaching definitive agreement.\n' +
    '    A Chrysler spokeswoman would not say whether some problem\nhad cropped up in the talks. She stuck by the company\'s\nstatement that more time was needed because the talks are\ncomplex. "That is our definition of the delay," she said.\n' +
    '    The Chrysler spokeswoman said, "We are still working toward\na definitive agreement." Said another Chrysler official who is\nnot part of the talks but who would be told if the deal were in\ntrouble: "There are no glitches."\n';

  it('gives "she said" two sentences after "A Chrysler spokeswoman would not say …. She stuck by …" to the spokeswoman', () => {
    expect(speakerOf(chrysler, 'That is our definition')).toBe('a Chrysler spokeswoman');
  });

  it('gives "Said another Chrysler official who … would be told …: "…"" to that official, "be told" being no cue', () => {
    expect(speakerOf(chrysler, 'There are no glitches')).toBe('another Chrysler official');
  });
});

describe('a description keeps the whole name of the body its source is from', () => {
  it('gives "…," a Ministry of International Trade and Industry (MITI) official said to that official, not to "official"', () => {
    const text =
      'TOKYO BIDS TO STOP CHIP ROW TURNING INTO TRADE WAR\n29-MAR-1987 04:51:28.60 [trade]\n\n' +
      'Japan is seeking to prevent its computer\nchips dispute with the U.S. From erupting into a full-scale\ntrade war, government officials said.\n' +
      '    "We hope that the dispute on this specific issue won\'t have\nan adverse effect on our overall relationship with the United\nStates," a Ministry of International Trade and Industry (MITI)\nofficial said.\n';
    expect(speakerOf(text, 'We hope that')).toBe('a Ministry of International Trade and Industry (MITI) official');
  });
});

describe('a body named after what kind of body it is', () => {
  const text =
    'Greek sprinters suspended by IAAF\n\nGreek sprinters Kostas Kenteris and Katerina Thanou have been suspended after failing to take drugs tests before the Athens Olympics.\n\n' +
    'Athletics\' ruling body the IAAF said explanations from the pair and their former coach as to why they missed the tests were "unacceptable". ' +
    'It added that Kenteris and Thanou had been "provisionally suspended pending the resolution of their cases".\n';

  it('gives "Athletics\' ruling body the IAAF said … "unacceptable"" to the IAAF, and the "It added" after it too', () => {
    expect(attributedQuotes('a1', text).map(([, speaker]) => speaker)).toEqual(['IAAF', 'IAAF']);
  });
});

describe('"one said" after a sentence that opens on sources it does not quote', () => {
  it('gives "…," one said after "Western diplomatic sources were more blunt." to one of those sources', () => {
    const text =
      'JAPAN ACTS TO COOL U.S. ANGER ON TELECOMS DISPUTE\n27-MAR-1987 04:18:28.88 [acq]\n\n' +
      '    "Eventually the ministry will get what it wants -- one\ncombined competitor," Bache Securities (Japan) Ltd analyst\nDarrell Whitten said.\n' +
      '    Western diplomatic sources were more blunt.\n' +
      '    "They (the ministry) don\'t want to see Cable and Wireless\nwith a reasonable share and they think of all sorts of\nstrategies to reduce that share," one said.\n';
    expect(speakerOf(text, 'They (the ministry)')).toBe('one source');
  });
});

describe('a quote standing alone after "The 31-year-old insisted …"', () => {
  it('gives it to the person the sentence before the description is about', () => {
    const text =
      'Kenteris denies faking road crash\n\nGreek sprinter Kostas Kenteris has denied claims that he faked a motorbike crash to avoid a doping test days before the start of the Olympics.\n\n' +
      'But Kenteris has continually protested his innocence - and on Sunday blamed Greek Olympic Committee officials and his former coach Christos Tzekos for failing to inform him of the test. ' +
      'The 31-year-old insisted he will be happy if he is charged so he can clear his name. ' +
      '"If a decision is taken to have charges filed against me, I will accept it gladly. ' +
      "\"A prosecution means that the case will be cleared... I want to go to the end and then we'll see who's right and who isn't.\"\n";
    expect(attributedQuotes('a1', text).map(([, speaker]) => speaker)).toEqual(['Kostas Kenteris', 'Kostas Kenteris']);
  });
});

describe('a topic set before the clause is not whom its pronoun stands for', () => {
  it('gives "Of Hepburn, she said: "…"" to Blanchett, who spoke before, not to Hepburn', () => {
    const text =
      "Eastwood's Baby scoops top Oscars\n\nClint Eastwood's Million Dollar Baby beat Martin Scorsese's The Aviator to the top awards at the Oscars on Sunday.\n\n" +
      'Cate Blanchett, who won for playing late screen legend Katharine Hepburn in The Aviator, said her award was "an indescribable surprise and honour". ' +
      'Of Hepburn, she said: "The longevity of her career is inspiring to everyone."\n';
    expect(speakerOf(text, 'The longevity')).toBe('Cate Blanchett');
  });
});

describe('"the lawyer added" after the lawyer spoke by name', () => {
  it('gives it to Gregory Ioannidis, who spoke just before and is the lawyer, not to "Kostas Kenteris\' lawyer" of the lead', () => {
    // The story's other article names his role: "Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments."
    const other =
      'Wada will appeal against ruling\n\nThe World Anti-Doping Agency (Wada) will appeal against the acquittal of Kostas Kenteris and Katerina Thanou on doping charges, if the IAAF does not.\n\n' +
      "Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments.\n";
    const text =
      "Call for Kenteris to be cleared\n\nKostas Kenteris' lawyer has called for the doping charges against the Greek sprinter to be dropped.\n\n" +
      'Gregory Ioannidis has submitted new evidence to a Greek athletics tribunal which he claims proves the former Olympic champion has no case to answer.\n\n' +
      'But Ioannidis said: "Everything overwhelmingly shows that the charges should be dropped." ' +
      "Ioannidis also said he has presented evidence that will throw a different light on the events leading up to the pair's sensational withdrawal from the Athens Games. " +
      'The lawyer added that he has proof the authorities "knew" Kenteris was in Germany at the time he was alleged to have missed a test in Chicago.\n';
    const cast = buildStory([
      { id: 'sport/079', text: other },
      { id: 'sport/017', text },
    ]).story.people;
    expect(attributedQuotes('sport/017', text, cast).find(([q]) => q === 'knew')?.[1]).toBe('Gregory Ioannidis');
  });
});

describe('a role that opens a sentence ("The American Motors spokesman said") stands only for someone the article names', () => {
  const named =
    'CHRYSLER <C> DEAL LEAVES UNCERTAINTY FOR AMC WORKERS\n11-MAR-1987 10:31:40.35 [acq]\n\n' +
    '    It was "business as usual" yesterday at the American Motors\nheadquarters, one day after the proposed merger was unveiled by\nChrysler and AMC\'s French parent Renault, according to company\nspokesman Edd Snyder.\n';
  const unnamed =
    'AMERICAN MOTORS <AMO> BOARD MEETING ON TAKEOVER\n20-MAR-1987 09:43:00.54 [acq]\n\n' +
    "American Motors Corp's board of\ndirectors is meeting this morning in New York to consider\nChrysler Corp's <C> 1.5 billion dlr takeover offer, an American\nMotors spokesman said.\n" +
    "    The spokesman would not comment on recurring speculation\nthat the board might receive a higher offer from Chrysler.\nAnalysts have said the fact that American Motors' stock has\nremained above the four dlrs a share Chrysler offer could lead\nthe larger company to raise its bid.\n" +
    '    The American Motors spokesman said he had not seen any\nindication that a higher offer would be received from Chrysler,\nalthough he added, "I don\'t know what the conversation is in\nthe meeting."\n';

  it('gives "…, although he added, "…"" to the spokesman the article describes, not to the analysts nor to Snyder', () => {
    const { story } = buildStory([
      { id: '3645', text: named },
      { id: '7659', text: unnamed },
    ]);
    expect(whoSaid(story, "I don't know what the conversation is").matches[0]?.speaker).toBe('an American Motors spokesman');
  });
});

describe('a description keeps a common word small though it opens the sentence', () => {
  it('writes "Industry analysts said" as "industry analysts", and "Western diplomatic sources" with its capital', () => {
    const cast = buildCastLookup([]);
    expect(subjectBefore('Industry analysts ', cast, [])).toMatchObject({ speaker: 'industry analysts' });
    expect(subjectBefore('Western diplomatic sources ', cast, [])).toMatchObject({ speaker: 'Western diplomatic sources' });
  });
});

describe('"the witness" is a source as "the analyst" is', () => {
  it('gives ""No," replied the witness" after a lawyer\'s question to the witness, not to the lawyer who asked', () => {
    const text =
      "Worldcom boss 'left books alone'\n\nFormer Worldcom boss Bernie Ebbers, who is accused of overseeing an $11bn (£5.8bn) fraud, never made accounting decisions, a witness has told jurors.\n\n" +
      'On Monday, defence lawyer Reid Weingarten tried to distance his client from the allegations. ' +
      '"Did you ever know Mr Ebbers to make an accounting entry into Worldcom books?" Mr Weingarten pressed. "No," replied the witness.\n';
    expect(speakerOf(text, 'No,')).toBe('a witness');
  });
});
