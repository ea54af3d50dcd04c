import type { Database } from "better-sqlite3";
import { registerSecret } from "../../util/redact.js";
import { seal, unseal } from "../escrow-cipher.js";
import type { EscrowRecord, EscrowRepository, RevealedPasswords } from "../escrow-repository.js";
import { StoreError } from "../store-error.js";
import { durableWrite } from "./durable-write.js";

interface EscrowRow {
  id: number;
  tenantId: string;
  endpointId: string;
  hostname: string;
  createdAt: string;
  snapshot: string;
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

const SELECT_ESCROW = `SELECT id, tenant_id AS tenantId, endpoint_id AS endpointId, hostname, created_at AS createdAt,
  snapshot, key_id AS keyId, iv, tag, ciphertext FROM escrow`;

/** Binds a ciphertext to its row: moved to another endpoint's row, it no longer decrypts. */
function aadFor(tenantId: string, endpointId: string): string {
  return `centralctl-escrow-v1\0${tenantId}\0${endpointId}`;
}

/**
 * {@link EscrowRepository} over the SQLite table `escrow`. `defaultKey` is called only when a
 * caller passes no key, so opening a store never requires the escrow key.
 */
export function createSqliteEscrow(
  db: Database,
  now: () => number,
  defaultKey: () => Buffer,
): EscrowRepository {
  const insert = db.prepare(
    `INSERT INTO escrow (tenant_id, endpoint_id, hostname, created_at, snapshot, key_id, iv, tag, ciphertext)
     VALUES (@tenantId, @endpointId, @hostname, @createdAt, @snapshot, @keyId, @iv, @tag, @ciphertext)`,
  );
  const find = db.prepare<[string, string], EscrowRow>(
    `${SELECT_ESCROW} WHERE endpoint_id = ? OR hostname = ? COLLATE NOCASE ORDER BY id DESC`,
  );
  const byId = db.prepare<[number], EscrowRow>(`${SELECT_ESCROW} WHERE id = ?`);

  return {
    put: async (input, key) => {
      const previousPasswords = input.previousPasswords ?? [];
      const secrets = [input.password, ...previousPasswords].filter((value) => value !== "");
      secrets.forEach(registerSecret);
      const box = seal(
        key ?? defaultKey(),
        JSON.stringify({ password: input.password, previousPasswords }),
        aadFor(input.tenantId, input.endpointId),
      );
      const row = {
        tenantId: input.tenantId,
        endpointId: input.endpointId,
        hostname: input.hostname,
        createdAt: new Date(now()).toISOString(),
        // A snapshot taken from the API may carry the password itself; it must not reach the disk.
        snapshot: JSON.stringify(scrub(input.snapshot, secrets)),
        ...box,
      };
      return Number(durableWrite(db, () => insert.run(row)).lastInsertRowid);
    },
    find: async (hostnameOrEndpointId) => find.all(hostnameOrEndpointId, hostnameOrEndpointId).map(toRecord),
    reveal: async (id, key): Promise<RevealedPasswords> => {
      const row = byId.get(id);
      if (!row)
        throw new StoreError(`There is no escrow record ${id}. Search by hostname or endpoint id first.`);
      const what = `Escrow record ${id} (${row.hostname})`;
      const text = unseal(key ?? defaultKey(), row, aadFor(row.tenantId, row.endpointId), what);
      const revealed = JSON.parse(text) as RevealedPasswords;
      registerSecret(revealed.password);
      revealed.previousPasswords.forEach(registerSecret);
      return revealed;
    },
  };
}

function toRecord(row: EscrowRow): EscrowRecord {
  const { id, tenantId, endpointId, hostname, createdAt, keyId } = row;
  return {
    id,
    tenantId,
    endpointId,
    hostname,
    createdAt,
    keyId,
    snapshot: JSON.parse(row.snapshot) as Record<string, unknown>,
  };
}

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") {
    return secrets.reduce((text, secret) => text.split(secret).join("[REDACTED]"), value);
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [scrub(key, secrets) as string, scrub(member, secrets)]),
  );
}
