/**
 * The configuration file cannot be used. `file` is its path; `key` the dotted key at fault when
 * there is one. The message names both and says how to fix it; it never contains a value.
 */
export class ConfigError extends Error {
  readonly file: string;
  readonly key: string | undefined;

  constructor(message: string, file: string, key?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConfigError";
    this.file = file;
    this.key = key;
  }
}
