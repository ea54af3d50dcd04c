import type { Role } from "../../../central/types.js";
import type { EstateAdmin } from "../estate-types.js";
import type { Person } from "./generate-people.js";
import type { Rng } from "./prng.js";

const DAY = 86_400_000;

// Predefined Central roles (names as the Central UI shows them) plus one custom role. Shape from the
// Common API "List all roles" example: {id,name,type,principalType,permissionSets,description,...}.
const ROLE_DEFS: ReadonlyArray<
  readonly [string, "predefined" | "custom", "user" | "service", string[], string]
> = [
  [
    "Super Admin",
    "predefined",
    "user",
    ["central_super_admin"],
    "Full access to everything, including admin management.",
  ],
  ["Admin", "predefined", "user", ["central_admin"], "Full access except managing Super Admins."],
  [
    "Help Desk",
    "predefined",
    "user",
    ["central_helpdesk"],
    "Can view everything and take some actions on devices.",
  ],
  ["Read-only", "predefined", "user", ["central_read_only"], "Can view everything but change nothing."],
  [
    "Service Principal Super Admin",
    "predefined",
    "service",
    ["service_principal_super_admin"],
    "API credentials with full access.",
  ],
  [
    "Service Principal Read-only",
    "predefined",
    "service",
    ["service_principal_read_only"],
    "API credentials that can only read.",
  ],
  [
    "SOC Analyst",
    "custom",
    "user",
    ["central_read_only", "endpoint_product_admin"],
    "Read access plus endpoint response actions.",
  ],
];

/** The tenant's roles, created at `createdAt` (ms). */
export function generateRoles(rng: Rng, createdAt: number): Role[] {
  return ROLE_DEFS.map(([name, type, principalType, permissionSets, description]) => {
    const at = new Date(type === "custom" ? createdAt + rng.int(10, 200) * DAY : createdAt).toISOString();
    return {
      id: rng.uuid(),
      name,
      type,
      principalType,
      permissionSets,
      description,
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** A few tenant admins taken from the tenant's people, each with one user role. */
export function generateAdmins(
  rng: Rng,
  people: Person[],
  roles: Role[],
  emailDomain: string,
  createdAt: number,
  now: number,
): EstateAdmin[] {
  const userRoles = roles.filter((role) => role.principalType === "user");
  const count = Math.min(people.length, rng.int(2, 6));
  const admins: EstateAdmin[] = [];
  for (let i = 0; i < count; i++) {
    const person = people[i]!;
    const role = i === 0 ? userRoles[0]! : rng.pick(userRoles);
    const created = createdAt + rng.int(0, 300) * DAY;
    const name = `${person.firstName} ${person.lastName}`;
    admins.push({
      id: rng.uuid(),
      users: [{ id: person.associated.id, name }],
      profile: {
        name,
        firstName: person.firstName,
        lastName: person.lastName,
        email: `${person.firstName}.${person.lastName}@${emailDomain}`.toLowerCase().replace(/'/g, ""),
      },
      roleAssignments: [{ id: rng.uuid(), roleId: role.id }],
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(Math.min(now, created + rng.int(0, 200) * DAY)).toISOString(),
    });
  }
  return admins;
}
