import { FIRST_NAMES, LAST_NAMES } from "./names-catalogue.js";
import { flat, type Rng } from "./prng.js";

/** A user of a customer tenant: the `associatedPerson` of their devices, or an admin. */
export interface Person {
  firstName: string;
  lastName: string;
  /** Unique within the tenant, e.g. `jdoe`, `jdoe2`. */
  login: string;
  /** The wire `associatedPerson`, shared by all of this person's devices. */
  associated: { id: string; name: string; viaLogin: string };
}

/**
 * Create `count` people for a tenant whose Windows domain is `netbios` (e.g. `CORP`), with
 * `DOMAIN\login` logins as the agent reports them.
 */
export function generatePeople(rng: Rng, count: number, netbios: string): Person[] {
  const used = new Map<string, number>();
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const base = `${firstName[0]}${lastName}`.toLowerCase().replace(/[^a-z0-9]/g, "");
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    const login = seen === 1 ? base : `${base}${seen}`;
    const name = flat(`${firstName} ${lastName}`);
    people.push({
      firstName,
      lastName,
      login,
      associated: Object.freeze({ id: rng.uuid(), name, viaLogin: flat(`${netbios}\\${login}`) }),
    });
  }
  return people;
}
