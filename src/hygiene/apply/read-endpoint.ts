import { NotFoundError, type TenantClient } from "../../central/index.js";
import type { Endpoint } from "../../central/types.js";

/** The full record of an endpoint as Central has it now, or undefined when it no longer exists. */
export async function readEndpoint(client: TenantClient, id: string): Promise<Endpoint | undefined> {
  try {
    return await client.getEndpoint(id, "full");
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
