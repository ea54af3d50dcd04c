// Public API of hunt execution: run IOC hunts over Live Discover and the XDR Data Lake.
export { runHunt } from "./run-hunt.js";
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
