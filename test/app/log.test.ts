import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/app/log.js';

const TOKEN = 'MTA1.secret-token.x"y';

/** The lines a logger at `level` writes for `use`, as JSON or readable. */
function linesOf(use: (log: ReturnType<typeof createLogger>) => void, pretty = false, level: 'debug' | 'info' = 'debug'): string[] {
  const lines: string[] = [];
  use(createLogger(level, [TOKEN], { write: (line) => lines.push(line), pretty, name: 'shard 1' }));
  return lines;
}

describe('createLogger', () => {
  it('writes one JSON object per line: level, ISO time, the process name, the context as fields and the message as msg', () => {
    const [line] = linesOf((log) => log.info('story loaded', { articles: 5, fromSnapshot: true }));
    const record = JSON.parse(line!) as Record<string, unknown>;
    expect(record).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      name: 'shard 1',
      articles: 5,
      fromSnapshot: true,
      msg: 'story loaded',
    });
  });

  it('writes nothing below its level', () => {
    expect(
      linesOf(
        (log) => {
          log.debug('detail');
          log.info('shown');
        },
        false,
        'info',
      ).map((l) => JSON.parse(l).msg),
    ).toEqual(['shown']);
  });

  it('keeps a message as written, format characters included', () => {
    expect(JSON.parse(linesOf((log) => log.warn('100%s sure %d', { n: 1 }))[0]!).msg).toBe('100%s sure %d');
  });

  it('logs an error as its name, message (with its cause), stack and Discord code', () => {
    const error = Object.assign(new Error('Unknown interaction', { cause: new Error('gone') }), { code: 10062, status: 404 });
    const record = JSON.parse(linesOf((log) => log.error('interaction failed', { error }))[0]!) as { error: Record<string, unknown> };
    expect(record.error).toMatchObject({ name: 'Error', message: 'Unknown interaction: gone', code: 10062, status: 404 });
    expect(record.error.stack).toMatch(/^Error: Unknown interaction\n {4}at /);
  });

  describe.each([
    ['as JSON', false],
    ['readable', true],
  ])('never shows the token (%s)', (_name, pretty) => {
    it('wherever it appears: the message, a field, an error message and stack', () => {
      const lines = linesOf((log) => {
        log.info(`logging in with ${TOKEN}`);
        log.warn('request failed', { url: `https://example.test/?t=${TOKEN}`, nested: { list: [TOKEN] } });
        log.error('login failed', { error: new Error(`bad token ${TOKEN}`) });
      }, pretty);
      expect(lines).toHaveLength(3);
      for (const line of lines) {
        expect(line).not.toContain(TOKEN);
        expect(line).not.toContain('secret-token');
        expect(line).toContain('[redacted]');
      }
    });

    it('in a field that holds a token by its name, whatever its value', () => {
      const [line] = linesOf((log) => log.info('config', { token: 'another', client: { token: 'other' }, headers: { authorization: 'Bot abc' } }), pretty);
      expect(line).not.toMatch(/another|other|abc/);
    });
  });

  it('readable lines show the time, level, process, message and fields on one line', () => {
    const [line] = linesOf((log) => log.info('story loaded', { articles: 5 }), true);
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO \(shard 1\): story loaded \{"articles":5\}$/);
  });
});
