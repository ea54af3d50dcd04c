/**
 * A URL safe to show in errors and logs: user info, query string and fragment removed, since any of
 * them may carry a credential (`https://user:pass@host`, `?token=...`, `?sig=...`).
 */
export function displayUrl(url: string | URL): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === "/" ? "" : parsed.pathname;
    return `${parsed.protocol}//${parsed.host}${path}`;
  } catch {
    return "<invalid URL>";
  }
}
