/** Public API of the SophosLabs Intelix (URL and IP reputation) simulator. */
export {
  startIntelixSimulator,
  type IntelixSimulator,
  type IntelixSimulatorOptions,
  type IntelixSimStats,
} from "./start-intelix-simulator.js";
export { classifyUrl, type IntelixRiskLevel, type IntelixUrlReply } from "./classify-url.js";
export { classifyIp, type IntelixIpReply } from "./classify-ip.js";
