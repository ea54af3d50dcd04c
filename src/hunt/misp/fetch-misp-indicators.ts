import { silentLogger } from "../../util/logger.js";
import { registerSecret } from "../../util/redact.js";
import type { IndicatorSet, MispProvenance } from "../indicator.js";
import { IndicatorCollector } from "../indicator-collector.js";
import { buildMispSearchBody, checkMispTimeFilter } from "./build-misp-search-body.js";
import { type MispAttribute, MispAttributeSchema } from "./misp-attribute.js";
import { mispAttributeToEntries } from "./misp-attribute-to-entries.js";
import { MispError, displayUrl } from "./misp-error.js";
import { MISP_DEFAULTS, type MispFetchOptions } from "./misp-fetch-options.js";
import { postMispSearch } from "./post-misp-search.js";

/** Indicators from MISP plus how the search went. */
export interface MispIndicatorSet extends IndicatorSet {
  /** Distinct attributes MISP returned. */
  attributes: number;
  /** Pages requested. */
  pages: number;
  /** True when `maxAttributes` stopped the search early. */
  truncated: boolean;
}

function endpointOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MispError(
      `The MISP URL ${JSON.stringify(displayUrl(url))} is not a valid URL; give e.g. https://misp.example.org`,
      displayUrl(url),
    );
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new MispError(`The MISP URL must be http(s); got ${parsed.protocol}`, displayUrl(url));
  }
  const base = url.replace(/\/+$/, "");
  return /\/attributes\/restSearch(\.json)?$/.test(base) ? base : `${base}/attributes/restSearch`;
}

function checkOptions(options: MispFetchOptions, shown: string): void {
  const fail = (message: string): never => {
    throw new MispError(message, shown);
  };
  if (!options.apiKey) fail("No MISP API key was given; set one (an automation key from your MISP profile).");
  const selectors = [options.eventIds, options.tags, options.requireTags].some((s) => s && s.length > 0);
  if (!selectors && options.publishedWithin === undefined) {
    fail("Refusing to download every MISP attribute: give event ids, tags, or a publish window (e.g. 30d).");
  }
  const windowProblem =
    options.publishedWithin === undefined ? undefined : checkMispTimeFilter(options.publishedWithin);
  if (windowProblem)
    fail(`The MISP publish window ${JSON.stringify(options.publishedWithin)} ${windowProblem}.`);
  for (const [name, n] of [
    ["pageSize", options.pageSize],
    ["maxAttributes", options.maxAttributes],
  ] as const) {
    if (n !== undefined && (!Number.isInteger(n) || n < 1))
      fail(`MISP ${name} must be a positive whole number; got ${n}.`);
  }
}

function provenanceOf(a: MispAttribute): MispProvenance {
  const p: MispProvenance = {
    eventId: a.event_id,
    attributeId: a.id,
    uuid: a.uuid ?? "",
    type: a.type,
    toIds: a.to_ids ?? false,
    tags: (a.Tag ?? []).map((t) => t.name),
  };
  const eventUuid = a.event_uuid ?? a.Event?.uuid;
  if (eventUuid) p.eventUuid = eventUuid;
  if (a.Event?.info) p.eventInfo = a.Event.info;
  if (a.category) p.category = a.category;
  if (a.comment) p.comment = a.comment;
  if (a.object_relation) p.objectRelation = a.object_relation;
  return p;
}

/**
 * Fetch indicators from MISP `/attributes/restSearch` by event id(s) and/or tags, filtered by
 * `to_ids`, published state, publish window and warninglists, paging with `limit`/`page` until a
 * short page. Composite attributes are split; unsupported types are listed in `skipped` with the
 * reason; each indicator keeps its event id, attribute id, uuid and tags.
 * @example await fetchMispIndicators({ url, apiKey, tags: ["tlp:clear", "tlp:white"], excludeTags: ["tlp:red"], publishedWithin: "30d" })
 */
export async function fetchMispIndicators(options: MispFetchOptions): Promise<MispIndicatorSet> {
  registerSecret(options.apiKey);
  const endpoint = endpointOf(options.url);
  const shown = displayUrl(endpoint);
  checkOptions(options, shown);
  const source = `MISP ${new URL(endpoint).host}`;
  const logger = options.logger ?? silentLogger;
  const pageSize = options.pageSize ?? MISP_DEFAULTS.pageSize;
  const maxAttributes = options.maxAttributes ?? MISP_DEFAULTS.maxAttributes;
  const request = {
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? MISP_DEFAULTS.timeoutMs,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const collector = new IndicatorCollector(source);
  const seen = new Set<string>();
  let page = 0;
  let truncated = false;
  for (;;) {
    page++;
    const rows = await postMispSearch(endpoint, buildMispSearchBody(options, page), request);
    let fresh = 0;
    rows.forEach((row, i) => {
      const parsed = MispAttributeSchema.safeParse(row);
      if (!parsed.success)
        return collector.reject(
          `${source} page ${page} row ${i}`,
          "is not a MISP attribute (id, event_id, type and value are required)",
        );
      const a = parsed.data;
      if (seen.has(a.id)) return;
      seen.add(a.id);
      fresh++;
      const where = `${source} event ${a.event_id} attribute ${a.id} (${a.type})`;
      const mapping = mispAttributeToEntries(a, {
        includePathOnlyUris: options.includePathOnlyUris ?? false,
      });
      if ("skip" in mapping) return collector.skip(where, mapping.skip);
      if ("malformed" in mapping) return collector.reject(where, mapping.malformed, a.type, a.value);
      const provenance = { source, location: `event ${a.event_id} attribute ${a.id}`, misp: provenanceOf(a) };
      for (const e of mapping.entries)
        collector.add({ type: e.type, value: e.value, literal: e.literal, where, provenance });
    });
    logger.debug("misp page", { page, rows: rows.length, fresh });
    // A short page is the last. More rows than asked for, or a page of only repeats, means the
    // server ignored paging and has already sent everything.
    if (rows.length < pageSize || rows.length > pageSize || fresh === 0) break;
    if (seen.size >= maxAttributes) {
      truncated = true;
      collector.skip(
        source,
        `stopped after ${seen.size} attributes (maxAttributes); narrow the search or raise the limit`,
      );
      logger.warn("misp search truncated", { attributes: seen.size, maxAttributes });
      break;
    }
  }
  return { ...collector.finish(options), attributes: seen.size, pages: page, truncated };
}
