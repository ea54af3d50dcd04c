import { createWallClock, type WallClock } from "./wall-clock.js";

/** How to read a directory export (`--directory-file`); every field is optional. */
export interface DirectoryFileOptions {
  /** `csv` or `json`; by default taken from the extension, else from the first character. */
  format?: "csv" | "json";
  /**
   * Time zone of dates written without an offset (Export-Csv writes the exporting machine's local
   * time): `"local"` (default), `"UTC"` or an IANA name such as `"Europe/Berlin"`.
   */
  timeZone?: string;
  /** NetBIOS domain names by DNS domain (`{ "corp.example.com": "CORP" }`); exports do not carry them. */
  netbiosDomains?: Readonly<Record<string, string>>;
  /** Ignore columns that are no Get-ADComputer property (misspellings of ones we read still fail). */
  allowUnknownColumns?: boolean;
  /** CSV field delimiter, default `,` (`Export-Csv -UseCulture` may write `;`). */
  delimiter?: string;
  /** CSV reader: `fast` (default) or `csv-parse` (about ten times slower; same results). */
  csvEngine?: "fast" | "csv-parse";
  /**
   * Read the whole file once to check it before yielding the first computer (default true), so a
   * bad line near the end cannot leave a consumer holding part of the directory. Costs a second
   * read; turn off only when the consumer itself discards everything on error.
   */
  validateFirst?: boolean;
}

/** {@link DirectoryFileOptions} resolved once per file. */
export interface ExportSettings {
  clock: WallClock;
  netbiosDomains: ReadonlyMap<string, string>;
  allowUnknownColumns: boolean;
  delimiter: string;
  csvEngine: "fast" | "csv-parse";
}

/** Resolve options into settings; throws a `RangeError` for an unknown time zone or bad delimiter. */
export function resolveExportSettings(options: DirectoryFileOptions = {}): ExportSettings {
  const delimiter = options.delimiter ?? ",";
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    throw new RangeError(
      `CSV delimiter must be one character other than a quote or line break, got "${delimiter}"`,
    );
  }
  const netbiosDomains = new Map<string, string>();
  for (const [domain, netbios] of Object.entries(options.netbiosDomains ?? {})) {
    netbiosDomains.set(domain.toLowerCase(), netbios.toUpperCase());
  }
  return {
    clock: createWallClock(options.timeZone),
    netbiosDomains,
    allowUnknownColumns: options.allowUnknownColumns ?? false,
    delimiter,
    csvEngine: options.csvEngine ?? "fast",
  };
}
