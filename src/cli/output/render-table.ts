const MAX_CELL = 48;

/** Render rows as an aligned plain-text table; long cells are shortened with an ellipsis. */
export function renderTable(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return "(no records)\n";
  const clipped = rows.map((row) => row.map(clip));
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...clipped.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  const separator = widths.map((width) => "-".repeat(width)).join("  ");
  return `${[line(headers), separator, ...clipped.map(line)].join("\n")}\n`;
}

function clip(cell: string): string {
  const flat = cell.replace(/\s+/g, " ");
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}
