/** The zod schema of `savedQueries` (top level and per tenant; docs/estate-format.md). */
import { z } from "zod";
import { text, uuid } from "../schema-parts.js";
import { VARIABLE_DATA_TYPES } from "./estate-saved-query-types.js";
import { savedQueryId } from "./saved-query-id.js";

const variable = z.looseObject({
  name: text,
  dataType: z.enum(VARIABLE_DATA_TYPES, {
    message: `expected one of ${VARIABLE_DATA_TYPES.join(", ")}`,
  }),
  pivotType: z.string().optional(),
});

const savedQuery = z
  .looseObject({
    id: uuid.optional(),
    api: z.enum(["ld", "xdr"], { message: 'expected "ld" (Live Discover) or "xdr" (Data Lake)' }),
    name: text.max(300, { message: "expected at most 300 characters" }),
    description: z.string().default(""),
    // The bounds Sophos puts on a query template (reference §7.2).
    template: z
      .string()
      .min(15, { message: "expected SQL of 15 to 50000 characters" })
      .max(50_000, { message: "expected SQL of 15 to 50000 characters" }),
    variables: z.array(variable).default([]),
    category: text.default("Saved queries"),
  })
  .transform((q) => ({ ...q, id: q.id ?? savedQueryId(q.api, q.name) }));

/** A list of saved queries. */
export const savedQueriesSchema = z.array(savedQuery);
