import { z } from "zod";

/** One SIEM item: only what centralctl relies on is checked; every other field passes through. */
const siemItem = z.looseObject({
  id: z.string().min(1),
  created_at: z.string().optional(),
  when: z.string().optional(),
  type: z.string().optional(),
  severity: z.string().optional(),
});

/** A SIEM API item as centralctl writes it (the API object, untouched). */
export type SiemRecord = z.output<typeof siemItem>;

/** A page of `GET /siem/v1/events|alerts` (reference §9.1), validated at the boundary. */
export const siemPageSchema = z.object({
  has_more: z.boolean(),
  next_cursor: z.string().min(1),
  items: z.array(siemItem),
});

/** A validated SIEM page. */
export type SiemPageBody = z.output<typeof siemPageSchema>;
