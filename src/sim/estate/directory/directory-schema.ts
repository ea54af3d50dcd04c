/** The zod schema of a tenant's `directory` section (docs/estate-format.md, *Directory*). */
import { z } from "zod";
import { isoTime, text } from "../schema-parts.js";
import { domainDn } from "./directory-names.js";

// Characters AD forbids in a sAMAccountName.
const BAD_ACCOUNT = /["/[\]:;|=,+*?<>@\\]/;

const computer = z.looseObject({
  name: text.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: "expected a computer name (letters, digits, '-', '_' or '.')",
  }),
  dnsHostName: text.optional(),
  distinguishedName: text.regex(/^CN=/i, { message: "expected a DN starting with CN=, e.g. CN=PC1,OU=..." }),
  enabled: z.boolean().default(true),
  operatingSystem: z.string().optional(),
  operatingSystemVersion: z.string().optional(),
  lastLogonDate: isoTime.optional(),
  whenChanged: isoTime.optional(),
  managedBy: z.string().optional(),
});

/** A tenant's Active Directory: domain names, the retired OU, computers and VIP users. */
export const directorySchema = z
  .looseObject({
    netbios: text.regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/, {
      message: "expected a NetBIOS domain name: 1 to 15 letters, digits or '-'",
    }),
    dns: text.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, {
      message: "expected a DNS domain such as corp.example.com",
    }),
    retiredOu: text.optional(),
    computers: z.array(computer).default([]),
    vipUsers: z
      .array(
        text.refine((name) => !BAD_ACCOUNT.test(name), {
          message: "expected a sAMAccountName such as jdoe (no domain prefix, no @)",
        }),
      )
      .default([]),
  })
  .transform((d) => ({
    ...d,
    netbios: d.netbios.toUpperCase(),
    dns: d.dns.toLowerCase(),
    retiredOu: d.retiredOu ?? `OU=Disabled Computers,${domainDn(d.dns.toLowerCase())}`,
  }));
