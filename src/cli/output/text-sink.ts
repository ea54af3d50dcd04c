import type { Writable } from "node:stream";

/**
 * Text output that respects backpressure: `write` resolves at once while the stream has room and
 * waits for `drain` when it has not, so a million records stream through a bounded buffer.
 */
export interface TextSink {
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

/** Wrap a Node stream (stdout or a file) as a {@link TextSink}. */
export function textSinkFor(stream: Writable, closeStream = false): TextSink {
  return {
    write(text) {
      if (stream.write(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = (): void => {
          stream.off("error", onError);
          resolve();
        };
        const onError = (error: Error): void => {
          stream.off("drain", onDrain);
          reject(error);
        };
        stream.once("drain", onDrain);
        stream.once("error", onError);
      });
    },
    end() {
      if (!closeStream) return Promise.resolve();
      return new Promise((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      });
    },
  };
}
