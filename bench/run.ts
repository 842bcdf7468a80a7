/** `npm run bench [-- NAME…]`: every benchmark here, each beside its peer measured in the same run. */
import { type BenchRow, printRows } from './stats.js';

const all: Record<string, () => Promise<{ bench: () => Promise<BenchRow[]> }>> = {
  terms: () => import('./terms.js'),
  check: () => import('./check.js'),
  classify: () => import('./classify.js'),
  process: () => import('./process.js'),
  api: () => import('./api.js'),
};
const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(all)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  printRows(name, await (await load()).bench());
}
