import { z } from "zod";
import type { IndicatorSet, ParseOptions } from "../indicator.js";
import { IndicatorCollector } from "../indicator-collector.js";
import { IndicatorInputError } from "../indicator-input-error.js";
import { parseJsonText } from "./parse-json-text.js";

const Root = z.object({ ioc_data: z.array(z.unknown()) });

const EXPECTED = 'expected {"ioc_data": [{"indicator_type": "...", "data": "..."}]}';

/**
 * Read indicators from an already parsed IOC JSON value (`{"ioc_data": [...]}`). Entries may carry
 * extra fields (the reference queries have a commented-out `note`); they are ignored.
 */
export function iocJsonToIndicators(root: unknown, source: string, options: ParseOptions = {}): IndicatorSet {
  const parsed = Root.safeParse(root);
  if (!parsed.success) {
    throw new IndicatorInputError(
      source,
      [{ where: source, type: "", value: "", reason: `has the wrong shape: ${EXPECTED}` }],
      "Fix the file's structure and try again.",
    );
  }
  const collector = new IndicatorCollector(source);
  parsed.data.ioc_data.forEach((entry, i) => {
    const at = `${source} ioc_data[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      collector.reject(at, `is not an object; ${EXPECTED}`);
      return;
    }
    const { indicator_type: type, data } = entry as Record<string, unknown>;
    if (typeof type !== "string") {
      collector.reject(`${at}.indicator_type`, type === undefined ? "is missing" : "is not a string");
      return;
    }
    // Ports are naturally written as numbers; anything else must be a string.
    const value = typeof data === "number" && Number.isInteger(data) ? String(data) : data;
    if (typeof value !== "string") {
      collector.reject(`${at}.data`, value === undefined ? "is missing" : "is not a string", type);
      return;
    }
    collector.add({
      type,
      value,
      where: { type: `${at}.indicator_type`, value: `${at}.data` },
      provenance: { source, location: `ioc_data[${i}]` },
    });
  });
  return collector.finish(options);
}

/**
 * Parse IOC JSON text in the Sophos hunting schema `{"ioc_data":[{"indicator_type","data"}]}`,
 * given inline or read from a file; `sourceName` names it in provenance and errors.
 * @example parseIocJson('{"ioc_data":[{"indicator_type":"ip","data":"203.0.113.9"}]}', "inline")
 */
export function parseIocJson(text: string, sourceName: string, options: ParseOptions = {}): IndicatorSet {
  return iocJsonToIndicators(parseJsonText(text, sourceName), sourceName, options);
}
