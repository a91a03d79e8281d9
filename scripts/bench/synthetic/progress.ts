/** A one-line progress bar on stderr: «articles [#####-----] 52% 52000/100000 3.1s». */
export function progress(label: string, total: number) {
  const started = performance.now();
  let last = 0;
  let drawn = -1;
  const draw = (done: number) => {
    drawn = done;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `${process.stderr.isTTY ? '\r' : ''}${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${done}/${total} ${seconds}s${process.stderr.isTTY ? '' : '\n'}`,
    );
  };
  return {
    tick(done: number) {
      const now = performance.now();
      // On a terminal the bar redraws in place; in a log, a line every ten seconds is enough.
      if (now - last > (process.stderr.isTTY ? 200 : 10_000) || done === total) {
        last = now;
        draw(done);
      }
    },
    done(): number {
      if (drawn !== total) draw(total);
      if (process.stderr.isTTY) process.stderr.write('\n');
      return (performance.now() - started) / 1000;
    },
  };
}
