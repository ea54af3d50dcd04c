import type { Database } from "better-sqlite3";
import { StoreError } from "../store-error.js";
import type { Ticket, TicketRepository, TicketState } from "../ticket-repository.js";

interface TicketRow {
  id: number;
  tenantId: string;
  endpointId: string;
  hostname: string;
  reasons: string;
  externalRef: string | null;
  state: TicketState;
  createdAt: string;
  updatedAt: string;
}

const SELECT_TICKET = `SELECT id, tenant_id AS tenantId, endpoint_id AS endpointId, hostname, reasons,
  external_ref AS externalRef, state, created_at AS createdAt, updated_at AS updatedAt FROM tickets`;

/** {@link TicketRepository} over the SQLite table `tickets` (at most one open ticket per endpoint). */
export function createSqliteTickets(db: Database, now: () => number): TicketRepository {
  const byId = db.prepare<[number], TicketRow>(`${SELECT_TICKET} WHERE id = ?`);
  const openFor = db.prepare<[string, string], TicketRow>(
    `${SELECT_TICKET} WHERE tenant_id = ? AND endpoint_id = ? AND state = 'open'`,
  );
  const listOpen = db.prepare<[], TicketRow>(`${SELECT_TICKET} WHERE state = 'open' ORDER BY id`);
  const insert = db.prepare<[string, string, string, string, string | null, string, string]>(
    `INSERT INTO tickets (tenant_id, endpoint_id, hostname, reasons, external_ref, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`,
  );
  const updateState = db.prepare<[TicketState, string, number]>(
    "UPDATE tickets SET state = ?, updated_at = ? WHERE id = ?",
  );
  const updateRef = db.prepare<[string, string, number]>(
    "UPDATE tickets SET external_ref = ?, updated_at = ? WHERE id = ?",
  );

  const open = db.transaction((input: Parameters<TicketRepository["open"]>[0]): Ticket => {
    const existing = openFor.get(input.tenantId, input.endpointId);
    if (existing) return toTicket(existing);
    const at = new Date(now()).toISOString();
    const { lastInsertRowid } = insert.run(
      input.tenantId,
      input.endpointId,
      input.hostname,
      JSON.stringify(input.reasons),
      input.externalRef ?? null,
      at,
      at,
    );
    return mustGet(Number(lastInsertRowid));
  });

  function mustGet(id: number): Ticket {
    const row = byId.get(id);
    if (!row) throw new StoreError(`There is no ticket ${id}. List open tickets to see valid ids.`);
    return toTicket(row);
  }

  function change(id: number, apply: (at: string) => void): Ticket {
    mustGet(id);
    apply(new Date(now()).toISOString());
    return mustGet(id);
  }

  return {
    open: async (input) => open.immediate(input),
    setState: async (id, state) => change(id, (at) => updateState.run(state, at, id)),
    setExternalRef: async (id, externalRef) => change(id, (at) => updateRef.run(externalRef, at, id)),
    get: async (id) => {
      const row = byId.get(id);
      return row ? toTicket(row) : undefined;
    },
    listOpen: async () => listOpen.all().map(toTicket),
    isOpen: async (tenantId, endpointId) => openFor.get(tenantId, endpointId) !== undefined,
  };
}

function toTicket(row: TicketRow): Ticket {
  const { externalRef, reasons, ...rest } = row;
  return {
    ...rest,
    reasons: JSON.parse(reasons) as string[],
    ...(externalRef === null ? {} : { externalRef }),
  };
}
