/**
 * A local Discord for end-to-end tests: REST and gateway on 127.0.0.1, and helpers that act as a
 * user (run a slash command, type into an autocomplete option, click a button, use a message's
 * context menu) and wait for the bot's real answer.
 */
import { createServer, type Server } from 'node:http';
import { FakeGateway } from './gateway.js';
import { FakeRest, type FakeMessage, type InteractionRecord } from './rest.js';
import { FakeWorld, MEMBER, type Place } from './world.js';

export { FOREIGN_GUILD, MEMBER, PERMISSIONS, shardOf, type Place } from './world.js';
export type { FakeAttachment, FakeMessage, InteractionRecord } from './rest.js';

/** Who acts, with which channel permissions, in which guild (the world's first unless told), and where (a server that added the bot unless told). */
export interface Actor {
  userId?: string;
  name?: string;
  permissions?: bigint;
  guildId?: string;
  place?: Place;
}

/** Options of a slash command as a user types them. */
export type SlashOptions = Record<string, string>;

/**
 * How long a test waits for the bot before failing: a limit, never a sleep (a bot that answers
 * returns at once). Generous, for a reload that builds the story again on a busy 2-core machine
 * (8 s, then 25 s, were not enough while other builds ran), and below vitest's 90 s per test.
 */
export const SETTLE_TIMEOUT_MS = 60_000;

/** The running fake Discord. */
export class FakeDiscord {
  readonly world: FakeWorld;
  readonly rest: FakeRest;
  gateway!: FakeGateway;
  apiUrl = '';
  private server!: Server;
  private delivered = new Map<string, { payload: Record<string, unknown>; shard: number }>();

  /** How long `settled` waits for an answer before failing the test; a load test on a busy machine may wait longer. */
  settleTimeoutMs = SETTLE_TIMEOUT_MS;

  private constructor(token: string) {
    this.world = new FakeWorld(token);
    this.rest = new FakeRest(this.world);
  }

  /** Starts the server on `port` (a free one unless told); `heartbeatInterval` in ms (short, so tests see heartbeats). */
  static async start(token = 'fake-token.for-tests.only', heartbeatInterval = 1000, port = 0): Promise<FakeDiscord> {
    const fake = new FakeDiscord(token);
    fake.server = createServer((req, res) => void fake.rest.handle(req, res));
    await new Promise<void>((resolve, reject) => fake.server.once('error', reject).listen(port, '127.0.0.1', resolve));
    const { port: listening } = fake.server.address() as { port: number };
    fake.apiUrl = `http://127.0.0.1:${listening}/api`;
    fake.world.gatewayUrl = `ws://127.0.0.1:${listening}`;
    fake.gateway = new FakeGateway(fake.server, fake.world, heartbeatInterval);
    return fake;
  }

  get token(): string {
    return this.world.token;
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Runs a slash command and waits for the bot's answer. */
  slash(name: string, options: SlashOptions = {}, actor: Actor = {}): Promise<InteractionRecord> {
    const data = { id: this.rest.id(), name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) };
    return this.interact(2, data, actor);
  }

  /** Types `value` into an autocomplete option and returns the choices offered. */
  async autocomplete(name: string, option: string, value: string, actor: Actor = {}): Promise<{ name: string; value: string }[]> {
    const data = { id: this.rest.id(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] };
    const record = await this.interact(4, data, actor);
    return (record.callbacks[0]?.data?.choices ?? []) as { name: string; value: string }[];
  }

  /** Clicks a button of a message the bot sent. */
  click(message: FakeMessage, customId: string, actor: Actor = {}): Promise<InteractionRecord> {
    return this.interact(3, { custom_id: customId, component_type: 2 }, actor, { message: this.asReceived(message, actor) });
  }

  /** Picks `values` in a string select menu of a message (one of the bot's, or a forged or foreign one). */
  select(message: FakeMessage, customId: string, values: string[], actor: Actor = {}): Promise<InteractionRecord> {
    return this.interact(3, { custom_id: customId, component_type: 3, values }, actor, { message: this.asReceived(message, actor) });
  }

  /** Submits a modal form (the bot opens none: a stale or foreign one). */
  submitModal(customId: string, actor: Actor = {}): Promise<InteractionRecord> {
    return this.interact(5, { custom_id: customId, components: [] }, actor);
  }

  /** Uses a message context-menu command on a message. */
  messageCommand(name: string, target: Record<string, unknown>, actor: Actor = {}): Promise<InteractionRecord> {
    const data = { id: this.rest.id(), name, type: 3, target_id: target.id, resolved: { messages: { [String(target.id)]: target } } };
    return this.interact(2, data, actor);
  }

  /** A message written by a user in the channel, for the context menu. */
  userMessage(content: string, embeds: Record<string, unknown>[] = []): Record<string, unknown> {
    const m = this.rest.message({ content, embeds }, 0);
    return { ...m, author: this.world.member().user, type: 0 };
  }

  /** The custom ids of a message's buttons, by label. */
  buttons(message: FakeMessage): Map<string, { customId: string; disabled: boolean }> {
    const out = new Map<string, { customId: string; disabled: boolean }>();
    for (const row of message.components as { components?: { label?: string; custom_id?: string; disabled?: boolean }[] }[]) {
      for (const b of row.components ?? []) if (b.label && b.custom_id) out.set(b.label, { customId: b.custom_id, disabled: b.disabled === true });
    }
    return out;
  }

  /** The string select menus of a message, by custom id: their placeholder and options. */
  selects(message: FakeMessage): Map<string, { placeholder: string; options: { label: string; value: string; description?: string; default?: boolean }[] }> {
    const out = new Map<string, { placeholder: string; options: { label: string; value: string; description?: string; default?: boolean }[] }>();
    for (const row of message.components as {
      components?: {
        type: number;
        custom_id?: string;
        placeholder?: string;
        options?: { label: string; value: string; description?: string; default?: boolean }[];
      }[];
    }[]) {
      for (const c of row.components ?? [])
        if (c.type === 3 && c.custom_id) out.set(c.custom_id, { placeholder: c.placeholder ?? '', options: c.options ?? [] });
    }
    return out;
  }

  /**
   * Dispatches an interaction to the shard of its guild (`deliveries` times at once, same id, as a
   * gateway replay may) and waits until the bot has answered it (and finished a deferred answer).
   */
  async interact(type: number, data: Record<string, unknown>, actor: Actor, extra: Record<string, unknown> = {}, deliveries = 1): Promise<InteractionRecord> {
    const guildId = actor.guildId ?? this.world.guildId;
    const place = actor.place ?? 'guild';
    const where = this.world.place(place, actor.userId ?? '800000000000000001', actor.permissions ?? MEMBER, actor.name ?? 'reader', guildId);
    const shard = this.gateway.shardFor((where.guild_id as string | undefined) ?? null);
    await this.gateway.whenReady(shard);
    // A component interaction starts from the message its button is on (an update changes that message).
    const source = extra.message ? structuredClone(extra.message as FakeMessage) : null;
    const record: InteractionRecord = {
      id: this.rest.id(),
      token: `tok-${this.rest.id()}`,
      type,
      dispatchedAt: Date.now(),
      callbacks: [],
      original: source,
      followUps: [],
      errors: [],
      shard,
    };
    this.rest.interactions.set(record.id, record);
    const payload = {
      id: record.id,
      application_id: this.world.applicationId,
      type,
      data,
      ...where,
      channel_id: (where.channel as { id: string }).id,
      token: record.token,
      version: 1,
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 8388608,
      ...extra,
    };
    this.delivered.set(record.id, { payload, shard });
    for (let i = 0; i < deliveries; i++) this.gateway.dispatch('INTERACTION_CREATE', payload, shard);
    await this.settled(record);
    return record;
  }

  /** Sends an interaction's INTERACTION_CREATE again, same id and token (as a gateway replay may). */
  redeliver(record: InteractionRecord): void {
    const sent = this.delivered.get(record.id);
    if (!sent) throw new Error(`interaction ${record.id} was never delivered`);
    this.gateway.dispatch('INTERACTION_CREATE', sent.payload, sent.shard);
  }

  /** Drops what the fake keeps of an answered interaction (a long soak would otherwise hold them all). */
  forget(record: InteractionRecord): void {
    this.rest.interactions.delete(record.id);
    this.delivered.delete(record.id);
  }

  /** Waits until a record has a callback (and, when deferred, its edit or a follow-up), or an error. */
  async settled(record: InteractionRecord, more: (r: InteractionRecord) => boolean = () => true): Promise<void> {
    const deadline = Date.now() + this.settleTimeoutMs;
    const done = () =>
      record.errors.length > 0 ||
      (record.callbacks.length > 0 && !record.original?.deferred && record.callbacks[0]!.type !== 6 && more(record)) ||
      (record.callbacks[0]?.type === 6 && (record.followUps.length > 0 || (!record.original?.deferred && more(record))));
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`interaction ${record.type} not answered in time: ${JSON.stringify(record.callbacks)}`);
      await Promise.race([this.rest.changed(), new Promise((r) => setTimeout(r, 50))]);
    }
  }

  /** The interaction dispatched last (one a test has not awaited yet, say). */
  lastInteraction(): InteractionRecord | undefined {
    return [...this.rest.interactions.values()].at(-1);
  }

  /** Waits until `check` holds, looking again at every change the bot makes; fails after a while. */
  async until(check: () => boolean, what = 'the condition'): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await Promise.race([this.rest.changed(), new Promise((r) => setTimeout(r, 50))]);
    }
  }

  /** The message as a client receives it where the actor is (what a button click carries). */
  private asReceived(message: FakeMessage, actor: Actor): Record<string, unknown> {
    const { deferred: _deferred, allowed_mentions: _mentions, guild_id: _guild, channel_id: _channel, ...rest } = message;
    const where = this.world.place(actor.place ?? 'guild', actor.userId ?? '800000000000000001', MEMBER, 'reader', actor.guildId ?? this.world.guildId);
    const guild = where.guild_id === undefined ? {} : { guild_id: where.guild_id };
    const user = (where.user ?? (where.member as { user: unknown }).user) as unknown;
    return {
      ...rest,
      ...guild,
      channel_id: (where.channel as { id: string }).id,
      interaction_metadata: { id: this.rest.id(), type: 2, user, authorizing_integration_owners: where.authorizing_integration_owners },
    };
  }
}
