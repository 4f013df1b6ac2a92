/**
 * The bot's log, through pino: one JSON object per line on stderr (what a service manager or
 * `docker logs` keeps, and `jq` reads), or readable lines when stderr is a terminal. The token
 * never shows: pino redacts the fields that would hold it, and censors it from every serialized
 * line, wherever it appears (an error message, a URL). No line carries a control character that
 * could drive the reader's terminal.
 */
import { createRequire } from 'node:module';
import { pino } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { LogLevel } from './config.js';
import { jsonForTerminal, lineForTerminal } from '../terminal/terminal-text.js';

/** Logs at four levels; `context` becomes fields of the line, beside the message (`msg`). */
export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** Where a logger writes. */
export interface LogOptions {
  /** Takes each line (without its newline); stderr by default. */
  write?: (line: string) => void;
  /** Readable lines for a person instead of JSON; by default, when lines go to stderr and it is a terminal. */
  pretty?: boolean;
  /** A `name` field on every line: which process of several wrote it (`shard 0`). */
  name?: string;
}

const CENSOR = '[redacted]';

/** Fields that hold a secret by their name, wherever a context puts them. */
const SECRET_FIELDS = ['token', 'discordToken', 'authorization', '*.token', '*.discordToken', '*.authorization', '*.headers.authorization'];

/**
 * A logger that writes lines at `level` and above, never showing any of `secrets`.
 * `options` may be just the function that takes each line: JSON lines, as a test reads them.
 */
export function createLogger(level: LogLevel, secrets: string[] = [], options: LogOptions | ((line: string) => void) = {}): Logger {
  const { write, pretty, name } = typeof options === 'function' ? { write: options } : options;
  const toStderr = write === undefined;
  const out = write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const toText = (pretty ?? (toStderr && process.stderr.isTTY === true)) ? readableLine(toStderr && process.stderr.hasColors?.() === true) : jsonForTerminal;
  const log = pino(
    {
      level,
      base: name ? { name } : null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: errorFields, err: errorFields },
      redact: { paths: SECRET_FIELDS, censor: CENSOR },
      hooks: { streamWrite: censorOf(secrets) },
    },
    { write: (line: string) => out(toText(line.trimEnd())) },
  );
  const at = (method: LogLevel) => (message: string, context?: Record<string, unknown>) => (context ? log[method](context, message) : log[method](message));
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Removes each secret from a serialized line, as written and as JSON escapes it. */
function censorOf(secrets: string[]): (line: string) => string {
  const forms = [...new Set(secrets.filter(Boolean).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))];
  return (line) => forms.reduce((text, secret) => text.split(secret).join(CENSOR), line);
}

/** An error as data: what it says (with its causes), where it was thrown, and Discord's code and status if any. */
function errorFields(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const { message, stack } = pino.stdSerializers.err(value);
  const { code, status } = value as { code?: unknown; status?: unknown };
  return { name: value.name, message, stack, code, status };
}

/** Turns a JSON line into one readable line (time, level, message, the other fields as JSON), its text stripped of controls. */
function readableLine(colors: boolean): (json: string) => string {
  // Loaded only for a terminal: a service's JSON lines need none of it.
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  const prettify = prettyFactory({ colorize: colors, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', errorLikeObjectKeys: [] });
  return (json) => prettify(textOnly(JSON.parse(json))).trimEnd();
}

/** A parsed line with every string made one printable line, so that only pino-pretty's own colours reach the terminal. */
function textOnly(value: unknown): unknown {
  if (typeof value === 'string') return lineForTerminal(value);
  if (Array.isArray(value)) return value.map(textOnly);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [lineForTerminal(k), textOnly(v)]));
  return value;
}
