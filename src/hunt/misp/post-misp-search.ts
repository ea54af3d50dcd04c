import { MispSearchResponseSchema } from "./misp-attribute.js";
import { MispError, displayUrl } from "./misp-error.js";
import { postMispJson, type MispRequestOptions } from "./post-misp-json.js";

export type { MispRequestOptions } from "./post-misp-json.js";

function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; name?: unknown };
    const detail = body.message ?? body.name;
    if (typeof detail === "string") return detail.slice(0, 300);
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().slice(0, 300) || "(empty body)";
}

function nextStep(status: number): string {
  if (status === 404) return "Check the MISP base URL (e.g. https://misp.example.org).";
  if (status >= 500) return "MISP failed on its side; try again later or narrow the search.";
  return "Check the search options.";
}

/**
 * POST one restSearch body and return the raw attribute rows. Authentication is the bare key in
 * `Authorization` (MISP's scheme, no "Bearer"). Throws {@link MispError} with a clear message for an
 * unreachable server, a rejected key (403), any other HTTP error, or a body that is not a search result.
 */
export async function postMispSearch(
  endpoint: string,
  body: unknown,
  options: MispRequestOptions,
): Promise<unknown[]> {
  const shown = displayUrl(endpoint);
  const { status, text } = await postMispJson(endpoint, shown, body, options);
  if (status === 401 || status === 403) {
    throw new MispError(
      `MISP rejected the API key (HTTP ${status} from ${shown}). Check that the key is correct and that its user may use the API.`,
      shown,
      status,
    );
  }
  if (status < 200 || status >= 300) {
    throw new MispError(
      `MISP answered HTTP ${status} for ${shown}: ${errorDetail(text)}. ${nextStep(status)}`,
      shown,
      status,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MispError(
      `MISP at ${shown} did not answer with JSON; is this the MISP base URL?`,
      shown,
      status,
    );
  }
  const parsed = MispSearchResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw new MispError(
      `MISP at ${shown} answered without {"response": {"Attribute": [...]}}; is this a MISP attribute search?`,
      shown,
      status,
    );
  }
  return Array.isArray(parsed.data.response) ? [] : parsed.data.response.Attribute;
}
