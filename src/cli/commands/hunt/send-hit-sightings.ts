import { planMispSightings, reportMispSightings } from "../../../hunt/index.js";
import type { HuntHit } from "../../../hunt/runner/index.js";
import type { CommandContext } from "../../context.js";
import { mispConnection, type IndicatorSourceFlags } from "./read-hunt-indicators.js";

/**
 * `--misp-sightings`: report the hits written (all, or only the new ones with `--new-only`) back
 * to MISP, one sighting per (attribute, endpoint), dated at the hit. Returns false when any
 * sighting failed; the warning names the MISP server. Hits are already out by then.
 */
export async function sendHitSightings(
  context: CommandContext,
  flags: IndicatorSourceFlags,
  hits: readonly HuntHit[],
  huntTime: Date,
): Promise<boolean> {
  const sightings = planMispSightings(hits, huntTime);
  if (sightings.length === 0) return true;
  const { url, apiKey } = mispConnection(flags, context.terminal.env);
  context.progress.update(`misp: reporting ${sightings.length} sightings`);
  const report = await reportMispSightings(sightings, { url, apiKey });
  context.progress.done();
  if (report.failed === 0) {
    context.logger.info("misp sightings reported", { server: report.server, sightings: report.sent });
    return true;
  }
  context.terminal.stderr.write(
    `centralctl: warning: ${report.failed} of ${sightings.length} sightings could not be reported to MISP at ${report.server}` +
      ` (the hits above are complete): ${report.errors.join("; ")}\n`,
  );
  return false;
}
