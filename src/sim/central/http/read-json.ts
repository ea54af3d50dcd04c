import type { RouteContext } from "../routing/route-types.js";
import { badRequest } from "./sim-http-error.js";

/**
 * The request body as a JSON object. Central's POST routes reject a missing body (clients send `{}`
 * for body-less actions such as scans; reference §1.4), so an empty body is a 400 too.
 */
export function readJsonObject(context: RouteContext): Record<string, unknown> {
  if (context.rawBody.trim() === "")
    throw badRequest("A JSON request body is required (send {} when there is nothing to say)");
  let parsed: unknown;
  try {
    parsed = JSON.parse(context.rawBody);
  } catch (error) {
    throw badRequest(
      `Request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw badRequest("Request body must be a JSON object");
  return parsed as Record<string, unknown>;
}
