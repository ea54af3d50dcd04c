import { parse } from "csv-parse/sync";
import type { IndicatorSet, ParseOptions } from "../indicator.js";
import { IndicatorCollector } from "../indicator-collector.js";

const TYPE_HEADERS = new Set(["type", "indicator_type"]);
const VALUE_HEADERS = new Set(["value", "data", "indicator"]);

// Each line is parsed on its own so errors carry exact line numbers; an indicator never spans lines,
// so a quoted value with a newline in it is an error anyway.
function parseLine(line: string): { cells: string[] } | { error: string } {
  try {
    const rows = parse(line, { relax_column_count: true, trim: true }) as string[][];
    return { cells: rows[0] ?? [] };
  } catch (error) {
    return { error: error instanceof Error ? error.message.replace(/ at line \d+/, "") : String(error) };
  }
}

/**
 * Parse `type,value` CSV. A header row (`type,value` or `indicator_type,data`) is optional; with a
 * header, extra columns (a comment, say) are allowed and ignored. Every row must have as many cells as
 * the header (two without one), which catches unquoted commas in values. Blank lines and lines starting with `#` are skipped; `#` later in a
 * line is data (URLs have fragments).
 * @example parseIocCsv("type,value\nip,203.0.113.9\n", "iocs.csv")
 */
export function parseIocCsv(text: string, sourceName: string, options: ParseOptions = {}): IndicatorSet {
  const collector = new IndicatorCollector(sourceName);
  let columns: { type: number; value: number; width: number } | undefined;
  let first = true;
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, index) => {
      const lineNo = index + 1;
      const where = `${sourceName}:${lineNo}`;
      if (line.trim() === "" || line.trimStart().startsWith("#")) return;
      const parsed = parseLine(line);
      if ("error" in parsed) return collector.reject(where, `is not valid CSV: ${parsed.error}`);
      const cells = parsed.cells;
      if (first) {
        first = false;
        const lower = cells.map((c) => c.toLowerCase());
        const type = lower.findIndex((c) => TYPE_HEADERS.has(c));
        const value = lower.findIndex((c) => VALUE_HEADERS.has(c));
        if (type >= 0 && value >= 0) {
          columns = { type, value, width: cells.length };
          return;
        }
      }
      const expected = columns?.width ?? 2;
      if (cells.length !== expected) {
        const hint = cells.length > expected ? "; quote values that contain commas" : "";
        return collector.reject(
          where,
          `has ${cells.length} cells; expected ${expected} (type,value)${hint}`,
          cells[0] ?? "",
        );
      }
      collector.add({
        type: cells[columns?.type ?? 0] ?? "",
        value: cells[columns?.value ?? 1] ?? "",
        where,
        provenance: { source: sourceName, location: `line ${lineNo}` },
      });
    });
  return collector.finish(options);
}
