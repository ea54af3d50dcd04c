/**
 * Telemetry the simulator's query APIs (Live Discover, XDR Data Lake) run real SQL over. It is
 * derived deterministically from the estate's seed, so an estate stores only the small `telemetry`
 * settings section and the `plantedIndicators` answer key, never the rows themselves.
 */
import type { IndicatorType } from "../../../hunt/indicator.js";

/** One recorded activity of one endpoint (a process start, optionally with a network connection). */
export interface TelemetryRow {
  /** Epoch seconds. */
  time: number;
  endpointId: string;
  hostname: string;
  osPlatform: string;
  /** Full path of the image, e.g. `C:\Windows\System32\svchost.exe`. */
  path: string;
  /** File name part of `path`. */
  name: string;
  /** Directory part of `path` (no trailing separator). */
  directory: string;
  sha256: string;
  sha1: string;
  md5: string;
  /** Remote address of a connection; empty when the row has none. */
  ip: string;
  /** Remote port; 0 when the row has no connection. */
  port: number;
  domain: string;
  url: string;
}

/** The `telemetry` section of an estate: present only when telemetry was asked for. */
export interface TelemetrySettings {
  /** How long a Live Discover or Data Lake run takes (simulator clock); default 2,000 ms. */
  queryDurationMs: number;
  /** Days of history in the Data Lake (default 30). */
  dataLakeDays: number;
  /** Days of history an endpoint's Live Discover journals keep (default 7). */
  liveDiscoverDays: number;
}

/** Where a planted indicator was recorded. `ldVisible`: Live Discover can see it (online, recent). */
export interface PlantedEndpoint {
  tenantId: string;
  endpointId: string;
  hostname: string;
  online: boolean;
  ldVisible: boolean;
}

/** The answer key of a hunt: an indicator value the telemetry contains, and where. */
export interface PlantedIndicator {
  type: IndicatorType;
  value: string;
  endpoints: PlantedEndpoint[];
}
