/** The short private replies the handlers share. */
import { MessageFlags } from 'discord.js';

/** A private reply that pings nobody. */
export const PRIVATE = { flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
export const LOADING = 'Still reading the story; try again in a minute.';
/** What an answer cut short by a shutdown is told, rather than left "thinking" for ever. */
export const RESTARTING = 'Sorry, Byline is restarting and could not finish this answer. Please ask again in a moment.';
/** A button from an older version of the story. */
export const EXPIRED = 'This button is from an older version of the story and has expired. Run the command again for a fresh answer.';
/** A button of ours that makes no sense now: a page that is not there, a number that is no number (forged, or from a changed answer). */
export const ANSWER_EXPIRED = 'This answer has expired. Run the command again for a fresh answer.';
export const UNKNOWN = 'This is not something I know here; the commands may need deploying again. Try /help.';
