/** A MISP list filter split into its ORed, ANDed and negated parts. */
export interface MultiFilter {
  or: string[];
  and: string[];
  not: string[];
}

function fromItems(items: readonly unknown[], into: MultiFilter): void {
  for (const item of items) {
    const text = String(item);
    if (text.startsWith("!")) into.not.push(text.slice(1));
    else into.or.push(text);
  }
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/**
 * Read a MISP filter in any of its forms (AppModel `convert_filters`): a scalar, a `!`-negated
 * scalar, a list (entries with `!` are NOT, the rest OR), an `{OR, AND, NOT}` object, or a string
 * split on `&&` whose parts are ORed (not ANDed, despite the spelling). Undefined when absent.
 */
export function parseMultiFilter(value: unknown): MultiFilter | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const out: MultiFilter = { or: [], and: [], not: [] };
  if (typeof value === "string") fromItems(value.split("&&"), out);
  else if (typeof value === "number") out.or.push(String(value));
  else if (Array.isArray(value)) fromItems(value, out);
  else if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    fromItems(listOf(obj["OR"] ?? obj["or"]), out);
    out.and.push(...listOf(obj["AND"] ?? obj["and"]).map(String));
    out.not.push(...listOf(obj["NOT"] ?? obj["not"]).map((v) => String(v).replace(/^!/, "")));
  }
  return out;
}

/** A MySQL-LIKE matcher for MISP values: `%` is any run of characters, and comparison ignores case. */
export function likeMatcher(pattern: string): (text: string) => boolean {
  if (!pattern.includes("%")) {
    const lower = pattern.toLowerCase();
    return (text) => text.toLowerCase() === lower;
  }
  const source = pattern
    .split("%")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  const re = new RegExp(`^${source}$`, "is");
  return (text) => re.test(text);
}
