/**
 * Where a POST sends the browser: the action's `redirect` when it is a path on this site, else `/`
 * (an action echoing a form field must not become an open redirect), with `?flash=ID` added.
 */
export function localRedirect(redirect: string, flashId?: string): string {
  let url: URL;
  try {
    url = new URL(redirect, "http://dashboard.invalid");
  } catch {
    url = new URL("/", "http://dashboard.invalid");
  }
  const local = redirect.startsWith("/") && !redirect.startsWith("//") && !redirect.startsWith("/\\");
  if (!local || url.origin !== "http://dashboard.invalid") url = new URL("/", "http://dashboard.invalid");
  if (flashId !== undefined) url.searchParams.set("flash", flashId);
  return `${url.pathname}${url.search}`;
}
