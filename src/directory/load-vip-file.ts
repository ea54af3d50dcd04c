import { CsvSyntaxError, CsvTokenizer } from "./csv-records.js";
import { DirectoryFileError } from "./directory-file-error.js";
import { readTextFile } from "./open-text-file.js";
import { parseDn } from "./parse-dn.js";
import type { VipUsers } from "./types.js";
import { createVipUsers, type VipMember } from "./vip-users.js";

// Characters AD forbids in sAMAccountName; a line holding them is a mistake, not a user.
const BAD_NAME = /["/[\]:;|=,+*?<>@]/;

/**
 * Load VIP users from a file: the CSV of `Get-ADGroupMember -Recursive <group> | Export-Csv`
 * (column `SamAccountName`, optional `distinguishedName`; a `#TYPE` first line is skipped), or a
 * plain list with one name (`jdoe`, `CORP\jdoe`) or DN per line and `#` comments. Errors name
 * `file:line`; a bad file loads nothing.
 */
export async function loadVipUsers(file: string): Promise<VipUsers> {
  const text = await readTextFile(file);
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "" && !line.startsWith("#TYPE")) ?? "";
  const members = /(^|[",])\s*samaccountname\s*("|,|$)/i.test(firstLine)
    ? fromCsv(file, text)
    : fromList(file, text);
  return createVipUsers(members);
}

function fromCsv(file: string, text: string): VipMember[] {
  const members: VipMember[] = [];
  let sam = -1;
  let dn = -1;
  let header: string[] | undefined;
  const tokenizer = new CsvTokenizer();
  const sink = (fields: string[], line: number): void => {
    if (header === undefined) {
      if (fields[0]?.startsWith("#TYPE")) return;
      header = fields.map((f) => f.trim().toLowerCase());
      sam = header.indexOf("samaccountname");
      dn = header.indexOf("distinguishedname");
      return;
    }
    if (fields.length !== header.length) {
      throw new DirectoryFileError(
        { file, line },
        `${fields.length} fields where the header has ${header.length}`,
      );
    }
    const member: VipMember = {};
    const name = fields[sam]?.trim();
    if (name) member.samAccountName = name;
    const distinguishedName = dn === -1 ? undefined : fields[dn]?.trim();
    if (distinguishedName) member.distinguishedName = distinguishedName;
    if (member.samAccountName === undefined && member.distinguishedName === undefined) {
      throw new DirectoryFileError({ file, line }, "SamAccountName is empty");
    }
    members.push(member);
  };
  try {
    tokenizer.push(text, sink);
    tokenizer.end(sink);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new DirectoryFileError({ file, line: error.line }, `unparseable line: ${error.message}`);
    throw error;
  }
  return members;
}

function fromList(file: string, text: string): VipMember[] {
  const members: VipMember[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const hash = raw.indexOf("#");
    const value = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (value === "") return;
    if (value.includes("=")) {
      try {
        if (parseDn(value).length > 1) {
          members.push({ distinguishedName: value });
          return;
        }
      } catch {
        // Not a DN after all; judged as a name below.
      }
    }
    const bare = value.slice(value.lastIndexOf("\\") + 1);
    if (bare === "" || BAD_NAME.test(bare)) {
      throw new DirectoryFileError(
        { file, line: index + 1 },
        `"${value}" is not a user name: give one sAMAccountName (or DOMAIN\\name, or a DN) per line`,
      );
    }
    members.push({ samAccountName: value });
  });
  return members;
}
