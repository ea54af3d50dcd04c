import {
  AuthenticationError,
  BadRequestError,
  CentralError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  type CentralErrorContext,
} from "./errors.js";
import { describeWhere, errorContextOf, type RequestContext } from "./request-context.js";

/** The fields of a Central (or token service) error body we use; all optional (reference §10.1, §2.4). */
export interface ErrorBodyFields {
  error?: string;
  message?: string;
  code?: string;
  requestId?: string;
  correlationId?: string;
}

/** Read an error body leniently: non-JSON bodies (proxies, load balancers) yield no fields. */
export function parseErrorBody(text: string): ErrorBodyFields {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null) return {};
  const record = parsed as Record<string, unknown>;
  const str = (key: string): string | undefined => {
    const value = record[key];
    return typeof value === "string" && value !== "" ? value.slice(0, 300) : undefined;
  };
  const out: ErrorBodyFields = {};
  const error = str("error");
  const message = str("message") ?? str("error_description");
  const code = str("code") ?? str("errorCode");
  const requestId = str("requestId") ?? str("trackingId");
  const correlationId = str("correlationId");
  if (error !== undefined) out.error = error;
  if (message !== undefined) out.message = message;
  if (code !== undefined) out.code = code;
  if (requestId !== undefined) out.requestId = requestId;
  if (correlationId !== undefined) out.correlationId = correlationId;
  return out;
}

const HINTS: Record<number, string> = {
  400: "Check the parameters of this call (filters, dates, page size).",
  401: "The access token was refused even after renewing it; check that the API credential still exists in Sophos Central (Global Settings > API Credentials).",
  403: "These credentials may not manage this tenant or route: check Partner Assistance for the tenant, the credential's role, or whether it is a trial or another partner's tenant.",
  404: "It does not exist (any more); it may have been deleted already.",
  409: "A conflicting change is still in progress; wait a minute and try again.",
  429: "Sophos Central kept rate-limiting after every retry; lower the concurrency or try again later.",
};

/**
 * Turn a non-2xx response into the matching typed error. The message says what happened (status
 * and Sophos' own error text), where (route, server, tenant, requestId) and what to do next.
 */
export function errorFromResponse(
  ctx: RequestContext,
  status: number,
  bodyText: string,
  retryAfterMs?: number,
): CentralError {
  const body = parseErrorBody(bodyText);
  const detail = [body.error, body.message].filter((v) => v !== undefined).join(": ");
  const what = `Sophos Central answered ${status}${detail === "" ? "" : ` (${detail})`}`;
  const hint = HINTS[status] ?? (status >= 500 ? "The service or region is failing; try again later." : "");
  const message = `${what} to ${describeWhere(ctx, body.requestId)}. ${hint}`.trim();
  const context: CentralErrorContext = { ...errorContextOf(ctx), status };
  if (body.requestId !== undefined) context.requestId = body.requestId;
  const code = body.code ?? body.error;
  if (code !== undefined) context.code = code;
  switch (status) {
    case 400:
      return new BadRequestError(message, context);
    case 401:
      return new AuthenticationError(message, context);
    case 403:
      return new PermissionError(message, context);
    case 404:
      return new NotFoundError(message, context);
    case 409:
      return new ConflictError(message, context);
    case 429:
      return new RateLimitError(message, { ...context, retryAfterMs });
    default:
      return status >= 500 ? new ServerError(message, context) : new CentralError(message, context);
  }
}
