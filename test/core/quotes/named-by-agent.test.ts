import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News entertainment copy.

describe('words a passive names something by ("described as "…" by …")', () => {
  const text =
    'Band celebrates 25 years\n\n' +
    'The band were noticed early on by a manager, Paul Jones. "They were brilliant, but very rough," Jones recently said. ' +
    'They struggled to attract record company attention, later being described as "pretty average" and "strange and eerie" by scouts who saw them live.\n';

  it("are the agent's, people named by a plural, not the speaker quoted before", () => {
    expect(speakerOf(text, 'strange and eerie')).toBe('scouts');
  });

  it("are the agent's when the agent reads as a speaker", () => {
    const judged = text.replace('by scouts who saw them live', 'by the Financial Times');
    expect(speakerOf(judged, 'strange and eerie')).toBe('Financial Times');
  });
});
