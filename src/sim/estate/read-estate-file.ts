import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { checkEstateReferences, formatPath, type EstateIssue } from "./check-estate-references.js";
import { estateSchema } from "./estate-schema.js";
import type { Estate } from "./estate-types.js";
import { webControlCategories } from "./generate/web-categories.js";

const MAX_REPORTED = 10;

/** Line and column of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

function report(file: string, issues: EstateIssue[]): Error {
  const shown = issues
    .slice(0, MAX_REPORTED)
    .map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > MAX_REPORTED)
    shown.push(`${file}: ... and ${issues.length - MAX_REPORTED} more problems`);
  return new Error(
    `${shown.join("\n")}\nFix the estate file (format: docs/estate-format.md) or regenerate it with --dump-estate.`,
  );
}

/**
 * Validate an already parsed estate object (as read from JSON); `source` names it in errors. Throws
 * an error listing each problem as `source: json.path: what is wrong`.
 */
export function parseEstate(value: unknown, source: string): Estate {
  const result = estateSchema.safeParse(value);
  if (!result.success) {
    throw report(
      source,
      result.error.issues.map((issue) => ({
        path: issue.path as Array<string | number>,
        message: issue.message,
      })),
    );
  }
  // The schema mirrors `Estate` (estate-types.ts); zod's inferred optional fields (`T | undefined`)
  // do not line up with exactOptionalPropertyTypes, hence the cast after validation.
  const estate = result.data as unknown as Estate;
  estate.webControlCategories ??= webControlCategories();
  const issues = checkEstateReferences(estate);
  if (issues.length > 0) throw report(source, issues);
  return estate;
}

/**
 * Read and validate an estate file. Errors name the file and the JSON path, e.g.
 * `estate.json: tenants[2].endpoints[5].lastSeenAt: expected ISO date-time`. Files up to a few
 * hundred MB (about a million endpoints) fit in one JSON string.
 */
export async function readEstateFile(path: string): Promise<Estate> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${path}: cannot read the estate file (${code ?? String(error)})`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at ? ` at ${lineColumn(text, Number(at[1]))}` : "";
    throw new Error(`${name}: not valid JSON${where}: ${message}`, { cause: error });
  }
  return parseEstate(value, name);
}
