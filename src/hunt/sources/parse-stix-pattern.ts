import { StixSyntaxError, type StixToken, tokenizeStixPattern } from "./stix-tokens.js";

/** One `path op value` comparison of a pattern, with IN expanded to its values. */
export interface StixComparison {
  path: string;
  operator: "=" | "LIKE";
  values: string[];
}

/** A pattern read as an OR of simple comparisons, or why it cannot be. */
export type StixPatternResult =
  { ok: true; comparisons: StixComparison[] } | { ok: false; kind: "syntax" | "unsupported"; reason: string };

class Unsupported extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: StixToken[]) {}

  private peek(): StixToken | undefined {
    return this.tokens[this.pos];
  }
  private next(): StixToken {
    const t = this.tokens[this.pos++];
    if (!t) throw new StixSyntaxError("pattern ends too early");
    return t;
  }
  private isWord(word: string): boolean {
    const t = this.peek();
    return t?.kind === "word" && t.text.toUpperCase() === word;
  }
  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text || t.kind !== "punct") throw new StixSyntaxError(`expected ${text}, found ${t.text}`);
  }

  pattern(): StixComparison[] {
    const out = this.observationOr();
    if (this.peek()) throw new StixSyntaxError(`unexpected ${this.peek()?.text} after the pattern`);
    return out;
  }

  // Observations joined by OR each stand alone, so their comparisons can be hunted separately.
  private observationOr(): StixComparison[] {
    const out = this.observation();
    for (;;) {
      if (this.isWord("OR")) {
        this.next();
        out.push(...this.observation());
      } else if (this.isWord("AND") || this.isWord("FOLLOWEDBY")) {
        throw new Unsupported(
          `joins observations with ${this.next().text.toUpperCase()}, which needs correlation of several events`,
        );
      } else {
        return out;
      }
    }
  }

  private observation(): StixComparison[] {
    const t = this.next();
    let out: StixComparison[];
    if (t.kind === "punct" && t.text === "[") {
      out = this.comparisonOr();
      this.expect("]");
    } else if (t.kind === "punct" && t.text === "(") {
      out = this.observationOr();
      this.expect(")");
    } else {
      throw new StixSyntaxError(`expected [ or (, found ${t.text}`);
    }
    for (const q of ["WITHIN", "REPEATS", "START"]) {
      if (this.isWord(q)) throw new Unsupported(`uses the ${q} qualifier`);
    }
    return out;
  }

  private comparisonOr(): StixComparison[] {
    const out = this.comparisonTerm();
    for (;;) {
      if (this.isWord("OR")) {
        this.next();
        out.push(...this.comparisonTerm());
      } else if (this.isWord("AND")) {
        throw new Unsupported("joins comparisons with AND, which a single indicator cannot express");
      } else {
        return out;
      }
    }
  }

  private comparisonTerm(): StixComparison[] {
    const t = this.peek();
    if (t?.kind === "punct" && t.text === "(") {
      this.next();
      const out = this.comparisonOr();
      this.expect(")");
      return out;
    }
    return [this.comparison()];
  }

  private comparison(): StixComparison {
    const path = this.next();
    if (path.kind !== "path") throw new StixSyntaxError(`expected an object path, found ${path.text}`);
    if (this.isWord("NOT")) throw new Unsupported(`negates the comparison on ${path.text}`);
    const op = this.next();
    const opText = op.text.toUpperCase();
    if (op.kind === "op" && op.text === "=")
      return { path: path.text, operator: "=", values: [this.literal()] };
    if (op.kind === "word" && opText === "LIKE")
      return { path: path.text, operator: "LIKE", values: [this.literal()] };
    if (op.kind === "word" && opText === "IN") {
      this.expect("(");
      const values = [this.literal()];
      while (this.peek()?.text === ",") {
        this.next();
        values.push(this.literal());
      }
      this.expect(")");
      return { path: path.text, operator: "=", values };
    }
    if (op.kind === "op" || op.kind === "word")
      throw new Unsupported(`uses the operator ${op.text} on ${path.text}`);
    throw new StixSyntaxError(`expected an operator after ${path.text}, found ${op.text}`);
  }

  private literal(): string {
    const t = this.next();
    if (t.kind === "string" || t.kind === "number") return t.text;
    if (t.kind === "typed") throw new Unsupported(`compares with a ${t.prefix}'...' literal`);
    if (t.kind === "word" && /^(true|false)$/i.test(t.text)) throw new Unsupported("compares with a boolean");
    throw new StixSyntaxError(`expected a value, found ${t.text}`);
  }
}

/**
 * Read a STIX 2.1 pattern made of `=`, `LIKE` and `IN` comparisons joined by OR (inside or between
 * observations). AND, FOLLOWEDBY, NOT, qualifiers and other operators are reported as unsupported:
 * they need correlation the IOC queries cannot express.
 * @example parseStixPattern("[ipv4-addr:value = '203.0.113.9' OR domain-name:value = 'evil.example']")
 */
export function parseStixPattern(pattern: string): StixPatternResult {
  try {
    return { ok: true, comparisons: new Parser(tokenizeStixPattern(pattern)).pattern() };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, kind: "unsupported", reason: error.message };
    if (error instanceof StixSyntaxError) return { ok: false, kind: "syntax", reason: error.message };
    throw error;
  }
}
