/**
 * A small leveled logger for the bot: one line per event on stderr, with its context as JSON.
 * Secrets given to it (the token) are blanked out of every line.
 */
import type { LogLevel } from './config.js';
import { jsonForTerminal, lineForTerminal } from '../terminal/terminal-text.js';

const ORDER: LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** Logs at four levels; `context` is printed as JSON after the message. */
export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** A logger that writes lines at `level` and above, never showing any of `secrets`. */
export function createLogger(level: LogLevel, secrets: string[] = [], write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const redact = (text: string) => secrets.filter(Boolean).reduce((t, s) => t.split(s).join('[redacted]'), text);
  const log = (at: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    const details = context ? ` ${JSON.stringify(context, (_k, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v))}` : '';
    // One line, with no control character from a file name or an error message that could drive the terminal.
    write(redact(lineForTerminal(jsonForTerminal(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${details}`))));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
