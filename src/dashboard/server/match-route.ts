import type { DashboardRoute } from "../dashboard-types.js";

/** What the router made of a request: the route and its parameters, or why there is none. */
export type RouteMatch =
  | { kind: "found"; route: DashboardRoute; params: Record<string, string> }
  | { kind: "not-found" }
  | { kind: "wrong-method"; allow: string[] };

/**
 * Match `method` and `path` against route patterns made of literal segments and `:name` parameters.
 * Parameters are URL-decoded; one that is empty, malformed or decodes to a "/" matches nothing, so an
 * id can never smuggle a path into a page's lookups. A path that exists under another method is a
 * 405 (with the methods it does take), anything else a 404.
 */
export function matchRoute(routes: readonly DashboardRoute[], method: string, path: string): RouteMatch {
  const allow = new Set<string>();
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (params === undefined) continue;
    if (route.method === method) return { kind: "found", route, params };
    allow.add(route.method);
  }
  return allow.size === 0 ? { kind: "not-found" } : { kind: "wrong-method", allow: [...allow].sort() };
}

/** The parameters of `pattern` in `path`, or undefined when the path does not fit the pattern. */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] as string;
    const got = actual[i] as string;
    if (!want.startsWith(":")) {
      if (want !== got) return undefined;
      continue;
    }
    const value = decodeSegment(got);
    if (value === undefined) return undefined;
    params[want.slice(1)] = value;
  }
  return params;
}

function decodeSegment(segment: string): string | undefined {
  if (segment === "") return undefined;
  let value: string;
  try {
    value = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return value === "" || value.includes("/") ? undefined : value;
}
