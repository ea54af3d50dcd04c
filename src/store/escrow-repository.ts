/** What the hygiene deleter escrows before deleting an endpoint with tamper protection on. */
export interface EscrowInput {
  tenantId: string;
  endpointId: string;
  hostname: string;
  password: string;
  previousPasswords?: string[];
  /** The device as it was (OS, last seen, ...) for whoever needs the password later. */
  snapshot: Record<string, unknown>;
}

/** An escrow record as listed: everything but the passwords, which stay encrypted. */
export interface EscrowRecord {
  id: number;
  tenantId: string;
  endpointId: string;
  hostname: string;
  /** ISO 8601. */
  createdAt: string;
  snapshot: Record<string, unknown>;
  /** Fingerprint of the key the passwords are encrypted with. */
  keyId: string;
}

/** The decrypted passwords of one record. */
export interface RevealedPasswords {
  password: string;
  previousPasswords: string[];
}

/**
 * Tamper-protection passwords of deleted endpoints, encrypted with AES-256-GCM under the escrow key.
 * Plaintext passwords never reach the database; they are decrypted only by `reveal`.
 */
export interface EscrowRepository {
  /** Encrypt and store; `key` defaults to the store's escrow key. Returns the record id. */
  put(input: EscrowInput, key?: Buffer): Promise<number>;
  /** Records whose endpoint id or hostname (case-insensitive) matches, newest first. */
  find(hostnameOrEndpointId: string): Promise<EscrowRecord[]>;
  /** Decrypt one record's passwords; a wrong key gives a StoreError naming both key fingerprints. */
  reveal(id: number, key?: Buffer): Promise<RevealedPasswords>;
}
