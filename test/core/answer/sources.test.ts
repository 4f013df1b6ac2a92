import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { listSources } from '../../../src/core/answer/sources.js';

const wire = (id: string, stamp: string, headline: string) => ({
  id,
  text: `${headline}\n${stamp} [coffee]\n\nCoffee exporters met in London to discuss quotas, a spokesman said.\n`,
});

describe('listSources', () => {
  it('lists the articles by date, the undated after them, and names as numbers read (1370 before 10981)', () => {
    const { story } = buildStory([
      wire('10981', '30-MAR-1987 10:00:00.00', 'QUOTA TALKS RESUME'),
      { id: '9', text: 'Quota talks planned\n\nCoffee exporters will meet in London to discuss quotas, a spokesman said.\n' },
      wire('1370', '03-MAR-1987 09:15:22.10', 'EXPORTERS SEEK QUOTA TALKS'),
      { id: '11', text: 'Quota talks held\n\nCoffee exporters met in London to discuss quotas again, a spokesman said.\n' },
      wire('8414', '30-MAR-1987 08:00:00.00', 'QUOTA TALKS SET'),
    ]);
    expect(listSources(story).articles.map((a) => [a.id, a.date])).toEqual([
      ['1370', '1987-03-03'],
      ['8414', '1987-03-30'],
      ['10981', '1987-03-30'],
      ['9', null],
      ['11', null],
    ]);
  });
});
