/**
 * One RFC 4180 CSV line. Cells that a spreadsheet would run as a formula (`=`, `+`, `@`, or `-`
 * followed by a non-number) get a leading apostrophe: alert descriptions and hostnames come from
 * remote systems, and a security tool must not hand an attacker a formula injection.
 */
export function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function csvCell(raw: string): string {
  const value = isFormulaLike(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function isFormulaLike(value: string): boolean {
  const first = value[0];
  if (first === "=" || first === "+" || first === "@" || first === "\t" || first === "\r") return true;
  return first === "-" && !/^-\d/.test(value);
}
