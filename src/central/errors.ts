import { redactSecrets } from "../util/redact.js";

/** Where a failed call went: enough to find it in logs and Sophos support cases, never a credential. */
export interface CentralErrorContext {
  /** `METHOD /path` without the query string, e.g. `GET /endpoint/v1/endpoints`. */
  route?: string;
  status?: number;
  requestId?: string;
  tenantId?: string;
  tenantName?: string;
  /** Sophos' error code (`error`/`code`/`errorCode` of the body). */
  code?: string;
  /** Base URL of the server that answered (or did not). */
  server?: string;
}

/**
 * Base of every error the Central client throws. Carries the route, status and Sophos `requestId`
 * so a user can report it; the message is passed through the redactor so it can never carry a
 * secret or a bearer token.
 */
export class CentralError extends Error {
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly tenantId: string | undefined;
  readonly tenantName: string | undefined;
  readonly route: string;
  readonly code: string | undefined;
  readonly server: string | undefined;

  constructor(message: string, context: CentralErrorContext = {}, options?: { cause?: unknown }) {
    super(redactSecrets(message), options);
    this.name = new.target.name;
    this.status = context.status;
    this.requestId = context.requestId;
    this.tenantId = context.tenantId;
    this.tenantName = context.tenantName;
    this.route = context.route ?? "";
    this.code = context.code;
    this.server = context.server;
  }
}

/** 400: Sophos Central rejected the parameters or body. */
export class BadRequestError extends CentralError {}

/** 401 from an API route, or any failure of the token service: the credential was not accepted. */
export class AuthenticationError extends CentralError {}

/** 403: the credential may not act on this tenant or route. */
export class PermissionError extends CentralError {}

/** 404: the resource does not exist (or no longer does). */
export class NotFoundError extends CentralError {}

/** 409: a conflicting change (e.g. isolation) is in progress. */
export class ConflictError extends CentralError {}

/** 429 after retries ran out; `retryAfterMs` is what the server last asked for. */
export class RateLimitError extends CentralError {
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    context: CentralErrorContext & { retryAfterMs?: number | undefined },
    options?: { cause?: unknown },
  ) {
    super(message, context, options);
    this.retryAfterMs = context.retryAfterMs;
  }
}

/** 5xx: Sophos Central (or the region) failed. */
export class ServerError extends CentralError {}

/**
 * The connection failed (refused, reset, DNS, TLS, proxy). `requestSent` is false when the request
 * certainly never reached the server, which makes even a write safe to repeat.
 */
export class ConnectionError extends CentralError {
  readonly requestSent: boolean;
  readonly retryable: boolean;

  constructor(
    message: string,
    context: CentralErrorContext & { requestSent: boolean; retryable: boolean },
    options?: { cause?: unknown },
  ) {
    super(message, context, options);
    this.requestSent = context.requestSent;
    this.retryable = context.retryable;
  }
}

/** No response (or no complete response) within the configured timeout. */
export class TimeoutError extends CentralError {
  readonly requestSent: boolean;

  constructor(
    message: string,
    context: CentralErrorContext & { requestSent: boolean },
    options?: { cause?: unknown },
  ) {
    super(message, context, options);
    this.requestSent = context.requestSent;
  }
}

/** A tenant has no `apiHost`, so none of its data can be reached; it is skipped and reported. */
export class MissingApiHostError extends CentralError {
  constructor(tenant: { id: string; name?: string }) {
    super(
      `Tenant "${tenant.name ?? tenant.id}" (${tenant.id}) has no apiHost, so its data region is unknown. ` +
        "It is usually a tenant still being provisioned or one without Partner Assistance; check it in " +
        "Sophos Central and try again later.",
      { tenantId: tenant.id, ...(tenant.name === undefined ? {} : { tenantName: tenant.name }) },
    );
  }
}

/** One or more `--tenant` values matched no tenant; `unmatched` lists them. */
export class UnknownTenantError extends CentralError {
  readonly unmatched: string[];

  constructor(unmatched: string[], searched: number, suggestions: string[] = []) {
    const list = unmatched.map((u) => `"${u}"`).join(", ");
    const hint =
      suggestions.length > 0 ? ` Did you mean: ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "";
    super(
      `No tenant matches ${list} (searched ${searched} tenants by id and exact name, ignoring case).${hint} ` +
        'Run "centralctl tenants" to list the tenants these credentials can see.',
    );
    this.unmatched = unmatched;
  }
}

/** A client option or query value is invalid; raised before anything is sent. */
export class InvalidOptionError extends CentralError {}
