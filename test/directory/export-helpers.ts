import { strict as assert } from "node:assert";
import { join } from "node:path";
import {
  DirectoryFileError,
  readDirectoryFile,
  type DirectoryComputer,
  type DirectoryFileOptions,
} from "../../src/directory/index.js";

/** The directory fixtures, with a trailing slash. */
export const FIXTURES = new URL("../fixtures/directory/", import.meta.url).pathname;

/** Path of a fixture file. */
export const fixture = (name: string): string => join(FIXTURES, name);

/** Read a whole export (zone-less dates as UTC unless told otherwise). */
export async function read(file: string, options: DirectoryFileOptions = {}): Promise<DirectoryComputer[]> {
  const all: DirectoryComputer[] = [];
  for await (const computer of readDirectoryFile(file, { timeZone: "UTC", ...options })) all.push(computer);
  return all;
}

/** Read an export that must fail, asserting that it fails before yielding anything. */
export async function rejection(
  file: string,
  options: DirectoryFileOptions = {},
): Promise<DirectoryFileError> {
  const yielded: DirectoryComputer[] = [];
  try {
    for await (const computer of readDirectoryFile(file, { timeZone: "UTC", ...options }))
      yielded.push(computer);
  } catch (error) {
    assert.ok(error instanceof DirectoryFileError, `expected a DirectoryFileError, got ${String(error)}`);
    assert.equal(yielded.length, 0, "a bad file must not yield part of its computers");
    return error;
  }
  assert.fail(`${file} was accepted`);
}
