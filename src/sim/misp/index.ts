// Public API of the MISP simulator.
export {
  startMispSimulator,
  type MispSimulator,
  type MispSimulatorOptions,
  type MispSimStats,
} from "./misp-simulator.js";
export type { MispSimAttributeInput, MispSimEventInput, MispSimEventSummary } from "./sim-types.js";
export type { MispSimSighting } from "./add-sighting.js";
