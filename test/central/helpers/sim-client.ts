import { after } from "node:test";
import { CentralClient, type CentralClientOptions, type Tenant } from "../../../src/central/index.js";
import type { RunningSimulator, SimCredential } from "../../../src/sim/index.js";

/** The simulator credential of a caller kind (the first one for tenants). */
export function credentialOf(sim: RunningSimulator, kind: SimCredential["kind"]): SimCredential {
  const found = sim.credentials.find((c) => c.kind === kind);
  if (!found) throw new Error(`simulator has no ${kind} credential`);
  return found;
}

/** A client signed in with `credential` against `sim`; the caller closes it. */
export function clientFor(
  sim: RunningSimulator,
  credential: SimCredential,
  extra: Partial<CentralClientOptions> = {},
): CentralClient {
  return new CentralClient({
    clientId: credential.clientId,
    clientSecret: credential.clientSecret,
    idUrl: sim.idUrl,
    apiUrl: sim.apiUrl,
    ...extra,
  });
}

/** The simulator's partner client (every tenant), as the CLI signs in; the caller closes it. */
export const partnerClient = (
  sim: RunningSimulator,
  extra: Partial<CentralClientOptions> = {},
): CentralClient => clientFor(sim, credentialOf(sim, "partner"), extra);

/** A client for `credential` against `sim`, with fast retries; closed after the test. */
export function simClient(
  sim: RunningSimulator,
  credential: SimCredential,
  extra: Partial<CentralClientOptions> = {},
): CentralClient {
  const client = clientFor(sim, credential, {
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 10 },
    ...extra,
  });
  after(() => client.close());
  return client;
}

/** Drain an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Every tenant of a client. */
export const tenantsOf = (client: CentralClient): Promise<Tenant[]> => collect(client.listTenants());

/** Sorted ids, for set comparisons that show the difference when they fail. */
export const sortedIds = (items: Iterable<{ id: string }>): string[] => [...items].map((i) => i.id).sort();
