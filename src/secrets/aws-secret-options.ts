/** How to reach AWS Secrets Manager; everything left out comes from the SDK's own defaults. */
export interface AwsSecretOptions {
  /** Region; else `AWS_REGION` / `AWS_DEFAULT_REGION` from the env given, else the SDK's profile config. */
  region?: string;
  /**
   * An explicit endpoint (moto, LocalStack, a VPC endpoint). Without it the SDK honours
   * `AWS_ENDPOINT_URL_SECRETS_MANAGER` / `AWS_ENDPOINT_URL` from the process environment.
   */
  endpoint?: string;
  /** Explicit credentials; without them the SDK's default chain (env, profile, SSO, IAM role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Attempts per request including the first (SDK default 3). */
  maxAttempts?: number;
  /** Connect and response timeout in ms for each attempt (default 10 s). */
  timeoutMs?: number;
}
