// Public API of hunt execution: run IOC hunts over Live Discover and the XDR Data Lake.
export { runHunt } from "./run-hunt.js";
export { HuntInterruptedError } from "./hunt-interrupted-error.js";
export { DEFAULT_CANCEL_GRACE_MS } from "./run-query-batch.js";
export { readQueryCatalogue, QUERY_API_BASE } from "../catalogue/read-query-catalogue.js";
export { findSavedQuery, SavedQueryNotFoundError } from "../catalogue/find-saved-query.js";
export { closeNames } from "../catalogue/close-names.js";
export type { SavedQuery, QueryCategory, QueryCatalogue } from "../catalogue/catalogue-types.js";
export type {
  HuntApiChoice,
  HuntHit,
  HuntOptions,
  HuntResult,
  HuntFailure,
  HuntStats,
  UnreachableEndpoint,
} from "./hunt-types.js";
export { planQueryBatches, likePattern, type QueryBatch } from "./plan-query-batches.js";
export { mergeHits } from "./merge-hits.js";
export { pollDelay, DEFAULT_POLL, type PollPolicy } from "./poll-delay.js";
export {
  buildIocTemplate,
  IOC_VARIABLE,
  type HuntApi,
  type TemplateMatch,
} from "../templates/build-ioc-template.js";
export { builtinQueries, type BuiltinQuery } from "../templates/builtin-queries.js";
export { runSavedQuery, type SavedQueryOptions, type SavedQueryResult } from "./run-saved-query.js";
