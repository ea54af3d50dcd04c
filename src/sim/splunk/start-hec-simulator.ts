import { createServer, type IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { gunzipSync } from "node:zlib";
import { listenSimServer } from "../listen-sim-server.js";
import { handleHecRequest } from "./hec-routes.js";
import { createHecSimState, type HecSimState, type HecSimulatorOptions } from "./hec-sim-state.js";

/** Counters of what the simulated collector saw. `indexed - uniqueIndexed` is the duplicates. */
export interface HecSimStats {
  /** Events in request bodies that passed the token, busy and channel checks. */
  received: number;
  /** Events indexed, duplicates included. */
  indexed: number;
  /** Distinct events indexed, told apart by the stable id field (`fields.centralctl_id`). */
  uniqueIndexed: number;
  /** ackIds handed out and not yet reported true. */
  acksPending: number;
}

/** Switches that make the collector misbehave on purpose. */
export interface HecSimControls {
  /** Answer every event request with 503 code 9 (and health with 503 code 18). */
  setBusy(on: boolean): void;
  /** The next `count` requests' acks never turn true; with `loseEvents` their events are not indexed. */
  dropAcks(count: number, options?: { loseEvents?: boolean }): void;
  setTokenDisabled(disabled: boolean): void;
  setAckDelay(ms: number): void;
  /** Crash-like: drop every connection and answer nothing until turned off again. */
  setDown(down: boolean): void;
  /** A collector restart: every outstanding ackId is forgotten (it will only ever be false). */
  forgetAcks(): void;
  /** Zero the counters and drop kept events (between benchmark phases). */
  resetStats(): void;
}

/** A running simulator. `stats` is read live on every access. */
export interface HecSimulator {
  /** Base URL, e.g. `http://127.0.0.1:41234`; give it to the sink as the collector URL. */
  url: string;
  token: string;
  readonly stats: HecSimStats;
  /** Every indexed envelope, in arrival order (when `keepEvents` is on). */
  events(): Array<Record<string, unknown>>;
  controls: HecSimControls;
  close(): Promise<void>;
}

/**
 * Start a Splunk HTTP Event Collector simulator on node:http: `/services/collector[/event[/1.0]]`,
 * `/raw`, `/ack` and `/health`, with the real reply codes, channels, delayed acks and injectable
 * failures. For tests, `centralctl sim` and benchmarks.
 *
 * @example
 * const hec = await startHecSimulator({ ackEnabled: true, ackDelayMs: 50 });
 * // ... send to hec.url with hec.token ...
 * assert.equal(hec.stats.uniqueIndexed, 1000);
 * await hec.close();
 */
export async function startHecSimulator(options: HecSimulatorOptions = {}): Promise<HecSimulator> {
  const state = createHecSimState(options);
  const server = createServer((request, response) => {
    if (state.down) return void request.socket.destroy();
    readBody(request)
      .then((body) => {
        if (state.down) return void request.socket.destroy();
        const { method = "GET", url = "/", headers } = request;
        const reply = handleHecRequest(state, { method, url, headers, body });
        const text = JSON.stringify(reply.body);
        response.writeHead(reply.status, {
          "content-type": "application/json; charset=UTF-8",
          "content-length": Buffer.byteLength(text),
        });
        response.end(text);
      })
      .catch(() => request.socket.destroy());
  });
  const listening = await listenSimServer(server, options);
  const { port, sockets } = listening;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    token: state.token,
    get stats() {
      return statsOf(state);
    },
    events: () => [...state.events],
    controls: controlsOf(state, sockets),
    close: listening.close,
  };
}

function statsOf(state: HecSimState): HecSimStats {
  let acksPending = 0;
  for (const channel of state.channels.values()) acksPending += channel.acks.size;
  const { received, indexed } = state;
  return { received, indexed, uniqueIndexed: state.uniqueIds.size, acksPending };
}

function controlsOf(state: HecSimState, sockets: Set<Socket>): HecSimControls {
  return {
    setBusy: (on) => void (state.busy = on),
    dropAcks: (count, options) =>
      void (state.dropAcks = { remaining: count, loseEvents: options?.loseEvents ?? false }),
    setTokenDisabled: (disabled) => void (state.tokenDisabled = disabled),
    setAckDelay: (ms) => void (state.ackDelayMs = ms),
    setDown: (down) => {
      state.down = down;
      if (down) for (const socket of sockets) socket.destroy();
    },
    forgetAcks: () => state.channels.clear(),
    resetStats: () => {
      state.received = 0;
      state.indexed = 0;
      state.uniqueIds.clear();
      state.events = [];
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const data = Buffer.concat(chunks);
  const gzip = request.headers["content-encoding"] === "gzip";
  return (gzip ? gunzipSync(data) : data).toString("utf8");
}
