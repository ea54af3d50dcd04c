import { DirectoryFileError } from "./directory-file-error.js";
import { ColumnError, mapColumns, READ_COLUMNS, type ReadField } from "./export-columns.js";
import { normaliseExportRow, type ExportRow } from "./export-row.js";
import type { ExportSettings } from "./export-settings.js";
import { readTextFile } from "./open-text-file.js";
import type { DirectoryComputer } from "./types.js";

/**
 * Read the computers of a `Get-ADComputer ... | ConvertTo-Json` file: an array of objects, a
 * `{ "computers": [...] }` wrapper, or the single bare object PowerShell writes for one computer.
 * JSON cannot be streamed without a parser we do not have, so the file is read whole and checked
 * whole: the result is complete or a {@link DirectoryFileError} naming the JSON path is thrown.
 */
export async function readJsonExport(file: string, settings: ExportSettings): Promise<DirectoryComputer[]> {
  const text = await readTextFile(file);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new DirectoryFileError(
      { file, ...jsonErrorLine(text, error as Error) },
      `invalid JSON: ${(error as Error).message}`,
    );
  }
  const { items, path } = computersOf(document, file);
  return items.map((item, index) => {
    const at = `${path}[${index}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      throw new DirectoryFileError({ file, jsonPath: at }, "expected an object with Name, DNSHostName, ...");
    }
    const keys = Object.keys(item);
    let columns;
    try {
      columns = mapColumns(keys, settings.allowUnknownColumns);
    } catch (error) {
      if (error instanceof ColumnError) throw new DirectoryFileError({ file, jsonPath: at }, error.message);
      throw error;
    }
    const row: ExportRow = {};
    const values = Object.values(item);
    for (const [field, index] of Object.entries(columns) as [ReadField, number][]) row[field] = values[index];
    return normaliseExportRow(row, `${file} ${at}`, {
      locate: (field) => ({ file, jsonPath: `${at}.${keys[columns[field] ?? -1] ?? READ_COLUMNS[field]}` }),
      clock: settings.clock,
      netbiosDomains: settings.netbiosDomains,
    });
  });
}

function computersOf(document: unknown, file: string): { items: unknown[]; path: string } {
  if (Array.isArray(document)) return { items: document, path: "$" };
  if (document !== null && typeof document === "object") {
    const wrapped = Object.entries(document).find(([key]) => key.toLowerCase() === "computers");
    if (wrapped !== undefined) {
      if (!Array.isArray(wrapped[1])) {
        throw new DirectoryFileError({ file, jsonPath: `$.${wrapped[0]}` }, "expected an array of computers");
      }
      return { items: wrapped[1], path: `$.${wrapped[0]}` };
    }
    // ConvertTo-Json writes a lone object, not a one-element array, when the pipeline held one item.
    if (Object.keys(document).some((key) => key.toLowerCase() === "name"))
      return { items: [document], path: "$" };
  }
  throw new DirectoryFileError(
    { file, jsonPath: "$" },
    'expected an array of computers or { "computers": [...] }, as ConvertTo-Json writes them',
  );
}

// Node reports JSON syntax errors by character position; people want a line.
function jsonErrorLine(text: string, error: Error): { line?: number } {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return {};
  const position = Number(match[1]);
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1)) line++;
  return { line };
}
