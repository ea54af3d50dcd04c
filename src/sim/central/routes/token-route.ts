import { randomUUID } from "node:crypto";
import type { SimCredential } from "../../estate/estate-types.js";
import { SimHttpError } from "../http/sim-http-error.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";

const invalid = (errorCode: string, message: string, status = 400): SimHttpError =>
  new SimHttpError(status, message, { errorCode });

/** Form fields (client credentials, reference §2.1) or a JSON body (refresh grant, §2.3). */
function readFields(context: RouteContext): Record<string, string> {
  const type = String(context.headers["content-type"] ?? "");
  if (type.includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(context.rawBody || "{}");
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
      }
    } catch {
      // fall through to the error below
    }
    throw invalid("oauth.invalid_request", "Request body is not a JSON object");
  }
  return Object.fromEntries(new URLSearchParams(context.rawBody));
}

function checkSecret(context: RouteContext, fields: Record<string, string>): SimCredential {
  const clientId = fields["client_id"];
  const clientSecret = fields["client_secret"];
  if (!clientId || !clientSecret) {
    throw invalid("oauth.missing_param", "client_id and client_secret are required form fields");
  }
  const credential = context.state.credentialByClientId(clientId);
  // The documented failure is a bad secret (reference §2.4); an unknown client id gets the same
  // answer here so that the simulator does not reveal which client ids exist.
  if (!credential || credential.clientSecret !== clientSecret) {
    throw invalid("oauth.invalid_client_secret", "Unauthorized", 401);
  }
  return credential;
}

/** `POST https://id.sophos.com/api/v2/oauth2/token`: client-credentials and refresh grants. */
export const tokenRoute: RouteDef = {
  method: "POST",
  host: "id",
  path: "/api/v2/oauth2/token",
  scope: "none",
  handle(context) {
    const fields = readFields(context);
    const grant = fields["grant_type"];
    const state = context.state;
    let credential: SimCredential;
    if (grant === "client_credentials") {
      credential = checkSecret(context, fields);
    } else if (grant === "refresh_token") {
      credential = checkSecret(context, fields);
      if (state.tokens.refreshCredential(fields["refresh_token"] ?? "") !== credential) {
        throw invalid("oauth.invalid_refresh_token", "Unauthorized", 401);
      }
    } else {
      throw invalid(
        "oauth.unsupported_grant_type",
        `grant_type must be client_credentials, got '${grant ?? ""}'`,
      );
    }
    return {
      status: 200,
      body: {
        access_token: state.tokens.issue(credential, context.now, state.tokenTtlSeconds),
        refresh_token: state.tokens.issueRefresh(credential),
        token_type: "bearer",
        expires_in: state.tokenTtlSeconds,
        errorCode: "success",
        message: "OK",
        trackingId: randomUUID(),
      },
    };
  },
};
