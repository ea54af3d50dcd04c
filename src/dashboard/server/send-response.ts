import type { ServerResponse } from "node:http";

/**
 * Headers on every answer. The CSP allows no script at all (the dashboard has none, so injected
 * markup cannot run any), only our stylesheet, and forms posting only to us; no framing
 * (clickjacking an approve button), no referrer leaking paths, nothing cached on shared machines.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

/** Send a complete answer with the security headers; HTML unless `headers` says otherwise. */
export function sendResponse(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string | string[]> = {},
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    ...headers,
  });
  response.end(body);
}

/** A 303 See Other to a local path (POST-redirect-GET, and dropping the token from the address bar). */
export function sendRedirect(
  response: ServerResponse,
  location: string,
  headers: Record<string, string> = {},
): void {
  sendResponse(response, 303, "", { Location: location, ...headers });
}
