import { type Checked, findControlCharacter, invalid, valid } from "./checked.js";

/** The path-like indicator types. */
export type PathType = "filename" | "file_path" | "file_path_name" | "pathname";

// Windows allows 32,767 UTF-16 units in an extended path; no OS allows a longer path or a longer
// file name than 255.
const MAX_PATH = 32767;
const MAX_NAME = 255;

const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;
const UNC = /^\\\\[^\\]+\\/;

/** True when a path is absolute on Windows (drive or UNC) or POSIX, or starts with a wildcard. */
export function isAbsolutePath(path: string): boolean {
  return WINDOWS_DRIVE.test(path) || UNC.test(path) || path.startsWith("/") || path.startsWith("%");
}

/** Windows drive paths get backslashes, which is how Windows (and Sophos) records them. */
function windowsSeparators(path: string): string {
  return WINDOWS_DRIVE.test(path) ? path.replaceAll("/", "\\") : path;
}

/**
 * Check a file name or path. `filename` is a bare name; `file_path` and `file_path_name` are the
 * full path including the file name (the Sophos queries treat them alike); `pathname` is a directory
 * or partial path. Case is kept: POSIX paths are case-sensitive. Environment variables such as
 * `%APPDATA%` are not expanded; their `%` act as wildcards.
 */
export function checkPath(raw: string, type: PathType, literal: boolean): Checked {
  const control = findControlCharacter(raw);
  if (control) return invalid(`contains the control character ${control}`);
  const wildcard = !literal && raw.includes("%");
  if (wildcard && /^%+$/.test(raw)) return invalid("is only wildcards and would match everything");
  const match = wildcard ? "wildcard" : "exact";
  if (type === "filename") {
    if (/[\\/]/.test(raw)) {
      return invalid("contains a path separator; use file_path for a full path or pathname for a directory");
    }
    if (raw === "." || raw === "..") return invalid("is not a file name");
    if (raw.length > MAX_NAME)
      return invalid(`is ${raw.length} characters; a file name has at most ${MAX_NAME}`);
    return valid(raw, match);
  }
  if (raw.length > MAX_PATH) return invalid(`is ${raw.length} characters; a path has at most ${MAX_PATH}`);
  const path = windowsSeparators(raw);
  if (type === "pathname") return valid(path, match);
  if (!isAbsolutePath(path)) {
    return invalid(
      "is not an absolute path; use pathname for a partial path, or start it with % to match any prefix",
    );
  }
  if (/[\\/]$/.test(path)) return invalid("ends with a separator, so it names a directory; use pathname");
  return valid(path, match);
}
