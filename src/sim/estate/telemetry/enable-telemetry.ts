import type { Estate } from "../estate-types.js";
import { generateTelemetry } from "./generate-telemetry.js";
import type { PlantedIndicator, TelemetrySettings } from "./telemetry-types.js";

/** Defaults of the `telemetry` estate section. */
export const TELEMETRY_DEFAULTS: TelemetrySettings = {
  queryDurationMs: 2000,
  dataLakeDays: 30,
  liveDiscoverDays: 7,
};

/**
 * Switch telemetry on for an estate: writes the `telemetry` settings section and the
 * `plantedIndicators` answer key (both plain JSON, so they survive an estate file round trip).
 * Estates without the section serve empty query results. Returns the planted indicators.
 */
export function enableTelemetry(
  estate: Estate,
  options: Partial<TelemetrySettings> = {},
): PlantedIndicator[] {
  const settings: TelemetrySettings = { ...TELEMETRY_DEFAULTS, ...options };
  estate["telemetry"] = settings;
  const { planted } = generateTelemetry(estate, settings);
  estate["plantedIndicators"] = planted;
  return planted;
}

/** The telemetry settings of an estate, or undefined when it has none. */
export function telemetrySettings(estate: Estate): TelemetrySettings | undefined {
  const section = estate["telemetry"];
  if (typeof section !== "object" || section === null) return undefined;
  return { ...TELEMETRY_DEFAULTS, ...(section as Partial<TelemetrySettings>) };
}
