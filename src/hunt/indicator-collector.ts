import { dedupeIndicators } from "./dedupe-indicators.js";
import type {
  Indicator,
  IndicatorSet,
  ParseOptions,
  Provenance,
  RejectedEntry,
  SkippedEntry,
} from "./indicator.js";
import { IndicatorInputError } from "./indicator-input-error.js";
import { normaliseIndicator } from "./normalise-indicator.js";

/** Names for an entry in messages: one string, or separate names for its type and value fields. */
export type EntryName = string | { type: string; value: string };

/** One raw entry read from a source, before validation. */
export interface RawEntry {
  type: string;
  value: string;
  literal?: boolean;
  where: EntryName;
  provenance: Provenance;
}

/**
 * Gathers entries from one source, validating each, so that every malformed entry is reported at
 * once (not just the first) and the source ends in one {@link IndicatorSet} or one error.
 */
export class IndicatorCollector {
  private readonly indicators: Indicator[] = [];
  private readonly rejected: RejectedEntry[] = [];
  private readonly skipped: SkippedEntry[] = [];

  constructor(readonly sourceName: string) {}

  /** Validate and keep one entry, or record why it was rejected. */
  add(entry: RawEntry): void {
    const result = normaliseIndicator({
      type: entry.type,
      value: entry.value,
      literal: entry.literal ?? false,
    });
    if (result.ok) {
      const { type, value, match } = result;
      this.indicators.push({ type, value, match, provenance: [entry.provenance] });
      return;
    }
    const where = typeof entry.where === "string" ? entry.where : entry.where[result.field];
    this.rejected.push({ where, type: entry.type, value: entry.value, reason: result.reason });
  }

  /** Record a malformed entry found before type/value validation (wrong shape, missing field). */
  reject(where: string, reason: string, type = "", value = ""): void {
    this.rejected.push({ where, type, value, reason });
  }

  /** Record a well-formed entry this hunter cannot use, with the reason. */
  skip(where: string, reason: string): void {
    this.skipped.push({ where, reason });
  }

  /** How many entries were kept so far (before de-duplication). */
  get acceptedCount(): number {
    return this.indicators.length;
  }

  /**
   * The de-duplicated result. Throws {@link IndicatorInputError} listing every rejected entry unless
   * `lenient` is set, in which case they are returned in `rejected`.
   */
  finish(options: ParseOptions = {}): IndicatorSet {
    if (this.rejected.length > 0 && !options.lenient) {
      throw new IndicatorInputError(this.sourceName, this.rejected);
    }
    return { indicators: dedupeIndicators(this.indicators), rejected: this.rejected, skipped: this.skipped };
  }
}
