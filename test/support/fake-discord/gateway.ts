/**
 * The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats and their ACKs, RESUME
 * with replay of missed events, and the faults a test may ask for (op 7 reconnect, op 9 invalid
 * session, a close with any code). One session per shard: IDENTIFY's `shard: [id, count]` (default
 * [0, 1]) decides which guilds the session is sent, and a guild's events go to its shard's socket.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { Server } from 'node:http';
import { shardOf, type FakeWorld } from './world.js';

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Dispatches sent in this session, for replay on RESUME. */
  sent: { s: number; t: string; d: unknown }[];
  /** The connection receiving the session's events; null while the client is away. */
  socket: WebSocket | null;
}

/** The gateway side of the fake Discord. Methods that take a `shard` act on shard 0 unless told. */
export class FakeGateway {
  readonly wss: WebSocketServer;
  heartbeats = 0;
  identifies = 0;
  resumes = 0;
  /** The live session of each shard id. */
  private sessions = new Map<number, Session>();
  private ready: { shard: number; resolve: () => void }[] = [];

  constructor(
    server: Server,
    private readonly world: FakeWorld,
    private readonly heartbeatInterval: number,
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  /** Resolves once the client of `shard` has identified or resumed and is receiving events. */
  whenReady(shard = 0): Promise<void> {
    return this.sessions.get(shard)?.socket ? Promise.resolve() : new Promise((resolve) => this.ready.push({ shard, resolve }));
  }

  /** The `[id, count]` of every live session, by shard id. */
  sessionShards(): [number, number][] {
    return [...this.sessions.values()].map((s) => s.shard).sort((a, b) => a[0] - b[0]);
  }

  /** The shard whose session receives the events of `guildId` (shard 0 for none, as for DMs). */
  shardFor(guildId: string | null): number {
    if (guildId === null) return 0;
    for (const session of this.sessions.values()) if (shardOf(guildId, session.shard[1]) === session.shard[0]) return session.shard[0];
    return 0;
  }

  /** Sends a dispatch (op 0) to the client of `shard`, or keeps it for a resume. */
  dispatch(t: string, d: unknown, shard = 0): void {
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`no gateway session for shard ${shard}`);
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    session.socket?.send(JSON.stringify({ op: 0, s, t, d }));
  }

  /** Asks the client of `shard` to reconnect and resume (op 7). */
  requestReconnect(shard = 0): void {
    this.sessions.get(shard)?.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Tells the client of `shard` its session is invalid (op 9); `resumable` says whether it may resume. */
  invalidateSession(resumable: boolean, shard = 0): void {
    const socket = this.sessions.get(shard)?.socket;
    if (!resumable) this.sessions.delete(shard);
    socket?.send(JSON.stringify({ op: 9, d: resumable }));
  }

  /** Closes the connection of `shard` with a close code (4000 unknown error, 1000 normal, 4004 bad token…). */
  drop(code: number, shard = 0): void {
    const session = this.sessions.get(shard);
    const socket = session?.socket;
    if (session) session.socket = null;
    socket?.close(code, 'closed by the test');
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatInterval } }));
    socket.on('message', (raw) => this.onMessage(socket, JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | null }));
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = null;
    });
  }

  private onMessage(socket: WebSocket, payload: { op: number; d: Record<string, unknown> | null }): void {
    if (payload.op === 1) {
      this.heartbeats++;
      socket.send(JSON.stringify({ op: 11 }));
    } else if (payload.op === 2) {
      this.identify(socket, payload.d ?? {});
    } else if (payload.op === 6) {
      this.resume(socket, payload.d ?? {});
    }
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.world.token) return void socket.close(4004, 'Authentication failed.');
    const shard = d.shard ?? [0, 1];
    if (!isShard(shard)) return void socket.close(4010, 'Invalid shard.');
    this.identifies++;
    const session: Session = { id: `session-${this.identifies}`, shard, seq: 0, sent: [], socket };
    this.sessions.set(shard[0], session);
    const guilds = this.world.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.dispatch(
      'READY',
      {
        v: 10,
        user: this.world.botUser,
        guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: session.id,
        resume_gateway_url: this.world.gatewayUrl,
        application: { id: this.world.applicationId, flags: 0 },
        shard,
      },
      shard[0],
    );
    for (const g of guilds) this.dispatch('GUILD_CREATE', this.world.guild(g.id), shard[0]);
    this.flushReady(shard[0]);
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = [...this.sessions.values()].find((s) => s.id === d.session_id);
    if (d.token !== this.world.token || !session) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.resumes++;
    session.socket = socket;
    const missed = session.sent.filter((e) => e.s > Number(d.seq ?? 0));
    for (const e of missed) socket.send(JSON.stringify({ op: 0, s: e.s, t: e.t, d: e.d }));
    const s = ++session.seq;
    socket.send(JSON.stringify({ op: 0, s, t: 'RESUMED', d: {} }));
    this.flushReady(session.shard[0]);
  }

  private flushReady(shard: number): void {
    const waiting = this.ready.filter((w) => w.shard === shard);
    this.ready = this.ready.filter((w) => w.shard !== shard);
    for (const w of waiting) w.resolve();
  }
}

/** Whether IDENTIFY's `shard` is a valid `[id, count]` pair. */
function isShard(value: unknown): value is [number, number] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [id, count] = value as unknown[];
  return Number.isInteger(id) && Number.isInteger(count) && (id as number) >= 0 && (id as number) < (count as number);
}
