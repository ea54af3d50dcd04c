import type { HostKind, RouteDef } from "./route-types.js";

/** A route ready for matching; `key` is `METHOD /path/{param}` (stats and scripts use it). */
export interface CompiledRoute extends RouteDef {
  key: string;
  regex: RegExp;
  paramNames: string[];
  /** Literal segments sort before parameters, so `/endpoints/isolation` wins over `/endpoints/{id}`. */
  literalSegments: number;
}

/** The result of looking a request up in the table. */
export type RouteMatch =
  { kind: "route"; route: CompiledRoute; params: Record<string, string> } | { kind: "none" };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A malformed %-escape is left as typed: the handler then reports "not found" for that id.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Compile route definitions; duplicate keys on the same host are a programming error. */
export function compileRoutes(defs: readonly RouteDef[]): CompiledRoute[] {
  const seen = new Set<string>();
  const routes = defs.map((def) => {
    const paramNames: string[] = [];
    const segments = def.path.split("/").filter((s) => s !== "");
    const pattern = segments
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param) return escape(segment);
        paramNames.push(param[1]!);
        return "([^/]+)";
      })
      .join("/");
    const key = `${def.method} ${def.path}`;
    if (seen.has(`${def.host} ${key}`)) throw new Error(`duplicate simulator route ${key}`);
    seen.add(`${def.host} ${key}`);
    return {
      ...def,
      key,
      regex: new RegExp(`^/${pattern}/?$`),
      paramNames,
      literalSegments: segments.length - paramNames.length,
    };
  });
  return routes.sort((a, b) => b.literalSegments - a.literalSegments);
}

/** Find the route for a method and path on a host. */
export function matchRoute(
  routes: readonly CompiledRoute[],
  host: HostKind,
  method: string,
  path: string,
): RouteMatch {
  for (const route of routes) {
    if (route.host !== host || route.method !== method) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      params[name] = decodeSegment(match[i + 1]!);
    });
    return { kind: "route", route, params };
  }
  return { kind: "none" };
}
