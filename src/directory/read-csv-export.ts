import { readCsvBatchesWithCsvParse } from "./csv-parse-records.js";
import { CsvSyntaxError, CsvTokenizer, type CsvRecordSink } from "./csv-records.js";
import { DirectoryFileError } from "./directory-file-error.js";
import { ColumnError, mapColumns, type ColumnMap } from "./export-columns.js";
import { normaliseExportRow, type ExportRow, type ExportRowContext } from "./export-row.js";
import type { ExportSettings } from "./export-settings.js";
import { openTextChunks } from "./open-text-file.js";
import type { DirectoryComputer } from "./types.js";

/**
 * Stream the computers of a `Get-ADComputer ... | Export-Csv` file in file order, one batch per
 * chunk read. A bad header or line throws a {@link DirectoryFileError} naming `file:line`. An
 * optional `#TYPE ...` first line (Windows PowerShell without `-NoTypeInformation`) is skipped.
 */
export async function* readCsvExportBatches(
  file: string,
  settings: ExportSettings,
): AsyncGenerator<DirectoryComputer[]> {
  const chunks = await openTextChunks(file);
  let out: DirectoryComputer[] = [];
  let toRow: ((fields: string[]) => ExportRow) | undefined;
  let width = 0;
  let current = 0;
  const context: ExportRowContext = {
    locate: () => ({ file, line: current }),
    clock: settings.clock,
    netbiosDomains: settings.netbiosDomains,
  };
  const tokenizer = new CsvTokenizer(settings.delimiter);
  const sink: CsvRecordSink = (fields, line) => {
    current = line;
    if (toRow === undefined) {
      if (fields[0]?.startsWith("#TYPE")) return;
      const columns = headerColumns(file, line, fields, settings);
      toRow = rowBuilder(columns);
      tokenizer.keepOnly(Object.values(columns));
      width = fields.length;
      return;
    }
    if (fields.length !== width) {
      throw new DirectoryFileError(
        { file, line },
        `unparseable line: ${fields.length} fields where the header has ${width}; an unquoted comma or a cut-off line?`,
      );
    }
    out.push(normaliseExportRow(toRow(fields), `${file}:${line}`, context));
  };
  try {
    if (settings.csvEngine === "csv-parse") {
      for await (const batch of readCsvBatchesWithCsvParse(chunks, settings.delimiter)) {
        for (const record of batch) sink(record.fields, record.line);
        if (out.length > 0) yield out;
        out = [];
      }
    } else {
      for await (const chunk of chunks) {
        tokenizer.push(chunk, sink);
        if (out.length > 0) yield out;
        out = [];
      }
      tokenizer.end(sink);
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new DirectoryFileError({ file, line: error.line }, `unparseable line: ${error.message}`);
    }
    throw error;
  }
  if (out.length > 0) yield out;
  if (toRow === undefined) {
    throw new DirectoryFileError(
      { file },
      'empty file: expected a header line such as "Name","DNSHostName",...',
    );
  }
}

// Builds every row with the same object shape, which keeps property access fast across a million rows.
function rowBuilder(c: ColumnMap): (fields: string[]) => ExportRow {
  const at = (fields: string[], index: number | undefined): string | undefined =>
    index === undefined ? undefined : fields[index];
  return (f) => ({
    name: at(f, c.name),
    dnsHostName: at(f, c.dnsHostName),
    distinguishedName: at(f, c.distinguishedName),
    enabled: at(f, c.enabled),
    operatingSystem: at(f, c.operatingSystem),
    operatingSystemVersion: at(f, c.operatingSystemVersion),
    lastLogonDate: at(f, c.lastLogonDate),
    lastLogonTimestamp: at(f, c.lastLogonTimestamp),
    whenChanged: at(f, c.whenChanged),
    modified: at(f, c.modified),
    managedBy: at(f, c.managedBy),
    userAccountControl: at(f, c.userAccountControl),
  });
}

function headerColumns(file: string, line: number, fields: string[], settings: ExportSettings): ColumnMap {
  if (fields.length === 1 && settings.delimiter === "," && /[;\t]/.test(fields[0] ?? "")) {
    throw new DirectoryFileError(
      { file, line },
      "the header has one column but contains ';' or a tab: export with Export-Csv's default comma " +
        "(no -UseCulture) or set the delimiter",
    );
  }
  try {
    return mapColumns(fields, settings.allowUnknownColumns);
  } catch (error) {
    if (error instanceof ColumnError) throw new DirectoryFileError({ file, line }, error.message);
    throw error;
  }
}
