/** Public API of the SophosLabs Intelix (URL reputation) simulator. */
export {
  startIntelixSimulator,
  type IntelixSimulator,
  type IntelixSimulatorOptions,
  type IntelixSimStats,
} from "./start-intelix-simulator.js";
export { classifyUrl, type IntelixRiskLevel, type IntelixUrlReply } from "./classify-url.js";
