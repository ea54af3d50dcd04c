/** Public API of the Splunk HTTP Event Collector simulator. */
export {
  startHecSimulator,
  type HecSimControls,
  type HecSimStats,
  type HecSimulator,
} from "./start-hec-simulator.js";
export type { HecSimulatorOptions } from "./hec-sim-state.js";
export { createHecSimState, type HecSimState } from "./hec-sim-state.js";
export { handleHecRequest, type SimRequest } from "./hec-routes.js";
export { HEC_REPLIES, type SimReply } from "./hec-replies.js";
