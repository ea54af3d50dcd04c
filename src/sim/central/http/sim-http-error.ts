/**
 * Errors route handlers throw; the request pipeline turns them into the Central error body
 * `{error, message, correlationId, requestId, createdAt}` (reference §10.1).
 */

// Error names: 401/403 as in the real bodies quoted by Sophos support ("Unauthorized", "Forbidden");
// the others as in the newer spec examples ("notFound", "internalServerError"). Real bodies differ
// between APIs; clients should key on the status, not on this text.
const NAMES: Record<number, string> = {
  400: "badRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "notFound",
  409: "conflict",
  429: "tooManyRequests",
  500: "internalServerError",
  502: "badGateway",
  503: "serviceUnavailable",
};

/** The `error` name the simulator uses for a status. */
function errorName(status: number): string {
  return NAMES[status] ?? "error";
}

/** An HTTP error answer: a Central error body, or on the token host `{errorCode, message, trackingId}`. */
export class SimHttpError extends Error {
  readonly headers: Record<string, string>;
  /** Token-service `errorCode` (only used on the id host). */
  readonly errorCode: string | undefined;

  constructor(
    readonly status: number,
    message: string,
    options: { headers?: Record<string, string>; errorCode?: string } = {},
  ) {
    super(message);
    this.name = "SimHttpError";
    this.headers = options.headers ?? {};
    this.errorCode = options.errorCode;
  }
}

export const badRequest = (message: string): SimHttpError => new SimHttpError(400, message);
export const unauthorized = (message: string): SimHttpError => new SimHttpError(401, message);
export const forbidden = (message: string): SimHttpError => new SimHttpError(403, message);
export const notFound = (message: string): SimHttpError => new SimHttpError(404, message);
export const conflict = (message: string): SimHttpError => new SimHttpError(409, message);

/** The Central error body for a status. */
export function centralErrorBody(
  status: number,
  message: string,
  requestId: string,
  correlationId: string,
  now: number,
): Record<string, string> {
  return {
    error: errorName(status),
    message,
    correlationId,
    requestId,
    createdAt: new Date(now).toISOString(),
  };
}

/** The token service's error body (`id.sophos.com` answers in its own shape, reference §2.4). */
export function tokenErrorBody(
  errorCode: string,
  message: string,
  trackingId: string,
): Record<string, string> {
  return { errorCode, message, trackingId };
}
