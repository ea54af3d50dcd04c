import { redactSecrets } from "../../util/redact.js";

/**
 * A short, secret-free description of why a request failed before any answer arrived
 * (`ECONNREFUSED`, `UND_ERR_HEADERS_TIMEOUT: Headers Timeout Error`...), for retry logs and errors.
 */
export function networkReason(error: unknown): string {
  const found = error as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = typeof found?.code === "string" ? found.code : found?.cause?.code;
  const message = typeof found?.message === "string" ? found.message : String(error);
  const text = typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
  return redactSecrets(text);
}
