/**
 * Provisioning of the throwaway Samba AD DC (integrations.md 4.6 B): `samba-tool domain provision`
 * into a temp directory, then an smb.conf trimmed to the LDAP service with a certificate the tests
 * can verify. Nothing outside that directory is touched.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Provision CORP.EXAMPLE.COM (NetBIOS CORP, DC `dc1`, no DNS backend, loopback only) into `dir`.
 * Returns the smb.conf to start `samba` with and the CA file that verifies its LDAPS certificate.
 */
export async function provisionSambaDc(
  sambaTool: string,
  dir: string,
  adminPassword: string,
): Promise<{ conf: string; caFile: string }> {
  await run(sambaTool, [
    "domain",
    "provision",
    `--targetdir=${dir}`,
    "--realm=CORP.EXAMPLE.COM",
    "--domain=CORP",
    "--server-role=dc",
    "--dns-backend=NONE",
    `--adminpass=${adminPassword}`,
    "--use-rfc2307",
    "--host-name=dc1",
    "--option=interfaces=lo",
    "--option=bind interfaces only=yes",
  ]);
  const caFile = await makeCertificates(join(dir, "tls"));
  const conf = join(dir, "etc", "smb.conf");
  await configure(conf, dir);
  return { conf, caFile };
}

// Samba's self-made certificate names only DC1.corp.example.com, so tests connecting to 127.0.0.1
// could not verify it; a CA of our own signs one for 127.0.0.1 and the names of the DC instead.
async function makeCertificates(dir: string): Promise<string> {
  await mkdir(dir);
  const openssl = (args: string): Promise<unknown> => run("openssl", args.split(" "), { cwd: dir });
  const ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
  await openssl(`req -x509 ${ec} -days 2 -subj /CN=centralctl-samba-test-CA -keyout ca.key -out ca.pem`);
  await openssl(`req ${ec} -subj /CN=dc1.corp.example.com -keyout server.key -out server.csr`);
  const names = "DNS:dc1.corp.example.com,DNS:localhost,IP:127.0.0.1,IP:::1";
  await writeFile(join(dir, "ext.cnf"), `subjectAltName=${names}\nextendedKeyUsage=serverAuth\n`);
  await openssl(
    "x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile ext.cnf -out server.pem",
  );
  // Samba refuses a TLS key file that others can read.
  await chmod(join(dir, "server.key"), 0o600);
  return join(dir, "ca.pem");
}

// Only the LDAP service (no smbd, winbindd, KDC or RPC: faster, fewer fixed ports), our certificate,
// and logs inside the temp directory instead of /var/log/samba.
async function configure(conf: string, dir: string): Promise<void> {
  const text = (await readFile(conf, "utf8"))
    .split("\n")
    .filter((line) => !/^\s*(server services|log file|logging)\s*=/.test(line))
    .join("\n");
  const extra = [
    "server services = ldap",
    "tls enabled = yes",
    `tls keyfile = ${dir}/tls/server.key`,
    `tls certfile = ${dir}/tls/server.pem`,
    `tls cafile = ${dir}/tls/ca.pem`,
    `log file = ${dir}/log.%m`,
  ].map((line) => `\t${line}`);
  await writeFile(conf, text.replace(/^\[global\]$/m, `[global]\n${extra.join("\n")}`));
}
