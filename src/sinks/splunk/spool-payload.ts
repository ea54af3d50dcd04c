/**
 * The text stored in the spool for one batch: a header line with the record count, then the exact
 * request body. Storing the body (not the records) means a re-send is byte-identical, so the stable
 * event ids inside it let the receiver de-duplicate.
 */
const HEADER = "centralctl-spool/1 ";

/**
 * Encode a batch for {@link SpoolRepository.put}. The store holds text, so the body bytes are
 * decoded here (UTF-8, lossless: the sink wrote them from strings).
 */
export function encodeSpoolPayload(count: number, body: Buffer | string): string {
  return `${HEADER}${count}\n${typeof body === "string" ? body : body.toString("utf8")}`;
}

/** The header line of a spooled batch, for a buffer to write in front of the body bytes. */
export function spoolHeading(count: number): string {
  return `${HEADER}${count}\n`;
}

/**
 * The spool text of a batch. When its body bytes already follow {@link spoolHeading} in one
 * buffer (`headed`), that is decoded once into one flat string: measured ~1 µs per event cheaper
 * for SQLite than binding header + body as a two-part string, which it must copy to flatten.
 */
export function spoolPayloadOf(batch: { body: Buffer; count: number; headed?: Buffer | undefined }): string {
  return batch.headed ? batch.headed.toString("utf8") : encodeSpoolPayload(batch.count, batch.body);
}

/** Decode a spooled batch; throws on text this program did not write (a foreign or corrupted row). */
export function decodeSpoolPayload(payload: string): { count: number; body: string } {
  const newline = payload.indexOf("\n");
  const count = newline > 0 ? Number(payload.slice(HEADER.length, newline)) : Number.NaN;
  if (!payload.startsWith(HEADER) || !Number.isInteger(count) || count < 0) {
    throw new Error(`spooled batch is not in the ${HEADER.trim()} format`);
  }
  return { count, body: payload.slice(newline + 1) };
}
