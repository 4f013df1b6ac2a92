import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveShardCount } from '../../src/discord/shard-count.js';
import { UserError } from '../../src/app/errors.js';
import { FakeDiscord } from '../support/fake-discord/index.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  fake.world.recommendedShards = 3;
});
afterAll(async () => fake.close());

describe('resolveShardCount', () => {
  it('for auto, takes the count GET /gateway/bot recommends, through the configured API', async () => {
    expect(await resolveShardCount(fake.token, 'auto', fake.apiUrl)).toBe(3);
  });

  it('keeps a number as given', async () => {
    expect(await resolveShardCount(fake.token, 2, fake.apiUrl)).toBe(2);
  });

  it('says the token was rejected before any shard starts', async () => {
    await expect(resolveShardCount('wrong-token', 2, fake.apiUrl)).rejects.toThrow(UserError);
  });
});
