import { registerSecret } from "../util/redact.js";

/**
 * The Authorization header for a ticket-system secret: `user:password` (ServiceNow) or
 * `email:api-token` (Jira Cloud) becomes Basic auth; anything without a colon is a bearer token
 * (ServiceNow OAuth token, Jira Data Center personal access token, a SOAR API key).
 *
 * @example ticketAuthorization("svc-centralctl:s3cret") // "Basic c3ZjLWNlbnRyYWxjdGw6czNjcmV0"
 */
export function ticketAuthorization(secret: string | undefined): string | undefined {
  if (secret === undefined || secret === "") return undefined;
  registerSecret(secret);
  const colon = secret.indexOf(":");
  if (colon > 0) {
    registerSecret(secret.slice(colon + 1));
    const basic = Buffer.from(secret).toString("base64");
    registerSecret(basic);
    return `Basic ${basic}`;
  }
  return `Bearer ${secret}`;
}
