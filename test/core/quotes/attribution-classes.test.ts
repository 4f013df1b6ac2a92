import { describe, expect, it } from 'vitest';
import { attributedQuotes } from '../../support/attributed-quotes.js';

/** The speaker given to the quote that opens with `start` in an invented article. */
function speakerOf(text: string, start: string): string | null | undefined {
  return attributedQuotes('classes', text).find(([q]) => q.startsWith(start))?.[1];
}

describe('extractQuotes: descriptions with a place of work', () => {
  it('reads "a senior analyst at Norland Securities" as a person, whom a later "he said" stands for', () => {
    const text =
      'TOKYO BROKERS SEE FALL\n\n"Tokyo is different from New York," said a senior analyst at Norland Securities.\n\n' +
      'He said the index may fall 1,000 points on Tuesday.\n\nIt dropped 600 points on Monday.\n\n' +
      'But he said a fall would be nothing compared to New York.\n\n"New York overreacted, the dollar is rising," he said.\n';
    expect(speakerOf(text, 'New York overreacted')).toBe('a senior analyst at Norland Securities');
  });

  it('gives "he said" after "However, a fund manager at a trust bank made a prediction." to the fund manager', () => {
    const text =
      'MARKETS\n\nSimon Reed, a share analyst at Kleinwort, said Tokyo would fall.\n\n"The problems do not exist in Japan," Reed said.\n\n' +
      'However, a fund manager at a major trust bank made a more gloomy prediction.\n\n"You cannot ignore New York," he said.\n';
    expect(speakerOf(text, 'You cannot ignore')).toBe('a fund manager');
  });

  it('reads "The Peking representative of a Japanese securities house" as the speaker a later "he" stands for', () => {
    const text =
      'CHINA DEBT\n\nA Western banker said China had too much short-term debt.\n\n' +
      'The Peking representative of a Japanese securities house said the yen rise had caught his firm unawares.\n\n' +
      '"Interest rates in Japan are at a historical low," he said.\n';
    expect(speakerOf(text, 'Interest rates in Japan')).toBe('the Peking representative of a Japanese securities house');
  });
});
