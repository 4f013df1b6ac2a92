import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of Reuters copy on UK savings and on the Gulf, and of BBC News politics copy.

describe('a spokesman described by his body ("An Iranian Foreign Ministry spokesman", "A Savings Department spokesman")', () => {
  it('is the speaker, not the body with its article taken for a name', () => {
    const text = 'ELECTORAL ROLL CLOSES\n\n    An Electoral Commission spokeswoman said: "You will need to have registered by Friday."\n';
    expect(speakerOf(text, 'You will need')).toBe('an Electoral Commission spokeswoman');
  });

  it('is whom a "he" after his sentence means, though set off by a clause', () => {
    const text =
      'IRAN DENIES GULF THREAT\n\n    Defense Secretary Caspar Weinberger said "we are fully prepared," he said.\n' +
      '    An Iranian Foreign Ministry spokesman, quoted in a broadcast monitored by the BBC in London, said the reports were baseless.\n' +
      '    "America has already paved the ground," he was quoted as saying.\n';
    expect(speakerOf(text, 'America has already')).toBe('an Iranian Foreign Ministry spokesman');
  });

  it('is whom a "he" after his sentence means, though his sentence goes on past its verb', () => {
    const text =
      'SAVINGS ISSUE SUSPENDED\n\n    Stephen Lewis said rates would fall.\n' +
      '    A Savings Department spokesman refused to comment on this interpretation, saying the suspension was merely a reaction to the fall in rates.\n' +
      '    "We are not politically motivated," he told Reuters.\n';
    expect(speakerOf(text, 'We are not politically')).toBe('a Savings Department spokesman');
  });
});

describe('a body whose name joins two fields by "and" ("the International Trade and Industry Ministry", "the Food and Agriculture Organisation")', () => {
  it('is named whole, and someone who speaks for it is described with all of it', () => {
    const text =
      'JAPAN CHIP MAKERS\n\n    "We are abiding by the agreement but there are some problems," a spokesman for the International Trade and Industry Ministry told Reuters.\n' +
      '    He said high prices were leaving makers with stocks.\n' +
      '    "We are aiming to reduce production but this takes time," he said.\n' +
      '    "Food security depends on the harvest," the Food and Agriculture Organisation said.\n';
    expect(speakerOf(text, 'We are abiding')).toBe('a spokesman for the International Trade and Industry Ministry');
    expect(speakerOf(text, 'We are aiming')).toBe('a spokesman for the International Trade and Industry Ministry');
    expect(speakerOf(text, 'Food security')).toBe('Food and Agriculture Organisation');
  });
});

describe('a quote standing alone after a sentence that opens on a role and a new name ("US coach Patrick McEnroe wants …")', () => {
  it("is the newcomer's, though the sentence names others after its verb, not a run-on of the quote before", () => {
    const text =
      'Spain win Davis Cup\n\n"What a great way to finish the year," said Rafael Nadal afterwards. ' +
      'US coach Patrick McEnroe wants Andy Roddick and the rest of his team to play more tennis on clay. ' +
      '"I think it will help these guys even on slow hard courts."\n';
    expect(speakerOf(text, 'I think it will help')).toBe('Patrick McEnroe');
  });
});

describe('a body whose name opens on a digit, after its kind ("consultancy 4Cast said")', () => {
  it('is the speaker, not the source quoted before it', () => {
    const text =
      'South Korea unveils budget\n\nGrowth will be between 4.7% and 4.8%, the ministry said. ' +
      '"Our primary worry centres on the government\'s overly optimistic view," consultancy 4Cast said in a report.\n';
    expect(speakerOf(text, 'Our primary worry')).toBe('4Cast');
  });
});

describe('a name after a quote with three descriptions before its cue ("…," Charles Siess Jr, vice chairman of …, a subsidiary of …, and chairman of …, said)', () => {
  it('is the speaker', () => {
    const text =
      'OFFSHORE OIL INDUSTRY WAITING FOR TURNAROUND\n\n    "The perception of a turnaround comes from the change in prices," Charles Siess Jr, ' +
      'vice chairman of Marathon Manufacturing Co, a subsidiary of USX Corp, and chairman of the National Ocean Industries Association, said in a press briefing.\n';
    expect(speakerOf(text, 'The perception of a turnaround')).toBe('Charles Siess Jr');
  });

  it('leaves a list of names to no one of them ("…," Tom Hale, Ann Lee, and Bo Ray said)', () => {
    const text = 'BANKS AGREE\n\n    "We are pleased," Tom Hale, Ann Lee, and Bo Ray said in a joint statement.\n';
    expect(speakerOf(text, 'We are pleased')).not.toBe('Tom Hale');
  });
});
