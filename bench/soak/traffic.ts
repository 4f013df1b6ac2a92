/**
 * The soak's users: new commands (/ask with random and fixed questions, /who-said, /quote,
 * /quotes, /people, /sources, /timeline with and without `about`, autocomplete, the "Who said
 * this?" menu) and clicks on the answers they got (Next several times, Previous, Context, Share).
 * Each interaction's outcome says how long its answer took and whether it was lost: a first
 * response later than Discord's 3 s, or no final answer (the fake Discord waits 8 s for it).
 */
import { performance } from 'node:perf_hooks';
import type { FakeDiscord, FakeMessage, InteractionRecord } from '../../test/support/fake-discord/index.js';
import type { RandomText } from './random-text.js';

/** What happened to one interaction. */
export interface Outcome {
  kind: string;
  minute: number;
  /** From dispatch to the final answer (for Share, its public post). */
  ms: number;
  /** From dispatch to the first response Discord accepted; null when there was none. */
  firstMs: number | null;
  lost: 'late' | 'unanswered' | null;
  /** REST errors other than a late first response (an invalid body, a second acknowledgement). */
  errors: number;
  /** An apology or "expired" where an answer was due. */
  apology: boolean;
}

/** A click a user will make on an answer they got: a button by its label, or `Context` (a pick in the Context menu). */
interface Click {
  message: FakeMessage;
  button: string;
  /** For `Context`: the menu's id and the passage picked. */
  pick?: { menu: string; value: string };
  /** How many more times to click Next after this one. */
  more: number;
}

/** The longest one interaction may take, whatever happens (the fake waits 8 s for an answer). */
const BOUND_MS = 30_000;
const MAX_PENDING_CLICKS = 100;

/** Sends the soak's interactions, one per call to `next`. */
export class Traffic {
  private readonly clicks: Click[] = [];
  private shares = 0;

  constructor(
    private readonly fake: FakeDiscord,
    private readonly text: RandomText,
  ) {}

  /** One interaction: half of the time a pending click when there is one, else a new command. */
  next(minute: number): Promise<Outcome> {
    if (this.clicks.length > 0 && this.text.random() < 0.5) return this.click(this.clicks.shift()!, minute);
    return this.command(minute);
  }

  private command(minute: number): Promise<Outcome> {
    const t = this.text;
    const f = this.fake;
    const roll = t.random() * 100;
    if (roll < 25) return this.measure('ask', minute, () => f.slash('ask', { question: t.question() }));
    if (roll < 35) return this.measure('ask fixed', minute, () => f.slash('ask', { question: t.pick(t.fixed.ask) }));
    if (roll < 45) return this.measure('who-said', minute, () => f.slash('who-said', { quote: t.quoteFragment() }));
    if (roll < 52) return this.measure('quote', minute, () => f.slash('quote', { text: t.random() < 0.5 ? t.pick(t.fixed.quote) : t.question() }));
    if (roll < 59) return this.measure('quotes', minute, () => f.slash('quotes', { speaker: t.person() }));
    if (roll < 63) return this.measure('people', minute, () => f.slash('people'));
    if (roll < 69) return this.measure('sources', minute, () => f.slash('sources'));
    if (roll < 75) return this.measure('timeline', minute, () => f.slash('timeline'));
    if (roll < 84)
      return this.measure('timeline about', minute, () =>
        f.slash('timeline', { about: t.random() < 0.5 ? t.person() : t.pick(t.fixed.timeline.filter(Boolean)) }),
      );
    if (roll < 96) {
      const [command, option] = t.random() < 0.5 ? ['quotes', 'speaker'] : ['timeline', 'about'];
      return this.measure('autocomplete', minute, () =>
        f.interact(4, { id: f.rest.id(), name: command, type: 1, options: [{ name: option, type: 3, value: t.prefix(), focused: true }] }, {}),
      );
    }
    return this.measure('who said this', minute, () => f.messageCommand('Who said this?', f.userMessage(`"${t.quoteFragment()}"`)));
  }

  private click(click: Click, minute: number): Promise<Outcome> {
    // The sentences around a passage arrive after the answer is sent again (a follow-up).
    if (click.pick)
      return this.measure(
        'context',
        minute,
        () => this.fake.select(click.message, click.pick!.menu, [click.pick!.value]),
        (r) => r.followUps.length > 0,
      );
    const button = this.fake.buttons(click.message).get(click.button);
    if (!button || button.disabled) return this.command(minute);
    if (click.button === 'Share') {
      // A new user each time: a user who shares twice within 10 s is (rightly) told to wait.
      const actor = { userId: String(800000000000100000n + BigInt(++this.shares)), name: 'sharer' };
      return this.measure(
        'share',
        minute,
        () => this.fake.click(click.message, button.customId, actor),
        (r) => r.followUps.length > 0,
      );
    }
    const kind = click.button.toLowerCase();
    return this.measure(kind, minute, () => this.fake.click(click.message, button.customId), undefined, click.more);
  }

  /** Runs one interaction, bounded in time; `final` is what a response updating the message must still be followed by. */
  private async measure(
    kind: string,
    minute: number,
    go: () => Promise<InteractionRecord>,
    final?: (r: InteractionRecord) => boolean,
    more = 0,
  ): Promise<Outcome> {
    const started = performance.now();
    let record: InteractionRecord | null = null;
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within the bound')), BOUND_MS)));
    try {
      record = await Promise.race([go(), bound]);
      if (final && record.callbacks[0]?.type === 7) await Promise.race([this.fake.settled(record, final), bound]);
    } catch {
      // Not answered (the fake Discord gave up after 8 s): lost, counted below.
    } finally {
      clearTimeout(timer);
    }
    const ms = performance.now() - started;
    if (!record || (final && record.callbacks[0]?.type === 7 && !final(record)))
      return { kind, minute, ms, firstMs: null, lost: 'unanswered', errors: 0, apology: false };
    const late = record.errors.some((e) => e.code === 10062);
    const content = record.original?.content ?? '';
    this.plan(kind, record, more);
    this.fake.forget(record);
    return {
      kind,
      minute,
      ms,
      firstMs: record.respondedAt === undefined ? null : record.respondedAt - record.dispatchedAt,
      lost: late ? 'late' : null,
      errors: record.errors.filter((e) => e.code !== 10062).length,
      apology: /^(Sorry|This answer expired|This button is not)/.test(content),
    };
  }

  /** The clicks a user makes next on the answer they got: Next a few times, a Context, now and then Share. */
  private plan(kind: string, record: InteractionRecord, more: number): void {
    const message = record.original;
    if (!message || kind === 'autocomplete' || kind === 'share' || this.clicks.length >= MAX_PENDING_CLICKS) return;
    const buttons = this.fake.buttons(message);
    const t = this.text;
    const enabled = (label: string) => buttons.has(label) && !buttons.get(label)!.disabled;
    const menu = [...this.fake.selects(message).entries()].find(([, m]) => m.placeholder.startsWith('Read a passage'));
    if (kind === 'next' && more > 0 && enabled('Next')) this.clicks.push({ message, button: 'Next', more: more - 1 });
    else if (kind !== 'next' && kind !== 'previous' && enabled('Next') && t.random() < 0.7) this.clicks.push({ message, button: 'Next', more: t.int(0, 4) });
    else if (kind === 'next' && enabled('Previous') && t.random() < 0.2) this.clicks.push({ message, button: 'Previous', more: 0 });
    if (menu && kind !== 'context' && t.random() < 0.35)
      this.clicks.push({ message, button: 'Context', pick: { menu: menu[0], value: t.pick(menu[1].options).value }, more: 0 });
    if (enabled('Share') && kind !== 'context' && t.random() < 0.1) this.clicks.push({ message, button: 'Share', more: 0 });
  }
}
