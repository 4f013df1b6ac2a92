/** The local Discord speaks sharding as Discord does, so that the sharded bot's test means something. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FakeDiscord, shardOf } from '../support/fake-discord/index.js';

type Payload = { op: number; t?: string; d: Record<string, unknown> | null };

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake.close());

/** A raw gateway connection that identifies as `shard` and records what it receives. */
async function connect(shard?: [number, number]): Promise<{ socket: WebSocket; received: Payload[]; closed: Promise<number> }> {
  const socket = new WebSocket(fake.world.gatewayUrl);
  const received: Payload[] = [];
  socket.on('message', (raw) => received.push(JSON.parse(String(raw)) as Payload));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {}, ...(shard ? { shard } : {}) } }));
  return { socket, received, closed };
}

const dispatches = (received: Payload[], t: string) => received.filter((p) => p.op === 0 && p.t === t).map((p) => p.d!);

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}

describe('the fake gateway with two shards', () => {
  it('has a guild on each shard of two', () => {
    expect(fake.world.guilds.map((g) => shardOf(g.id, 2)).sort()).toEqual([0, 1]);
  });

  it("sends each shard READY with its shard and only the guilds it owns, and routes a guild's interactions to its owner", async () => {
    const zero = await connect([0, 2]);
    const one = await connect([1, 2]);
    await Promise.all([fake.gateway.whenReady(0), fake.gateway.whenReady(1)]);
    await until(() => dispatches(zero.received, 'GUILD_CREATE').length > 0 && dispatches(one.received, 'GUILD_CREATE').length > 0);
    expect(fake.gateway.sessionShards()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const [conn, id] of [
      [zero, 0],
      [one, 1],
    ] as const) {
      const ready = dispatches(conn.received, 'READY')[0]!;
      const owned = fake.world.guilds.filter((g) => shardOf(g.id, 2) === id).map((g) => g.id);
      expect(ready.shard).toEqual([id, 2]);
      expect((ready.guilds as { id: string }[]).map((g) => g.id)).toEqual(owned);
      expect(dispatches(conn.received, 'GUILD_CREATE').map((g) => g.id)).toEqual(owned);
    }
    const onZero = fake.world.guilds.find((g) => shardOf(g.id, 2) === 0)!.id;
    expect(fake.gateway.shardFor(onZero)).toBe(0);
    expect(fake.gateway.shardFor(fake.world.guildId)).toBe(1);
    expect(fake.gateway.shardFor(null)).toBe(0);
    fake.gateway.dispatch('INTERACTION_CREATE', { id: 'to-one' }, 1);
    await until(() => dispatches(one.received, 'INTERACTION_CREATE').length > 0);
    expect(dispatches(zero.received, 'INTERACTION_CREATE')).toEqual([]);
    zero.socket.close();
    one.socket.close();
  });

  it('closes with 4010 when IDENTIFY names a shard outside its count', async () => {
    const bad = await connect([2, 2]);
    expect(await bad.closed).toBe(4010);
  });

  it('recommends the configured shard count on GET /gateway/bot', async () => {
    fake.world.recommendedShards = 2;
    const res = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${fake.token}` } });
    expect(((await res.json()) as { shards: number }).shards).toBe(2);
  });
});
