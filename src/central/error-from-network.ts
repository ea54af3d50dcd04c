import { ConnectionError, TimeoutError } from "./errors.js";
import { describeWhere, errorContextOf, type RequestContext } from "./request-context.js";

// Failures before any byte of the request left: repeating them is safe even for writes.
const NOT_SENT = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"]);
// Failures that the same request will hit again however often it is retried.
const PERMANENT = new Set([
  "ENOTFOUND",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "UND_ERR_INVALID_ARG",
]);
const TLS_TRUST = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
]);

/** The most specific error code in an error or its `cause` chain. */
export function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "UND_ERR_SOCKET") return code;
    current = (current as { cause?: unknown }).cause;
  }
  const top = (error as { code?: unknown } | null)?.code;
  return typeof top === "string" ? top : undefined;
}

function hintFor(code: string | undefined, message: string): string {
  if (code !== undefined && TLS_TRUST.has(code)) {
    return "The server's certificate is not trusted. If a TLS-inspecting proxy sits in the path, give its CA bundle with caFile (--ca-file).";
  }
  if (code === "ENOTFOUND")
    return "The host name does not resolve; check the URL and your DNS or proxy settings.";
  if (/proxy/i.test(message))
    return "The proxy refused the connection; check HTTPS_PROXY/HTTP_PROXY and NO_PROXY.";
  return "Check the network path (proxy, firewall, VPN) to this server and try again.";
}

/** Map an undici/socket error into `TimeoutError` or `ConnectionError`, keeping it as `cause`. */
export function errorFromNetwork(
  ctx: RequestContext,
  error: unknown,
  timeoutMs: number,
): ConnectionError | TimeoutError {
  const code = networkCode(error);
  const where = describeWhere(ctx);
  const context = errorContextOf(ctx);
  if (code !== undefined) context.code = code;
  if (
    code === "UND_ERR_HEADERS_TIMEOUT" ||
    code === "UND_ERR_BODY_TIMEOUT" ||
    code === "UND_ERR_CONNECT_TIMEOUT"
  ) {
    const sent = code !== "UND_ERR_CONNECT_TIMEOUT";
    return new TimeoutError(
      `No ${sent ? "response" : "connection"} within ${timeoutMs} ms from ${where}. The server or network is slow; try again or raise the timeout.`,
      { ...context, requestSent: sent },
      { cause: error },
    );
  }
  const text = error instanceof Error ? error.message : String(error);
  const retryable = code === undefined || !PERMANENT.has(code);
  return new ConnectionError(
    `Connection failed (${code ?? text}) for ${where}. ${hintFor(code, text)}`,
    { ...context, requestSent: code === undefined || !NOT_SENT.has(code), retryable },
    { cause: error },
  );
}
