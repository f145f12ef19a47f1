import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Holds output that may still have to be thrown away: encoded at once into one buffer of
 * `memoryBytes` (so the text itself never outlives its line and the heap does not grow with it),
 * and in a temporary file once the buffer is full, so memory stays flat however much is held.
 */
export class OutputSpool {
  private readonly buffer: Buffer;
  private used = 0;
  private folder: string | null = null;
  private fd: number | null = null;

  constructor(memoryBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(memoryBytes);
  }

  write(text: string): void {
    // Three bytes a UTF-16 code unit at most; a text longer than the buffer goes straight through.
    if (this.used + text.length * 3 > this.buffer.length) this.spill();
    if (text.length * 3 > this.buffer.length) this.spillBytes(Buffer.from(text, 'utf8'));
    else this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Hands everything held to `write`, in order, and forgets it. */
  drainTo(write: (chunk: string) => void): void {
    if (this.fd !== null) {
      this.spill();
      let position = 0;
      for (;;) {
        const read = readSync(this.fd, this.buffer, 0, this.buffer.length, position);
        if (read === 0) break;
        // Cut after the last line break so that no UTF-8 character is split between chunks.
        const cut = read === this.buffer.length ? this.buffer.lastIndexOf(0x0a, read - 1) + 1 || read : read;
        write(this.buffer.toString('utf8', 0, cut));
        position += cut;
      }
    } else if (this.used > 0) write(this.buffer.toString('utf8', 0, this.used));
    this.discard();
  }

  /** Forgets everything held and removes the temporary file. */
  discard(): void {
    this.used = 0;
    if (this.fd !== null) closeSync(this.fd);
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.fd = null;
    this.folder = null;
  }

  private spill(): void {
    if (this.used > 0) this.spillBytes(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private spillBytes(bytes: Uint8Array): void {
    if (this.fd === null) {
      this.folder = mkdtempSync(join(tmpdir(), 'tandem-output-'));
      this.fd = openSync(join(this.folder, 'output'), 'w+', 0o600);
    }
    writeSync(this.fd, bytes);
  }
}
