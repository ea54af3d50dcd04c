import { MispError, displayUrl } from "./misp-error.js";
import { postMispJson } from "./post-misp-json.js";
import type { MispRequestOptions } from "./post-misp-json.js";
import type { MispSighting } from "./plan-misp-sightings.js";

/** What centralctl names itself as in MISP's sighting `source`. */
export const SIGHTING_SOURCE = "centralctl";

/**
 * The body of `POST /sightings/add`: the attribute by `id` when known (only that attribute is
 * sighted), else `values` (MISP sights every attribute with the value); `type` "0" is a plain
 * sighting. (U) not in shared/reference: from MISP's SightingsController::add and PyMISP
 * `add_sighting`, which accept `id`/`uuid`/`values`, `source`, `timestamp` (epoch s) and `type`.
 */
export function sightingBody(sighting: MispSighting): Record<string, unknown> {
  const target = sighting.attributeId ? { id: sighting.attributeId } : { values: [sighting.value] };
  return { ...target, source: SIGHTING_SOURCE, timestamp: sighting.timestamp, type: "0" };
}

/**
 * Report one sighting. MISP answers 2xx with the Sighting (newer versions) or `{saved: true}`; a
 * refusal is 403 `{saved: false, errors}` (no such attribute, no permission) — older versions used
 * 200 with `saved: false`, so that is checked too. Throws {@link MispError} naming the server.
 */
export async function postMispSighting(
  endpoint: string,
  sighting: MispSighting,
  options: MispRequestOptions,
): Promise<void> {
  const shown = displayUrl(endpoint);
  const { status, text } = await postMispJson(endpoint, shown, sightingBody(sighting), options);
  let body: { saved?: unknown; errors?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // a non-JSON answer is judged by its status alone
  }
  if (status >= 200 && status < 300 && body.saved !== false) return;
  const detail = [body.errors, body.message].find((d) => typeof d === "string") as string | undefined;
  const what = sighting.attributeId ? `attribute ${sighting.attributeId}` : `value ${sighting.value}`;
  throw new MispError(
    status === 401 || (status === 403 && /auth/i.test(detail ?? ""))
      ? `MISP at ${shown} rejected the API key (HTTP ${status}); the key's user needs the "add" permission for sightings`
      : `MISP at ${shown} refused the sighting of ${what} (HTTP ${status}${detail ? `: ${detail.slice(0, 200)}` : ""})`,
    shown,
    status,
  );
}
