import type { Writable } from "node:stream";
import { CentralClient } from "../central/index.js";
import { loadConfig, type Config } from "../config/index.js";
import { resolveCentralCredentials } from "../secrets/index.js";
import { openStore, type Store } from "../store/index.js";
import { createLogger, type Logger } from "../util/logger.js";
import type { GlobalOptions } from "./global-options.js";
import { createProgress, type Progress } from "./progress.js";

/** The terminal a command runs in: streams and environment, injectable for in-process tests. */
export interface Terminal {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * What every command receives: the parsed global options, a logger and progress line on stderr, and
 * lazily built resources (configuration, API client, state store) so that commands that need none
 * of them (e.g. `sim`) start instantly and never ask for credentials.
 */
export interface CommandContext {
  readonly terminal: Terminal;
  readonly options: GlobalOptions;
  readonly logger: Logger;
  readonly progress: Progress;
  config(): Promise<Config>;
  client(): Promise<CentralClient>;
  store(): Promise<Store>;
  /** Release the client's sockets and the store's file handle. */
  close(): Promise<void>;
}

/** Build the context for one CLI invocation. */
export function createCommandContext(terminal: Terminal, options: GlobalOptions): CommandContext {
  const logger = createLogger(options.verbose ? "debug" : options.quiet ? "error" : "warn", (line) =>
    terminal.stderr.write(line),
  );
  let config: Promise<Config> | undefined;
  let client: Promise<CentralClient> | undefined;
  let store: Promise<Store> | undefined;

  const loadConfigOnce = (): Promise<Config> =>
    (config ??= loadConfig(options.config, { env: terminal.env, logger }));

  return {
    terminal,
    options,
    logger,
    progress: createProgress(terminal.stderr, !options.quiet),
    config: loadConfigOnce,
    client: () =>
      (client ??= (async () => {
        const loaded = await loadConfigOnce();
        const credentials = await resolveCentralCredentials({
          env: terminal.env,
          config: loaded,
          isTTY: terminal.stdinIsTTY,
        });
        return new CentralClient({
          clientId: credentials.clientId,
          clientSecret: credentials.clientSecret,
          idUrl: options.idUrl ?? terminal.env.CENTRALCTL_ID_URL ?? loaded.idUrl ?? "https://id.sophos.com",
          apiUrl:
            options.apiUrl ??
            terminal.env.CENTRALCTL_API_URL ??
            loaded.apiUrl ??
            "https://api.central.sophos.com",
          logger,
          ...definedOnly({
            caFile: options.caFile ?? loaded.caFile,
            proxyUrl: options.proxy ?? loaded.proxy,
            noProxy: loaded.noProxy,
            concurrency: options.concurrency ?? loaded.concurrency,
            perTenantConcurrency: loaded.perTenantConcurrency,
          }),
        });
      })()),
    store: () =>
      (store ??= (async () => {
        const loaded = await loadConfigOnce();
        return openStore(options.state ?? terminal.env.CENTRALCTL_STATE ?? loaded.state);
      })()),
    async close() {
      if (client) await (await client).close();
      // A store that failed to open was reported by whoever asked for it; there is nothing to close.
      if (store) (await store.catch(() => undefined))?.close();
    },
  };
}

/** Drop undefined values so optional properties stay absent (exactOptionalPropertyTypes). */
export function definedOnly<T extends Record<string, unknown>>(
  object: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
