import { open, readFile } from "node:fs/promises";
import { DirectoryFileError } from "./directory-file-error.js";

type TextEncoding = "utf8" | "utf16le";

// Windows PowerShell 5.1 writes UTF-16 LE with a BOM from `Out-File` and `>`, and UTF-8 with a BOM
// from `Export-Csv -Encoding UTF8`; PowerShell 7 writes UTF-8 without one. All must read the same.
function sniff(head: Buffer, file: string): { encoding: TextEncoding; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf8", skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf16le", skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) {
    throw new DirectoryFileError({ file }, "UTF-16 big-endian text is not supported; save the file as UTF-8");
  }
  return { encoding: "utf8", skip: 0 };
}

function unreadable(file: string, error: unknown): DirectoryFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(error);
  return new DirectoryFileError({ file }, `cannot read: ${reason}; check the path`, { cause: error });
}

/**
 * Open a text file for streaming as decoded string chunks, honouring a UTF-8 or UTF-16 LE byte order
 * mark (which is not returned). Throws a {@link DirectoryFileError} naming the file if it cannot be
 * opened.
 */
export async function openTextChunks(file: string): Promise<AsyncIterable<string>> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    const { encoding, skip } = sniff(head.subarray(0, bytesRead), file);
    return handle.createReadStream({
      start: skip,
      encoding,
      highWaterMark: 1 << 20,
    }) as AsyncIterable<string>;
  } catch (error) {
    await handle.close();
    throw error instanceof DirectoryFileError ? error : unreadable(file, error);
  }
}

/** Read a whole text file the same way as {@link openTextChunks}, for files that are parsed whole. */
export async function readTextFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  const { encoding, skip } = sniff(bytes, file);
  return bytes.subarray(skip).toString(encoding);
}
