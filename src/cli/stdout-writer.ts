import { writeSync } from 'node:fs';

/**
 * Writes text to standard output synchronously in chunks of about a megabyte, so that a long
 * computation can stream its results without awaiting. Standard output may be a non-blocking pipe;
 * a full pipe (EAGAIN) is waited out rather than lost.
 */
export function createStdoutWriter(fd = 1): { write(text: string): void; flush(): void } {
  let pending = '';
  const waiter = new Int32Array(new SharedArrayBuffer(4));
  const flush = () => {
    let bytes = Buffer.from(pending, 'utf8');
    pending = '';
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(waiter, 0, 0, 5);
      }
    }
  };
  return {
    write: (text) => {
      pending += text;
      if (pending.length >= 1 << 20) flush();
    },
    flush,
  };
}
