import { readFile } from "node:fs/promises";
import { isIP } from "node:net";
import type { ConnectionOptions } from "node:tls";
import { Client, type Entry, type SearchOptions } from "ldapts";
import { silentLogger, type Logger } from "../util/logger.js";
import { registerSecret } from "../util/redact.js";
import { describeLdapFailure, type LdapStage } from "./describe-ldap-failure.js";
import { LdapError } from "./ldap-error.js";
import { ldapOptionSchemas, parseLdapOptions, type LdapConnectionOptions } from "./ldap-options.js";

/** A bound LDAP connection with the few operations the directory readers need. */
export interface LdapSession {
  /** The configured server URL, for `source` and messages. */
  readonly url: string;
  readonly logger: Logger;
  /** Paged subtree search; yields one page of entries at a time. Search references are ignored. */
  searchPages(baseDn: string, options: SearchOptions & { pageSize: number }): AsyncGenerator<Entry[]>;
  /** A search whose result fits in one response (base-scope reads, the rootDSE, crossRefs). */
  search(baseDn: string, options: SearchOptions): Promise<Entry[]>;
  close(): Promise<void>;
}

/**
 * Connect, secure (LDAPS, or StartTLS on `ldap://`) and bind with a simple bind. Every failure comes
 * out as an {@link LdapError} naming the server; the password is registered with the redactor first.
 */
export async function openLdapSession(input: LdapConnectionOptions): Promise<LdapSession> {
  registerSecret(input.password);
  const options = parseLdapOptions(ldapOptionSchemas.connection, input);
  const logger = input.logger ?? silentLogger;
  const url = options.url.replace(/\/$/, "");
  const { hostname } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, "");
  const tls: ConnectionOptions = {
    rejectUnauthorized: options.rejectUnauthorized ?? true,
    minVersion: "TLSv1.2",
  };
  if (isIP(host) === 0) tls.servername = host;
  if (options.caFile !== undefined) {
    try {
      tls.ca = await readFile(options.caFile);
    } catch (error) {
      throw new LdapError(
        "options",
        url,
        `cannot read CA file ${options.caFile}: ${(error as Error).message}`,
      );
    }
  }
  if (tls.rejectUnauthorized === false)
    logger.warn("LDAP server certificate is not verified", { server: url });
  const secure = /^ldaps:/i.test(url);
  // ldapts treats any tlsOptions as "use TLS" even for ldap:// (integrations.md 4.7), so only ldaps gets them.
  const client = new Client({
    url,
    timeout: options.timeoutMs ?? 60_000,
    connectTimeout: options.connectTimeoutMs ?? 10_000,
    ...(secure ? { tlsOptions: tls } : {}),
  });
  const step = async <T>(run: () => Promise<T>, context: LdapStage): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw describeLdapFailure(error, url, context);
    }
  };
  try {
    if (options.startTls) {
      await step(() => client.startTLS({ ...tls, host }), { stage: "starttls" });
    }
    await step(() => client.bind(options.bindDn, options.password), {
      stage: "bind",
      bindDn: options.bindDn,
    });
  } catch (error) {
    await client.unbind().catch(() => undefined);
    throw error;
  }
  logger.debug("LDAP bound", {
    server: url,
    bindDn: options.bindDn,
    tls: secure ? "ldaps" : options.startTls ? "starttls" : "none",
  });
  return {
    url,
    logger,
    async *searchPages(baseDn, searchOptions) {
      const { pageSize, ...rest } = searchOptions;
      const pages = client.searchPaginated(baseDn, { scope: "sub", ...rest, paged: { pageSize } });
      try {
        for (;;) {
          const page = await step(() => pages.next(), { stage: "search", baseDn });
          if (page.done) return;
          yield page.value.searchEntries;
        }
      } finally {
        await pages.return(undefined).catch(() => undefined);
      }
    },
    search: (baseDn, searchOptions) =>
      step(
        async () => (await client.search(baseDn, searchOptions)).searchEntries,
        searchOptions.scope === "base" ? { stage: "read", dn: baseDn } : { stage: "search", baseDn },
      ),
    close: () => client.unbind().catch(() => undefined),
  };
}
