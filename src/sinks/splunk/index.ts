/** Public API of the Splunk HEC sink. */
export { createSplunkSink, type SplunkSink, type SplunkSinkOptions } from "./create-splunk-sink.js";
export {
  parseSplunkSinkSettings,
  splunkSinkSettingsSchema,
  type ResolvedSplunkSinkSettings,
  type SplunkSinkSettings,
} from "./splunk-sink-settings.js";
export { SplunkHecError } from "./splunk-hec-error.js";
export type { SplunkOutput } from "./hec-envelope.js";
export { TIME_FIELD_BY_KIND, toEpochSeconds } from "./event-time.js";
export type { SpoolItem, SpoolRepository } from "./spool.js";
export { createMemorySpool } from "./memory-spool.js";
