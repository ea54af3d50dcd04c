import type { Indicator, Provenance } from "./indicator.js";

const WINDOWS_STYLE = /^[a-z]:\\|^\\\\|\\/i;

/**
 * The identity of an indicator: type, match mode and value. Windows-style paths compare without
 * case, because Windows treats `C:\Temp\x.exe` and `c:\temp\X.EXE` as the same file.
 */
export function indicatorKey(indicator: Pick<Indicator, "type" | "value" | "match">): string {
  const { type, value, match } = indicator;
  const isPath = type === "file_path" || type === "file_path_name" || type === "pathname";
  const folded = isPath && WINDOWS_STYLE.test(value) ? value.toLowerCase() : value;
  return `${type}\u0000${match}\u0000${folded}`;
}

function provenanceKey(p: Provenance): string {
  return `${p.source}\u0000${p.location}\u0000${p.misp?.attributeId ?? ""}\u0000${p.stix?.id ?? ""}`;
}

/**
 * Merge indicators with the same {@link indicatorKey}, keeping the first value seen and every
 * distinct provenance, in order. Inputs are not modified.
 */
export function dedupeIndicators(indicators: Iterable<Indicator>): Indicator[] {
  const byKey = new Map<string, { indicator: Indicator; seen: Set<string> }>();
  for (const indicator of indicators) {
    const key = indicatorKey(indicator);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { indicator: { ...indicator, provenance: [] }, seen: new Set() };
      byKey.set(key, entry);
    }
    for (const p of indicator.provenance) {
      const pk = provenanceKey(p);
      if (entry.seen.has(pk)) continue;
      entry.seen.add(pk);
      entry.indicator.provenance.push(p);
    }
  }
  return [...byKey.values()].map((e) => e.indicator);
}
