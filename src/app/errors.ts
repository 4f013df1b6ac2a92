/**
 * The one kind of error a user can fix (a setting, the corpus folder, the token, a command's
 * arguments): its message is meant to be read, so it is shown as one line with exit code 2 instead
 * of a stack trace. Any other error is a bug and keeps its stack. It crosses worker threads as
 * plain data (`toWire`/`fromWire`), so that it is the same error on every thread.
 */

/** What the user must fix. */
export type UserErrorCode = 'config' | 'corpus' | 'token' | 'usage';

export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The message for a token Discord (or the configured API) refused. */
export const TOKEN_REJECTED = 'DISCORD_TOKEN was rejected: check the token in the Developer Portal (Bot → Reset Token) and in .env';

/** An error as data a worker can post: a user error keeps its code. */
export type WireError = { message: string; code: UserErrorCode | null };

export function toWire(error: unknown): WireError {
  return { message: error instanceof Error ? error.message : String(error), code: error instanceof UserError ? error.code : null };
}

export function fromWire(wire: WireError): Error {
  return wire.code ? new UserError(wire.code, wire.message) : new Error(wire.message);
}

/** For an entry point: a user error ends the process with one line on stderr and code 2; anything else is rethrown. */
export function exitOnUserError(error: unknown, program = 'byline'): never {
  if (error instanceof UserError) {
    process.stderr.write(`${program}: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
