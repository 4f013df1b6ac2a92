/** `npm run deploy`: registers the slash commands and the context menu with Discord. */
import { ConfigError, readConfig } from '../app/config.js';
import { deployCommands } from '../discord/deploy-commands.js';

async function main(): Promise<void> {
  const config = readConfig();
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN is required to deploy the commands (see .env.example)');
  const done = await deployCommands(config.discordToken, config.discordGuildId, config.discordApi ?? undefined, config.adminGuildId);
  process.stdout.write(`Registered ${done.count} commands for application ${done.applicationId} (${done.scope})${done.reload ? `, and /reload in the home ${done.reload}` : ''}.\n`);
}

main().catch((error: unknown) => {
  const status = (error as { status?: number }).status;
  const message = status === 401 ? 'DISCORD_TOKEN was rejected by Discord' : error instanceof Error ? error.message : String(error);
  process.stderr.write(`byline deploy: ${message}\n`);
  process.exit(error instanceof ConfigError || status === 401 ? 2 : 1);
});
