/** The token was refused by Discord (or the configured API); its own module, so that catching it does not load discord.js. */
export class TokenRejectedError extends Error {}
