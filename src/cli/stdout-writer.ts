import { writeSync } from 'node:fs';

/**
 * Writes text to standard output synchronously through one buffer of about a megabyte, so that a
 * long computation can stream its results without awaiting and without holding the text. Standard
 * output may be a non-blocking pipe; a full pipe (EAGAIN) is waited out rather than lost.
 */
export function createStdoutWriter(fd = 1, bufferBytes = 1 << 20): { write(text: string): void; flush(): void } {
  const buffer = Buffer.allocUnsafe(bufferBytes);
  let used = 0;
  const waiter = new Int32Array(new SharedArrayBuffer(4));
  const writeAll = (bytes: Uint8Array) => {
    let rest = bytes;
    while (rest.length > 0) {
      try {
        rest = rest.subarray(writeSync(fd, rest));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(waiter, 0, 0, 5);
      }
    }
  };
  const flush = () => {
    writeAll(buffer.subarray(0, used));
    used = 0;
  };
  return {
    write: (text) => {
      if (used + text.length * 3 > buffer.length) flush();
      if (text.length * 3 > buffer.length) writeAll(Buffer.from(text, 'utf8'));
      else used += buffer.write(text, used, 'utf8');
    },
    flush,
  };
}
