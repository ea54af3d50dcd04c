/**
 * Simulators of the services centralctl talks to: Sophos Central (token service, global API, regional
 * tenant APIs) and the estate it serves, MISP, Splunk HEC, SophosLabs Intelix and ticket systems.
 * The CLI loads these lazily (only `sim` and `demo` need them), so importing them costs nothing there.
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
export { writeDirectoryExport } from "./estate/directory/write-directory-export.js";
export { startMispSimulator, type MispSimulator, type MispSimulatorOptions } from "./misp/index.js";
export { startHecSimulator } from "./splunk/index.js";
export { startIntelixSimulator } from "./intelix/index.js";
export {
  startTicketSimulator,
  type TicketSimulator,
  type SimTicket,
  type TicketSimulatorOptions,
} from "./tickets/index.js";
