/** Secrets: one way to resolve every secret the tool needs, from env, files, AWS or a prompt. */
export { resolveSecret, resolveSecretValue, type ResolveSecretOptions } from "./resolve-secret.js";
export {
  resolveCentralCredentials,
  type CentralCredentials,
  type CentralCredentialsInput,
} from "./resolve-central-credentials.js";
export { parseSecretRef, isSecretRef, type SecretRef, type ParsedSecretRef } from "./secret-ref.js";
export { fetchAwsSecret } from "./fetch-aws-secret.js";
export type { AwsSecretOptions } from "./aws-secret-options.js";
export { promptSecret, type PromptTerminal } from "./prompt-secret.js";
export { SecretError } from "./secret-error.js";
