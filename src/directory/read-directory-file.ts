import { extname } from "node:path";
import { resolveExportSettings, type DirectoryFileOptions } from "./export-settings.js";
import { openTextChunks } from "./open-text-file.js";
import { readCsvExportBatches } from "./read-csv-export.js";
import { readJsonExport } from "./read-json-export.js";
import type { DirectoryComputer } from "./types.js";

/**
 * Read a directory export (`--directory-file`) as a stream of {@link DirectoryComputer}s: the CSV of
 * `Get-ADComputer -Filter * -Properties ... | Export-Csv -NoTypeInformation`, or the JSON of
 * `ConvertTo-Json`. By default the whole file is checked before the first computer is yielded, so a
 * bad file throws a `DirectoryFileError` (naming file:line or the JSON path) and yields nothing.
 * Memory stays flat for CSV of any size.
 * @example for await (const computer of readDirectoryFile("ad.csv", { timeZone: "Europe/Berlin" })) ...
 */
export async function* readDirectoryFile(
  file: string,
  options: DirectoryFileOptions = {},
): AsyncGenerator<DirectoryComputer> {
  for await (const batch of readDirectoryFileBatches(file, options)) yield* batch;
}

/**
 * {@link readDirectoryFile} in batches (one per chunk read, a few thousand computers), for consumers
 * of million-row exports: it saves a promise per computer.
 */
export async function* readDirectoryFileBatches(
  file: string,
  options: DirectoryFileOptions = {},
): AsyncGenerator<DirectoryComputer[]> {
  const settings = resolveExportSettings(options);
  const format = options.format ?? (await detectFormat(file));
  if (format === "json") {
    yield await readJsonExport(file, settings);
    return;
  }
  if (options.validateFirst ?? true) {
    for await (const batch of readCsvExportBatches(file, settings)) void batch;
  }
  yield* readCsvExportBatches(file, settings);
}

async function detectFormat(file: string): Promise<"csv" | "json"> {
  const extension = extname(file).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".csv") return "csv";
  for await (const chunk of await openTextChunks(file)) {
    const first = chunk.trimStart()[0];
    if (first !== undefined) return first === "[" || first === "{" ? "json" : "csv";
  }
  return "csv";
}
