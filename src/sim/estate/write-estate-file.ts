import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import type { Estate } from "./estate-types.js";

const FLUSH_AT = 1 << 20;

/**
 * Writes text to a stream in large chunks, waiting when the stream's buffer is full, so that a
 * million-endpoint estate never has to exist as one string (V8 strings stop at ~512 MB).
 */
class ChunkWriter {
  private buffer = "";
  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === "") return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }
}

async function writeObject(
  out: ChunkWriter,
  value: Record<string, unknown>,
  indent: string,
  expand: (key: string, value: unknown) => boolean,
  inner: (out: ChunkWriter, key: string, value: unknown, indent: string) => Promise<void>,
): Promise<void> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  await out.write("{\n");
  for (const [i, [key, v]] of entries.entries()) {
    await out.write(`${indent}  ${JSON.stringify(key)}: `);
    if (expand(key, v)) await inner(out, key, v, `${indent}  `);
    else await out.write(JSON.stringify(v));
    await out.write(i < entries.length - 1 ? ",\n" : "\n");
  }
  await out.write(`${indent}}`);
}

async function writeArrayLines(
  out: ChunkWriter,
  items: readonly unknown[],
  indent: string,
  item: (value: unknown, indent: string) => Promise<void>,
): Promise<void> {
  await out.write("[\n");
  for (let i = 0; i < items.length; i++) {
    await out.write(`${indent}  `);
    await item(items[i], `${indent}  `);
    await out.write(i < items.length - 1 ? ",\n" : "\n");
  }
  await out.write(`${indent}]`);
}

/**
 * Write an estate as JSON: readable at the top, one tenant per block and one endpoint, alert or
 * other record per line. The file is written next to its destination and renamed into place, so a
 * crash never leaves half an estate behind.
 */
export async function writeEstateFile(estate: Estate, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary, { encoding: "utf8" });
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  const out = new ChunkWriter(stream);
  const isList = (_key: string, value: unknown): boolean =>
    Array.isArray(value) && value.length > 0 && typeof value[0] === "object";
  const recordLines = (o: ChunkWriter, list: unknown, indent: string): Promise<void> =>
    writeArrayLines(o, list as unknown[], indent, (record) => o.write(JSON.stringify(record)));
  // Inside a tenant: one record per line, also for the lists of its `directory` section.
  const tenantPart = async (o: ChunkWriter, _key: string, value: unknown, indent: string): Promise<void> =>
    Array.isArray(value)
      ? recordLines(o, value, indent)
      : writeObject(o, value as Record<string, unknown>, indent, isList, (o2, _k, list, i2) =>
          recordLines(o2, list, i2),
        );
  const write = async (): Promise<void> => {
    await writeObject(
      out,
      estate,
      "",
      (key, value) => key === "tenants" || (key === "savedQueries" && isList(key, value)),
      async (o, key, list, indent) =>
        key !== "tenants"
          ? recordLines(o, list, indent)
          : writeArrayLines(o, list as unknown[], indent, (tenant, tenantIndent) =>
              writeObject(
                o,
                tenant as Record<string, unknown>,
                tenantIndent,
                (k, v) => isList(k, v) || (k === "directory" && typeof v === "object" && v !== null),
                tenantPart,
              ),
            ),
    );
    await out.write("\n");
    await out.flush();
    stream.end();
    await once(stream, "finish");
  };
  try {
    await Promise.race([write(), failed]);
    await rename(temporary, path);
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw new Error(
      `${path}: cannot write the estate file: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
