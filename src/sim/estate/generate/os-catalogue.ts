/**
 * Operating systems, agent versions and agent services of generated endpoints, with real build
 * numbers. The OS objects are shared by many endpoints, so they are frozen.
 */
import type { EstateEndpoint } from "../estate-types.js";

type Os = EstateEndpoint["os"];
type Weighted = ReadonlyArray<readonly [Os, number]>;

const windows = (isServer: boolean, name: string, build: number): Os =>
  Object.freeze({ isServer, platform: "windows", name, majorVersion: 10, minorVersion: 0, build });
const other = (
  isServer: boolean,
  platform: "macOS" | "linux",
  name: string,
  major: number,
  minor: number,
): Os => Object.freeze({ isServer, platform, name, majorVersion: major, minorVersion: minor });

/** Workstation operating systems with weights (Windows 10 22H2 and 11 23H2/24H2 dominate). */
export const COMPUTER_OS: Weighted = [
  [windows(false, "Windows 10 Enterprise", 19045), 24],
  [windows(false, "Windows 10 Pro", 19045), 10],
  [windows(false, "Windows 10 Pro", 19044), 3],
  [windows(false, "Windows 11 Enterprise", 22631), 18],
  [windows(false, "Windows 11 Pro", 22631), 12],
  [windows(false, "Windows 11 Pro", 26100), 10],
  [windows(false, "Windows 11 Enterprise", 26100), 6],
  [other(false, "macOS", "macOS Sonoma", 14, 6), 8],
  [other(false, "macOS", "macOS Sequoia", 15, 3), 7],
  [other(false, "linux", "Ubuntu 22.04.4 LTS", 22, 4), 2],
];

/** Server operating systems with weights. */
export const SERVER_OS: Weighted = [
  [windows(true, "Windows Server 2019 Standard", 17763), 22],
  [windows(true, "Windows Server 2022 Standard", 20348), 26],
  [windows(true, "Windows Server 2022 Datacenter", 20348), 10],
  [windows(true, "Windows Server 2016 Standard", 14393), 6],
  [other(true, "linux", "Ubuntu 22.04.4 LTS", 22, 4), 18],
  [other(true, "linux", "Red Hat Enterprise Linux 9.4", 9, 4), 10],
  [other(true, "linux", "Ubuntu 24.04.1 LTS", 24, 1), 8],
];

/** Agent versions in use, newest first; older ones go with devices not seen for a long time. */
export const AGENT_VERSIONS = ["2024.3.2.5", "2024.3.1.4", "2024.2.4.2", "2023.2.3.12"] as const;

/** Service names the agents report under `health.services.serviceDetails`. */
export const WINDOWS_SERVICES = [
  "Sophos MCS Agent",
  "Sophos MCS Client",
  "Sophos Endpoint Defense Service",
  "Sophos File Scanner Service",
  "Sophos Health Service",
  "Sophos Network Threat Protection",
  "Sophos System Protection Service",
] as const;
export const MAC_SERVICES = ["Sophos MCS Agent", "Sophos Anti-Virus", "Sophos Endpoint Defense"] as const;
export const LINUX_SERVICES = [
  "Sophos Protection for Linux",
  "Sophos MCS Agent",
  "Sophos Live Response",
] as const;
