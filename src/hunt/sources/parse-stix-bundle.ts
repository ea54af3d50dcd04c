import type { IndicatorSet, ParseOptions } from "../indicator.js";
import { IndicatorCollector } from "../indicator-collector.js";
import { IndicatorInputError } from "../indicator-input-error.js";
import { parseJsonText } from "./parse-json-text.js";
import { parseStixPattern } from "./parse-stix-pattern.js";
import { stixPathToType } from "./stix-path-type.js";

type StixObject = Record<string, unknown>;

function objectsOf(root: unknown): unknown[] | undefined {
  if (Array.isArray(root)) return root;
  if (typeof root !== "object" || root === null) return undefined;
  const obj = root as StixObject;
  if (obj["type"] === "bundle") return Array.isArray(obj["objects"]) ? obj["objects"] : [];
  return obj["type"] === "indicator" ? [obj] : undefined;
}

function addIndicator(
  collector: IndicatorCollector,
  obj: StixObject,
  at: string,
  location: string,
  now: number,
): void {
  const id = typeof obj["id"] === "string" ? obj["id"] : "(no id)";
  const where = `${at} (${id})`;
  if (obj["revoked"] === true) return collector.skip(where, "is revoked");
  const validUntil = typeof obj["valid_until"] === "string" ? Date.parse(obj["valid_until"]) : NaN;
  if (validUntil < now) return collector.skip(where, `expired (valid_until ${String(obj["valid_until"])})`);
  const patternType = obj["pattern_type"] ?? "stix";
  if (patternType !== "stix")
    return collector.skip(
      where,
      `has pattern_type ${JSON.stringify(patternType)}; only stix patterns are supported`,
    );
  const pattern = obj["pattern"];
  if (typeof pattern !== "string") return collector.reject(`${where}.pattern`, "is missing or not a string");
  const parsed = parseStixPattern(pattern);
  if (!parsed.ok && parsed.kind === "syntax")
    return collector.reject(`${where}.pattern`, `is not a valid STIX pattern: ${parsed.reason}`, "", pattern);
  if (!parsed.ok) return collector.skip(where, `pattern ${pattern} ${parsed.reason}`);
  const name = typeof obj["name"] === "string" ? obj["name"] : undefined;
  for (const comparison of parsed.comparisons) {
    for (const value of comparison.values) {
      const type = stixPathToType(comparison.path, value);
      if (!type) {
        collector.skip(where, `compares ${comparison.path}, which has no indicator type here`);
        continue;
      }
      collector.add({
        type,
        value,
        // `=` compares literally; a STIX LIKE is already a SQL LIKE pattern.
        literal: comparison.operator === "=",
        where: `${where}.pattern`,
        provenance: {
          source: collector.sourceName,
          location,
          stix: name === undefined ? { id } : { id, name },
        },
      });
    }
  }
}

/** Read indicators from a parsed STIX 2.x bundle, a single indicator object, or an array of objects. */
export function stixToIndicators(
  root: unknown,
  source: string,
  options: ParseOptions & { now?: number } = {},
): IndicatorSet {
  const objects = objectsOf(root);
  if (!objects) {
    throw new IndicatorInputError(
      source,
      [
        {
          where: source,
          type: "",
          value: "",
          reason: 'is not a STIX bundle ({"type": "bundle", "objects": [...]})',
        },
      ],
      "Give a STIX 2.1 bundle.",
    );
  }
  const collector = new IndicatorCollector(source);
  const now = options.now ?? Date.now();
  objects.forEach((obj, i) => {
    if (typeof obj !== "object" || obj === null)
      return collector.reject(`${source} objects[${i}]`, "is not an object");
    // Other objects (relationships, identities, observed-data, ...) carry no pattern to hunt for.
    if ((obj as StixObject)["type"] !== "indicator") return;
    addIndicator(collector, obj as StixObject, `${source} objects[${i}]`, `objects[${i}]`, now);
  });
  return collector.finish(options);
}

/**
 * Parse a STIX 2.1 bundle. Indicators with simple patterns (`=`, `LIKE`, `IN`, joined by OR) become
 * indicators; unsupported patterns, object paths, pattern types and revoked or expired indicators are
 * reported in `skipped`; malformed patterns are errors (or `rejected` when lenient).
 * @example parseStixBundle(text, "advisory.json").skipped // [{ where, reason: "pattern ... uses the WITHIN qualifier" }]
 */
export function parseStixBundle(text: string, sourceName: string, options: ParseOptions = {}): IndicatorSet {
  return stixToIndicators(parseJsonText(text, sourceName), sourceName, options);
}
