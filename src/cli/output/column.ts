/** One column of table and CSV output: a header and how to read it from a record. */
export interface Column<T> {
  header: string;
  value(record: T): string | number | boolean | undefined | null;
}

/** Render a cell as text: empty for missing values, ISO strings unchanged. */
export function cellText(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return "";
  return String(value);
}
