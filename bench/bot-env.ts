/** The environment a benchmark starts the bot with: the local Discord, a corpus and a cache, and nothing from the user's .env that would change the run. */
import type { FakeDiscord } from '../test/support/fake-discord/index.js';

export function botEnv(fake: FakeDiscord, corpus: string, cache: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: fake.token,
    DISCORD_API: fake.apiUrl,
    CORPUS_DIR: corpus,
    BYLINE_CACHE_DIR: cache,
    DISCORD_GUILD_ID: '',
    BYLINE_ADMIN_GUILD_ID: '',
    BYLINE_SHARDS: '',
    LOG_LEVEL: 'info',
    ...extra,
  };
}
