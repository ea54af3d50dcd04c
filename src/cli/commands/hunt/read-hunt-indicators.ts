import {
  fetchMispIndicators,
  IndicatorInputError,
  parseIocJson,
  readIndicatorsFile,
} from "../../../hunt/index.js";
import type { IndicatorSet } from "../../../hunt/indicator.js";
import { UsageError } from "../../cli-error.js";

/** Where `centralctl hunt` reads indicators from. */
export interface IndicatorSourceFlags {
  iocs?: string;
  mispEvent?: string[];
  mispTag?: string[];
  mispUrl?: string;
}

/** True when the indicators come from MISP (`--misp-event` / `--misp-tag`). */
export const usesMisp = (flags: IndicatorSourceFlags): boolean =>
  (flags.mispEvent?.length ?? 0) > 0 || (flags.mispTag?.length ?? 0) > 0;

/** The MISP server of a hunt: `--misp-url` or MISP_URL, and the key from MISP_API_KEY only. */
export function mispConnection(
  flags: IndicatorSourceFlags,
  env: NodeJS.ProcessEnv,
): { url: string; apiKey: string } {
  const url = flags.mispUrl ?? env["MISP_URL"];
  const apiKey = env["MISP_API_KEY"];
  if (!url) throw new UsageError("--misp-event/--misp-tag need --misp-url URL (or MISP_URL)");
  if (!apiKey)
    throw new UsageError("set MISP_API_KEY to the MISP automation key (it is never taken as a flag)");
  return { url, apiKey };
}

/**
 * Read the indicators of a hunt: `--iocs` is inline IOC JSON when it starts with `{`, else a file
 * (IOC JSON, STIX or CSV); `--misp-event`/`--misp-tag` search MISP (`--misp-url` or MISP_URL, key
 * from MISP_API_KEY). A malformed entry is a usage error naming it.
 */
export async function readHuntIndicators(
  flags: IndicatorSourceFlags,
  env: NodeJS.ProcessEnv,
): Promise<IndicatorSet> {
  const misp = usesMisp(flags);
  if ((flags.iocs === undefined) === !misp) {
    throw new UsageError(
      "give the indicators with exactly one of --iocs FILE|JSON or --misp-event/--misp-tag",
    );
  }
  try {
    if (flags.iocs !== undefined) {
      const text = flags.iocs.trim();
      return text.startsWith("{") ? parseIocJson(text, "--iocs") : await readIndicatorsFile(flags.iocs);
    }
    const { url, apiKey } = mispConnection(flags, env);
    return await fetchMispIndicators({
      url,
      apiKey,
      ...(flags.mispEvent?.length ? { eventIds: flags.mispEvent } : {}),
      ...(flags.mispTag?.length ? { tags: flags.mispTag } : {}),
    });
  } catch (error) {
    if (error instanceof IndicatorInputError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}
