import { DEPARTMENTS, LINUX_ROLES, SERVER_ROLES } from "./names-catalogue.js";
import { flat, type Rng } from "./prng.js";

/** What kind of device a hostname is for. */
export type DeviceKind = "laptop" | "desktop" | "mac" | "linuxDesktop" | "windowsServer" | "linuxServer";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

const DEPARTMENT_GROUPS: Readonly<Record<string, string>> = {
  FIN: "Finance",
  ENG: "Engineering",
  RND: "Engineering",
  SALES: "Sales",
  MKT: "Sales",
};
const ROLE_GROUPS: Readonly<Record<string, string>> = {
  DC: "Domain Controllers",
  SQL: "SQL Servers",
  WEB: "Web Servers",
};

/**
 * Hands out realistic, unique hostnames for one tenant: `ACME-LT-0042`, `WS-FIN-014`, `SRV-SQL-02`,
 * `mbp-jdoe`, `web01.corp.example.com`, with a share of lower-case Windows names. Uniqueness comes
 * from per-pattern counters, so it holds for any estate size.
 */
export class HostnameFactory {
  private readonly counters = new Map<string, number>();
  private readonly taken = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly prefix: string,
    private readonly dnsDomain: string,
  ) {}

  /**
   * A new hostname, and the endpoint group such a machine usually sits in (a `WS-FIN-…` desktop in
   * Finance, an `SRV-SQL-…` server in SQL Servers). `login` personalises Mac and Linux desktop names.
   */
  next(kind: DeviceKind, login: string | undefined): { hostname: string; group: string } {
    const rng = this.rng;
    switch (kind) {
      case "laptop":
        return { hostname: this.casing(`${this.prefix}-LT-${pad(this.count("lt"), 4)}`), group: "Laptops" };
      case "desktop": {
        const dept = rng.pick(DEPARTMENTS);
        return {
          hostname: this.casing(`WS-${dept}-${pad(this.count(`ws-${dept}`), 3)}`),
          group: DEPARTMENT_GROUPS[dept] ?? "Workstations",
        };
      }
      case "windowsServer": {
        const role = rng.pick(SERVER_ROLES);
        return {
          hostname: `SRV-${role}-${pad(this.count(`srv-${role}`), 2)}`,
          group: ROLE_GROUPS[role] ?? "Servers",
        };
      }
      case "linuxServer": {
        const role = rng.pick(LINUX_ROLES);
        const n = pad(this.count(`lx-${role}`), 2);
        return {
          hostname: flat(rng.chance(0.5) ? `${role}${n}.${this.dnsDomain}` : `${role}-${n}`),
          group: "Linux Servers",
        };
      }
      case "mac": {
        const laptop = rng.chance(0.75);
        return {
          hostname: this.unique(`${laptop ? "mbp" : "imac"}-${login ?? "user"}`),
          group: laptop ? "Laptops" : "Workstations",
        };
      }
      case "linuxDesktop":
        return { hostname: this.unique(`${login ?? "dev"}-ubuntu`), group: "Engineering" };
    }
  }

  // Some shops name machines in lower case; Central reports whatever the OS reports.
  private casing(name: string): string {
    return flat(this.rng.chance(0.06) ? name.toLowerCase() : name);
  }

  private count(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }

  private unique(text: string): string {
    const base = flat(text);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}-${n}`;
    this.taken.add(name);
    return flat(name);
  }
}
