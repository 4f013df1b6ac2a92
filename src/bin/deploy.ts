/** `npm run deploy`: registers the slash commands and the context menu with Discord. */
import { readConfig } from '../app/config.js';
import { exitOnUserError, TOKEN_REJECTED, UserError } from '../app/errors.js';
import { deployCommands } from '../discord/deploy-commands.js';

async function main(): Promise<void> {
  const config = readConfig();
  if (!config.discordToken) throw new UserError('config', 'DISCORD_TOKEN is required to deploy the commands (see .env.example)');
  const done = await deployCommands(config.discordToken, config.discordGuildId, config.discordApi ?? undefined, config.adminGuildId);
  process.stdout.write(
    `Registered ${done.count} commands for application ${done.applicationId} (${done.scope})${done.reload ? `, and /reload in the home ${done.reload}` : ''}.\n`,
  );
}

main().catch((error: unknown) => {
  if ((error as { status?: number }).status === 401) exitOnUserError(new UserError('token', TOKEN_REJECTED), 'byline deploy');
  exitOnUserError(error, 'byline deploy');
});
