/**
 * The zod schema of estate files (`docs/estate-format.md`). Loading validates and normalises:
 * timestamps become `YYYY-MM-DDTHH:MM:SS.mmmZ`, ids lower case, and optional fields get their
 * defaults. Objects are "loose": unknown keys are kept, so newer sections survive older readers.
 */
import { z } from "zod";
import type { DataRegion } from "../../central/types.js";
import { directorySchema } from "./directory/directory-schema.js";
import { REGION_GEOGRAPHY } from "./generate/names-catalogue.js";
import { savedQueriesSchema } from "./saved-queries/saved-query-schema.js";
import { isoTime, text, uuid } from "./schema-parts.js";

const health = z.enum(["good", "suspicious", "bad", "unknown"]);
const regions = Object.keys(REGION_GEOGRAPHY) as [DataRegion, ...DataRegion[]];
const principal = z.looseObject({
  id: z.string(),
  type: z.enum(["user", "service", "system"]),
  name: z.string(),
  accountType: z.enum(["tenant", "partner", "organization"]).optional(),
  accountId: z.string().optional(),
});

const endpoint = z.looseObject({
  id: uuid,
  type: z.enum(["computer", "server", "securityVm"]),
  hostname: text,
  os: z.looseObject({
    isServer: z.boolean().default(false),
    platform: z.enum(["windows", "linux", "macOS"]),
    name: text,
    majorVersion: z.number().int().default(0),
    minorVersion: z.number().int().default(0),
    build: z.number().int().optional(),
  }),
  health: z
    .looseObject({
      overall: health,
      threats: z.looseObject({ status: health }),
      services: z.looseObject({
        status: health,
        serviceDetails: z.array(z.looseObject({ name: z.string(), status: z.string() })).default([]),
      }),
    })
    .default({
      overall: "good",
      threats: { status: "good" },
      services: { status: "good", serviceDetails: [] },
    }),
  ipv4Addresses: z.array(z.string()).default([]),
  ipv6Addresses: z.array(z.string()).default([]),
  macAddresses: z.array(z.string()).default([]),
  group: z.looseObject({ id: z.string(), name: z.string() }).optional(),
  associatedPerson: z.looseObject({ id: z.string(), name: z.string(), viaLogin: z.string() }).optional(),
  tamperProtectionSupported: z.boolean().default(true),
  tamperProtectionEnabled: z.boolean().default(true),
  tamperProtectionPassword: z.string().default("CHANGEME00000000"),
  previousTamperProtectionPasswords: z
    .array(z.looseObject({ password: z.string(), invalidatedAt: isoTime }))
    .optional(),
  assignedProducts: z
    .array(z.looseObject({ code: z.string(), version: z.string(), status: z.string() }))
    .default([]),
  lastSeenAt: isoTime,
  lastOsUpdateAt: isoTime.optional(),
  lastAgentUpdateAt: isoTime.optional(),
  serialNumber: z.string().optional(),
  encryption: z
    .looseObject({
      volumes: z.array(z.looseObject({ volumeId: z.string(), status: z.string() })),
      overallStatus: z.string(),
    })
    .optional(),
  lockdown: z.looseObject({ status: z.string(), updateStatus: z.string() }).optional(),
  cloud: z.looseObject({ provider: z.string(), instanceId: z.string() }).optional(),
  isolation: z
    .looseObject({
      enabled: z.boolean(),
      selfIsolated: z.boolean().optional(),
      comment: z.string().optional(),
      lastEnabledAt: isoTime.optional(),
      lastEnabledBy: principal.optional(),
      lastDisabledAt: isoTime.optional(),
      lastDisabledBy: principal.optional(),
      changePendingUntil: isoTime.optional(),
    })
    .optional(),
  cloned: z.boolean().optional(),
});

const alert = z.looseObject({
  id: uuid,
  allowedActions: z.array(z.string()).default(["acknowledge"]),
  category: text,
  description: z.string(),
  groupKey: z.string().default(""),
  managedAgent: z.looseObject({ id: z.string(), type: z.string(), name: z.string().optional() }).optional(),
  person: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
  product: text,
  raisedAt: isoTime,
  severity: z.enum(["high", "medium", "low"]),
  type: text,
});

const withId = z.looseObject({ id: uuid });
const withIdName = z.looseObject({ id: uuid, name: z.string() });

const tenant = z
  .looseObject({
    id: uuid,
    name: text,
    showAs: z.string().optional(),
    dataRegion: z.enum(regions, { message: `expected a region code (${regions.join(", ")})` }),
    dataGeography: z.string().optional(),
    billingType: z.enum(["term", "trial", "usage"]).default("term"),
    status: z.string().optional(),
    partnerId: uuid.optional(),
    organizationId: uuid.optional(),
    managed: z.boolean().optional(),
    apiHostAvailable: z.boolean().optional(),
    domain: z.looseObject({ netbios: text, dns: text }).optional(),
    tamperProtectionEnabled: z.boolean().default(true),
    endpoints: z.array(endpoint).default([]),
    alerts: z.array(alert).default([]),
    localSites: z
      .array(
        z.looseObject({
          id: uuid,
          url: text,
          categoryId: z.number().int().optional(),
          tags: z.array(z.string()).optional(),
          comment: z.string().optional(),
        }),
      )
      .default([]),
    admins: z.array(withId).default([]),
    roles: z.array(withIdName).default([]),
    firewalls: z.array(withId).default([]),
    firewallGroups: z.array(withIdName).default([]),
    directory: directorySchema.optional(),
    savedQueries: savedQueriesSchema.optional(),
  })
  .transform((t) => ({ ...t, dataGeography: t.dataGeography ?? REGION_GEOGRAPHY[t.dataRegion] }));

/** The schema of a whole estate file. */
export const estateSchema = z.looseObject({
  format: z.literal("centralctl-estate", {
    message: 'expected "centralctl-estate" (is this an estate file?)',
  }),
  version: z.literal(1, { message: "expected 1 (this file was written by a newer centralctl?)" }),
  generatedAt: isoTime,
  seed: z.number().optional(),
  partners: z.array(z.looseObject({ id: uuid, name: text })).default([]),
  organizations: z.array(z.looseObject({ id: uuid, name: text, partnerId: uuid.optional() })).default([]),
  credentials: z
    .array(
      z.looseObject({
        kind: z.enum(["partner", "organization", "tenant"]),
        id: uuid,
        clientId: text,
        clientSecret: text,
      }),
    )
    .default([]),
  webControlCategories: z
    .array(z.looseObject({ id: z.number().int(), name: z.string(), label: z.string().optional() }))
    .optional(),
  tenants: z.array(tenant),
  savedQueries: savedQueriesSchema.optional(),
});
