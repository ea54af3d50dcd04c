import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throwaway self-signed certificate for 127.0.0.1/localhost, as files and PEM text. */
export interface SelfSigned {
  certFile: string;
  cert: string;
  key: string;
  cleanup(): void;
}

/** Generate a certificate with the openssl CLI, or return a reason to skip when openssl is missing. */
export function makeSelfSigned(): SelfSigned | { skip: string } {
  const dir = mkdtempSync(join(tmpdir(), "centralctl-ca-"));
  const certFile = join(dir, "cert.pem");
  const keyFile = join(dir, "key.pem");
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-keyout",
        keyFile,
        "-out",
        certFile,
        "-subj",
        "/CN=centralctl test CA",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
      ],
      { stdio: "ignore" },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return {
      skip: `openssl CLI not usable (${(error as Error).message}); install openssl to run the CA tests`,
    };
  }
  return {
    certFile,
    cert: readFileSync(certFile, "utf8"),
    key: readFileSync(keyFile, "utf8"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
