/** The token was refused by Discord (or the configured API); its own module, so that catching it does not load discord.js. */
export class TokenRejectedError extends Error {
  constructor(message = 'DISCORD_TOKEN was rejected: check the token in the Developer Portal (Bot → Reset Token) and in .env') {
    super(message);
  }
}
