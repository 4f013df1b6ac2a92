/**
 * The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats and their ACKs, RESUME
 * with replay of missed events, and the faults a test may ask for (op 7 reconnect, op 9 invalid
 * session, a close with any code).
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { Server } from 'node:http';
import type { FakeWorld } from './world.js';

interface Session {
  id: string;
  seq: number;
  /** Dispatches sent in this session, for replay on RESUME. */
  sent: { s: number; t: string; d: unknown }[];
}

/** The gateway side of the fake Discord. */
export class FakeGateway {
  readonly wss: WebSocketServer;
  heartbeats = 0;
  identifies = 0;
  resumes = 0;
  private socket: WebSocket | null = null;
  private session: Session | null = null;
  private ready: (() => void)[] = [];

  constructor(server: Server, private readonly world: FakeWorld, private readonly heartbeatInterval: number) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  /** Resolves once a client has identified or resumed and is receiving events. */
  whenReady(): Promise<void> {
    return this.socket && this.session ? Promise.resolve() : new Promise((resolve) => this.ready.push(resolve));
  }

  /** Sends a dispatch (op 0) to the connected client, or keeps it for a resume. */
  dispatch(t: string, d: unknown): void {
    if (!this.session) throw new Error('no gateway session');
    const s = ++this.session.seq;
    this.session.sent.push({ s, t, d });
    this.socket?.send(JSON.stringify({ op: 0, s, t, d }));
  }

  /** Asks the client to reconnect and resume (op 7). */
  requestReconnect(): void {
    this.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Tells the client its session is invalid (op 9); `resumable` says whether it may resume. */
  invalidateSession(resumable: boolean): void {
    if (!resumable) this.session = null;
    this.socket?.send(JSON.stringify({ op: 9, d: resumable }));
  }

  /** Closes the connection with a close code (4000 unknown error, 1000 normal, 4004 bad token…). */
  drop(code: number): void {
    const socket = this.socket;
    this.socket = null;
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
      if (this.socket === socket) this.socket = null;
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
    this.identifies++;
    this.socket = socket;
    this.session = { id: `session-${this.identifies}`, seq: 0, sent: [] };
    this.dispatch('READY', {
      v: 10,
      user: this.world.botUser,
      guilds: [{ id: this.world.guildId, unavailable: true }],
      session_id: this.session.id,
      resume_gateway_url: this.world.gatewayUrl,
      application: { id: this.world.applicationId, flags: 0 },
      shard: [0, 1],
    });
    this.dispatch('GUILD_CREATE', this.world.guild());
    this.flushReady();
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.world.token || !this.session || d.session_id !== this.session.id) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.resumes++;
    this.socket = socket;
    const missed = this.session.sent.filter((e) => e.s > Number(d.seq ?? 0));
    for (const e of missed) socket.send(JSON.stringify({ op: 0, s: e.s, t: e.t, d: e.d }));
    const s = ++this.session.seq;
    socket.send(JSON.stringify({ op: 0, s, t: 'RESUMED', d: {} }));
    this.flushReady();
  }

  private flushReady(): void {
    for (const resolve of this.ready.splice(0)) resolve();
  }
}
