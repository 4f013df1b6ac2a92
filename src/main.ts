/**
 * `npm start`: loads the story, then serves it. Without DISCORD_TOKEN it opens the local console;
 * the Discord adapter is not part of this version yet, so a token is reported and the console opens.
 */
import { ConfigError, readConfig } from './config.js';
import { formatWarning, loadStory } from './load-story.js';
import { CorpusError } from './corpus/read-corpus.js';
import { runConsole } from './console.js';

async function main(): Promise<void> {
  const config = readConfig();
  const { story, warnings } = loadStory(config.corpusDir);
  for (const w of warnings) process.stderr.write(`${formatWarning(w)}\n`);
  const connect = config.discordToken
    ? 'DISCORD_TOKEN is set, but the Discord bot is not in this version yet; serving the console instead.'
    : 'To serve Discord instead, put DISCORD_TOKEN in .env (see README, "Configuration").';
  const banner = `Byline console: ${story.articles.length} articles, ${story.sentences.length} sentences, ${story.people.length} people from ${config.corpusDir}/.\n${connect}\nType /help for commands, quit to leave.`;
  await runConsole(story, banner);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof CorpusError) {
    process.stderr.write(`byline: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
});
