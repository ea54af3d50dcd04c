import { z } from "zod";

const Id = z.union([z.string(), z.number()]).transform(String);
const Flag = z
  .union([z.boolean(), z.number(), z.string()])
  .transform((v) => v === true || v === 1 || v === "1" || v === "true");

/** The fields of a MISP attribute (from `/attributes/restSearch`) that the hunter reads. */
export const MispAttributeSchema = z.looseObject({
  id: Id,
  event_id: Id,
  type: z.string(),
  value: z.string(),
  uuid: z.string().optional(),
  category: z.string().optional(),
  to_ids: Flag.optional(),
  comment: z.string().nullish(),
  object_relation: z.string().nullish(),
  event_uuid: z.string().optional(),
  Event: z
    .looseObject({ id: Id.optional(), info: z.string().optional(), uuid: z.string().optional() })
    .optional(),
  Tag: z.array(z.looseObject({ name: z.string() })).optional(),
});

/** A MISP attribute as validated by {@link MispAttributeSchema}. */
export type MispAttribute = z.infer<typeof MispAttributeSchema>;

/**
 * The body of a JSON attribute search: `{"response": {"Attribute": [...]}}`. Some MISP versions
 * answer an empty search with `{"response": []}`, so that is accepted as no attributes.
 */
export const MispSearchResponseSchema = z.object({
  response: z.union([z.object({ Attribute: z.array(z.unknown()) }), z.array(z.unknown()).max(0)]),
});
