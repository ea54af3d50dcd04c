/**
 * centralctl as a library: the Sophos Central client, the simulators, the state store, secrets and
 * configuration, the indicator (IOC) readers and the delivery sinks. The CLI is built on exactly these.
 */
export * from "./central/index.js";
export * from "./sim/index.js";
export * from "./local-sites/index.js";
export {
  runHunt,
  runSavedQuery,
  HuntInterruptedError,
  readQueryCatalogue,
  findSavedQuery,
  SavedQueryNotFoundError,
  type HuntHit,
  type HuntResult,
  type HuntOptions,
} from "./hunt/runner/index.js";
export * from "./store/index.js";
export * from "./secrets/index.js";
export * from "./config/index.js";
export * from "./hunt/index.js";
export * from "./tickets/index.js";
export { createSplunkSink, type SplunkSinkOptions } from "./sinks/splunk/index.js";
export { createWebhookSink, verifyWebhookSignature } from "./sinks/webhook/index.js";
export type { RecordSink, SinkReport } from "./sinks/record-sink.js";
export { createLogger, silentLogger, type Logger, type LogLevel } from "./util/logger.js";
export { redactSecrets, registerSecret } from "./util/redact.js";
