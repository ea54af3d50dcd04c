import { type Dispatcher, request } from "undici";
import { MispError } from "./misp-error.js";

/** Transport settings for one MISP request. */
export interface MispRequestOptions {
  apiKey: string;
  timeoutMs: number;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
}

/**
 * POST a JSON body to a MISP endpoint with the bare key in `Authorization` (MISP's scheme, no
 * "Bearer") and return the answer's status and text, whatever the status. A server that cannot be
 * reached or does not answer in time is a {@link MispError} naming it (`shown`); an abort rethrows
 * the signal's reason.
 */
export async function postMispJson(
  endpoint: string,
  shown: string,
  body: unknown,
  options: MispRequestOptions,
): Promise<{ status: number; text: string }> {
  try {
    const response = await request(endpoint, {
      method: "POST",
      headers: {
        authorization: options.apiKey,
        accept: "application/json",
        "content-type": "application/json",
        "user-agent": "centralctl",
      },
      body: JSON.stringify(body),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { status: response.statusCode, text: await response.body.text() };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const code =
      (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    const problem = /TIMEOUT/.test(code)
      ? `did not answer within ${options.timeoutMs / 1000} s`
      : `could not be reached (${code})`;
    throw new MispError(
      `MISP at ${shown} ${problem}. Check the URL, the network and any proxy.`,
      shown,
      undefined,
      { cause: error },
    );
  }
}
