import type { DashboardRequest } from "../dashboard-types.js";
import { html, type SafeHtml } from "../html.js";

/** Badge classes the dashboard stylesheet knows. */
export type BadgeKind = "delete" | "review" | "keep" | "skip" | "ok" | "warn" | "error";

const KINDS = new Set<string>(["delete", "review", "keep", "skip", "ok", "warn", "error"]);

/**
 * A badge; `kind` picks the colour. The class is chosen from a fixed list, never copied from data,
 * so a hostile value cannot add classes or attributes.
 */
export function badge(kind: BadgeKind, label: string): SafeHtml {
  return html`<span class="badge badge-${kind}">${label}</span>`;
}

/** The badge for a hygiene action (`delete`, `review`, `keep`, `skip`); anything else shows as a warning. */
export function actionBadge(action: string): SafeHtml {
  const kind: BadgeKind = KINDS.has(action) && action !== "ok" ? (action as BadgeKind) : "warn";
  return badge(kind, action);
}

/** Reason codes as a row of neutral badges, strongest first as the plan lists them. */
export function reasonBadges(reasons: readonly string[]): SafeHtml {
  return html`${reasons.map((reason, i) => html`${i > 0 ? " " : ""}${badge("skip", reason)}`)}`;
}

/** The hidden anti-forgery field every `<form method="post">` must carry. */
export function csrfField(request: Pick<DashboardRequest, "csrfToken">): SafeHtml {
  return html`<input type="hidden" name="csrf" value="${request.csrfToken}" />`;
}
