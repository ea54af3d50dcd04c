// Public API of the Sophos Central client.
export { CentralClient } from "./central-client.js";
export { TenantClient, type TenantListOptions, type TenantRequestInit } from "./tenant-client.js";
export type { CentralClientOptions } from "./client-options.js";
export type { ClientStats } from "./client-stats.js";
export {
  AuthenticationError,
  BadRequestError,
  CentralError,
  ConflictError,
  ConnectionError,
  InvalidOptionError,
  MissingApiHostError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnknownTenantError,
  type CentralErrorContext,
} from "./errors.js";
export { forEachTenant, type TenantRunReport } from "./for-each-tenant.js";
export { selectTenants } from "./select-tenants.js";
export {
  backoffDelay,
  decideRetry,
  defaultRetryPolicy,
  type FailedAttempt,
  type RetryDecision,
  type RetryPolicy,
} from "./retry-policy.js";
export { parseRetryAfter } from "./parse-retry-after.js";
export { paginateByKey, type KeyPage } from "./paginate-by-key.js";
export { paginateByPage, type NumberPage } from "./paginate-by-page.js";
export {
  isAmbiguousWriteFailure,
  writeWithReadBack,
  type ReadBackOptions,
  type ReadBackResult,
  type ReadBackState,
} from "./write-with-read-back.js";
export { runWithRetry, type RetryLoopOptions } from "./run-with-retry.js";
export { Semaphore } from "./semaphore.js";
export { joinUrl, normaliseBaseUrl, type Query, type QueryValue } from "./join-url.js";
export { endpointQueryParams, type EndpointQuery } from "./endpoint-query.js";
export { alertQueryParams, type AlertQuery } from "./alert-query.js";
export { formatTimeFilter, isIsoDuration, type TimeFilter } from "./time-filter.js";
export type * from "./types.js";
export * from "./endpoint-groups.js";
