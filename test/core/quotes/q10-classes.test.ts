import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) and Reuters (1987) articles, cut down to what each rule reads.

describe('extractQuotes: a clause opened by "but" or "while" before the cue has a subject of its own', () => {
  it('gives "… but Mr Livingstone said: …" to Livingstone, not to the "It" the sentence opens on', () => {
    const text =
      'Mayor will not retract Nazi jibe\n\nLondon mayor Ken Livingstone has again refused to retract a Nazi insult made to a Jewish reporter.\n\n' +
      'An official complaint has been made to local government watchdogs by the Board of Deputies of British Jews, demanding an investigation by the Standards Board of England. ' +
      'It has the power to suspended or bar him from office but Mr Livingstone said: "There must have been 20 instances like this over the last 24 years."\n';
    expect(speakerOf(text, 'There must have been')).toBe('Ken Livingstone');
  });

  it('gives "…, but Nashashibi said …. "…," he said" to Nashashibi, not to nobody', () => {
    const text =
      'ARAB BANKER SAYS TOO SOON FOR SINGLE CURRENCY\n29-MAR-1987 00:00:02.22 [money-fx]\n\nGulf Arab states must coordinate\neconomic policies more closely before moving towards their goal\nof a unified currency system, the President of the Arab Bankers\nAssociation said.\n    ' +
      'Hikmat Nashashibi told a news conference at the end of an\nArab currency traders meeting: "We have to start with\ncoordination of fiscal policies as a prerequisite for a common\nsystem of currencies ... There is quite a substantial way to go\nyet."\n    ' +
      'He said only then would a unified Gulf currency system be a\nplausible project.\n    ' +
      'The six nations of the Gulf Cooperation Council -- Saudi\nArabia, Kuwait, Bahrain, Oman, Qatar and the United Arab\nEmirates --  have held a series of meetings this year to\nexamine linking their currencies to a single peg in a system\nwhich bankers say could be modelled on the European Monetary\nSystem (EMS).\n    ' +
      'At present, five currencies are linked either officially or\nin practice to the U.S. Dollar, while the Kuwaiti dinar is\npegged to a trade-weighted basket of currencies.\n    ' +
      'A common currency system or EMS-style "grid" would, in\ntheory, foster regional trade by providing a basis for stable\nexchange rates, but Nashashibi said inter-Arab trade is at a\nvery low ebb and capital flows between Gulf states remain\nsmall. "Capital markets in the Arab world are still in their\ninfancy," he said.\n';
    expect(speakerOf(text, 'Capital markets')).toBe('Hikmat Nashashibi');
  });

  it('gives "…, but Czarnikow said "…"" to the broker, not to nobody', () => {
    const text =
      'CZARNIKOW EXPECTS LOWER EUROPEAN SUGAR OUTPUT\n18-MAR-1987 19:01:36.62 [sugar]\n\n' +
      'European sugar output on the basis of three year average yields will be over half a mln tonnes white value down on last year, broker C Czarnikow said in its market review.\n' +
      '    European Community sowings are likely to be down compared with last year. There have been suggestions these sowings might\n' +
      'respond to the recent upsurge in world prices, but Czarnikow said "it is not the sort of fact that easily becomes known."\n';
    expect(speakerOf(text, 'it is not the sort')).toBe('Czarnikow');
  });
});

describe('resolvePronoun: a sentence that goes on about "he" hands on whom the sentence before it named', () => {
  it('gives "…," he said after "Wilkinson … kicked …. But he then missed …" to Wilkinson, not to Robinson quoted before', () => {
    const text =
      'Wilkinson to lead England\n\nFly-half Jonny Wilkinson has been named as the new England captain.\n\n' +
      'The 25-year-old Newcastle star takes over from Lawrence Dallaglio, who retired from internationals in August. England\'s acting head coach Andy Robinson said: "He is a natural leader, holds the respect of the squad and is a formidable talent on the pitch. "And he consistently demonstrates the energy and commitment I feel is essential to be captain of England." Robinson added: "There are several players in the squad I would feel comfortable in calling upon to be England captain but for me Jonny is in every way the right player to take on this challenge.\n\n' +
      '"But I am confident Jonny has what it takes to do an outstanding job as we look ahead towards the next Rugby World Cup in France and I look forward to working with him." Wilkinson, who has scored 817 points in 52 internationals, kicked the winning drop-goal in the final seconds of extra-time in England\'s 2003 Rugby World Cup triumph against Australia. But he then missed the entire 2004 Six Nations campaign while recuperating from shoulder surgery, before making his comeback for Newcastle in the Zurich Premiership in August. "It\'s the ambition of so many players to one day be captain of England and today I have realised a dream," he said.\n';
    expect(speakerOf(text, "It's the ambition")).toBe('Jonny Wilkinson');
  });

  it('gives "…," he added after "Stuart has … experience …. He joins Norwich …" to Stuart, not to the manager quoted before', () => {
    const text =
      'Stuart joins Norwich from Addicks\n\nNorwich have signed Charlton midfielder Graham Stuart until the end of the season for an undisclosed fee.\n\n' +
      '"It was a very easy decision to make," the 34-year-old told Norwich\'s website. "The attraction for me was to continue to play in the Premiership." Canaries boss Nigel Worthington added: "I\'m delighted that Graham will be joining us until the end of the season. "He\'s gives us a wealth of experience. Hopefully, he can be part of keeping us in the Premier League." Stuart has extensive top-flight experience with Everton, Chelsea and Charlton and can play across the midfield positions. He joins Norwich with the Norfolk club second-from-bottom in the Premiership, but Stuart is confident that the Carrow Road outfit have a bright future. "I\'ve been very impressed with the facilities here," he added.\n';
    expect(speakerOf(text, "I've been very impressed")).toBe('Graham Stuart');
  });
});

describe('settleSpeaker: a surname two people of the story share, in an article that names one of them', () => {
  it('gives "Robinson told BBC Sport" to the coach the article names, not to the headline\'s "Fuming Robinson"', async () => {
    const { buildStory } = await import('../../../src/core/story/build-story.js');
    const { story } = buildStory([
      {
        id: 'coach',
        text:
          'Fuming Robinson blasts officials\n\nEngland coach Andy Robinson insisted he was "livid" after his side were denied two tries in Sunday\'s 19-13 Six Nations loss to Ireland in Dublin.\n\n' +
          "Mark Cueto's first-half effort was ruled out for offside before the referee spurned TV replays when England crashed over in the dying minutes. \"[I'm] absolutely spitting. I'm livid. There's two tries we've been cost,\" Robinson told BBC Sport.\n",
      },
      {
        id: 'captain',
        text:
          'Robinson answers critics\n\nEngland captain Jason Robinson has rubbished suggestions that the world champions are a team in decline.\n\n' +
          'Robinson said: "We are certainly not on the decline. You lose one game and it doesn\'t make you a bad team."\n',
      },
    ]);
    expect(story.quotes.find((q) => q.text.startsWith("[I'm] absolutely"))?.speaker).toBe('Andy Robinson');
    expect(story.quotes.find((q) => q.text.startsWith('We are certainly'))?.speaker).toBe('Jason Robinson');
  });
});

describe('resolvePronoun: whom a cue inside a reported clause names is not whom the sentence is about', () => {
  it('gives "He told BBC Five Live: …" after "Parry … admits Gerrard … will have the final say" to Parry', () => {
    const text =
      'Parry firm over Gerrard\n\nListen to the full interview on Sport on Five and the BBC Sport website from 1900 GMT.\n\n' +
      'But Parry, speaking exclusively to BBC Sport, also admits Gerrard, who has been constantly linked with Chelsea, will have the final say on his future. He told BBC Five Live: "Steven is above money. He is the future of Liverpool."\n';
    expect(speakerOf(text, 'Steven is above money')).toBe('Parry');
  });

  it('gives "…," he said after "He said he learned of it only when Edwin Meese told him" to Reagan, not Meese', () => {
    const text =
      "REAGAN DEFENDS IRAN-DEAL, BUT WOULDN'T REPEAT IT\n20-MAR-1987 08:11:45.70\n\n" +
      'President Reagan, staying cool under a televised grilling on the Iran-contra scandal, insisted he has told all he knows about the crippling affair.\n' +
      '    He said he learned of the contra diversion only when Atty. Gen. Edwin Meese told him on November 25.\n' +
      '    He often responded slowly and deliberately but never seemed at a loss for words.\n' +
      '    "I\'m still wanting to find out the source of all the extra money," he said.\n';
    expect(speakerOf(text, "I'm still wanting")).toBe('Reagan');
  });

  it('keeps a cue that closes its sentence ("…, said Mr Clarke.") the sentence\'s own, not the one it reports', () => {
    const text =
      'Clarke rejects burglar law change\n\nHome Secretary Charles Clarke has rejected calls to change the law on householders who attack burglars.\n\n' +
      'The barrister who had represented Mr Martin had said the rules were "weighted overwhelmingly" in favour of the householder, said Mr Clarke. ' +
      'He said: "The problem is there has not been enough understanding of it."\n';
    expect(speakerOf(text, 'The problem is there')).toBe('Charles Clarke');
  });

  it('keeps a cue inside an opening clause ("Asked … if the president would say he erred, Fitzwater told") from taking the sentence', () => {
    const text =
      'REAGAN IRAN SPEECH SAID TO ADMIT NEED FOR CHANGE\n4-MAR-1987 15:23:45.58\n\nPresident Reagan, fighting to recover\npolitically from the Iran-contra scandal, plans to acknowledge\nin a critical speech to the nation tonight he needs to change\nhis ways, administration officials said.\n    ' +
      '"It will be a forward-looking speech in which he will say he\naccepts the need for change," said an official who asked not to\nbe identified. "I think the president wants to give his side of\nthe story."\n    ' +
      "The official said Reagan would tell the public what he is\ndoing to set things right in the wake of last week's scorching\nTower commission report on the origins of the scandal.\n    " +
      'It is not clear whether Reagan will heed the advice of many\nof his political allies and acknowledge that his Iran policy\nwas wrong and he personally made some mistakes.\n    ' +
      'Asked at his daily news briefing if the president would say\nhe erred, White House spokesman Marlin Fitzwater told\nreporters, "His views are intensely personal and I won\'t give\nyou any advance on what he intends to say in that area."\n    ' +
      'He said the speech would be 12 or 13 minutes in length and\nthat Reagan would "look beyond the horizon to a revitalized\nWhite House that will pursue an active foreign policy."\n    ' +
      "\"The president will discuss the Tower board report and its\nrecommendations. He'll focus on changes he's making in the\n";
    expect(speakerOf(text, 'look beyond the horizon')).toBe('Marlin Fitzwater');
  });
});

describe('settleSpeaker: an honorific and a surname two people of the story share', () => {
  it('gives "Mr Campbell said: …" to the Campbell the article names, and "the minister" to the Education Secretary', async () => {
    const { buildStory } = await import('../../../src/core/story/build-story.js');
    const { story } = buildStory([
      {
        id: 'label',
        text:
          'Court halts Mark Morrison album\n\nPremiership footballer and record company boss Kevin Campbell has gained a court injunction stopping R&B singer Mark Morrison from releasing an album.\n\n' +
          'Mr Campbell said: "I\'m glad we were granted the injunction but I\'m completely gutted that we have had to go that far."\n',
      },
      {
        id: 'email',
        text: "Campbell: E-mail row 'silly fuss'\n\nEx-No 10 media chief Alastair Campbell is at the centre of a new political row over an e-mail containing a four-letter outburst aimed at BBC journalists.\n",
      },
      {
        id: 'discipline',
        text:
          'Kelly trails new discipline power\n\nTeachers could get more powers to remove unruly pupils from classes under a "zero tolerance" drive, Education Secretary Ruth Kelly has suggested.\n\n' +
          'Ms Kelly told the BBC progress had been made against severely disruptive children but parents were still worried about lower level problems. The minister also confirmed she received "spiritual support" from the Catholic movement Opus Dei.\n',
      },
      {
        id: 'idols',
        text: "'Poll Idols' face first hurdles\n\nThe panel was chaired by ex-ITN political editor John Sergeant, with television host Lorraine Kelly taking the Nicki Chapman role.\n",
      },
    ]);
    expect(story.quotes.find((q) => q.text.startsWith("I'm glad we were granted"))?.speaker).toBe('Kevin Campbell');
    expect(story.quotes.find((q) => q.text.startsWith('spiritual support'))?.speaker).toBe('Ruth Kelly');
  });
});

describe('settleSpeaker: "the mayor" is whom the article names with that title', () => {
  const text =
    'Mayor will not retract Nazi jibe\n\nLondon mayor Ken Livingstone has again refused to retract a Nazi insult made to a Jewish reporter.\n\n' +
    'On tape Mr Livingstone is heard asking reporter Oliver Finegold if he is a "German war criminal". Mr Finegold replies: "No, I\'m Jewish, I wasn\'t a German war criminal. I\'m quite offended by that." ' +
    'The mayor then says: "Ah right, well you might be, but actually you are just like a concentration camp guard, you are just doing it because you are paid to, aren\'t you?"\n';

  it('gives "The mayor then says: …" to Livingstone, not to Finegold quoted before', () => {
    expect(speakerOf(text, 'Ah right')).toBe('Ken Livingstone');
  });

  it('gives "…," the chancellor said to the chancellor the article names, his title known from another article', async () => {
    const { buildStory } = await import('../../../src/core/story/build-story.js');
    const { story } = buildStory([
      {
        id: 'tsunami',
        text: 'Debt deal for tsunami nations\n\nChancellor Gordon Brown has said he hopes to announce a deal to suspend debt interest repayments by tsunami-hit nations later on Friday.\n',
      },
      {
        id: 'africa',
        text:
          "'No UK apology' for colonial past\n\nThe days of Britain having to apologise for its colonial past are over, Gordon Brown has said.\n\n" +
          "The UK has pledged to pay 10% of the developing world's foreign debt bill in an attempt to fight poverty. On top of the relief deal with Tanzania Mr Brown said the UK would make similar offers to 70 poorer nations around the world. " +
          'Under the plan - which could cost the UK £1bn - countries must spend the cash saved on health, education and welfare. "We make this offer unilaterally but we are now asking other countries to join us," the chancellor said.\n',
      },
    ]);
    expect(story.quotes.find((q) => q.text.startsWith('We make this offer'))?.speaker).toBe('Gordon Brown');
  });
});

describe('resolvePronoun: whom a "he" can not stand for in its own sentence', () => {
  it('gives "… and said he hoped Baker would help him …, "…"" to Reagan, not to Baker', () => {
    const text =
      'REAGAN ADMITS IRAN ARMS OPERATION A MISTAKE\n4-MAR-1987 21:03:14.20\n\n' +
      'President Reagan, fighting to regain public confidence in the wake of the Iran arms scandal, admitted tonight that the clandestine operation wound up as an arms-for-hostages deal.\n' +
      '    Reagan said he endorsed all of the Tower commission\'s recommendations about the running of the NSC, adding, "In fact, I\'m going beyond its recommendations, so as to put the house in even better order."\n' +
      '    He noted that he had appointed former Senate Republican leader Howard Baker as his new chief of staff and said he hoped Baker would help him forge a new partnership with Congress, "especially on foreign and national security policies."\n';
    expect(speakerOf(text, 'especially on foreign')).toBe('Reagan');
  });

  it('gives "He sees Owen as the replacement for Shearer, although he hopes …. "…," he told" to Souness', () => {
    const text =
      'Souness eyes summer move for Owen\n\nNewcastle boss Graeme Souness is lining up a summer move for England and Real Madrid striker Michael Owen.\n\n' +
      'He sees Owen as the ideal replacement for Alan Shearer, who is due to retire in the summer, although he hopes to persuade Shearer to carry on.\n\n' +
      '"Michael is in the category of players who would excite the fans and we\'re monitoring him," he told BBC Newcastle.\n';
    expect(speakerOf(text, 'Michael is in the category')).toBe('Graeme Souness');
  });
});

describe('attributeQuote: "said the Sale player" is whom the sentence before is about', () => {
  it('gives "…," said the Sale player to Cueto, the subject of the sentence before, not to Kaplan named there', () => {
    const text =
      "Lewsey puzzle over disallowed try\n\nEngland's Josh Lewsey has claimed he was denied a late try in his side's Six Nations loss to Ireland.\n\n" +
      'The Wasps wing insisted he grounded the ball when he was bundled over the line and said referee Jonathan Kaplan had made a wrong decision. "I\'m positive I touched the ball down over the line," Lewsey told BBC Sport. ' +
      "\"As far as I'm concerned, that incident and Mark Cueto's effort from Charlie Hodgson's cross-field kick that led to what looked like a good try were the two key elements in the game.\"\n\n" +
      'Cueto was also puzzled as to why his try had been disallowed by Kaplan. "I don\'t think I could have been offside for, without a doubt, I was behind the ball," said the Sale player.\n';
    expect(speakerOf(text, "I don't think I could")).toBe('Mark Cueto');
  });

  it('gives "…," the Black Sabbath singer told reporters to the speaker of the sentence before, not to a name inside it', () => {
    const text =
      "Show over for MTV's The Osbournes\n\nRock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show The Osbournes.\n\n" +
      '"At the end of it I didn\'t like having cameras around the house all the time," the Black Sabbath singer told reporters at the MTV Europe Awards in Rome.\n';
    expect(speakerOf(text, 'At the end of it')).toBe('Ozzy Osbourne');
  });
});

describe('subjectBefore: a county set off after the place a role is for', () => {
  it('gives "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said …" to Johnson, not to Oxfordshire', () => {
    const text =
      'Boris opposes mayor apology\n\nKen Livingstone should not apologise for his "Nazi" comment to a Jewish reporter, Tory MP Boris Johnson has insisted.\n\n' +
      'Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour was now trying to reassure Jewish voters "because of this curious way in which Labour seems to be trying to curry favour with disillusioned Muslim voters".\n';
    expect(speakerOf(text, 'because of this curious way')).toBe('Boris Johnson');
  });

  it('keeps "… for Piedmont, USAir said …" with USAir, the subject, set off by no comma before the cue', () => {
    const text =
      "USAIR <U> SEEKS TWO BILLION LOAN FOR TAKEOVERS\n9-MAR-1987 14:27:33.35 [acq]\n\nUSAir Group Inc said it seeking two\nbillion dlrs in bank debt to complete its takeover of Piedmont\nAviation Inc <PIE> and its pending acquisition of PS Group\nInc's Pacific Southwest Airlines.\n    " +
      'In a filing with the Securities and Exchange Commission\nthat details its proposed 69 dlr a share cash tender offer for\nPiedmont, USAir said Manufacturers Hanover Trust Co <MHC>\n"indicates its willingness" in a March 6 letter to provide up\nto 500 mln dlrs of the financing.\n';
    expect(speakerOf(text, 'indicates its willingness')).toMatch(/USAir/);
  });
});
