import type { IndicatorType } from "../../../hunt/indicator.js";
import type { TelemetryRow } from "./telemetry-types.js";

/**
 * The value planted for each indicator type, and which row field carries it. Values are outside
 * every range background telemetry draws from (documentation IP block, `.example` domains, fixed
 * hashes), so a hunt for them can only hit planted rows.
 */
export const PLANTED_VALUES: ReadonlyArray<{
  type: IndicatorType;
  value: string;
  field: keyof TelemetryRow;
}> = [
  { type: "ip", value: "203.0.113.66", field: "ip" },
  { type: "url", value: "http://updates.evil-cdn.example/payload.bin", field: "url" },
  { type: "domain", value: "c2.badcorp.example", field: "domain" },
  { type: "port", value: "4444", field: "port" },
  {
    type: "sha256",
    value: "e3b98a4da31a127d4bde6e43033f66ba274cab0eb7eb1c70ec41402bf6273dd8",
    field: "sha256",
  },
  { type: "sha1", value: "9b1f7a1e0d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a", field: "sha1" },
  { type: "md5", value: "5f4dcc3b5aa765d61d8327deb882cf99", field: "md5" },
  { type: "filename", value: "mimikatz_x64.exe", field: "name" },
  { type: "file_path", value: "C:\\ProgramData\\Zx1Loader", field: "directory" },
  { type: "file_path_name", value: "C:\\Users\\Public\\svch0st.exe", field: "path" },
  { type: "pathname", value: "C:\\Windows\\Temp\\dropper.dll", field: "path" },
];

/**
 * A name that a wildcard `mimikatz_x64%` matches only when `_` is left unescaped (LIKE's
 * one-character wildcard): planted once, never listed as a planted indicator.
 */
export const UNDERSCORE_DECOY = "mimikatzAx64.exe";
