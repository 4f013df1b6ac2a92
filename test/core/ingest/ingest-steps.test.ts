import { describe, expect, it } from 'vitest';
import { normalizeTypography } from '../../../src/core/ingest/normalize-typography.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';
import { splitBlocks } from '../../../src/core/ingest/split-blocks.js';
import { ingestArticle } from '../../../src/core/ingest/ingest-article.js';
import { fixture, wire } from '../../fixtures/read-fixture.js';

describe('normalizeTypography', () => {
  it.each([
    ['‘‘I’m here,’’ he said', '"I\'m here," he said'],
    ['“Weak,” she said', '"Weak," she said'],
    ["``Fine,'' he said", '"Fine," he said'],
    ['a\u00a0b', 'a b'],
    ['aide -- Stephen', 'aide — Stephen'],
    ['a star witness --President Reagan', 'a star witness — President Reagan'],
    ['it was over-- he said', 'it was over — he said'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeTypography(input)).toBe(expected);
  });
});

describe('splitSentences', () => {
  it.each([
    [
      'A closing quote followed by a new quote is two sentences',
      'It was "appropriate." "We love it," she said.',
      ['It was "appropriate."', '"We love it," she said.'],
    ],
    ['doubled single quotes close a sentence', 'He had the ‘‘honor.’’ Asked why, he smiled.', ['He had the ‘‘honor.’’', 'Asked why, he smiled.']],
    ['titles do not end sentences', 'Then-Sen. Ann Lee met Mr. Bo Ray. He left.', ['Then-Sen. Ann Lee met Mr. Bo Ray.', 'He left.']],
    ['S.C. inside a sentence', 'They sent it to S.C., he said. It failed.', ['They sent it to S.C., he said.', 'It failed.']],
    ['U.S. before a new sentence', 'She moved to the U.S. He stayed home.', ['She moved to the U.S.', 'He stayed home.']],
    [
      "an initial inside a wire's angle brackets does not end a sentence (Reuters 3798)",
      'Hodges, of a partnership of <Preussag Corp> and <C. Deilmann Inc> of West Germany, said the firm had earmarked 50 mln dlrs. It was a start.',
      ['Hodges, of a partnership of <Preussag Corp> and <C. Deilmann Inc> of West Germany, said the firm had earmarked 50 mln dlrs.', 'It was a start.'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('keeps every sentence a verbatim substring of the paragraph', () => {
    const paragraph = 'Gov. Bill Jones spoke on Jan. 5.   “We are ready,” he said. Dr. J. R. Smith agreed!';
    for (const s of splitSentences(paragraph)) expect(paragraph.replace(/\s+/g, ' ')).toContain(s);
  });
});

describe('ingestArticle: boilerplate and metadata by structure', () => {
  it('drops share widgets and reads headline, deck, byline and outlet from the header', () => {
    const { article, sentences } = ingestArticle(fixture('header-widgets'));
    expect(article).toMatchObject({ title: 'Harbour council delays ferry vote', outlet: 'Coastal Herald', byline: 'Maria Lopez and Tom Reed' });
    const texts = sentences.map((s) => s.text);
    expect(texts).not.toContain('Share');
    expect(texts).not.toContain('Comments');
    expect(texts[1]).toBe('Residents say the timetable is unclear');
    expect(texts).toContain('"We owe residents real numbers," she added.');
  });

  it('removes a call to action and the blurb under it, keeping the paragraphs around', () => {
    const texts = ingestArticle(fixture('call-to-action')).sentences.map((s) => s.text);
    expect(texts.join(' ')).not.toMatch(/briefing|inbox/);
    expect(texts).toContain('Union leader Priya Shah told reporters the deal protected jobs for five years.');
    expect(texts.at(-1)).toBe('The rail operator said services would return to normal next week.');
  });

  it('removes the author bio and related headlines after the end, taking byline and outlet from the bio', () => {
    const { article, sentences } = ingestArticle(fixture('bio-and-related'));
    expect(sentences.map((s) => s.text).join(' ')).not.toMatch(/Continue reading|agronomy|seedlings|Market prices/);
    expect(article).toMatchObject({ byline: 'Jonas Weller', outlet: 'Valley Times' });
    expect(sentences).toHaveLength(3);
  });

  it('takes a leading metadata token out of the first paragraph as the date; a headline-less article is titled by its opening words', () => {
    const { article, sentences } = ingestArticle(fixture('metadata-token'));
    expect(article.date).toBe('2019-03-14');
    expect(sentences[0]!.text.startsWith('Doctors at the city hospital')).toBe(true);
    expect(article.title).toBe('Doctors at the city hospital opened a new cancer ward…');
  });

  it('joins hard-wrapped wire lines into paragraphs and reads the date line and sign-off', () => {
    const { article, sentences } = ingestArticle(fixture('wire-hard-wrapped'));
    expect(article).toMatchObject({ title: 'Coffee Exporters Seek New Quota Talks', date: '1987-03-12', outlet: 'Reuters' });
    expect(sentences.map((s) => s.text)).toEqual([
      'COFFEE EXPORTERS SEEK NEW QUOTA TALKS',
      'Coffee exporting countries will ask for new talks on export quotas next month, a spokesman for the producers group said in a statement released in the capital on Thursday.',
      'The group said prices had fallen by almost a third since the last agreement collapsed in February and that members would meet again to discuss a common position.',
    ]);
  });

  it('lets metadata the user gives win over what the text says', () => {
    const { article } = ingestArticle(fixture('header-widgets'), { outlet: 'The Island Post', url: 'https://example.org/ferry' });
    expect(article).toMatchObject({ outlet: 'The Island Post', url: 'https://example.org/ferry', byline: 'Maria Lopez and Tom Reed' });
  });
});

describe('ingestArticle: newswire regressions', () => {
  it('when a capitalised headline ends in "U.S." and the first line is short, keeps headline, date, paragraphs and the sign-off agency', () => {
    const { article, sentences } = ingestArticle(fixture('wire-short-lines'));
    expect(article).toMatchObject({ title: 'Harbour Board Seeks Talks with U.S.', date: '1987-04-04', outlet: 'Reuters' });
    expect(sentences.map((s) => s.text)).toEqual([
      'HARBOUR BOARD SEEKS TALKS WITH U.S.',
      'The port authority of Northbay said it would seek talks with shipping lines over new berthing fees, its chairman told a news conference.',
      'The authority said fees had not changed since 1981 and that costs had risen by nearly half.',
    ]);
  });
  it('keeps the date stamp under a headline written in lower case (Reuters 137), where wire indents mark paragraphs', () => {
    const text = [
      "Venezuela seeks 'flexibility' from banks-azpurua",
      '26-FEB-1987 17:11:26.97',
      '',
      "venezuela is seeking a 'constructive and",
      "flexible' attitude from its creditor banks in current talks to",
      'reschedule 21 billion dlrs in foreign debt, finance minister',
      'manuel azpurua told a press conference.',
      '    He declined to comment on meetings this week in new york',
      "between public finances director jorge marcano and venezuela's",
      '13-bank advisory committee except to say, "they are',
      'progressing."',
    ].join('\n');
    const { article } = ingestArticle({ id: '137', text });
    expect(article).toMatchObject({ title: "Venezuela seeks 'flexibility' from banks-azpurua", date: '1987-02-26' });
  });

  it('carries a sentence on over a short line cut before a figure ("set March" / "26 as the record date", Reuters 795)', () => {
    const { sentences } = ingestArticle(wire('795'));
    expect(sentences.map((s) => s.text)).toContain(
      'Diamond Shamrock Corp said it set March 26 as the record date for stockholders entitled to vote at its April 30 annual meeting.',
    );
  });
});

describe('ingestArticle: the end of an article', () => {
  it('keeps a list of results that ends an article when nothing marks the end (no bio, separator or call to action)', () => {
    const texts = ingestArticle(fixture('results-list')).sentences.map((s) => s.text);
    expect(texts.slice(-3)).toEqual(['Northtown v Southport', 'Riverside v Hill United', 'Bay City v Old Harbour']);
  });

  it('takes a closing bio whose job has no article as the byline, not as text ("Clark Boyd is technology correspondent for The World")', () => {
    // BBC tech 223 and seven more.
    const body = 'Maps\n\nAid groups say that satellite technology helped keep relief flowing.\n\n';
    const { article, sentences } = ingestArticle({ id: 'a', text: `${body}Clark Boyd is technology correspondent for The World, a BBC co-production.\n` });
    expect(article.byline).toBe('Clark Boyd');
    expect(sentences.map((s) => s.text)).toEqual(['Aid groups say that satellite technology helped keep relief flowing.']);
    // A closing sentence that names a journalist several words after its verb is the article's own (BBC entertainment 054).
    const novel = 'Black Friday is based upon the novel of the same name written by journalist S Hussain Zaidi.';
    expect(ingestArticle({ id: 'b', text: `${body}${novel}\n` }).sentences.at(-1)!.text).toBe(novel);
  });

  it('takes a wire sign-off written on the last line of the text as the agency, not as text', () => {
    const { article, sentences } = ingestArticle(fixture('wire-inline-signoff'));
    expect(article.outlet).toBe('Reuters');
    expect(sentences.at(-1)!.text).toBe('Farm equipment sales rose 12 pct in the second quarter, the dealers association said, against a fall a year ago.');
  });
});

describe('splitSentences: quotes whose marks do not balance', () => {
  it('cuts at plain sentence ends after a quote that closes (BBC politics 066: quotes run over paragraphs open again unclosed)', () => {
    const paragraph =
      '"There is no offence of trespassing in the House of Commons - it is not a criminal offence," he said. "If Parliament wanted to make entering the House of Commons chamber on foot a criminal offence it should have done so, but it can\'t do so retrospectively. "We are not prosecuted for that. We are prosecuted for a Public Order Act offence. We are not guilty of it." They will appear at Bow Street Magistrates\' Court on 21 December, a police spokesman said. Otis Ferry, a former Eton pupil and joint leader of the South Shropshire Hunt, said: "I have no regrets. "We have done nothing wrong beyond the obvious which was to stand up for our rights and not act like a sheep like the rest of the country." One of the men, David Redvers, 34, from Hartpury, Gloucestershire, said he and the other seven protesters would plead not guilty to the charges.';
    const sentences = splitSentences(paragraph);
    expect(sentences).toContain("They will appear at Bow Street Magistrates' Court on 21 December, a police spokesman said.");
    expect(sentences).toContain('Otis Ferry, a former Eton pupil and joint leader of the South Shropshire Hunt, said: "I have no regrets.');
  });

  it('cuts after a capitalised word too, when it is long enough to be no abbreviation (BBC entertainment 355)', () => {
    const paragraph =
      "Asked whether she was nervous about her best actress nomination she said: \"It's out of my hands, there's nothing I can do. I'm here with a lot of mates and we're going to have a very nice evening.\" Other nominees in the best actress category include Charlize Theron for Monster, Ziyi Zhang for House of Flying Daggers and UK star Kate Winslet, who has two nods for her roles in Eternal Sunshine of the Spotless Mind and Finding Neverland. DiCaprio faces competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp in the best actor category. The crowed screamed when he arrived on the red carpet.\"It's unlike anything I've ever encountered. It's very intense and very loud,\" he told the BBC.";
    expect(splitSentences(paragraph)).toContain('DiCaprio faces competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp in the best actor category.');
  });
});

describe('splitSentences: regressions', () => {
  it.each([
    [
      // Reuters 17474: a quote glued to the sentence before still opens; its sentences stay one quote.
      'no cut inside a quote that opens glued to the sentence before',
      'He shrugged off the drive in an interview with the magazine."I view the move in a relaxed way. Not only are we playing on home turf, we also have technical superiority," he said.',
      [
        'He shrugged off the drive in an interview with the magazine."I view the move in a relaxed way. Not only are we playing on home turf, we also have technical superiority," he said.',
      ],
    ],
    [
      'a sentence end before an opening quote',
      'The plan changes. "Public money is tight," she said.',
      ['The plan changes.', '"Public money is tight," she said.'],
    ],
    [
      'a closing quote after a quote that ran on from an earlier paragraph',
      'nobody knew the cost." The minister left.',
      ['nobody knew the cost."', 'The minister left.'],
    ],
    ['a company abbreviation that ends a sentence', 'He works for Acme Inc. The company makes tools.', ['He works for Acme Inc.', 'The company makes tools.']],
    [
      // Reuters 16249 (13 April 1987).
      'a company abbreviation before a sentence that opens with "In"',
      "Texaco was ordered to pay for interfering with Pennzoil's planned acquisition of Getty Oil Co. In a major setback for Texaco last week, the U.S. Supreme Court ruled.",
      [
        "Texaco was ordered to pay for interfering with Pennzoil's planned acquisition of Getty Oil Co.",
        'In a major setback for Texaco last week, the U.S. Supreme Court ruled.',
      ],
    ],
    ['an abbreviation inside a sentence', 'Acme Inc. said on Jan. 5 that sales rose.', ['Acme Inc. said on Jan. 5 that sales rose.']],
    [
      // BBC entertainment 143: a song's title ends in a question mark.
      'a title ending in a question mark, inside a sentence',
      "Predicted chart-topper Do They Know it's Christmas? is expected to sell at least 300,000 copies. However, it is not.",
      ["Predicted chart-topper Do They Know it's Christmas? is expected to sell at least 300,000 copies.", 'However, it is not.'],
    ],
    ['a question that ends its sentence', 'He asked: why? Nobody knew.', ['He asked: why?', 'Nobody knew.']],
    [
      // BBC politics 307: compromise reads "MPs." as its unit "mps" and read on into the next sentence's subject.
      "an acronym's plural that ends a sentence",
      'He would be warmly welcomed by Labour MPs. Mr Jackson, who has clashed with his leaders, served as a minister.',
      ['He would be warmly welcomed by Labour MPs.', 'Mr Jackson, who has clashed with his leaders, served as a minister.'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe('ingestArticle: each boilerplate rule on its own', () => {
  it('removes the blurb under a call to action even without promotional words', () => {
    const texts = ingestArticle(fixture('cta-blurb')).sentences.map((s) => s.text);
    expect(texts.join(' ')).not.toMatch(/Civic Digest|Stay ahead/);
    expect(texts.at(-1)).toBe('The library board said the savings would fund new books.');
  });

  it('removes promotional copy addressing the reader, and the short heading right above it', () => {
    const texts = ingestArticle(fixture('promo-heading')).sentences.map((s) => s.text);
    expect(texts.join(' ')).not.toMatch(/Friday Briefing|editors pick/);
    expect(texts.at(-1)).toBe('The work is expected to last six months.');
  });

  it('reads the agency from a "CITY (Agency) -" dateline', () => {
    expect(ingestArticle(fixture('dateline-agency')).article.outlet).toBe('AFP');
  });
});

describe('splitSentences: text far longer than prose', () => {
  it('cuts a 200,000-character line without punctuation into pieces of at most 2,000 characters, losing nothing', () => {
    const words = Array.from({ length: 40_000 }, (_, i) => ['harbour', 'council', 'ferry', 'vote', 'delay'][i % 5]).join(' ');
    const pieces = splitSentences(words);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(2000);
    expect(pieces.join(' ')).toBe(words);
  });
});

describe('splitBlocks: a wire whose date stamp runs long with its topics', () => {
  it('still joins the wrapped lines of each paragraph (Reuters 17312: every line had been a paragraph)', () => {
    const text =
      'SEOUL UNVEILS SHOPPING LIST OF U.S. GOODS\n' +
      '27-APR-1987 09:06:52.84 [trade,alum,zinc,pet-chem,iron-steel,grain,wheat,corn,cotton,oilseed,soybean,carcass,livestock]\n\n' +
      'South Korea unveiled a shopping list of\n' +
      '2.6 billion dlrs of U.S. Goods in line with its new policy.\n' +
      '    "The surplus, which rose to 7.4 billion dollars last year\n' +
      'from 4.3 billion in 1985, was projected to top 10 billion this\n' +
      'year," one Trade Ministry official told Reuters.\n';
    const paragraphs = splitBlocks(text).map((b) => b.text);
    expect(paragraphs).toContain(
      '"The surplus, which rose to 7.4 billion dollars last year from 4.3 billion in 1985, was projected to top 10 billion this year," one Trade Ministry official told Reuters.',
    );
    expect(paragraphs.some((p) => p.startsWith('27-APR-1987'))).toBe(true);
  });
});

describe('splitBlocks: a paragraph a scraped page broke at an emphasised word', () => {
  it('goes on where the next opens in lower case (BBC sport 121: "Parry revealed Real Madrid" / "did" / "ask for …")', () => {
    const text =
      "Parry puts Gerrard 'above money'\n\n" +
      "On the subject of Liverpool's captain, Parry revealed Real Madrid\n\n" +
      'did\n\n' +
      'ask for an option on the England midfield man.\n\n' +
      'He said: "They were looking for ways of saying they got more out of the deal."\n';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toEqual([
      "Parry puts Gerrard 'above money'",
      "On the subject of Liverpool's captain, Parry revealed Real Madrid did ask for an option on the England midfield man.",
      'He said: "They were looking for ways of saying they got more out of the deal."',
    ]);
  });

  it('leaves a paragraph that ends a sentence, a headline, and a word with an inner capital ("iPod") standing alone', () => {
    const text = 'Apple cuts prices of\n\niPod sales grew again\n\nThe firm said so.\n\nits rivals did not.\n\nApple sells the\n\niPod mini in Europe.\n';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toEqual([
      'Apple cuts prices of',
      'iPod sales grew again',
      'The firm said so.',
      'its rivals did not.',
      'Apple sells the',
      'iPod mini in Europe.',
    ]);
  });
});

describe('splitBlocks: a wire with no indent whose line stops mid-sentence before a capital', () => {
  it('goes on into the next line ("said it named Peter" / "L. Scott, chairman …": Reuters 8532)', () => {
    const text =
      'BANK OF NEW ENGLAND NAMES SCOTT TO BOARD\n23-MAR-1987 16:59:14.99\n\n' +
      'Bank of New England said it named Peter\n' +
      'L. Scott, chairman and chief executive officer of Emhart Corp\n' +
      '<EMH>, to its board.\n';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toContain('Bank of New England said it named Peter L. Scott, chairman and chief executive officer of Emhart Corp <EMH>, to its board.');
  });
});

/** The paragraphs splitBlocks makes of a text, its blank blocks left out. */
function paragraphsOf(text: string): string[] {
  return splitBlocks(text)
    .map((b) => b.text)
    .filter((t) => t !== '');
}
