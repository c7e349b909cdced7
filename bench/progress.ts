// Progress lines on stderr, with the time since the bench started, so stdout stays the table (or the JSON).
const t0 = performance.now();

export function progress(line: string): void {
  const s = ((performance.now() - t0) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${s}s] ${line}\n`);
}
