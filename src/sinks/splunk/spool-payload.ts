import type { SpoolPayload } from "./spool.js";

/**
 * What the spool holds for one batch: a header line with the record count, then the exact request
 * body, as text or (the sink's normal path) as the very bytes sent. Storing the body (not the
 * records) means a re-send is byte-identical, so the stable event ids inside it let the receiver
 * de-duplicate.
 */
const HEADER = "centralctl-spool/1 ";
/** The header is ASCII; a count needs far fewer bytes than this. */
const HEADER_MAX_BYTES = 64;

/** Encode a batch as text for {@link SpoolRepository.put} (dead letters; the body bytes decoded as UTF-8). */
export function encodeSpoolPayload(count: number, body: Buffer | string): string {
  return `${HEADER}${count}\n${typeof body === "string" ? body : body.toString("utf8")}`;
}

/** The header line of a spooled batch, for a buffer to write in front of the body bytes. */
export function spoolHeading(count: number): string {
  return `${HEADER}${count}\n`;
}

/**
 * The spool payload of a batch. When its body bytes already follow {@link spoolHeading} in one
 * buffer (`headed`), those bytes are stored as they are: no decoding to text and no re-encoding by
 * the store (profiled: that round trip was about a fifth of the sender's CPU).
 */
export function spoolPayloadOf(batch: {
  body: Buffer;
  count: number;
  headed?: Buffer | undefined;
}): SpoolPayload {
  return batch.headed ?? encodeSpoolPayload(batch.count, batch.body);
}

/**
 * Decode a spooled batch, text or bytes; the body comes back in the same form. Throws on a payload
 * this program did not write (a foreign or corrupted row).
 */
export function decodeSpoolPayload(payload: SpoolPayload): { count: number; body: string | Buffer } {
  if (typeof payload === "string") {
    const newline = payload.indexOf("\n");
    return { count: countIn(payload.slice(0, Math.max(newline, 0))), body: payload.slice(newline + 1) };
  }
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const newline = bytes.subarray(0, HEADER_MAX_BYTES).indexOf(10);
  return {
    count: countIn(bytes.toString("latin1", 0, Math.max(newline, 0))),
    body: bytes.subarray(newline + 1),
  };
}

function countIn(header: string): number {
  const count = header.startsWith(HEADER) ? Number(header.slice(HEADER.length)) : Number.NaN;
  if (header.length <= HEADER.length || !Number.isInteger(count) || count < 0) {
    throw new Error(`spooled batch is not in the ${HEADER.trim()} format`);
  }
  return count;
}
