/** Reading what a bot logged: its JSON lines (pino's), as a service manager keeps them. */

/** One logged line: its level, message, the process that wrote it (`shard 0`) and its context's fields. */
export interface LogRecord {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  name?: string;
  [field: string]: unknown;
}

/** Every JSON line of `log`, in order (a line that is not one, such as an exit message, is left out). */
export function logRecords(log: string): LogRecord[] {
  return log.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as LogRecord];
    } catch {
      // A line still being written.
      return [];
    }
  });
}

/** The lines of `log` with this message (and these fields, if given). */
export function logged(log: string, msg: string | RegExp, fields: Record<string, unknown> = {}): LogRecord[] {
  return logRecords(log).filter((r) => (typeof msg === 'string' ? r.msg === msg : msg.test(r.msg)) && Object.entries(fields).every(([k, v]) => r[k] === v));
}
