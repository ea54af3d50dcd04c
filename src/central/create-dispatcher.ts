import { readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";
import { EnvHttpProxyAgent, type Dispatcher } from "undici";
import { InvalidOptionError } from "./errors.js";

/** Network options of the client's connection pool. */
export interface DispatcherOptions {
  /** PEM file of extra CAs (a TLS-inspecting proxy) trusted in addition to Node's roots. */
  caFile?: string | undefined;
  /** Proxy for every request; by default `HTTPS_PROXY` / `HTTP_PROXY` from the environment. */
  proxyUrl?: string | undefined;
  /** Hosts that bypass the proxy; by default `NO_PROXY` from the environment. */
  noProxy?: string | undefined;
  /** Connect timeout in ms. */
  connectTimeoutMs: number;
}

/** Read a CA bundle and check it holds at least one certificate, with an error saying which file. */
export function readCaBundle(caFile: string): string {
  let pem: string;
  try {
    pem = readFileSync(caFile, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "unreadable";
    throw new InvalidOptionError(
      `Cannot read the CA bundle ${caFile} (${code}). Check the caFile / --ca-file path.`,
    );
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
    throw new InvalidOptionError(
      `The CA bundle ${caFile} holds no PEM certificate ("-----BEGIN CERTIFICATE-----"). Export the proxy's CA as PEM.`,
    );
  }
  return pem;
}

/**
 * One pooled, keep-alive dispatcher for all Central hosts. `EnvHttpProxyAgent` honours
 * HTTPS_PROXY/HTTP_PROXY/NO_PROXY (or the explicit options) and is a plain `Agent` when no proxy is
 * set. An extra CA is added to Node's roots, not substituted for them, so public hosts still verify.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const tls: { ca?: string[] } = {};
  if (options.caFile !== undefined) tls.ca = [...rootCertificates, readCaBundle(options.caFile)];
  const proxy: { httpProxy?: string; httpsProxy?: string; noProxy?: string } = {};
  if (options.proxyUrl !== undefined) {
    proxy.httpProxy = options.proxyUrl;
    proxy.httpsProxy = options.proxyUrl;
  }
  if (options.noProxy !== undefined) proxy.noProxy = options.noProxy;
  return new EnvHttpProxyAgent({
    ...proxy,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 120_000,
    connect: { ...tls, timeout: options.connectTimeoutMs },
    // Through a proxy, the target's certificate is checked with requestTls; the proxy's own with proxyTls.
    requestTls: { ...tls, timeout: options.connectTimeoutMs },
    proxyTls: { ...tls, timeout: options.connectTimeoutMs },
  });
}
