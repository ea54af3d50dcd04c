import { Agent, type Dispatcher } from "undici";
import type { RecordSink } from "../record-sink.js";
import type { SpooledSink } from "./spooled-sink.js";

/** TLS settings the HTTP sinks (Splunk HEC, webhook) accept. */
export interface HttpSinkTls {
  rejectUnauthorized?: boolean | undefined;
  ca?: string | undefined;
}

/** The connection pool an HTTP sink sends through: the caller's shared one, or its own. */
export interface HttpSinkPool {
  readonly dispatcher: Dispatcher;
  /** On close(): close the pool gracefully if the sink owns it; a shared pool is left alone. */
  release(): Promise<void>;
  /** On abort(): drop the sockets mid-request if the sink owns the pool, as a killed process would. */
  destroy(): void;
}

/** What the Splunk and webhook sinks hand to callers: the record-sink life cycle plus abort(). */
export interface HttpSink extends RecordSink {
  flush(): Promise<void>;
  persist(): Promise<void>;
  abort(): void;
}

/**
 * The pool for an HTTP sink: `given` when the caller shares one, else a keep-alive pool of
 * `connections` sockets that the sink owns and closes with itself.
 */
export function createHttpSinkPool(
  given: Dispatcher | undefined,
  connections: number,
  tls: HttpSinkTls | undefined,
): HttpSinkPool {
  if (given) return { dispatcher: given, release: async () => undefined, destroy: () => undefined };
  const connect = tls && Object.fromEntries(Object.entries(tls).filter(([, v]) => v !== undefined));
  const agent = new Agent({ connections, keepAliveTimeout: 30_000, ...(connect ? { connect } : {}) });
  return {
    dispatcher: agent,
    release: () => agent.close(),
    destroy: () => void agent.destroy().catch(() => undefined),
  };
}

/** Expose a spooled sink to callers, with abort() also dropping the sockets of an owned pool. */
export function exposeHttpSink(sink: SpooledSink, pool: HttpSinkPool): HttpSink {
  return {
    write: (record) => sink.write(record),
    flush: () => sink.flush(),
    persist: () => sink.persist(),
    close: () => sink.close(),
    abort: () => {
      sink.abort();
      pool.destroy();
    },
  };
}
