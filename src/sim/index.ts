/**
 * Simulators of the services centralctl talks to. This module: the Sophos Central simulator (token
 * service, global API, regional tenant APIs) and the estate it serves.
 */
export { startSimulator } from "./central/start-simulator.js";
export type {
  RunningSimulator,
  ScriptedResponse,
  SimControls,
  SimStats,
  SimulatorOptions,
} from "./central/simulator-types.js";
export { generateEstate, type GenerateEstateOptions } from "./estate/generate-estate.js";
export type {
  Estate,
  EstateAdmin,
  EstateAlert,
  EstateEndpoint,
  EstateFirewall,
  EstateFirewallGroup,
  EstateIsolation,
  EstateTenant,
  Principal,
  SimCredential,
} from "./estate/estate-types.js";
export { parseEstate, readEstateFile } from "./estate/read-estate-file.js";
export { writeEstateFile } from "./estate/write-estate-file.js";
export { ESTATE_FORMAT, ESTATE_VERSION } from "./estate/estate-types.js";
