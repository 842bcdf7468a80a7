/**
 * `npm run eval [-- NAME…]`: runs every eval module in this folder (or the named
 * ones) on ../shared/eval/*.dev.jsonl and prints our figures beside the peers'.
 * Each module exports `evaluate(): Promise<EvalRow[]>`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type EvalRow, printTable } from './lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['lib.ts', 'run.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const rows: EvalRow[] = [];
for (const name of modules) {
  process.stderr.write(`eval: ${name}…\n`);
  const mod = (await import(pathToFileURL(join(here, `${name}.ts`)).href)) as {
    evaluate: () => Promise<EvalRow[]>;
  };
  rows.push(...(await mod.evaluate()));
}
printTable(rows);
