import { readFileSync } from "node:fs";
import { registerSecret } from "../util/redact.js";
import { StoreError } from "./store-error.js";

const HOW_TO =
  "Create one with `openssl rand -base64 32` and set CENTRALCTL_ESCROW_KEY to it, " +
  "or write it to a file (mode 600) and set CENTRALCTL_ESCROW_KEY_FILE to its path.";

/**
 * Decode an escrow key written as 64 hex digits or as base64 of exactly 32 bytes. `where` names
 * the origin (an env var or a file) in the error, never the value.
 */
export function parseEscrowKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  registerSecret(trimmed);
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, "base64");
    if (decoded.length === 32) return decoded;
  }
  throw new StoreError(`The escrow key in ${where} is not 32 bytes in base64 or hex. ${HOW_TO}`);
}

/** Where {@link loadEscrowKey} looks: the environment and, optionally, an explicit key file. */
export interface EscrowKeyOptions {
  env?: NodeJS.ProcessEnv;
  keyFile?: string;
}

/**
 * Load the escrow key: `CENTRALCTL_ESCROW_KEY`, else the key file (`keyFile` option or
 * `CENTRALCTL_ESCROW_KEY_FILE`; its text is base64/hex, or it holds the 32 raw bytes).
 */
export function loadEscrowKey(options: EscrowKeyOptions = {}): Buffer {
  const env = options.env ?? process.env;
  const inline = env.CENTRALCTL_ESCROW_KEY;
  if (inline !== undefined && inline.trim() !== "") return parseEscrowKey(inline, "CENTRALCTL_ESCROW_KEY");
  const keyFile = options.keyFile ?? env.CENTRALCTL_ESCROW_KEY_FILE;
  if (keyFile === undefined || keyFile === "") {
    throw new StoreError(`No escrow key to protect tamper-protection passwords. ${HOW_TO}`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(keyFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new StoreError(`Cannot read the escrow key file ${keyFile} (${code}). ${HOW_TO}`, { cause: error });
  }
  // 32 raw bytes are accepted as-is; anything else must be text.
  if (bytes.length === 32 && !/^[\x21-\x7e]{32}$/.test(bytes.toString("latin1"))) return bytes;
  return parseEscrowKey(bytes.toString("utf8"), `key file ${keyFile}`);
}
