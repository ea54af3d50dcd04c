// Public API of the indicator side of IOC hunting: the model, readers, MISP, normalisation, batching.
export {
  INDICATOR_TYPES,
  type IndicatorType,
  type MatchMode,
  type Indicator,
  type Provenance,
  type MispProvenance,
  type StixProvenance,
  type IndicatorSet,
  type RejectedEntry,
  type SkippedEntry,
  type ParseOptions,
} from "./indicator.js";
export { IndicatorInputError } from "./indicator-input-error.js";
export {
  normaliseIndicator,
  resolveIndicatorType,
  type IndicatorInput,
  type Normalised,
} from "./normalise-indicator.js";
export { refang } from "./validate/refang.js";
export { dedupeIndicators, indicatorKey } from "./dedupe-indicators.js";
export { parseIocJson } from "./sources/parse-ioc-json.js";
export { parseIocCsv } from "./sources/parse-ioc-csv.js";
export { parseStixBundle } from "./sources/parse-stix-bundle.js";
export {
  parseStixPattern,
  type StixComparison,
  type StixPatternResult,
} from "./sources/parse-stix-pattern.js";
export { readIndicatorsFile, type IndicatorFileFormat } from "./sources/read-indicators-file.js";
export { fetchMispIndicators, type MispIndicatorSet } from "./misp/fetch-misp-indicators.js";
export { MISP_DEFAULTS, type MispFetchOptions, type MispTimeFilter } from "./misp/misp-fetch-options.js";
export { MispError } from "./misp/misp-error.js";
export { planMispSightings, type MispSighting } from "./misp/plan-misp-sightings.js";
export {
  reportMispSightings,
  sightingsEndpoint,
  type MispSightingOptions,
  type MispSightingReport,
} from "./misp/report-misp-sightings.js";
export {
  mispAttributeToEntries,
  type MispEntry,
  type MispMapping,
} from "./misp/misp-attribute-to-entries.js";
export {
  batchIndicators,
  DEFAULT_IOC_VARIABLE_MAX_BYTES,
  type IndicatorBatch,
  type BatchOptions,
} from "./batch-indicators.js";
