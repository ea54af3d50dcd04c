import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { IndicatorSet, ParseOptions } from "../indicator.js";
import { IndicatorInputError } from "../indicator-input-error.js";
import { parseIocCsv } from "./parse-ioc-csv.js";
import { iocJsonToIndicators } from "./parse-ioc-json.js";
import { parseJsonText } from "./parse-json-text.js";
import { stixToIndicators } from "./parse-stix-bundle.js";

/** The formats {@link readIndicatorsFile} recognises. */
export type IndicatorFileFormat = "ioc-json" | "stix" | "csv";

const CSV_EXTENSIONS = new Set([".csv", ".txt"]);

/** Decide the format of parsed JSON: the Sophos IOC schema or STIX, by content. */
function jsonFormat(root: unknown): IndicatorFileFormat | undefined {
  if (typeof root !== "object" || root === null) return undefined;
  if (!Array.isArray(root) && "ioc_data" in root) return "ioc-json";
  const type = Array.isArray(root)
    ? (root[0] as { type?: unknown } | undefined)?.type
    : (root as { type?: unknown }).type;
  return typeof type === "string" ? "stix" : undefined;
}

function fail(path: string, reason: string, hint: string): never {
  throw new IndicatorInputError(path, [{ where: path, type: "", value: "", reason }], hint);
}

/**
 * Read indicators from a file: `.csv`/`.txt` as CSV; anything else is sniffed, JSON holding
 * `ioc_data` as IOC JSON and JSON with STIX objects as STIX; non-JSON text falls back to CSV.
 * Errors name the path as given.
 * @example const { indicators, skipped } = await readIndicatorsFile("./advisory.stix.json");
 */
export async function readIndicatorsFile(
  path: string,
  options: ParseOptions = {},
): Promise<IndicatorSet & { format: IndicatorFileFormat }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "does not exist"
        : code === "EISDIR"
          ? "is a directory"
          : `cannot be read (${code ?? String(error)})`;
    fail(path, reason, "Check the path and try again.");
  }
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (CSV_EXTENSIONS.has(extname(path).toLowerCase()) || !/^[[{]/.test(trimmed)) {
    return { ...parseIocCsv(text, path, options), format: "csv" };
  }
  const root = parseJsonText(text, path);
  const format = jsonFormat(root);
  if (format === "ioc-json") return { ...iocJsonToIndicators(root, path, options), format };
  if (format === "stix") return { ...stixToIndicators(root, path, options), format };
  return fail(
    path,
    'is JSON but neither IOC JSON ({"ioc_data": [...]}) nor a STIX bundle',
    "Give IOC JSON, a STIX 2.1 bundle, or type,value CSV.",
  );
}
