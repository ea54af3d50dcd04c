import { parsePointInTime } from "../../cli/parse-time.js";

// A date-time typed without a zone: `2026-03-01 10:00`, `2026-03-01T10:00:30`.
const ZONELESS = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * The Audit page's `since` filter as a time. Read as the CLI reads `--since` (a date, a date-time or
 * an age such as `7d`), except that a date-time without a zone means UTC: the page shows every time
 * in UTC, and JavaScript would otherwise read it in the zone of whatever machine runs the dashboard.
 * Throws the CLI's usage error, which names the field, for anything else.
 * @example auditSince("2026-03-01 10:00", now) // 2026-03-01T10:00:00.000Z on any machine
 */
export function auditSince(value: string, now: Date): Date {
  const zoneless = ZONELESS.exec(value.trim());
  const text = zoneless === null ? value : `${zoneless[1]}T${zoneless[2]}Z`;
  return parsePointInTime("Since", text, now);
}
