import type { Endpoint } from "../central/types.js";
import type { DirectoryIndex } from "./build-directory-index.js";
import { matchDevice } from "./match-device.js";
import type { CorrelatedDevice } from "./match-types.js";

/**
 * Pairs every Central endpoint with its directory match. Pass `undefined` as the index for the
 * simple flow without a directory: every device is then `no_directory`.
 * @example const devices = correlate(endpoints, buildDirectoryIndex(computers));
 */
export function correlate(
  endpoints: Iterable<Endpoint>,
  index: DirectoryIndex | undefined,
): CorrelatedDevice[] {
  const out: CorrelatedDevice[] = [];
  for (const endpoint of endpoints) out.push({ endpoint, match: matchDevice(endpoint, index) });
  return out;
}
