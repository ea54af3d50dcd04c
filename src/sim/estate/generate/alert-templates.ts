import type { EstateAlert } from "../estate-types.js";

/** A kind of alert Central raises, with how its description is written. */
export interface AlertTemplate {
  type: string;
  /** Number used in the `groupKey` (Central groups alerts by type and this code). */
  code: number;
  category: string;
  severity: EstateAlert["severity"];
  allowedActions: string[];
  /** Relative frequency. */
  weight: number;
  servers: boolean;
  describe(host: string, detail: string, user: string): string;
}

/** Details that make descriptions concrete; picked per alert. */
export const THREAT_NAMES = [
  "Troj/Agent-BFXK",
  "Mal/Generic-S",
  "Troj/Emotet-DX",
  "Mal/HTMLGen-A",
  "EICAR-AV-Test",
  "Troj/Qbot-IL",
];
export const PUA_NAMES = [
  "PsExec",
  "NirSoft Utilities",
  "AnyDesk",
  "Advanced IP Scanner",
  "Mimikatz",
  "uTorrent",
];
export const APP_NAMES = ["Dropbox", "Steam", "WhatsApp Desktop", "TeamViewer", "Telegram Desktop"];
export const SITES = [
  "malware-test.example",
  "free-movies.example",
  "badsite.example.net",
  "gambling.example.org",
];
const PROCESSES = ["winword.exe", "excel.exe", "powershell.exe", "chrome.exe", "outlook.exe", "rundll32.exe"];

/** The alert kinds the generator uses (names and categories as Central reports them). */
export const ALERT_TEMPLATES: readonly AlertTemplate[] = [
  {
    type: "Event::Endpoint::Threat::Detected",
    code: 101,
    category: "malware",
    severity: "high",
    weight: 10,
    servers: true,
    allowedActions: ["acknowledge", "clearThreat"],
    describe: (host, detail, user) =>
      `Malware detected: '${detail}' at 'C:\\Users\\${user}\\Downloads\\invoice_${host.length}.exe'`,
  },
  {
    type: "Event::Endpoint::Threat::PuaDetected",
    code: 115,
    category: "malware",
    severity: "medium",
    weight: 12,
    servers: true,
    allowedActions: ["acknowledge", "cleanPua"],
    describe: (_host, detail) =>
      `PUA detected: '${detail}' at 'C:\\ProgramData\\${detail.replace(/ /g, "")}\\setup.exe'`,
  },
  {
    type: "Event::Endpoint::Threat::CleanupFailed",
    code: 121,
    category: "malware",
    severity: "high",
    weight: 3,
    servers: true,
    allowedActions: ["acknowledge"],
    describe: (host, detail) => `Manual cleanup required: '${detail}' on ${host}`,
  },
  {
    type: "Event::Endpoint::OutOfDate",
    code: 513,
    category: "updating",
    severity: "medium",
    weight: 16,
    servers: true,
    allowedActions: ["acknowledge"],
    describe: (host) => `${host} is out of date.`,
  },
  {
    type: "Event::Endpoint::UpdateFailure",
    code: 517,
    category: "updating",
    severity: "low",
    weight: 8,
    servers: true,
    allowedActions: ["acknowledge"],
    describe: (host) => `Failed to install or update Sophos software on ${host}.`,
  },
  {
    type: "Event::Endpoint::ServiceNotRunning",
    code: 601,
    category: "protection",
    severity: "high",
    weight: 6,
    servers: true,
    allowedActions: ["acknowledge"],
    describe: (host) => `One or more Sophos services are missing or not running on ${host}.`,
  },
  {
    type: "Event::Endpoint::HmpaExploitPrevented",
    code: 701,
    category: "runtimeDetections",
    severity: "high",
    weight: 4,
    servers: false,
    allowedActions: ["acknowledge", "clearHmpa"],
    describe: (host, _detail, user) =>
      `Exploit prevented in ${PROCESSES[user.length % PROCESSES.length]} on ${host}`,
  },
  {
    type: "Event::Endpoint::CoreDetection",
    code: 711,
    category: "runtimeDetections",
    severity: "high",
    weight: 3,
    servers: true,
    allowedActions: ["acknowledge"],
    describe: (host) => `Malicious behavior detected in powershell.exe on ${host}`,
  },
  {
    type: "Event::Endpoint::WebControlViolation",
    code: 801,
    category: "policy",
    severity: "low",
    weight: 14,
    servers: false,
    allowedActions: ["acknowledge"],
    describe: (_host, detail, user) => `Website blocked for ${user}: ${detail}`,
  },
  {
    type: "Event::Endpoint::Application::Blocked",
    code: 811,
    category: "applicationControl",
    severity: "low",
    weight: 10,
    servers: false,
    allowedActions: ["acknowledge"],
    describe: (host, detail) => `Controlled application blocked: ${detail} on ${host}`,
  },
  {
    type: "Event::Endpoint::DeniedDownload",
    code: 821,
    category: "downloadReputation",
    severity: "medium",
    weight: 5,
    servers: false,
    allowedActions: ["acknowledge"],
    describe: (host, _detail, user) => `Download of low-reputation file blocked for ${user} on ${host}`,
  },
  {
    type: "Event::Endpoint::NotProtected",
    code: 605,
    category: "protection",
    severity: "high",
    weight: 3,
    servers: true,
    allowedActions: ["acknowledge"],
    describe: (host) => `Failed to protect computer: ${host}`,
  },
];
