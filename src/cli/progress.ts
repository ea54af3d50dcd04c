/**
 * Progress on stderr for people: one line rewritten in place, only when stderr is a terminal, so
 * pipes, files and CI logs receive nothing but results and real warnings.
 */
export interface Progress {
  update(text: string): void;
  done(): void;
}

/** A progress line for `stream`, silent unless it is a TTY (and not `--quiet`). */
export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  enabled: boolean,
): Progress {
  const active = enabled && stream.isTTY === true;
  let shown = false;
  let last = 0;
  return {
    update(text) {
      if (!active) return;
      const now = Date.now();
      if (now - last < 100) return; // repainting faster than the eye can read only costs CPU
      last = now;
      stream.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (active && shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
