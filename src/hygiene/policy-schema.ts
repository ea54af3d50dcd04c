/**
 * The hygiene policy file: every field optional, every default safe (when unsure, review or keep,
 * never delete). Each field is documented in docs/hygiene-policy.md; keep the two in step.
 */
import { z } from "zod";

const patterns = z.array(z.string().trim().min(1, "must not be empty")).default([]);

/** Exclusions: matching devices are skipped outright (never reviewed, never deleted). */
const exclusionsSchema = z.strictObject({
  /** Globs (`*`, `?`), case-insensitive, against the short name and the full Central hostname. */
  hostnamePatterns: patterns,
  /** Tenant ids, or tenant names (case-insensitive) when the caller supplies names. */
  tenants: patterns,
  /** Central group names (case-insensitive) or group ids. */
  groups: patterns,
});

/**
 * The optional quarantine stage: instead of deleting at once, move candidates into a Central group
 * and delete only what is still inactive after the grace period. Off by default.
 */
const quarantineSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** The Central endpoint group candidates wait in (created on first use, per group type). */
  groupName: z.string().trim().min(1, "must not be empty").max(100).default("Pending removal"),
  graceDays: z.number().int().min(1).max(365).default(14),
});

/** The zod schema of a policy file; unknown keys are errors so a typo never silently loosens a rule. */
export const policySchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    inactiveDays: z.number().int().min(1).max(3650).default(90),
    retiredOus: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[^=,]+=[^,]/, "must be a DN such as OU=Disabled Computers,DC=corp,DC=com"),
      )
      .default([]),
    disabledCountsAsRetired: z.boolean().default(false),
    withoutDirectory: z.enum(["delete", "review"]).default("review"),
    notInDirectory: z.enum(["review", "keep"]).default("review"),
    allowServers: z.boolean().default(false),
    osBuildMismatch: z.enum(["review", "ignore"]).default("review"),
    exclusions: exclusionsSchema.prefault({}),
    infrastructureHostnamePatterns: patterns,
    infrastructureGroups: patterns,
    infrastructureProductCodes: patterns,
    duplicateTwinRecentDays: z.number().int().min(1).max(3650).default(14),
    maxDeleteShare: z.number().min(0).max(1).default(0.1),
    maxDeletesPerRun: z.number().int().min(0).default(25),
    planTtlHours: z.number().positive().max(720).default(72),
    quarantine: quarantineSchema.prefault({}),
  })
  .superRefine((policy, ctx) => {
    // A twin "seen recently" must be more recent than the inactivity line, or the rule contradicts itself.
    if (policy.duplicateTwinRecentDays >= policy.inactiveDays) {
      ctx.addIssue({
        code: "custom",
        path: ["duplicateTwinRecentDays"],
        message: `must be less than inactiveDays (${policy.inactiveDays})`,
      });
    }
  });

/** A parsed policy with every default filled in. */
export type Policy = z.output<typeof policySchema>;

/** The policy used when no file is given: review-first, servers protected, 90 days, 25 deletes a run. */
export function defaultPolicy(): Policy {
  return policySchema.parse({});
}
