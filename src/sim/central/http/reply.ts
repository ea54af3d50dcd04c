import type { IncomingMessage, ServerResponse } from "node:http";
import { SimHttpError } from "./sim-http-error.js";

/** Largest request body the simulator reads (bulk requests are far smaller). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Send a JSON answer. Node adds the `Date` header the anchor client reads after deletes. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  // Encode once: a full page of endpoints is close to a megabyte.
  const payload = Buffer.from(body === undefined ? "" : JSON.stringify(body));
  res.writeHead(status, {
    ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    "Content-Length": String(payload.length),
    ...headers,
  });
  res.end(payload);
}

/** Drop the connection with a TCP reset, as a failing load balancer does. */
export function resetConnection(res: ServerResponse): void {
  const socket = res.socket;
  if (socket && typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket?.destroy();
}

/** Read the whole request body as UTF-8 (413 beyond {@link MAX_BODY_BYTES}). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new SimHttpError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
