import type { IncomingMessage } from "node:http";

/** The most a form may post: review and approve forms are a few hundred bytes. */
export const MAX_FORM_BYTES = 64 * 1024;

/** A posted body, or `too-large` once it passes the limit (the rest is discarded unread). */
export type FormBody = { kind: "ok"; text: string } | { kind: "too-large" };

/**
 * Read a request body of at most `limit` bytes. A declared Content-Length over the limit is refused
 * before a byte is read; a body that grows past it stops being buffered, so a huge upload costs
 * no memory.
 */
export async function readFormBody(request: IncomingMessage, limit = MAX_FORM_BYTES): Promise<FormBody> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) {
    request.resume();
    return { kind: "too-large" };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.resume();
      return { kind: "too-large" };
    }
    chunks.push(chunk);
  }
  return { kind: "ok", text: Buffer.concat(chunks).toString("utf8") };
}

/** Whether the request says it posts an HTML form (`application/x-www-form-urlencoded`). */
export function isFormPost(request: IncomingMessage): boolean {
  const type = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  return type === "application/x-www-form-urlencoded";
}
