import type { Dispatcher } from "undici";
import { registerSecret } from "../../util/redact.js";
import { MispError, displayUrl } from "./misp-error.js";
import type { MispSighting } from "./plan-misp-sightings.js";
import { postMispSighting } from "./post-misp-sighting.js";

/** Where and how to report sightings. */
export interface MispSightingOptions {
  /** MISP base URL, as for the search (a `/attributes/restSearch` suffix is ignored). */
  url: string;
  apiKey: string;
  /** Requests at once (default 4: MISP writes a row and updates the event per sighting). */
  concurrency?: number;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
}

/** What became of the sightings. */
export interface MispSightingReport {
  /** The MISP server, without credentials. */
  server: string;
  sent: number;
  failed: number;
  /** The first failures' messages (at most 5), each naming the server. */
  errors: string[];
}

/** `https://misp/x/attributes/restSearch` → `https://misp/x/sightings/add`. */
export function sightingsEndpoint(url: string): string {
  const base = url.replace(/\/+$/, "").replace(/\/attributes\/restSearch(\.json)?$/, "");
  return `${base}/sightings/add`;
}

// A rejected key, an unreachable server or sightings switched off (404/405) fail every later
// sighting the same way, so the rest is not tried.
const isServerWide = (error: MispError): boolean =>
  error.status === undefined || [401, 404, 405].includes(error.status) || /API key/.test(error.message);

/**
 * Report each sighting to MISP (`POST /sightings/add`). Never throws for MISP's sake: failures are
 * counted and described in the report (and the rest is skipped once the key is rejected or the
 * server is unreachable), so hits already found are never lost to a sighting problem.
 */
export async function reportMispSightings(
  sightings: readonly MispSighting[],
  options: MispSightingOptions,
): Promise<MispSightingReport> {
  registerSecret(options.apiKey);
  const endpoint = sightingsEndpoint(options.url);
  const report: MispSightingReport = { server: displayUrl(endpoint), sent: 0, failed: 0, errors: [] };
  const request = {
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 30_000,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (next < sightings.length && !stopped) {
      const sighting = sightings[next++]!;
      try {
        await postMispSighting(endpoint, sighting, request);
        report.sent += 1;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        report.failed += 1;
        const message = error instanceof Error ? error.message : String(error);
        if (report.errors.length < 5) report.errors.push(message);
        if (error instanceof MispError && isServerWide(error)) stopped = true;
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, sightings.length));
  await Promise.all(Array.from({ length: workers }, worker));
  // Sightings never tried after a server-wide failure are failures too.
  report.failed = sightings.length - report.sent;
  return report;
}
