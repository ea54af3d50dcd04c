import type { z } from "zod";
import { PolicyError } from "./policy-error.js";
import { policySchema } from "./policy-schema.js";
import type { Policy } from "./policy-schema.js";

const MAX_LISTED = 10;

/**
 * Parses and validates the text of a policy file. Throws {@link PolicyError} naming the file, the
 * line (best effort) and the key of each problem, e.g.
 * `policy.json:3: "inactiveDay" is not a policy key (did you mean "inactiveDays"?)`.
 * @example const policy = parsePolicy(await readFile(path, "utf8"), path);
 */
export function parsePolicy(json: string, fileName: string): Policy {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const line = syntaxErrorLine(json, error instanceof Error ? error.message : "");
    const where = line === undefined ? fileName : `${fileName}:${line}`;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PolicyError(
      `${where}: the hygiene policy is not valid JSON (${reason}). Fix the syntax and run again.`,
      {
        fileName,
        key: "",
        ...(line === undefined ? {} : { line }),
      },
    );
  }
  const result = policySchema.safeParse(raw);
  if (result.success) return result.data;

  const problems = result.error.issues.flatMap((issue) => describe(issue, json, fileName));
  const first = problems[0] ?? { key: "", line: undefined, text: `${fileName}: invalid policy` };
  const listed = problems.slice(0, MAX_LISTED).map((p) => `  ${p.text}`);
  if (problems.length > MAX_LISTED) listed.push(`  ... and ${problems.length - MAX_LISTED} more`);
  const message = [
    `hygiene policy ${fileName} is invalid:`,
    ...listed,
    "Fix the file (every key is described in docs/hygiene-policy.md) and run again.",
  ].join("\n");
  throw new PolicyError(message, {
    fileName,
    key: first.key,
    ...(first.line === undefined ? {} : { line: first.line }),
  });
}

interface Problem {
  key: string;
  line: number | undefined;
  text: string;
}

function describe(issue: z.core.$ZodIssue, json: string, fileName: string): Problem[] {
  const at = (path: readonly PropertyKey[], text: string): Problem => {
    const key = dotted(path);
    const line = locate(json, path);
    return { key, line, text: `${line === undefined ? fileName : `${fileName}:${line}`}: ${text}` };
  };
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => {
      const hint = suggest(k, knownKeys(issue.path));
      return at([...issue.path, k], `"${dotted([...issue.path, k])}" is not a policy key${hint}`);
    });
  }
  const key = issue.path.length === 0 ? "(the whole file)" : `"${dotted(issue.path)}"`;
  return [at(issue.path, `${key}: ${issue.message}`)];
}

function dotted(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, seg) => {
    if (typeof seg === "number") return `${acc}[${seg}]`;
    return acc === "" ? String(seg) : `${acc}.${String(seg)}`;
  }, "");
}

/** Best effort: find each named key of the path in order; array indexes point at the array's key. */
function locate(json: string, path: readonly PropertyKey[]): number | undefined {
  let from = 0;
  let found = -1;
  for (const seg of path) {
    if (typeof seg !== "string") continue;
    const match = new RegExp(`"${seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:`, "g");
    match.lastIndex = from;
    const hit = match.exec(json);
    if (hit === null) return undefined;
    found = hit.index;
    from = hit.index + hit[0].length;
  }
  return found < 0 ? undefined : lineAt(json, found);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** V8 reports either "(line 3 column 5)" or "at position 45" depending on the version. */
function syntaxErrorLine(json: string, message: string): number | undefined {
  const line = /line (\d+) column/.exec(message);
  if (line?.[1] !== undefined) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  return position?.[1] === undefined ? undefined : lineAt(json, Number(position[1]));
}

function knownKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 1 && path[0] === "exclusions") return ["hostnamePatterns", "tenants", "groups"];
  if (path.length === 1 && path[0] === "quarantine") return ["enabled", "groupName", "graceDays"];
  return Object.keys(policySchema.shape);
}

function suggest(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}

/** Levenshtein distance; policy keys are short, so the quadratic table is fine. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
