import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/store/load-story.js';
import { ask } from '../../src/core/answer/ask.js';
import { listSources } from '../../src/core/answer/sources.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const { story, warnings } = await loadStory(SEEDS);

describe('the seed story', () => {
  it('loads all five articles without warnings, every sentence numbered from 1', () => {
    expect(warnings).toEqual([]);
    expect(story.articles).toHaveLength(5);
    for (const sentences of story.byArticle.values()) expect(sentences.map((s) => s.n)).toEqual(sentences.map((_, i) => i + 1));
  });

  it('reads metadata where the text states it, and titles a headline-less article by its opening words', () => {
    const byId = new Map(listSources(story).articles.map((a) => [a.id, a]));
    expect(byId.get('002_7142778ad7600d50')).toMatchObject({
      title: 'As tensions rise, Sessions plans to stay',
      outlet: 'Washington Post',
      byline: 'Robert Costa and Sari Horwitz',
    });
    expect(byId.get('003_30c204a04a7fc10f')).toMatchObject({ outlet: 'The Week', byline: "Kelly O'Meara Morales" });
    expect(byId.get('004_8dd43eabc828f157')!.date).toBe('2017-06-09');
    expect(byId.get('001_221f380b25dc4388')!.title).toMatch(/^Attorney General Jeff Sessions has desperately tried.*…$/);
  });

  it('strips the boilerplate of the seeds: widgets, newsletter prompts, bio, related headlines, the date token', () => {
    const all = story.sentences.map((s) => s.text).join('\n');
    expect(all).not.toMatch(/^(Print|Shares)\b/m);
    expect(all).not.toMatch(/Newsletter|inbox|Sarah Lawrence|cosigning|Read more at|^date 2017/m);
  });

  it('builds the cast with roles and merged aliases, and no false people', () => {
    const sessions = story.people.find((p) => p.name === 'Jeff Sessions')!;
    expect(sessions.roles).toContain('Attorney General');
    expect(sessions.aliases).toEqual(expect.arrayContaining(['Sessions', 'Mr. Sessions', 'the attorney general']));
    expect(story.people.find((p) => p.name === 'John Kelly')!.roles).toEqual(['Chief of Staff']);
    const names = story.people.map((p) => p.name);
    expect(names.filter((n) => /Valentine|College|^Staff|[.,'’”-]$/.test(n))).toEqual([]);
  });

  it('groups a quote that three articles carry into one answer with three citations, crediting the Post', () => {
    const result = ask(story, 'Does it wash away the sin of recusal?');
    const top = result.answers[0]!;
    expect(new Set(top.citations.map((c) => c.article)).size).toBe(3);
    expect(top.reportedBy).toContain('Washington Post');
    for (const c of top.citations) {
      const sentence = story.byArticle.get(c.article)![c.sentence - 1]!;
      expect(c.excerpt).toContain(sentence.text);
    }
  });

  it('answers a paraphrased question with the verbatim sentence', () => {
    const result = ask(story, 'Did Sessions ever offer to resign?');
    expect(result.answers[0]!.text).toContain('Sessions even offered his resignation several weeks ago');
  });

  it('gives no answer and a hint when the story does not cover the question', () => {
    const result = ask(story, 'What did Sessions say about the Olympic Games?');
    expect(result.answers).toEqual([]);
    expect(result.hint).toMatch(/olympic/);
  });

  it('adds the sentence before when the answer opens with a pronoun', () => {
    const result = ask(story, 'a triumphant moment for the Justice Department');
    const answer = result.answers.find((a) => a.text.includes('triumphant moment'))!;
    expect(answer.text.startsWith('A Justice Department news conference Thursday')).toBe(true);
  });
});
