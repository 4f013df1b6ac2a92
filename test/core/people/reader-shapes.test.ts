import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { castUnder, namesUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Markets wrap');
const names = namesUnder('Markets wrap');
const person = (name: string, ...paragraphs: string[]) => castOf(...paragraphs).find((p) => p.name === name);

describe('people: firms the story marks as firms', () => {
  it('lists no firm written after its kind ("accountancy firm Grant Morrow")', () => {
    const cast = names('Joe Pike, a tax specialist at accountancy firm Grant Morrow, said costs would rise.');
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Grant Morrow');
  });

  it('lists no employer named after "at" in a role ("analyst at Dan Kessler Bank")', () => {
    const cast = names('"Costs will rise," said Patrick Weller, analyst at Dan Kessler Bank in Paris.');
    expect(cast).toContain('Patrick Weller');
    expect(cast).not.toContain('Dan Kessler');
  });

  it('lists no brand written mostly before the things it makes ("Alfa Romeo division", "Alfa Romeo models")', () => {
    const cast = names(
      'Such a move would help Alfa Romeo and Maserati to share costs, it said.',
      'Fiat may move Maserati into its Alfa Romeo division.',
      'All Alfa Romeo models have the engine.',
      'The Alfa Romeo plant will close.',
    );
    expect(cast).not.toContain('Alfa Romeo');
  });
});

describe('people: titles named after a character', () => {
  // BBC entertainment 352, 354, 357.
  it('lists no film series written as "X and the Y of Z" and "the X films" ("Harry Potter")', () => {
    const cast = names(
      'Mr Bradshaw felt that Mike Leigh\'s "masterpiece" was entitled to the best film award - leaving Dead Man\'s Shoes, Harry Potter and the Prisoner of Azkaban, My Summer of Love and Shaun of the Dead to slug it out for the best British film trophy.',
      'The younger stars of British film were also represented in the shape of Emma Watson, who plays Hermione in the Harry Potter films.',
      'Harry Potter and the Prisoner of Azkaban won the Orange Film Of The Year, voted for by the public.',
    );
    expect(cast).toContain('Emma Watson');
    expect(cast).not.toContain('Harry Potter');
  });

  it('keeps a person written before "and the" and a title of office ("Tony Blair and the Chancellor of the Exchequer")', () => {
    expect(names('Tony Blair and the Chancellor of the Exchequer met on Monday, officials said.')).toContain('Tony Blair');
  });
});

describe('people: names cut or missed', () => {
  it('reads a name whose given name is also a place ("Rio Ferdinand told")', () => {
    const cast = names('"We have grown up with the club," Rio Ferdinand told BBC Radio Five Live.', '"No one knows," said Ferdinand.');
    expect(cast).toContain('Rio Ferdinand');
  });

  it('keeps a first given name the lexicon does not know in a list ("and Ole Gunnar Solskjaer")', () => {
    expect(names('Fans cheered players Eric Cantona and Ole Gunnar Solskjaer, and the manager.')).toContain('Ole Gunnar Solskjaer');
  });

  it('keeps initials written without full stops before a surname ("JP McManus")', () => {
    const cast = names('The shares are held by the tycoons JP McManus and John Magnier.', 'Mr McManus said so.');
    expect(cast).toContain('JP McManus');
    expect(cast).not.toContain('McManus');
  });
});

describe('people: initials that are an abbreviation', () => {
  it('lists no product of a firm whose initials the story writes alone ("BT Openzone" beside "BT\'s")', () => {
    const cast = names('The hotspots are run by the unit BT Openzone, he said.', "BT's software is new, said Mike Dunn.");
    expect(cast).not.toContain('BT Openzone');
  });
});

describe('people: roles and titles', () => {
  it('reads a role written before "Sir" ("Police Commissioner Sir Ian Blair")', () => {
    expect(person('Ian Blair', 'New Metropolitan Police Commissioner Sir Ian Blair has backed the plan.')?.roles).toEqual([
      'New Metropolitan Police Commissioner',
    ]);
  });

  it('reads a police rank as a role, and a body\'s members as no person ("Suffolk Chief Constable", BBC politics)', () => {
    const text =
      "Suffolk Chief Constable Alastair McWhirter, the Association of Chief Police Officers' spokesman on rural policing, told the BBC the law would be enforced.";
    expect(person('Alastair McWhirter', text)?.roles).toEqual(['Suffolk Chief Constable']);
    expect(names(text, 'The Association of Chief Police Officers has issued guidance to forces.')).toEqual(['Alastair McWhirter']);
  });

  it('reads a military rank as a role, not a word of the name ("Commander Colonel Bob Stewart", BBC politics 229; "Brigadier Ike Nwachukwu", Reuters)', () => {
    const stewart = 'Former British Commander Colonel Bob Stewart said the soldiers had been let down.';
    expect(names(stewart)).toEqual(['Bob Stewart']);
    expect(person('Bob Stewart', stewart)?.roles).toEqual(['former British Commander Colonel']);
    expect(names('Nigerian Foreign Minister Brigadier Ike Nwachukwu said the talks would go on.')).toEqual(['Ike Nwachukwu']);
  });

  it('reads a member of a parliament as a role, its initials kept in the alias ("Lib Dem MP Lembit Opik", BBC politics)', () => {
    const opik = person(
      'Lembit Opik',
      'Lib Dem MP Lembit Opik said ministers had invented a new category of hunting - chasing away.',
      'Mr Opik said the rules were not defined.',
    );
    expect(opik?.roles).toEqual(['Lib Dem MP']);
    expect(person('Mark Ballard', "But Green MSP Mark Ballard fears people not on the council's edited electoral register may miss out.")?.aliases).toContain(
      'the Green MSP',
    );
  });

  it('takes the capital of a participle opening a sentence from the sentence, not the role ("Banned American sprinter")', () => {
    const white = person(
      'Kelli White',
      'Banned American sprinter Kelli White says she knowingly took steroids given to her by Bay Area Lab Co-Operative (Balco) president Victor Conte.',
    );
    expect(white?.roles).toEqual(['banned American sprinter']);
  });

  it('keeps a lower-case adjective inside a role ("BBC News political editor")', () => {
    expect(person('Andrew Marr', '"It will work," said BBC News political editor Andrew Marr.')?.roles).toEqual(['BBC News political editor']);
  });

  it('shows a peer known by one name with the title ("Lord Bingham")', () => {
    const cast = names('The plan was condemned by Lord Bingham on Monday.', 'Lord Bingham said it was wrong.');
    expect(cast).toContain('Lord Bingham');
    expect(cast).not.toContain('Bingham');
  });

  it('gives "Mr Blair" to the one of two Blairs who is no "Sir"', () => {
    const cast = castOf(
      'Prime Minister Tony Blair defended the bill.',
      'Police Commissioner Sir Ian Blair has backed the plan.',
      'Mr Blair said the bill was needed.',
      'Mr Blair told the radio it was fair.',
    );
    expect(cast.find((p) => p.name === 'Tony Blair')?.mentions).toBe(3);
    expect(cast.find((p) => p.name === 'Ian Blair')?.mentions).toBe(1);
  });

  it('gives "Mr Blair" to the Blair the article names, when another article names another', () => {
    const cast = buildStory([
      { id: 'a1', text: 'Bill\n\nTony Blair defended the bill.\n\nMr Blair said it was needed.\n' },
      { id: 'a2', text: 'Police\n\nIan Blair backed the plan.\n\nMr Blair said it would work.\n' },
    ]).story.people;
    expect(cast.find((p) => p.name === 'Tony Blair')?.mentions).toBe(2);
    expect(cast.find((p) => p.name === 'Ian Blair')?.mentions).toBe(2);
  });

  it('counts a surname misspelt once alone as the person with the other spelling ("Kerkorian" of "Kirk Kirkorian")', () => {
    const cast = castOf('The firm is controlled by investor Kirk Kirkorian.', 'Roffman believes Kerkorian is interested.');
    expect(cast.find((p) => p.name === 'Kirk Kirkorian')?.mentions).toBe(2);
  });
});
