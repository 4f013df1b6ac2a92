import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';

// A story of an award named like a man: one article tells of the uncle the statuette was named after, the others
// of the award itself.
const history = [
  'How the statuette got its name',
  '',
  'The statuette was first handed out in 1929.',
  'One popular story is that librarian Margaret Herrick said the statue looked like her uncle Oscar.',
  'Oscar was a wheat farmer from Texas, the story goes.',
].join('\n');
const ceremony = [
  'Swank wins again',
  '',
  'Hilary Swank won an Oscar for her role as a boxer on Sunday.',
  'Jamie Foxx took the Oscar for best actor, while Kate Winslet lost out.',
  'Andrea Arnold received her Oscar from actor Jeremy Irons.',
  'It was the second Oscar of her career.',
].join('\n');

describe('a one-word name the story writes mostly as a thing', () => {
  const { story } = buildStory([
    { id: 'history.txt', text: history },
    { id: 'ceremony.txt', text: ceremony },
  ]);
  const marked = (id: string, start: string) => story.byArticle.get(id)!.find((s) => s.text.startsWith(start))!.people;
  const oscar = () => story.people.find((p) => p.name === 'Oscar');

  it('is a person in the article that brings him in as one', () => {
    expect(marked('history.txt', 'One popular story')).toContain('Oscar');
    expect(marked('history.txt', 'Oscar was a wheat farmer')).toContain('Oscar');
  });

  it('is the thing, no one, in the articles that write it so', () => {
    expect(marked('ceremony.txt', 'Hilary Swank won')).not.toContain('Oscar');
    expect(marked('ceremony.txt', 'Andrea Arnold received')).not.toContain('Oscar');
  });

  it('counts only the mentions of the person', () => {
    expect(oscar()?.mentions).toBe(2);
  });

  it('leaves a one-word name the story never writes as a thing counted wherever it stands', () => {
    const { story: band } = buildStory([
      { id: 'a.txt', text: 'Rock star returns\n\nU2 frontman Bono played in Dublin on Friday.\nBono thanked the crowd.' },
      { id: 'b.txt', text: 'Charity gig planned\n\nOrganisers said Bono would headline the show in London.' },
    ]);
    expect(band.people.find((p) => p.name === 'Bono')?.mentions).toBe(3);
  });
});
