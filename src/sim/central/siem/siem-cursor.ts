/**
 * The SIEM API's opaque cursor. The official tests show base64 of `V2_CURSOR|<ISO time>`
 * (reference §9.1); the simulator appends `|<id>` so that items sharing a `created_at` page
 * exactly. Clients must treat it as opaque, which is all this shape relies on.
 */
export interface SiemPosition {
  /** `created_at` of the last item handed out, epoch ms. */
  at: number;
  /** Id of that item; "" means "before every item at `at`". */
  id: string;
}

const PREFIX = "V2_CURSOR";

/** Encode a position as the opaque `next_cursor`. */
export function encodeSiemCursor(position: SiemPosition): string {
  return Buffer.from(`${PREFIX}|${new Date(position.at).toISOString()}|${position.id}`).toString("base64");
}

/** Decode a cursor; undefined when it is not one this API handed out. */
export function decodeSiemCursor(cursor: string): SiemPosition | undefined {
  const [prefix, iso, id = ""] = Buffer.from(cursor, "base64").toString("utf8").split("|");
  if (prefix !== PREFIX || iso === undefined) return undefined;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? undefined : { at, id };
}
