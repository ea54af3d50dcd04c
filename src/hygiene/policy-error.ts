/** A policy file the program cannot use; the message names the file, the line when known, and the key. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
  readonly fileName: string;
  /** Dotted path of the offending key (`exclusions.hostnamePatterns[2]`), empty for syntax errors. */
  readonly key: string;
  /** 1-based line of the problem, when it could be located in the text. */
  readonly line: number | undefined;

  constructor(message: string, details: { fileName: string; key: string; line?: number }) {
    super(message);
    this.fileName = details.fileName;
    this.key = details.key;
    this.line = details.line;
  }
}
