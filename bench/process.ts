/**
 * `leidraad check` of one post as a whole process (start-up included), beside a bare
 * `node` start as the floor, measured in the same run. Run alone: npx tsx bench/process.ts
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchRow, printRows } from './stats.js';

const bin = join(import.meta.dirname, '..', 'packages', 'cli', 'bin', 'leidraad.js');

function median(args: string[], input: string, runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { input, encoding: 'utf8' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export async function bench(): Promise<BenchRow[]> {
  const post = 'Vandaag met collega’s de nieuwe dienstregeling getest. Wat een mooie dag! #trein';
  const ours = median([bin, 'check', '-', '--format', 'json'], post);
  const floor = median(['-e', '0'], '');
  return [
    {
      name: 'leidraad check, whole process',
      ours,
      peer: floor,
      unit: 'ms',
      peerName: 'bare node start (floor)',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printRows('whole process', await bench());
}
