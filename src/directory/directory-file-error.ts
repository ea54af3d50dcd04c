import { redactSecrets } from "../util/redact.js";

/** Where in a user's file something went wrong: `file:line` for CSV and lists, a JSON path for JSON. */
export interface FileLocation {
  file: string;
  line?: number;
  /** JSON path such as `$[3].LastLogonDate`. */
  jsonPath?: string;
}

/** Render a location the way editors and terminals link it: `file:12` or `file $[3].Name`. */
export function formatLocation(location: FileLocation): string {
  if (location.line !== undefined) return `${location.file}:${location.line}`;
  if (location.jsonPath !== undefined) return `${location.file} ${location.jsonPath}`;
  return location.file;
}

/**
 * A directory export or VIP list that cannot be used as given. The message starts with the location
 * (`exports/ad.csv:12: ...`) and ends with what to do; the whole file is rejected, never half-read.
 */
export class DirectoryFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly jsonPath: string | undefined;

  constructor(location: FileLocation, problem: string, options?: { cause?: unknown }) {
    super(redactSecrets(`${formatLocation(location)}: ${problem}`), options);
    this.name = "DirectoryFileError";
    this.file = location.file;
    this.line = location.line;
    this.jsonPath = location.jsonPath;
  }
}
