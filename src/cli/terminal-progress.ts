/**
 * A one-line progress report on a terminal's standard error, redrawn at most five times a second;
 * silent when standard error is not a terminal (a pipe, a file, CI), so output stays clean.
 */
export function createTerminalProgress(label: string, totalBytes: number, stream: NodeJS.WriteStream = process.stderr) {
  const isShown = stream.isTTY === true;
  let lastDrawn = 0;
  let isDrawn = false;
  return {
    update({ pass, bytes }: { pass: number; bytes: number }): void {
      if (!isShown) return;
      const now = Date.now();
      if (now - lastDrawn < 200) return;
      lastDrawn = now;
      isDrawn = true;
      const percent = totalBytes > 0 ? Math.min(100, Math.floor((bytes / totalBytes) * 100)) : 100;
      stream.write(`\r${label}: pass ${pass}, ${percent}% of ${(totalBytes / 1_048_576).toFixed(0)} MiB`);
    },
    done(): void {
      if (isDrawn) stream.write('\r\u001b[2K');
    },
  };
}
