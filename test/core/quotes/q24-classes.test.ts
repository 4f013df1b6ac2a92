import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) articles, cut down to what each rule reads.

describe('a description of what a player is, as the speaker after a quote', () => {
  it('reads "the England captain" as the person the story opens on, named after a role ("Real Madrid midfielder David Beckham")', () => {
    // BBC sport 275.
    const text =
      'Beckham rules out management move\n\nReal Madrid midfielder David Beckham has no plans to become a manager when his playing career is over.\n\n' +
      '"I am not interested in being a coach but I would like to have football schools," the England captain said on television station Canal Plus. "I have wanted to do that since I went to the Bobby Charlton school."\n';
    expect(speakerOf(text, 'I am not interested')).toBe('David Beckham');
    expect(speakerOf(text, 'I have wanted to do that')).toBe('David Beckham');
  });

  it('reads "The double Olympic champion said:" as the athlete the sentence before is about', () => {
    // BBC sport 055.
    const text =
      "Holmes is hit by hamstring injury\n\nKelly Holmes has been forced out of this weekend's European Indoor Athletics Championships after picking up a hamstring injury during training.\n\n" +
      'The double Olympic champion said: "I am very disappointed that I have been forced to withdraw. "I can hardly walk at the moment and I won\'t be able to do any running for two or three weeks." Holmes will have now have intensive treatment in South Africa.\n';
    expect(speakerOf(text, 'I am very disappointed')).toBe('Kelly Holmes');
  });

  it('reads "said the Chelsea star" as the player the sentences before describe, not the one quoted earlier', () => {
    // BBC sport 217, its first nine lines as published.
    const text =
      'Kerr frustrated at victory margin\n' +
      '\n' +
      'Republic of Ireland manager Brian Kerr admitted he was frustrated his side did not score more than one goal in their friendly win over Croatia.\n' +
      '\n' +
      'Robbie Keane took his Republic record to 24 with a first-half goal which proved enough for victory. "We had more good chances. It is just a shame we did not take them against such a technically gifted team," said Kerr. "But, given the conditions and the standard of the Croatian team, we should be very happy with the win." The Republic side kept a clean sheet for the eighth time in 11 matches and are unbeaten in 14 home games since Kerr succeeded Mick McCarthy. Kerr applauded the decisive move which earned the victory. "It was a brilliant goal, fantastic skill by Damien Duff. Robbie might have scuffed it a little but it was a good goal." Matchwinner Keane was another full of praise for Duff\'s role in the goal. "It was great play from Damien," said the Tottenham striker.\n' +
      '\n' +
      '"I always try to be sniffing around because you know nine times out of 10 Duffer is going to get it in the box. "Playing three up was something different. Brian Kerr wanted to try it out and it was good to see young Stephen Elliott getting a run-out. "The conditions were difficult but he did well and is definitely one for the future. It is nice to see young players coming through." Man-of-the-match Duff explained what went wrong when he fluffed a chance to make it 2-0 midway through the second half. He opted to bring Steve Finnan\'s cross down and shoot against the bar when a close-range header looked the best option. "I would have headed that every time but I completely lost it in the lights," said the Chelsea star. "I was desperate to get on the scoresheet myself but the result is the important thing. "We have had a good year and are going nicely in the qualifiers. Hopefully that can continue in 2005."\n';
    expect(speakerOf(text, 'I would have headed that')).toBe('Damien Duff');
  });
});

describe('a participle cue after a term quoted earlier in its sentence', () => {
  // BBC politics 189.
  const text =
    'Blair congratulates Bush on win\n\nTony Blair has said he looks forward to continuing his strong relationship with George Bush.\n\n' +
    'Mr Blair also paid tribute to Democrat John Kerry\'s campaign, saying he had helped make the presidential election "a true celebration of American democracy". ' +
    'The election of the US president was significant for the world but particularly so for Britain because of its special relationship, he added. ' +
    'Earlier Tory leader Michael Howard sent Mr Bush his "warmest congratulations", saying: "We look to the president to be a unifying force for those all over the world who share our determination to defend freedom."\n';

  it('gives the quote to the subject the sentence opens on after his title, not to the speaker before', () => {
    expect(speakerOf(text, 'We look to the president')).toBe('Michael Howard');
  });
});

describe('"revealed" as a verb of speech', () => {
  it('gives "…," he revealed to the player the sentence before is about, not to the one who spoke before him', () => {
    // BBC sport 511.
    const text =
      'Roddick to face Saulnier in final\n\nAndy Roddick will play Cyril Saulnier in the final of the SAP Open in San Jose on Sunday.\n\n' +
      "The American top seed and defending champion overcame Germany's Tommy Haas, the third seed, 7-6 (7-3) 6-3. " +
      '"It\'s extremely frustrating when you have chances against a top-five player and don\'t do anything with them," admitted Haas. "I rushed a few backhands and he took advantage." ' +
      "Saulnier will move into the world's top 50 for the first time after his passage through to the final. " +
      '"It\'s taken a lot of work and a lot of fighting in my mind," he revealed.\n';
    expect(speakerOf(text, "It's taken a lot of work")).toBe('Cyril Saulnier');
  });

  it('reads "19-year-old Simpson revealed" as Simpson\'s words, not those of the bandmate who spoke before', () => {
    // BBC entertainment 239.
    const text =
      'Simpson launches Fightstar\n\nCharlie Simpson took his new band Fightstar to the stage on Friday night, just hours after officially announcing his departure from pop band Busted.\n\n' +
      "Confirmation of Busted's long-rumoured split had come earlier in the day, when Simpson held a press conference in London with bandmates Matt Willis and James Bourne. " +
      'All three band members stressed that the break up was amicable, although Bourne admitted he was "devastated" to hear of Simpson\'s departure. ' +
      '"This has been a really difficult decision," 19-year-old Simpson revealed, "I hope the fans will understand."\n';
    expect(speakerOf(text, 'This has been a really difficult decision')).toBe('Charlie Simpson');
  });

  it('does not read what came to light as speech ("The restoration … revealed some interesting items too")', () => {
    // BBC tech 094.
    const text =
      'What high-definition will do to DVDs\n\nRick Dean, of THX, says high-definition will change how films are mastered.\n\n' +
      '"In the HD version of Episode I, all these make-up lines showed up," explains Mr Dean. The restoration of the older Star Wars episodes revealed some interesting items too.\n\n' +
      '"There are scans of a corridor and fairly plainly in one of those shots, there is a file cabinet stuck behind one of the doorways."\n';
    expect(speakerOf(text, 'There are scans of a corridor')).toBe('Rick Dean');
  });
});

describe('a pronoun after a sentence whose last clause turns to another subject', () => {
  // BBC sport 014.
  const text =
    "McIlroy aiming for Madrid title\n\nNorthern Ireland man James McIlroy is confident he can win his first major title at this weekend's Spar European Indoor Championships in Madrid.\n\n" +
    'Russian Dmitriy Bogdanov won at the same Madrid venue last week and then claimed the European Championship race would be between himself, Dutchman Arnoud Okken and Antonio Reina of Spain but McIlroy is unfazed.\n\n' +
    'He admitted: "He looked quite good in his win and fair enough everyone has the right to their own opinion. "I never write myself off and let\'s face it, I haven\'t or looked like being beaten this season."\n';

  it('gives "He admitted:" to the subject the sentence turned to ("but McIlroy is unfazed"), not to the one it quoted first', () => {
    expect(speakerOf(text, 'I never write myself off')).toBe('James McIlroy');
  });
});

describe('a quote standing alone after a sentence that opens on a phrase of its topic, then a name', () => {
  // BBC politics 267.
  const text =
    "UKIP's secret weapon?\n\nBy any measure, New Yorker Dick Morris is that thing Americans love over everything else - a winner.\n\n" +
    "This is the man who, some pundits believe, was almost single-handedly responsible for Bill Clinton's sensational 1992 comeback victory. But Morris is no ideologue. " +
    'If there is one regular criticism levelled at Morris, it is that he is too ready to switch allegiances.\n\n' +
    'So why Britain and why UKIP which, despite its recent EU election successes, is not likely to pull off a sensational victory in the looming general election. On this subject, Morris appears almost evangelical.\n\n' +
    '"I was on a cruise in the Mediterranean and, coincidentally, so was UKIP leader Roger Knapman."\n\n' +
    "So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once notoriously declared? " +
    '"No. The aim of UKIP is to withdraw from the EU."\n\n' +
    'And, while we are on the subject of Mr Kilroy-Silk, Mr Morris despatches him with another of his neat soundbites.\n';

  it('gives it to the person that sentence is about ("On this subject, Morris appears almost evangelical.")', () => {
    expect(speakerOf(text, 'I was on a cruise')).toBe('Dick Morris');
  });

  it("gives the answer to the writer's question to whom the writer asks, not to the one the question names", () => {
    expect(speakerOf(text, 'No. The aim of UKIP')).toBe('Dick Morris');
  });
});
