import { redactSecrets } from "./redact.js";

/** Levels in increasing severity; `silent` turns a logger off. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** A structured, levelled logger writing JSON-ish lines to stderr. Results never go through it. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/**
 * A logger that writes `level message {fields}` lines to a stream (stderr by default). Every line
 * passes through {@link redactSecrets}, the one place where secrets are stripped from output.
 */
export function createLogger(
  level: LogLevel = "warn",
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const emit = (at: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (ORDER[at] < ORDER[level]) return;
    const suffix = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
    write(`${redactSecrets(`${at} ${message}${suffix}`)}\n`);
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
  };
}

/** A logger that drops everything (library default). */
export const silentLogger: Logger = createLogger("silent");
