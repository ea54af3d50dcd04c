import type { EstateIssue } from "../check-estate-references.js";
import type { Estate } from "../estate-types.js";
import { domainDn } from "./directory-names.js";

/**
 * Checks of each tenant's `directory` the schema cannot express: computer names are unique in the
 * domain (as AD enforces), and DNs and DNS host names lie in the directory's own domain, because
 * hygiene correlates devices with computers by name and domain.
 */
export function checkDirectories(estate: Estate): EstateIssue[] {
  const issues: EstateIssue[] = [];
  estate.tenants.forEach((tenant, t) => {
    const directory = tenant.directory;
    if (directory === undefined) return;
    const at = ["tenants", t, "directory", "computers"];
    const suffix = `,${domainDn(directory.dns)}`.toLowerCase();
    const names = new Map<string, number>();
    directory.computers.forEach((computer, c) => {
      const key = computer.name.toLowerCase();
      const first = names.get(key);
      if (first !== undefined)
        issues.push({
          path: [...at, c, "name"],
          message: `computer ${computer.name} is already at computers[${first}]; names are unique in a domain`,
        });
      else names.set(key, c);
      const dn = computer.distinguishedName.replace(/\s*([,=])\s*/g, "$1").toLowerCase();
      if (!dn.endsWith(suffix))
        issues.push({
          path: [...at, c, "distinguishedName"],
          message: `not in the directory's domain ${directory.dns} (expected a DN ending in ${suffix.slice(1)})`,
        });
      const host = computer.dnsHostName?.toLowerCase();
      if (host !== undefined && !host.endsWith(`.${directory.dns}`))
        issues.push({
          path: [...at, c, "dnsHostName"],
          message: `not in the directory's domain ${directory.dns}`,
        });
    });
  });
  return issues;
}
