/** Field schemas shared by the sections of the estate schema (`estate-schema.ts`). */
import { z } from "zod";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ISO date-time, normalised to `YYYY-MM-DDTHH:MM:SS.mmmZ`. */
export const isoTime = z
  .string({ message: "expected ISO date-time" })
  .regex(ISO, { message: "expected ISO date-time" })
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: "expected ISO date-time" })
  .transform((value) => new Date(Date.parse(value)).toISOString());

/** A UUID, normalised to lower case. */
export const uuid = z
  .string({ message: "expected UUID" })
  .regex(UUID, { message: "expected UUID" })
  .transform((value) => value.toLowerCase());

/** A non-empty string. */
export const text = z.string().min(1, { message: "expected a non-empty string" });
