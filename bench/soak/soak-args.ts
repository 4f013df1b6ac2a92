/** The options of `npm run bench:soak`, checked: a wrong one stops the run with a message naming it. */

/** What the soak runs on, for how long, and how fast. */
export interface SoakArgs {
  corpus: string;
  minutes: number;
  rate: number;
  seed: number;
  json: string | null;
}

const USAGE = 'usage: npm run bench:soak -- [--corpus DIR] [--minutes N (default 20)] [--rate N per second (default 5)] [--seed N] [--json FILE]';

/** Reads `--corpus DIR --minutes N --rate N --seed N --json FILE`; `seeds` is the default corpus. */
export function parseSoakArgs(argv: string[], seeds: string): SoakArgs {
  const args: SoakArgs = { corpus: seeds, minutes: 20, rate: 5, seed: 1, json: null };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--corpus') args.corpus = value;
    else if (flag === '--json') args.json = value;
    else if (flag === '--minutes') args.minutes = number(flag, value, 0.1, 24 * 60);
    else if (flag === '--rate') args.rate = number(flag, value, 0.1, 500);
    else if (flag === '--seed') args.seed = number(flag, value, 0, 2 ** 32 - 1);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return args;
}

function number(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${flag} must be a number from ${min} to ${max}, got "${value}"\n${USAGE}`);
  return n;
}
