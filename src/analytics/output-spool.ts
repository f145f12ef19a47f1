import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Holds output that may still have to be thrown away, in memory up to `memoryLimit` characters
 * and in a temporary file beyond it, so memory stays flat however much is held.
 */
export class OutputSpool {
  private parts: string[] = [];
  private held = 0;
  private folder: string | null = null;
  private fd: number | null = null;

  constructor(private readonly memoryLimit = 16 << 20) {}

  write(text: string): void {
    this.parts.push(text);
    this.held += text.length;
    if (this.held > this.memoryLimit) this.spill();
  }

  /** Hands everything held to `write`, in order, and forgets it. */
  drainTo(write: (chunk: string) => void): void {
    if (this.fd !== null) {
      this.spill();
      const buffer = Buffer.alloc(1 << 20);
      let position = 0;
      for (;;) {
        const read = readSync(this.fd, buffer, 0, buffer.length, position);
        if (read === 0) break;
        position += read;
        // Cut at the last line break so that no UTF-8 character is split between chunks.
        const cut = read === buffer.length ? buffer.lastIndexOf(0x0a, read - 1) + 1 || read : read;
        write(buffer.toString('utf8', 0, cut));
        position -= read - cut;
      }
    } else if (this.parts.length > 0) write(this.parts.join(''));
    this.discard();
  }

  /** Forgets everything held and removes the temporary file. */
  discard(): void {
    this.parts = [];
    this.held = 0;
    if (this.fd !== null) closeSync(this.fd);
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.fd = null;
    this.folder = null;
  }

  private spill(): void {
    if (this.fd === null) {
      this.folder = mkdtempSync(join(tmpdir(), 'tandem-output-'));
      this.fd = openSync(join(this.folder, 'output'), 'w+', 0o600);
    }
    if (this.parts.length > 0) writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.held = 0;
  }
}
