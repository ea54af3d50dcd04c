import { fileTimeToMs } from "./ad-time.js";
import { dnsSuffix, isPlausibleHostName, parseOsBuild, shortHostName } from "./computer-names.js";
import { DirectoryFileError, type FileLocation } from "./directory-file-error.js";
import { domainFromDn } from "./domain-from-dn.js";
import { READ_COLUMNS, type ReadField } from "./export-columns.js";
import { EXPORT_DATE_FORMATS, parseExportDate } from "./export-date.js";
import type { DirectoryComputer } from "./types.js";
import type { WallClock } from "./wall-clock.js";

/** The raw values of one exported computer, by field: strings from CSV, any JSON value from JSON. */
export type ExportRow = Partial<Record<ReadField, unknown>>;

/** What {@link normaliseExportRow} needs besides the row; built once per file, not per row. */
export interface ExportRowContext {
  /** Where a field of the row being normalised is, for errors. */
  locate: (field: ReadField) => FileLocation;
  clock: WallClock;
  /** NetBIOS names by lower-case DNS domain. */
  netbiosDomains: ReadonlyMap<string, string>;
}

/**
 * Turn one exported row into a {@link DirectoryComputer}, or throw a {@link DirectoryFileError} that
 * names the row and field. `Enabled` falls back to `userAccountControl` bit 2, and when neither is
 * present the account counts as enabled: unknown must never make a device look retired.
 */
export function normaliseExportRow(
  row: ExportRow,
  source: string,
  context: ExportRowContext,
): DirectoryComputer {
  const rawName = text(row, "name", context);
  if (rawName === undefined) fail(context, "name", "empty; every computer needs a Name");
  const name = shortHostName(rawName);
  if (!isPlausibleHostName(name))
    fail(context, "name", `"${rawName}" is not a computer name; are the columns shifted?`);
  const computer: DirectoryComputer = {
    name,
    distinguishedName: text(row, "distinguishedName", context) ?? "",
    enabled: enabledOf(row, context),
    source,
  };
  const dnsHostName = text(row, "dnsHostName", context)?.toLowerCase();
  if (dnsHostName !== undefined) computer.dnsHostName = dnsHostName;
  let domain = dnsHostName === undefined ? undefined : dnsSuffix(dnsHostName);
  if (domain === undefined && computer.distinguishedName !== "") {
    try {
      domain = domainFromDn(computer.distinguishedName);
    } catch (error) {
      fail(context, "distinguishedName", (error as Error).message);
    }
  }
  if (domain !== undefined) {
    computer.domain = domain;
    const netbios = context.netbiosDomains.get(domain);
    if (netbios !== undefined) computer.netbiosDomain = netbios;
  }
  const os = text(row, "operatingSystem", context);
  if (os !== undefined) computer.operatingSystem = os;
  const version = text(row, "operatingSystemVersion", context);
  if (version !== undefined) {
    computer.operatingSystemVersion = version;
    const build = parseOsBuild(version);
    if (build !== undefined) computer.osBuild = build;
  }
  const lastLogonAt = date(row, "lastLogonDate", context) ?? fileTime(row, context);
  if (lastLogonAt !== undefined) computer.lastLogonAt = lastLogonAt;
  const whenChangedAt = date(row, "whenChanged", context) ?? date(row, "modified", context);
  if (whenChangedAt !== undefined) computer.whenChangedAt = whenChangedAt;
  const managedBy = text(row, "managedBy", context);
  if (managedBy !== undefined) computer.managedBy = managedBy;
  return computer;
}

function fail(context: ExportRowContext, field: ReadField, problem: string): never {
  throw new DirectoryFileError(context.locate(field), `${READ_COLUMNS[field]}: ${problem}`);
}

function text(row: ExportRow, field: ReadField, context: ExportRowContext): string | undefined {
  const value = row[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return fail(context, field, `expected text, found ${JSON.stringify(value)}`);
}

function date(row: ExportRow, field: ReadField, context: ExportRowContext): number | undefined {
  let value = row[field];
  // Windows PowerShell's ConvertTo-Json may wrap a DateTime: { value: "/Date(..)/", DateTime: "..." }.
  if (value !== null && typeof value === "object" && "value" in value) value = value.value;
  if (typeof value === "number") return value;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string")
    return fail(context, field, `expected a date, found ${JSON.stringify(value)}`);
  try {
    return parseExportDate(value, context.clock);
  } catch (error) {
    return fail(
      context,
      field,
      `bad date "${value}": ${(error as Error).message}; expected ${EXPORT_DATE_FORMATS}`,
    );
  }
}

function enabledOf(row: ExportRow, context: ExportRowContext): boolean {
  if (typeof row.enabled === "boolean") return row.enabled;
  const value = text(row, "enabled", context);
  if (value !== undefined) {
    const lower = value.toLowerCase();
    if (lower === "true" || lower === "1") return true;
    if (lower === "false" || lower === "0") return false;
    return fail(context, "enabled", `bad value "${value}": expected True or False`);
  }
  const uac = text(row, "userAccountControl", context);
  if (uac === undefined) return true;
  if (!/^\d+$/.test(uac))
    return fail(context, "userAccountControl", `bad value "${uac}": expected an integer`);
  return (Number(uac) & 2) === 0;
}

function fileTime(row: ExportRow, context: ExportRowContext): number | undefined {
  const value = text(row, "lastLogonTimestamp", context);
  if (value === undefined) return undefined;
  try {
    return fileTimeToMs(value);
  } catch (error) {
    return fail(context, "lastLogonTimestamp", `bad value: ${(error as Error).message}`);
  }
}
