import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) entertainment articles, cut down to what each rule reads.

describe('"thanked" gives the words of the thanks to the one who thanks', () => {
  it('gives a short quote after "thanked fans for" to the subject ("Tom Chaplin thanked fans for enduring "rubbish gigs"")', () => {
    const text =
      'Keane win at Brits\n\nKeane frontman Tom Chaplin thanked fans for enduring "rubbish gigs" after they won the British breakthrough act prize.\n';
    expect(speakerOf(text, 'rubbish gigs')).toBe('Tom Chaplin');
  });

  it('is no cue when someone "was thanked"', () => {
    const text = 'Keane win at Brits\n\nKeane frontman Tom Chaplin was thanked for enduring "rubbish gigs" after they won the prize.\n';
    expect(speakerOf(text, 'rubbish gigs')).toBeUndefined();
  });
});

describe('a cue verb after "and" shares the subject its sentence opens on, not the last name of the predicate before', () => {
  const opening =
    'Oscars night\n\nCate Blanchett, who won for playing late screen legend Katharine Hepburn in The Aviator, said her award was "an indescribable surprise and honour". ';

  it('gives "…, and said: "…"" to the person the sentence opens on, not to the one a relative clause is about', () => {
    const text = `${opening}And Jamie Foxx, who had two nominations this year, paid tribute to soul legend Ray Charles, who died last year, and said: "You took a chance, man."\n`;
    expect(speakerOf(text, 'You took a chance')).toBe('Jamie Foxx');
  });

  it('has the "he said" after "…, and thanked director Taylor Hackford." stand for the opening subject', () => {
    const text =
      `${opening}And Jamie Foxx, who had two nominations this year, paid tribute to the "beautiful legacy" of soul legend Ray Charles, who died last year, ` +
      'and thanked director Taylor Hackford. "You took a chance, man," he said.\n';
    expect(speakerOf(text, 'You took a chance')).toBe('Jamie Foxx');
  });
});

describe('a sentence that opens on a full name the cast does not know, set off by an age or a description, is about that person', () => {
  const opening =
    'Fears raised over ballet future\n\nDance teacher Eve Trew, who has taught ballet for over 48 years, told BBC News she had seen a change over the years. ' +
    '"I think the children of many years ago did not have as many hobbies," she said.\n\n';

  it('gives the "she said" after "Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet …" to Gilbert, not to Trew who spoke before', () => {
    const text = `${opening}Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet at the age of 10 and is typical of the problem. "It's not a very cool thing to do," she said.\n`;
    expect(speakerOf(text, "It's not a very cool")).toBe('Hazel Gilbert');
  });

  it('leaves the quote to the one who spoke before when what opens the sentence is set off by no age or description ("Sadler’s Wells, in London, …")', () => {
    const text = `${opening}Sadler's Wells, in London, has seen the same fall in its audiences. "It's not a very cool thing to do," she said.\n`;
    expect(speakerOf(text, "It's not a very cool")).toBe('Eve Trew');
  });
});

describe('the cue of a relative clause right before the quote ("…, who accused") is the words of the name the clause hangs on', () => {
  it('gives "… denied by Shepherd, who accused the striker of "cheating"" to Shepherd, not to the sentence’s subject', () => {
    const text =
      'Shepherd hits back at Bellamy\n\nNewcastle manager Graeme Souness has dropped Craig Bellamy. Souness said the striker had refused to play on the right. Chairman Freddy Shepherd backed Souness.\n\n' +
      'Bellamy\'s claim that Souness had lied about the background to the bust-up was strongly denied by Shepherd, who accused the striker of "cheating" the club.\n';
    expect(speakerOf(text, 'cheating')).toBe('Freddy Shepherd');
  });

  it('gives "Weitz said he had visited Pullman, who had told him that … could "…"" to Pullman', () => {
    const text =
      'God cut from Dark Materials film\n\nDirector Chris Weitz said the film would not mention the church. Author Philip Pullman wrote the books.\n\n' +
      'Weitz said he had visited Pullman, who had told him that the Authority could "represent any arbitrary establishment that curtails the freedom of the individual".\n';
    expect(speakerOf(text, 'represent any arbitrary')).toBe('Philip Pullman');
  });

  it('keeps the person a description after the name is of ("Ann Lee, the manager of Blur, who says")', () => {
    const text =
      'Musicians to tackle US red tape\n\nThe union stance is being endorsed by Ann Lee, the manager of Blur, who says British artists face "an uphill struggle" to succeed in the US.\n';
    expect(speakerOf(text, 'an uphill struggle')).toBe('Ann Lee');
  });
});

describe('a "she said" after "Fletcher’s daughter Jill said …" is the relative’s, known by her given name alone', () => {
  const opening =
    'Veteran comic Cyril Fletcher dies\n\nComedian Cyril Fletcher has died. He married actress Betty Astell in 1941 and they produced pantos.\n\n';

  it('gives it to the relative, not to the last woman named before', () => {
    const text = `${opening}Fletcher's daughter Jill said her father would be sorely missed. "He was greatly loved by the public," she said.\n`;
    expect(speakerOf(text, 'He was greatly loved')).toBe("Fletcher's daughter Jill");
  });

  it('leaves a "he said" after it to whom it meant before (the relative is a woman)', () => {
    const text = `${opening}Fletcher's daughter Jill said her father would be sorely missed. "He was greatly loved by the public," he said.\n`;
    expect(speakerOf(text, 'He was greatly loved')).not.toBe("Fletcher's daughter Jill");
  });
});
