/**
 * A progress bar on stderr: redrawn in place on a terminal, one line every 10% otherwise (CI
 * logs, pipes).
 */
export function progressBar(total: number, label: string): { update(done: number, failed: number): void; finish(done: number, failed: number): void } {
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  const render = (done: number, failed: number) => {
    const ratio = total === 0 ? 1 : done / total;
    const width = 30;
    const filled = Math.round(ratio * width);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% ${done}/${total}${failed ? ` (${failed} failed)` : ''}`;
  };
  return {
    update(done, failed) {
      if (tty) process.stderr.write(`\r${render(done, failed)}`);
      else {
        const tenth = Math.floor((done / Math.max(total, 1)) * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          process.stderr.write(`${render(done, failed)}\n`);
        }
      }
    },
    finish(done, failed) {
      if (tty) process.stderr.write(`\r${render(done, failed)}\n`);
      else if (lastTenth !== 10) process.stderr.write(`${render(done, failed)}\n`);
    },
  };
}
