/** How an entry point (`npm start`, a shard) stops when it cannot start. */
import { ConfigError } from './config.js';
import { CorpusError } from '../store/corpus/read-corpus.js';
import { TokenRejectedError } from '../discord/token-rejected.js';

/** Exits with code 2 and one line on stderr for a configuration, corpus or token problem; rethrows anything else. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof CorpusError || error instanceof TokenRejectedError) {
    process.stderr.write(`byline: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
