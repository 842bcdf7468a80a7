/** Timing helpers shared by the benchmarks. Figures are printed, never asserted. */
export type BenchRow = { name: string; ours: number; peer: number; unit: string; peerName: string };

export type Latency = { p50: number; p99: number; perSecond: number };

/** Times `fn` once per item, `rounds` times over the list; returns µs percentiles and items/s. */
export function latency<T>(items: readonly T[], fn: (item: T) => unknown, rounds = 3): Latency {
  // Warm up (JIT, caches) on the whole list before measuring.
  for (const item of items) fn(item);
  const samples = new Float64Array(items.length * rounds);
  let k = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const s = process.hrtime.bigint();
      fn(item);
      samples[k++] = Number(process.hrtime.bigint() - s) / 1000;
    }
  }
  const totalSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  samples.sort();
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), perSecond: samples.length / totalSeconds };
}

export function printRows(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n${title}`);
  const header = ['benchmark', 'leidraad', 'peer', 'unit', 'ratio', 'peer name'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.ours),
    fmt(r.peer),
    r.unit,
    r.peer === 0 ? '-' : `${(r.ours / r.peer).toFixed(2)}×`,
    r.peerName,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => (i === 0 || i === 5 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

function fmt(n: number): string {
  if (n >= 1000) return Math.round(n).toLocaleString('en');
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}
