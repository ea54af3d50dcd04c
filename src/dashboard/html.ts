/**
 * HTML that is safe to send: every interpolated value is escaped unless it is already {@link SafeHtml}.
 * Hostnames, user names and reasons come from Central and Active Directory, which other people
 * control, so no page may build markup by plain string concatenation.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escape text for an HTML element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function fragment(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === undefined || value === null || value === false) return "";
  if (Array.isArray(value)) return value.map(fragment).join("");
  return escapeHtml(String(value));
}

/**
 * Tagged template for markup: `html\`<td>${hostname}</td>\`` escapes `hostname`; nested `html`
 * results and arrays of them are inserted as they are; undefined, null and false render nothing.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += fragment(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Markup from a trusted constant (never from data). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
