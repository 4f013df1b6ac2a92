import { describe, expect, it } from 'vitest';
import { answerFit, answerTypeOf, withoutAskingWords } from '../../../src/core/answer/answer-type.js';

describe('answerTypeOf', () => {
  it.each([
    ['When did the mill close?', 'time'],
    ['On what day was the vote held?', 'time'],
    ['How many jobs were lost?', 'quantity'],
    ['What rate are the tariffs?', 'percent'],
    ['How much did the trust raise?', 'money'],
    ['How much will the PSP cost in Britain?', 'money'],
    ['What does the DS cost in America?', 'money'],
    ['What did Cynthia Cooper earn at WorldCom?', 'money'],
    // A price's verb before a stranded preposition asks for a thing (BBC business, the CBI before the 2005 Budget).
    ['What did the CBI want any spare money spent on?', 'any'],
    ['What did the company spend the money on?', 'any'],
    ['Gizmondo price in the UK', 'money'],
    // A race's time is how long it took (BBC sport, the New York Marathon).
    ['What was the winning time in New York?', 'duration'],
    ['What prison term could Robert Stearns face?', 'duration'],
    ["What was Chepkemei's finishing time in the New York Marathon?", 'duration'],
    // A search in keywords for a size asks an amount (Reuters, Texaco's debt); a question about one is not a search.
    ['texaco debt size', 'quantity'],
    // A firm's reported figures, asked by their noun, are amounts (Reuters, Taft Broadcasting); their cause is not.
    ["What were Taft Broadcasting's profits in 1986?", 'quantity'],
    ["What was Caesars' revenue last year?", 'quantity'],
    ['What was the reason for the losses?', 'any'],
    ['Why does the size of the debt matter?', 'any'],
    // A sum whatever the verb: "lose" is no price's verb, yet money is what is lost here (Reuters 1860).
    ['How much money did the company lose in 1986?', 'money'],
    ['What loan fee are Celtic paying Newcastle for Bellamy?', 'money'],
    ['Where was Texaco stock expected to open on Monday?', 'quantity'],
    ['Where did the board meet on Monday?', 'place'],
    ['ferry fares price rise', 'money'],
    ['Why did the price of the ferry rise?', 'any'],
    ['What did the union say about pay?', 'speech'],
    ['How much of the market does it hold?', 'quantity'],
    ['What share of the vote did the party win?', 'percent'],
    ['Who chairs the harbour board?', 'name'],
    ['Why did the council delay the vote?', 'any'],
    ['What did Ortiz say about the ferry?', 'speech'],
    ['How did the union respond to the offer?', 'speech'],
    ['How did the shares react to the news?', 'any'],
    ['Where did the board meet?', 'place'],
    ['How old is Ortiz?', 'age'],
    ['What state did Ortiz represent?', 'place'],
    ['What is the name of the ferry company?', 'name'],
    ['In which city was the party launched?', 'place'],
    // A change asked by its noun is a figure (Reuters, Brazil's seamen's strike).
    ['What pay increase do the striking seamen want?', 'quantity'],
    // A place may be qualified or plural (BBC tech, the Cell chip; Reuters, Brazil's seamen's strike).
    ['In which US city will IBM manufacture the Cell chip?', 'place'],
    ['In which Dutch port was a Brazilian ship lying idle?', 'place'],
    ['In which cities did the sprinters allegedly dodge drugs tests?', 'place'],
    ['How long was Olsen a member?', 'duration'],
    ['How long ago did the mill close?', 'time'],
    // A preposition may open it (BBC politics, super-casinos; BBC entertainment, Elvis's reissues).
    ['From what year are the eight super-casinos planned?', 'time'],
    ['In what year did Jailhouse Rock first become a chart-topper?', 'time'],
    ['How often do the two men speak?', 'frequency'],
    ['How strong was the quake?', 'quantity'],
    ['How long is the new pipeline?', 'duration'],
    // A share of a market or a rate is a percentage; "at what price" a sum (reviews: GM and Fiat, Yugoslav strikes, Allis-Chalmers).
    ["What is Fiat's share of the European car market?", 'percent'],
    ["What was Yugoslavia's inflation rate in 1986?", 'percent'],
    ['What is the exchange rate of the dinar?', 'any'],
    ['At what price did Allis-Chalmers shares close?', 'money'],
  ])('%j asks for %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe('answerFit for a role verb that names its body', () => {
  const known = new Set(['Graeme', 'Souness', 'Steve', 'Bruce']);
  it.each([
    // Another body's post holder does not answer (BBC sport 187, Bellamy and Birmingham).
    ['The Welsh striker has rejected a move to Birmingham after falling out with Magpies manager Graeme Souness.', false],
    ['Birmingham manager Steve Bruce said he was disappointed.', true],
    ['Manager Steve Bruce said Birmingham were disappointed.', true],
  ])('"Who manages Birmingham?" / %s → %s', (passage, expected) => {
    expect(answerFit('name', 'Who manages Birmingham?', { knownNames: known })(passage)).toBe(expected);
  });
});

describe('answerFit', () => {
  it.each([
    ['time', 'The council met on Tuesday to discuss fees.', 'When did the council meet?', true],
    ['time', 'The council discussed fees.', 'When did the council meet?', false],
    ['time', "Mr Lindqvist is seeking access to Ms Ortiz's two-year-old son.", 'When did Lindqvist meet Ortiz?', false],
    ['time', 'He was given a four-year ban.', 'When was he banned?', false],
    ['time', 'He was banned four years ago.', 'When was he banned?', true],
    // The day someone spoke is not when the asked thing happened (BBC tech 155; BBC politics, control orders)…
    [
      'time',
      'The Blu-Ray Association said on Thursday that games giants would both support its DVD format.',
      'When was the Blu-ray Disc Association set up?',
      false,
    ],
    [
      'time',
      'On Sunday, Conservative shadow home secretary David Davis claimed judges would get the powers to issue detention orders.',
      'When was the first control order issued?',
      false,
    ],
    // …unless the question asks when it was said, or the sentence has a time of its own.
    [
      'time',
      'The Blu-Ray Association said on Thursday that games giants would both support its DVD format.',
      'When did the association announce its support?',
      true,
    ],
    ['time', 'Strikes spread to most regions last week, Tanjug said last night.', 'When did the strikes spread?', true],
    ['duration', 'It ends her membership after eleven years.', 'How long was she a member?', true],
    ['duration', 'The talks lasted a few weeks.', 'How long did the talks last?', true],
    ['duration', 'He was given a four-year ban.', 'How long a ban did he get?', true],
    // A span to an end (BBC sport 187).
    ['duration', 'A stay until the end of the season could suit Bellamy while he considers his future.', 'How long could Bellamy stay at Celtic?', true],
    ['duration', 'She resigned on Tuesday.', 'How long was she a member?', false],
    // A deadline is when something starts, not how long it lasts (Reuters 7788, Yugoslavia's price freeze).
    ['duration', 'The government said it will freeze prices at end-December levels within five days.', 'How long will the price freeze last?', false],
    ['duration', 'The government said the freeze would affect food and furniture and would last 90 days.', 'How long will the price freeze last?', true],
    ['duration', 'The government said it will freeze prices at end-December levels within five days.', 'How long will it take to freeze prices?', true],
    ['duration', 'Workers began building a 26 km (16 mile) pipeline to Colombia.', 'How long is the new pipeline?', true],
    ['duration', 'Workers began building a 26 km pipeline to Colombia.', 'How long did the repairs take?', false],
    ['duration', 'The firm raised $54m on Tuesday.', 'How long is the new pipeline?', false],
    // A margin is no count of what was sold (BBC entertainment, Elvis's reissues), unless a margin is asked.
    [
      'quantity',
      "The re-release of hit song Jailhouse Rock was out-selling X Factor winner Steve Brockstein's cover of Against All Odds by 2,000 copies on Tuesday.",
      'How many copies did Jailhouse Rock sell in its week at number one?',
      false,
    ],
    [
      'quantity',
      'Jailhouse Rock was out-selling the cover of Against All Odds by 2,000 copies on Tuesday.',
      'By how many copies was Jailhouse Rock ahead?',
      true,
    ],
    ['quantity', 'Jailhouse Rock sold 21,262 copies in its first week.', 'How many copies did Jailhouse Rock sell in its week at number one?', true],
    ['quantity', 'The quake registered six on the 12-point Mercalli scale.', 'How strong was the quake?', true],
    ['quantity', 'Ecuador was paralysed by a strong earthquake.', 'How strong was the quake?', false],
    ['frequency', 'In a lot of weeks, we would speak three or four times, he said.', 'How often did they speak?', true],
    ['frequency', 'He now speaks less regularly with the president.', 'How often do they speak?', true],
    ['frequency', 'The two men spoke on Tuesday about the ferry.', 'How often do they speak?', false],
    ['quantity', 'Priced at £229, the handheld is debuting in the UK.', 'How many handhelds have been sold?', false],
    // People are counted by what they are (BBC politics 154).
    [
      'quantity',
      'Two motions were passed by the London Assembly, which is made up of 25 members elected to examine the mayor.',
      'How many people sit on the London Assembly?',
      true,
    ],
    ['quantity', 'Two motions were passed by the London Assembly on 25 February.', 'How many people sit on the London Assembly?', false],
    // Or by the work they hold (Reuters 11910).
    [
      'quantity',
      'The business entities had total sales of about 250 mln dlrs in 1986, with total employment of about 4,300.',
      'How many people work in the businesses?',
      true,
    ],
    ['quantity', 'The firm has sold 20,000 handhelds, priced at £229.', 'How many handhelds have been sold?', true],
    ['quantity', 'Forty workers lost their jobs.', 'How many workers lost jobs?', true],
    ['quantity', 'Workers lost their jobs.', 'How many workers lost jobs?', false],
    ['quantity', 'The tariffs were announced on March 27, 1987.', 'How much are the tariffs?', false],
    ['quantity', 'The tariffs of 300 mln dlrs were announced on 27 March.', 'How much are the tariffs?', true],
    ['quantity', 'The tariffs were announced in 1987.', 'How much are the tariffs?', false],
    ['quantity', 'The firm cut 2000 jobs.', 'How many jobs did the firm cut?', true],
    // An ordinal right before what is counted counts it; one before something else does not.
    [
      'quantity',
      'Winslet said she was "ecstatic" about the fourth Oscar nomination of her career, this time for her lead role in Eternal Sunshine of the Spotless Mind.',
      'How many Oscar nominations has Winslet had?',
      true,
    ],
    // An age is no count of what the question counts; a span is, when spans are what it counts.
    [
      'quantity',
      'The 30-year-old actor, who is nominated for playing Howard Hughes in The Aviator, will join other hopefuls as Oscar presenters.',
      'How many Oscar nominations has Kate Winslet had?',
      false,
    ],
    ['quantity', 'Kenteris was given a two-year ban by the IAAF.', 'How many years was Kenteris banned?', true],
    ['quantity', 'Would you have the second reading of the Identity Cards Bill tomorrow?', 'How many MPs voted for the ID cards bill?', false],
    ['quantity', 'The first cards would be issued in 2008.', 'How many cards will be issued?', false],
    // The word right after "how many" is what is counted, capitalised or not (BBC business 224).
    [
      'quantity',
      'A group of five MPs are calling on the Department of Trade and Industry to block any takeover of the club.',
      'How many MPs want the trade department to stop the takeover?',
      true,
    ],
    // A crowd is counted in people (BBC politics: the hunting ban).
    [
      'quantity',
      'BBC correspondent Simon Hall at Postbridge on Dartmoor in the West Country said 2,000 people had turned out to welcome the hunt.',
      'How big was the crowd at Postbridge on Dartmoor?',
      true,
    ],
    ['quantity', 'About 2,000 people had turned out for the meet.', 'How big was the herd?', false],
    // A name qualifying what is counted is part of it; "hours a day" counts hours (BBC politics 072, 182).
    ['quantity', 'Some 32 Labour MPs voted against the legislation last week.', 'How many Liberal Democrat MPs voted for the bill?', false],
    ['quantity', 'Up to 30 Labour MPs could oppose the scheme.', 'How many Labour backbenchers might vote against ID cards?', true],
    ['quantity', 'Control orders would be subject to a court appeal within 14 days.', 'How many hours a day would a curfew under a control order last?', false],
    // A share, a price in pence or a sum in words is no count (BBC business 229, 224; Reuters 12195).
    ['quantity', 'Shares in Manchester United closed up 4.75% on Monday.', 'How many shares does Manchester United have in issue?', false],
    ['quantity', 'Manchester United shares closed at 270.25p on Friday, down 3.75p on the day.', 'How many shares does the club have?', false],
    [
      'quantity',
      'Parker speculated that the combined Emery-Purolator would have about 24 pct of the six to seven billion dlr delivery business.',
      'How many packages does Purolator deliver each day?',
      false,
    ],
    ['quantity', 'About 2,000 workers marched past the plant, which has cut jobs before.', 'How many jobs did the firm cut?', false],
    ['quantity', 'The firm, which makes ferries, cut jobs by a third in its yards.', 'How many jobs did the firm cut?', true],
    ['quantity', 'The party, which Ortiz says is growing, won 12 seats at the last election.', 'How many members has Ortiz signed up?', false],
    // What is counted is not the subject after the verb (BBC tech, the Mac mini).
    ['quantity', 'Apple expects the Mac mini to sell for £339 in the UK and $499 in the US.', 'How much memory does the Mac mini come with?', false],
    ['percent', 'The tariffs are 100 pct.', 'What rate are the tariffs?', true],
    ['money', 'The trust handed out $144m (£75m) to famine relief projects.', 'How much did the trust raise?', true],
    ['money', 'The launch price of £99 (149 euros) compares favourably.', 'How much will it cost?', true],
    ['money', 'The firm sold 1.5 billion dlrs of bonds.', 'How much did the bonds cost?', true],
    // A figure in words: Reuters 2475.
    [
      'money',
      'A one billion dlr lawsuit pushed Hughes Tool Co into an about-face on its rejection of a proposed merger.',
      'How much was the lawsuit worth?',
      true,
    ],
    ['money', 'The 15 games available at launch include Super Mario 64.', 'How much did Sony spend developing it?', false],
    ['percent', 'The party won 16.1% of the vote.', 'What share of the vote did the party win?', true],
    ['percent', 'The tariffs of 300 mln dlrs take effect in six to 12 months.', 'What rate are the tariffs?', false],
    ['name', 'Harbour master Lena Ortiz chairs the board.', 'Who chairs the board?', true],
    ['name', 'The board is chaired by its oldest member.', 'Who chairs the board?', false],
    ['name', 'Ortiz chairs the board.', 'Does Ortiz chair the board?', false],
    ['name', "Lena Ortiz's lawyer called the ruling unfair.", "Who is Ortiz's lawyer?", false],
    ['name', "Ortiz's lawyer, Owen Berg, called the ruling unfair.", "Who is Ortiz's lawyer?", true],
    // A post's holder is named beside it: the special counsel is not Trump (the seeds).
    [
      'name',
      'In Ortiz’s view, it was that recusal that led to the appointment of a special counsel who took over the investigation.',
      'Who is the special counsel running the investigation?',
      false,
    ],
    ['name', 'The special counsel, Lena Ortiz, took over the investigation.', 'Who is the special counsel running the investigation?', true],
    // An agent is a post too: the role alone names nobody (BBC sport 187).
    ['name', "According to Bellamy's agent, the player dismissed a permanent move to Birmingham.", "Who is Bellamy's agent?", false],
    // A post of several words is held whole (Reuters 372): a chief executive is no chief financial officer.
    [
      'name',
      'William Taggart, chief executive officer of U.S. Courier division, will be chief executive officer of the new company.',
      "Who is Emery Air Freight's chief financial officer?",
      false,
    ],
    ['name', 'Emery chief financial officer Dan Keller said the bid was fair.', "Who is Emery Air Freight's chief financial officer?", true],
    ['name', "Damien Hockney, who is now Veritas' deputy leader, said he would stay.", 'Who became deputy leader of Veritas?', true],
    ['name', 'The Greek sprinter has appealed.', 'Who has appealed?', false],
    ['name', 'Carsey-Werner is the producer of the show.', 'Who produces the show?', true],
    ['name', 'Producers make the show.', 'Who produces the show?', false],
    ['speech', 'Ortiz said the ferry would run until May.', 'What did Ortiz say about the ferry?', true],
    // A verb of naming says too (BBC politics 384).
    ['speech', 'The Law Society dubbed Mr Clarke\'s new proposals an "abuse of power".', "What did the Law Society say about Clarke's proposals?", true],
    ['speech', 'Advisers, including Ortiz, have pressed for a new ferry.', 'What did Ortiz say about the ferry?', false],
    ['speech', 'The ferry would run "until May at least", Mr Lindqvist said.', 'What did Ortiz say about the ferry?', false],
    ['speech', 'The ferry will run, Mr Lindqvist said.', 'What did Mr Ortiz say about the ferry?', false],
    ['speech', 'The ferry will run, Mr Ortiz said.', 'What did Mr Ortiz say about the ferry?', true],
    ['speech', 'The ferry, said to be Ortiz\'s idea, "will run", an aide said.', 'What did Ortiz say about the ferry?', false],
    ['speech', 'According to Ortiz, the ferry will run.', 'What did Ortiz say about the ferry?', true],
    ['speech', 'The mayor has dismissed reports he told Lena Ortiz the ferry would stop.', 'What did Lena Ortiz say?', false],
    ['speech', '"At that stage he saw Lena Ortiz and said, look, I need your help," Mr Lindqvist said.', 'What did Lena Ortiz say?', false],
    ['speech', '"I need your help," added Lena Ortiz.', 'What did Lena Ortiz say?', true],
    ['speech', "Ortiz's new posters say the ferry is the fastest in 29 years.", 'What do the new Ortiz posters say?', true],
    ['speech', 'The sources, all unnamed "allies" of Mr Lindqvist and Ms Ortiz, said the mayor felt undermined.', 'What did Ortiz say?', false],
    ['speech', 'Harbour chief of staff Lena Ortiz said the mayor felt undermined.', 'What did Ortiz say?', true],
    ['speech', 'Jan Berg, a board member of the harbour authority, the Port Board, said fees would rise.', 'What did the Port Board say about fees?', true],
    ['speech', "The Port Board's general counsel told the court that fees would rise.", 'What did the Port Board say about fees?', true],
    ['speech', '"Fees will rise," said Jan Berg, finance director at Port Board Holdings.', 'What did the Port Board say about fees?', true],
    ['speech', 'Fees will rise at the Port Board, Jan Berg said.', 'What did the Port Board say about fees?', false],
    // The body asked about written as an acronym in brackets before the speaker's post (BBC sport, the Balco case).
    ['speech', 'Harbour Pilots Association (HPA) chief Jan Berg says fees should rise.', 'What does the HPA boss think about fees?', true],
    ['speech', 'Harbour Pilots Association (HPA) staff met Jan Berg, who says fees should rise.', 'What does the HPA boss think about fees?', false],
    // A post after its owner's possessive, written before the holder's name (Reuters, Japan's postal minister).
    ['speech', 'In a letter, Harbour Minister Lena Ortiz told the mayor fees would rise.', "What did Norway's harbour minister tell the mayor?", true],
    ['speech', 'In a letter, Finance Minister Lena Ortiz told the mayor fees would rise.', "What did Norway's harbour minister tell the mayor?", false],
    ['place', 'The board met in Kenosha on Monday.', 'Where did the board meet?', true],
    // A place named after its kind (Reuters 5155, Yugoslav strikes).
    [
      'place',
      'Eyewitnesses in the northern city of Zagreb reported far more police on the streets than normal after the city experienced the biggest wave of strikes.',
      'Which city saw the biggest wave of strikes?',
      true,
    ],
    // A place is named after a word of place; other names (firms, people) are no place (BBC tech 273, 132).
    ['place', 'He pointed out that all three of the accused lived in North Carolina.', 'Where did the spam defendants live?', true],
    // A known place after "of", or a town before one (Reuters, the Taft Broadcasting bid); after "of" a firm is no place.
    ['place', 'A group led by the wealthy Berg family of Fort Worth, Texas, said it holds a stake.', 'Where does the Berg family come from?', true],
    ['place', 'Jan Berg, chairman of Leadplex Holdings, said it holds a stake.', 'Where does Jan Berg come from?', false],
    ['place', '"Leadplex and PayPerAction are legitimate internet marketing companies," said Lin Hughes.', 'Where did the spam defendants live?', false],
    // A unit of time says when only placed: "next week", "two months ago", not "months of tension" (BBC politics, Veritas).
    ['time', 'It came after months of tension as he vied unsuccessfully for the leadership.', 'When will the Veritas leadership election take place?', false],
    // Uncounted units before another event place nothing; counted ones do (Reuters, Allegheny International).
    [
      'time',
      'The SEC investigation began just months before Allegheny became the target of a series of shareholder lawsuits.',
      'When did the SEC investigation of Allegheny begin?',
      false,
    ],
    ['time', 'The probe began two months before Allegheny became the target of lawsuits.', 'When did the SEC investigation of Allegheny begin?', true],
    ['time', 'The leadership election will be held next month.', 'When will the Veritas leadership election take place?', true],
    ['time', 'He left the party two years ago.', 'When did he leave the party?', true],
    // "On what date…?" asks a day, which a year or a season does not give (BBC sport, Chepkemei's ban).
    [
      'time',
      "Kenya's athletics body has suspended Susan Chepkemei from all competition until the end of the year.",
      'On what date did Athletics Kenya announce the ban?',
      false,
    ],
    ['time', 'Athletics Kenya announced the ban on Tuesday.', 'On what date did Athletics Kenya announce the ban?', true],
    ['time', 'The ban was announced on 17 February.', 'On what date did Athletics Kenya announce the ban?', true],
    ['time', "Kenya's athletics body has suspended Susan Chepkemei until the end of the year.", 'When did Athletics Kenya announce the ban?', true],
    // An age is no span (BBC sport, Chepkemei's ban).
    ['duration', 'The 29-year-old finished second to Paula Radcliffe in the 2002 and 2003 London races.', "How long was Chepkemei's ban meant to last?", false],
    ['duration', 'Chepkemei was suspended from all competition until the end of the year.', "How long was Chepkemei's ban meant to last?", true],
    ['age', 'Lena Ortiz, 42, denies the charges.', 'How old is Ortiz?', true],
    ['age', 'The 71-year-old harbour master, Ortiz, denies it.', 'How old is Ortiz?', true],
    ['age', 'Ortiz served 42 years at the harbour.', 'How old is Ortiz?', false],
    // A measure is no count, and a measure question wants a figure (BBC sport, Kelly Holmes's season).
    ['quantity', 'The Briton, made a dame for taking 800m and 1,500m gold, won vital votes from the public.', 'How many votes did Holmes get?', false],
    ['quantity', 'Holmes won 12,000 votes from the public.', 'How many votes did Holmes get?', true],
    ['quantity', 'Swedish triple jumper Christian Olsson was voted male athlete of the year.', 'How far did Christian Olsson jump?', false],
    ['quantity', 'Olsson jumped 17.83m to win.', 'How far did Christian Olsson jump?', true],
    ['age', "Mr Lindqvist is seeking access to Ms Ortiz's two-year-old son.", "How old is Ms Ortiz's son?", true],
    // A post asks for a person: a firm's name does not answer it (Reuters, Comdata), a person's of the story does.
    ['name', 'First Financial Management corp said it has offered to acquire Comdata.', 'Who is the chairman of First Financial Management?', false],
    [
      'name',
      'First Financial Management chairman Lena Ortiz said it has offered to acquire Comdata.',
      'Who is the chairman of First Financial Management?',
      true,
    ],
    ['name', 'First Financial Management said it has offered to acquire Comdata.', 'Who offered to buy First Financial?', true],
    // A post in the plural names none of its holders (BBC business, the Ebbers trial).
    [
      'name',
      'David Myers made the comments under questioning by defence lawyers who have been arguing that Mr Ebbers was not responsible.',
      "Who is Ebbers' defence lawyer?",
      false,
    ],
    ['name', 'On Monday, defence lawyer Reid Weingarten tried to distance his client from the allegations.', "Who is Ebbers' defence lawyer?", true],
    // A passage that never writes the post does not say who holds it; a head is asked by any of its words (BBC sport, Chepkemei's ban).
    ['name', 'The 29-year-old finished second to Paula Radcliffe in the 2002 and 2003 London races.', 'Who is the director of the London Marathon?', false],
    ['name', '"We have banned her from all local and international competitions," said AK chief Isaiah Kiplagat.', 'Who is the head of Athletics Kenya?', true],
    // Another body's post is not the one asked (BBC business, Marsh & McLennan); see also below.
    [
      'name',
      '"They should seize the moment," Mr Prettejohn, Lloyd\'s chief executive said.',
      "Who was Marsh's chief executive before Michael Cherkasky?",
      false,
    ],
    // A month names no one (BBC business, Marsh & McLennan).
    [
      'name',
      'In February, a former senior executive pleaded guilty to criminal charges in a wide-ranging probe of bid-rigging.',
      'Who is leading the probe into the US insurance industry?',
      false,
    ],
    // A post the doer acts on asks for no person: a body may have done it (BBC politics, Livingstone's remark).
    [
      'name',
      'An official complaint has been made to local government watchdogs by the Board of Deputies of British Jews.',
      'Who complained to the Standards Board about the mayor?',
      true,
    ],
    ['place', 'The board met on Monday, Ortiz said.', 'Where did Ortiz and the board meet?', false],
    // A place may open the sentence; a firm's name after "in" is no place (Reuters, Supermarkets General; Burlington).
    ['place', 'In Woodbridge, N.J., Supermarkets General said it would respond.', 'Where is Supermarkets General?', true],
    ['place', 'Dominion said it bought a stake in Burlington Industries Inc.', 'Where did Dominion buy?', false],
    // A place written into "-based" is named (Reuters, Allegheny International).
    [
      'place',
      'The Securities and Exchange Commission (SEC) staff is seeking authority to take enforcement action against Allegheny International Inc, the Pittsburgh-based industrial and consumer products firm said.',
      'In which city is Allegheny International based?',
      true,
    ],
    // A workforce is counted by its words, but a union named for workers counts none (Reuters, Baker Hughes; Dart).
    ['quantity', 'He expects cutbacks in the 20,000-member workforce at Baker-Hughes Inc.', 'How many workers does Baker-Hughes have?', true],
    // A unit is what is counted, not what it measures; a small word counts nothing inside a name (BBC tech, the Cell chip; BBC politics, Belmarsh).
    [
      'quantity',
      'The three firms claim that the Cell chip will be up to 10 times more powerful than existing processors.',
      'How many watts of power does the Cell chip use?',
      false,
    ],
    ['quantity', 'Mr Blair told BBC Radio 4\'s Woman\'s Hour: "We are being advised by the police."', 'How many hours a day would a curfew last?', false],
    // Nor at a name's start (BBC sport, Chepkemei's ban).
    [
      'quantity',
      'Athletics Kenya (AK) had suspended the two-time London Marathon runner-up for failing to turn up to a cross-country team training camp in Embu.',
      'How many athletes attended the training camp in Embu?',
      false,
    ],
    [
      'quantity',
      'However, stories about gamers spending 10 to 15 hours a day in front of some video games are becoming more frequent.',
      'How many hours a day do gamers play?',
      true,
    ],
    [
      'quantity',
      'The United Food And Commercial Workers said that more than 1,000 members will demonstrate.',
      'How many employees does Supermarkets General have?',
      false,
    ],
  ] as const)('%s: %j for %j → %s', (type, passage, question, expected) => {
    expect(answerFit(type, question, { knownNames: new Set(['Ortiz', 'Lena']) })(passage)).toBe(expected);
  });

  it("takes a post's holder when the question names its owner or none (BBC business, Marsh & McLennan)", () => {
    const passage = '"They should seize the moment," Mr Prettejohn, Lloyd\'s chief executive said.';
    const known = new Set(['Prettejohn']);
    expect(answerFit('name', "Who is Lloyd's chief executive?", { knownNames: known })(passage)).toBe(true);
    expect(answerFit('name', 'Who is the chief executive?', { knownNames: known })(passage)).toBe(true);
    expect(answerFit('name', "Who is Marsh's chief executive?", { knownNames: known })(passage)).toBe(false);
  });

  it('takes a quote as spoken by whom the story attributes it to, a pronoun resolved', () => {
    const passage = 'The ferry is a lifeline, he said: "It will run."';
    expect(answerFit('speech', 'What did Ortiz say about the ferry?')(passage, ['Lena Ortiz'])).toBe(true);
    expect(answerFit('speech', 'What did Ortiz say about the ferry?')(passage, ['Per Lindqvist'])).toBe(false);
  });

  it('made once for a speech question, answers every passage tried on it as it would alone', () => {
    const question = 'What did Ortiz say about the ferry?';
    const passages = [
      'Ortiz said the ferry will run.',
      'The ferry will run, Lee said.',
      'Ortiz said fees rise.',
      '"It runs," said Lena Ortiz.',
      'Lee said no.',
    ];
    const fits = answerFit('speech', question);
    expect(passages.map((p) => fits(p))).toEqual(passages.map((p) => answerFit('speech', question)(p)));
    expect(passages.map((p) => fits(p))).toEqual([true, false, true, true, false]);
  });

  it('does not take a cast member for a place', () => {
    expect(answerFit('place', 'Where did the board meet?', { knownNames: new Set(['Lena', 'Ortiz']) })('Lena Ortiz met the board.')).toBe(false);
  });
});

describe('answerTypeOf: a kind of rate', () => {
  // Reuters, Caesars World: "What interest rate…" asks a percentage, as "What rate…" does.
  it.each([
    ['What interest rate will Caesars pay on the debt?', 'percent'],
    ['What market share does the firm hold?', 'percent'],
    ['What rates apply?', 'percent'],
    ['What exchange rate was used?', 'any'],
  ])('%j asks %j', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe('withoutAskingWords', () => {
  it.each([
    ['How long was she a member?', 'How was she a member?'],
    ['What rate are the tariffs?', 'What are the tariffs?'],
    ['What percentage of the vote did they win?', 'What the vote did they win?'],
    ['How many Oscars did it win in the end?', 'How Oscars did it win ?'],
    // "take place" says only that something happened: "Where did the hearing take place?" asks about the hearing.
    ['Where did the tribunal hearing take place?', 'Where did the tribunal hearing ?'],
    ['How often do they talk these days?', 'How do they talk ?'],
    ['texaco debt size', 'texaco debt '],
    // "how much money" and "how much … worth" ask a sum, which the answer states without those words (Reuters, Allis-Chalmers; Baker).
    ['How much money did the company lose in 1986?', 'How did the company lose in 1986?'],
    ["How much was Baker's lawsuit against Hughes worth?", "How was Baker's lawsuit against Hughes?"],
    // "how long … last" asks a span by its verb (BBC politics, the Gambling Bill); "the last stage" is no such verb.
    ['How long did the consultation on gambling reform last?', 'How did the consultation on gambling reform?'],
    ['How long is the last stage?', 'How is the last stage?'],
    // A date answers "What day…?"; a passage's "day" seldom does ("polling day", "the day after") (BBC politics, the 2005 Budget).
    ['What day is Brown giving his Budget?', 'What is Brown giving his Budget?'],
    ['On which date will the ferry sail?', 'On will the ferry sail?'],
    ['What was the day like?', 'What was the day like?'],
    // Adverbs of a question's frame name no topic, and a rare one weighs as if it were the point (Reuters, AMC; Cable and Wireless).
    ['Which new AMC models will still be launched?', 'Which new AMC models will be launched?'],
    ['Could other American firms still join?', 'Could other American firms join?'],
    ['Has the board finally approved it yet?', 'Has the board approved it ?'],
    // A name's expansion is in no word of the question but the name (BBC tech, the Mac mini: "BYODKM... bring your own display…").
    ['What does BYODKM stand for?', 'What does BYODKM?'],
    ['What does the union stand for on pay?', 'What does the union stand for on pay?'],
    // Only a name's expansion: what a party stands for is its aims.
    ['What does the party stand for?', 'What does the party stand for?'],
    ['What does Wada stand for?', 'What does Wada?'],
  ])('%j is searched as %j', (question, searched) => {
    expect(withoutAskingWords(question).replace(/\s+/g, ' ')).toBe(searched);
  });
});
