import type { HuntRunSource } from "../../store/index.js";

/** Where a run's indicators came from, in a few words: `MISP event 42, 43; tag tlp:red`, a file path. */
export function describeHuntSource(source: HuntRunSource): string {
  if (source.kind === "file") return `file ${source.path}`;
  if (source.kind === "inline") return "inline IOC JSON (not kept)";
  const parts = [
    source.events.length > 0 ? `MISP event ${source.events.join(", ")}` : undefined,
    source.tags.length > 0
      ? `${source.events.length > 0 ? "tag" : "MISP tag"} ${source.tags.join(", ")}`
      : undefined,
  ];
  return parts.filter((p) => p !== undefined).join("; ") || "MISP";
}
