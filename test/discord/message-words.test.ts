import { describe, expect, it } from 'vitest';
import { messageWords, plainText, quoteBlocks } from '../../src/discord/message-words.js';
import { buildPage } from '../../src/discord/build-message.js';
import { renderItems } from '../../src/render/discord-items.js';
import { escapeText } from '../../src/discord/escape.js';
import { askCommand } from '../../commands/ask.js';
import { whoSaidThisCommand } from '../../commands/who-said-this.js';
import { seedStory } from './bot-harness.js';

describe('plainText: Discord markdown read as the words it shows', () => {
  it.each([
    ['bold and italics', 'He was **not** *amused*', 'He was not amused'],
    ['escaped markdown, as Byline escapes article text', 'Trump\\*s \\_aides\\_ said 5 \\> 4', 'Trump*s _aides_ said 5 > 4'],
    ['a masked link, as a linked headline', '[Sessions plans to stay](https://example.com/a)', 'Sessions plans to stay'],
    ['mentions, custom emoji and timestamps', '<@123> said <:wave:456> on <t:1496966400:D> that', 'said on that'],
    ['a bare link', 'see https://example.com/x for more', 'see for more'],
    ['a cut-off excerpt', 'News broke that Sessions even offered his…', 'News broke that Sessions even offered his'],
    ['a broken mention, as escapeText writes it', 'ping @\u200beveryone', 'ping @everyone'],
    ['subtext and heading marks', '-# small print\n## Title', 'small print\nTitle'],
  ])('%s', (_name, markdown, expected) => {
    expect(plainText(markdown)).toBe(expected);
  });
});

describe('quoteBlocks: the quoted lines of a message', () => {
  it.each([
    ['one block of lines', 'intro\n> line one\n> line two\noutro', ['line one\nline two']],
    ['two blocks', '> first\n— cite\n\n> second', ['first', 'second']],
    ['a >>> block runs to the end', 'look:\n>>> all of\nthis', ['all of\nthis']],
    ['no quote', 'just text', []],
  ])('%s', (_name, markdown, expected) => {
    expect(quoteBlocks(markdown)).toEqual(expected);
  });
});

describe('messageWords: what "Who said this?" looks up in a message', () => {
  it('a user message: its text, or only the lines it quotes', () => {
    expect(messageWords({ content: 'Who said **this**?', embedTexts: [] })).toBe('Who said this?');
    expect(messageWords({ content: '> Seemingly out of the blue\nis this true?', embedTexts: [] })).toBe('Seemingly out of the blue');
  });

  it('a shared /ask answer: the first excerpt, without the answer’s numbering, citations or escapes', () => {
    const story = seedStory.story;
    const answer = askCommand.run(story, { question: 'Did Sessions ever offer to resign?' });
    if (answer.kind !== 'ask') throw new Error('no answer');
    const page = buildPage(renderItems(answer, story), { command: 'ask', args: { question: 'x' } }, 0, 'hash');
    const words = messageWords({ content: 'Shared by <@42>', embedTexts: [String(page.embeds[0]!.description)] });
    expect(answer.result.answers[0]!.text.startsWith(words.replace(/\s+/g, ' '))).toBe(true);
    expect(words).not.toMatch(/[>*\\—]|#\d/);
  });

  it('a shared answer with numbered sources: the passage without the bold of the question’s words or its sources’ numbers', () => {
    const embed = '> News broke that **Sessions** even **offered** his \\*resignation\\* weeks ago. [1] [2]\n*in 2 of 5 articles*\n\n[1] *Headline*';
    expect(messageWords({ content: 'Shared by <@800000000000000042>', embedTexts: [embed] })).toBe(
      'News broke that Sessions even offered his *resignation* weeks ago.',
    );
    expect(messageWords({ content: '', embedTexts: ['> “Weak,” [1] [2] [3] and 2 more\n— **Donald Trump**'] })).toBe('“Weak,”');
  });

  it('undoes the escapes of any excerpt, whatever its markdown characters', () => {
    const text = 'Sales rose 5% *after* the_merger [sic] > forecast #1 | `code` ~~x~~';
    expect(messageWords({ content: '', embedTexts: [`**1.**\n> ${escapeText(text)}\n— *Headline* · \`a #1\``] })).toBe(text);
  });

  it('an "In context" reply: the sentence in bold', () => {
    expect(messageWords({ content: '', embedTexts: ['Before. **The cited \\*one\\*.** After.\n\n— *Headline*'] })).toBe('The cited *one*.');
  });

  it('the words are cut at a word within /who-said’s 300 characters', () => {
    const words = whoSaidThisCommand.wordsIn(`${'word '.repeat(70)}end`);
    expect(words.length).toBeLessThanOrEqual(300);
    expect(words.endsWith('word')).toBe(true);
  });
});
