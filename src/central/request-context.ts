import type { CentralErrorContext } from "./errors.js";

/** What the client knows about a request when something goes wrong with it. */
export interface RequestContext {
  method: string;
  /** API path without query, e.g. `/endpoint/v1/endpoints/{id}` filled in. */
  path: string;
  /** Base URL the request went to. */
  server: string;
  tenantId?: string | undefined;
  tenantName?: string | undefined;
}

/** Error context fields shared by every error raised for `ctx`. */
export function errorContextOf(ctx: RequestContext): CentralErrorContext {
  const out: CentralErrorContext = { route: `${ctx.method} ${ctx.path}`, server: ctx.server };
  if (ctx.tenantId !== undefined) out.tenantId = ctx.tenantId;
  if (ctx.tenantName !== undefined) out.tenantName = ctx.tenantName;
  return out;
}

/** "GET /x at https://host for tenant "Acme" (id)" — the "where" of every message. */
export function describeWhere(ctx: RequestContext, requestId?: string): string {
  const tenant =
    ctx.tenantId === undefined
      ? ""
      : ` for tenant ${ctx.tenantName === undefined ? ctx.tenantId : `"${ctx.tenantName}" (${ctx.tenantId})`}`;
  const id = requestId === undefined ? "" : `, requestId ${requestId}`;
  return `${ctx.method} ${ctx.path} at ${ctx.server}${tenant}${id}`;
}
