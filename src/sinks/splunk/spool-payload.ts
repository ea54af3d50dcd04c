/**
 * The text stored in the spool for one batch: a header line with the record count, then the exact
 * request body. Storing the body (not the records) means a re-send is byte-identical, so the stable
 * event ids inside it let the receiver de-duplicate.
 */
const HEADER = "centralctl-spool/1 ";

/** Encode a batch for {@link SpoolRepository.put}. */
export function encodeSpoolPayload(count: number, body: string): string {
  return `${HEADER}${count}\n${body}`;
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
