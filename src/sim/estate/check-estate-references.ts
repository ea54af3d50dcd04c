import { checkDirectories } from "./directory/check-directory.js";
import type { Estate } from "./estate-types.js";
import { checkSavedQueries } from "./saved-queries/check-saved-queries.js";

/** A problem found in an estate, at a JSON path such as `["tenants", 2, "partnerId"]`. */
export interface EstateIssue {
  path: Array<string | number>;
  message: string;
}

/** `tenants[2].endpoints[5].lastSeenAt` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(top level)" : out;
}

/**
 * Checks the schema cannot express: ids are unique, references point at something, every credential
 * belongs to a known partner, organization or tenant, web-control category ids run from 0, and the
 * `directory` and `savedQueries` sections hold together.
 */
export function checkEstateReferences(estate: Estate): EstateIssue[] {
  const issues: EstateIssue[] = [];
  const partners = new Set(estate.partners.map((p) => p.id));
  const organizations = new Set(estate.organizations.map((o) => o.id));
  const tenants = new Set<string>();
  estate.tenants.forEach((tenant, t) => {
    if (tenants.has(tenant.id))
      issues.push({ path: ["tenants", t, "id"], message: `duplicate tenant id ${tenant.id}` });
    tenants.add(tenant.id);
    if (tenant.partnerId && !partners.has(tenant.partnerId)) {
      issues.push({
        path: ["tenants", t, "partnerId"],
        message: `no partner with id ${tenant.partnerId} in partners`,
      });
    }
    if (tenant.organizationId && !organizations.has(tenant.organizationId)) {
      issues.push({
        path: ["tenants", t, "organizationId"],
        message: `no organization with id ${tenant.organizationId} in organizations`,
      });
    }
    const endpointIds = new Set<string>();
    tenant.endpoints.forEach((endpoint, e) => {
      if (endpointIds.has(endpoint.id))
        issues.push({
          path: ["tenants", t, "endpoints", e, "id"],
          message: `duplicate endpoint id ${endpoint.id}`,
        });
      endpointIds.add(endpoint.id);
    });
  });
  const clientIds = new Set<string>();
  estate.credentials.forEach((credential, c) => {
    const known =
      credential.kind === "partner" ? partners : credential.kind === "organization" ? organizations : tenants;
    if (!known.has(credential.id)) {
      issues.push({
        path: ["credentials", c, "id"],
        message: `no ${credential.kind} with id ${credential.id}`,
      });
    }
    if (clientIds.has(credential.clientId))
      issues.push({ path: ["credentials", c, "clientId"], message: "duplicate clientId" });
    clientIds.add(credential.clientId);
  });
  estate.webControlCategories.forEach((category, i) => {
    if (category.id !== i) {
      issues.push({
        path: ["webControlCategories", i, "id"],
        message: `expected ${i}: category ids must be sorted and contiguous from 0`,
      });
    }
  });
  issues.push(...checkDirectories(estate), ...checkSavedQueries(estate));
  return issues;
}
