import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/core/people/find-name-mentions.js';
import { buildStory } from '../../../src/core/story/build-story.js';

/** The one-word people of a sentence with their roles, in the sentence's order (the finders may meet them in another). */
const oneWordNames = (sentence: string) =>
  findNameMentions(sentence)
    .filter((m) => !m.name.includes(' ') && (m.role || m.person))
    .sort((a, b) => sentence.indexOf(a.name) - sentence.indexOf(b.name))
    .map((m) => [m.name, m.role]);

// Sentences from the BBC (2004-05) and Reuters (1987) corpora.
const found: [string, string, [string, string | null][]][] = [
  ['a role in front', 'Other Christmas specials from Radio 2 include singer Jamelia hosting a Christmas Day concert.', [['Jamelia', 'singer']]],
  ['a band in front of the role', 'They are well known to music fans across the Atlantic, along with U2 frontman Bono.', [['Bono', 'U2 frontman']]],
  [
    'a club in front of the role, the name closed by a comma',
    'Barca midfielder Deco, formerly managed by Mourinho, said he was happy.',
    [['Deco', 'Barca midfielder']],
  ],
  ['a capitalised role opening the sentence', 'Rapper Eminem is to play an intimate gig in London.', [['Eminem', 'rapper']]],
  ['a minister in a wire', 'Indonesian oil minister Subroto said today that OPEC would defend its prices.', [['Subroto', 'Indonesian oil minister']]],
  // Made from a headline ("Singer Sizzla jailed for swearing"): the corpora set no one-word name off this way.
  ['a role set off after the name', 'Sizzla, the singer, was jailed for swearing on stage.', [['Sizzla', 'singer']]],
  ['a possessive role set off after the name', "Bono, U2's frontman, said the single would be out soon.", [['Bono', "U2's frontman"]]],
  [
    'a list of people a plural job introduces',
    "They will join A-list singers Madonna, Sir Elton John, Nelly and Usher for Saturday's Tsunami Aid.",
    [
      ['Madonna', null],
      ['Nelly', null],
    ],
  ],
  ['a quote spoken by a name the lexicon knows as a person', '"We are only thinking about the next game," Ronaldinho added.', [['Ronaldinho', null]]],
  [
    'a post held in a relative clause only people take',
    'Swett, who was Finance Minister of Ecuador between August 1984 to June 1986, added: "With the private foreign banks there has been a ceasing of payments by Ecuador.',
    [['Swett', 'Finance Minister']],
  ],
  // Reuters 20030 and BBC business 012: a title of office capitalised before the surname alone.
  ['a capitalised office in a wire', 'The oil price will rise, Indonesian Energy Minister Subroto said.', [['Subroto', 'Indonesian Energy Minister']]],
  [
    'a capitalised office after a conjunction that opens the sentence',
    "Since President Yudhoyono's government came to power in October, it has indicated that it intends to reduce subsidies.",
    [['Yudhoyono', 'President']],
  ],
  // Reuters 12273: a participle that opens the sentence is no part of the title.
  [
    'a capitalised office after an opening participle',
    "Using President Reagan's more optimistic assumptions the deficit would be about 108 billion dlrs.",
    [['Reagan', 'President']],
  ],
  [
    'a nickname a person goes by (and not the network the thing is dubbed)',
    'Now the man behind suprnova.org, who goes by the nickname Sloncek, is preparing to release software for a new file-swapping network dubbed Exeem.',
    [['Sloncek', null]],
  ],
];

const none: [string, string][] = [
  ['a film after "nominee"', 'Oscar best-picture nominee Sideways entered the top ten for the first time in its 15th week of release.'],
  ['a firm after "producer"', 'Mr Adams did not believe anyone from Channel 4 or Big Brother producer Endemol had tried to place the queried bets.'],
  ['a bank after "manager"', 'Pricing was at par, said lead manager Kidder, Peabody and Co Inc.'],
  ['an award after a role', 'She won the best actress Oscar for her role in Million Dollar Baby.'],
  ['a country after "captain", a verb here', 'Ryan Giggs will captain Wales as he wins his 50th cap in the friendly against Hungary in Cardiff.'],
  ['a film title opening with "Star"', 'Star Wars fans queued for days outside the cinema.'],
  ['the verb "head" before a surname', "Jarosik found space in the area to powerfully head Lampard's corner goalwards."],
  ['a given name that a particle continues', 'The striker Ruud van Nistelrooy scored twice.'],
  ['a band before the role, the name after it full', 'Keane frontman Tom Chaplin said the band would tour in the spring.'],
  ['a club set off with the role of a figure of speech', 'Liverpool, the king of the Kop, won again.'],
  ['a paper quoted, unknown to the lexicon', '"The talks will go on," said Izvestia.'],
  ['the place a title is of', 'The programme also heard from Lord Roberts of Conwy, who was a Welsh Office minister at the time.'],
  // Reuters 16784 and 14809: a bracket round the title and given name, a particle joined to the surname: the name goes on.
  ['a given name in brackets before the surname', 'If there is anything of consequence to offer (Prime Minister Yasuhiro) Nakasone would take it with him.'],
  ['a given name before a joined particle', "Jordanian Prime Minister Zaid al-Rifa'i said he had made progress in talks."],
  // Reuters 12377; made up after the review: an office inside another's title, and a place named for an office.
  ["an office inside another's title", "Beryl Sprinkel, Chairman of President Reagan's Council of Economic Advisors, denounced protectionism."],
  ['an office after an article, naming a place', 'The Mayor Gallery in London showed the works.'],
  // BBC sport 360: "Premier" names a league as often as an office.
  ["a league's word before a name", 'The audit is funded by the Rugby Football Union and Premier Rugby.'],
];

describe('findNameMentions: one-word names the sentence shows to be people', () => {
  it.each(found)('finds the name with %s', (_situation, sentence, expected) => {
    expect(oneWordNames(sentence)).toEqual(expected);
  });

  it.each(none)('finds no one-word person in %s', (_situation, sentence) => {
    expect(oneWordNames(sentence)).toEqual([]);
  });
});

describe('buildCast: people who go by one name', () => {
  const story = (text: string) => buildStory([{ id: 'a', text }]).story;

  it('lists a one-name star with the role the story gives, and marks the sentences that name them', () => {
    const { people, sentences } = story(
      'Bono backs charity single\n\nU2 frontman Bono has recorded a new charity single. The record is out next week and Bono will sing at the launch.',
    );
    expect(people.find((p) => p.name === 'Bono')).toMatchObject({ roles: ['U2 frontman'], mentions: 3 });
    expect(sentences.filter((s) => s.people.includes('Bono'))).toHaveLength(3);
  });

  it('shows a person met as "striker Novo" by the full name the story writes once', () => {
    const { people } = story('Rangers win\n\nStriker Novo secured victory for Rangers on Sunday. Nacho Novo had come on as a substitute in the second half.');
    expect(people.map((p) => p.name)).toContain('Nacho Novo');
    expect(people.find((p) => p.name === 'Nacho Novo')!.aliases).toContain('Novo');
  });

  it('makes no one-name person of a lone given name the story gives in full', () => {
    const { people } = story(
      'Stars at the premiere\n\nActor Jeremy Irons arrived early. Later the actor Jeremy, as friends call him, signed autographs for fans.',
    );
    expect(people.map((p) => p.name)).not.toContain('Jeremy');
  });
});
