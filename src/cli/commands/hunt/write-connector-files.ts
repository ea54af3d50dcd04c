import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Indicator } from "../../../hunt/indicator.js";
import type { HuntApi, HuntResult } from "../../../hunt/runner/index.js";
import { hitRecord } from "./hunt-columns.js";

/** `20240501T100000Z`: the timestamp part of the connector's file names. */
const stamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

async function writeJson(dir: string, name: string, value: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
  return path;
}

/**
 * Write the reference connector's files per API: `<api>_search_data_<ts>.json` (what was hunted),
 * `<api>_result_data_<ts>.json` (its hits) and `<api>_endpoint_data_<ts>.json` (endpoints with hits,
 * and for Live Discover the endpoints it could not reach). Returns the paths written.
 */
export async function writeConnectorFiles(
  dir: string,
  apis: readonly HuntApi[],
  indicators: readonly Indicator[],
  result: HuntResult,
  at: Date,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  const ts = stamp(at);
  for (const api of apis) {
    const hits = result.hits.filter((h) => h.api.split("+").includes(api));
    const search = {
      api,
      createdAt: at.toISOString(),
      indicators: indicators.map((i) => ({ indicator_type: i.type, data: i.value, match: i.match })),
    };
    const endpoints = new Map<
      string,
      { tenantId: string; endpointId: string; hostname: string; hits: number }
    >();
    for (const h of hits) {
      const e = endpoints.get(h.endpointId) ?? {
        tenantId: h.tenantId,
        endpointId: h.endpointId,
        hostname: h.hostname,
        hits: 0,
      };
      e.hits += 1;
      endpoints.set(h.endpointId, e);
    }
    paths.push(await writeJson(dir, `${api}_search_data_${ts}.json`, search));
    paths.push(await writeJson(dir, `${api}_result_data_${ts}.json`, hits.map(hitRecord)));
    paths.push(
      await writeJson(dir, `${api}_endpoint_data_${ts}.json`, {
        withHits: [...endpoints.values()],
        ...(api === "ld" ? { unreachable: result.unreachable } : {}),
      }),
    );
  }
  return paths;
}
