import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled line of a `../shared/eval/*.dev.jsonl` set. */
export type Example = {
  id: string;
  text: string;
  label: string;
  lang: string;
  [k: string]: unknown;
};

export const EVAL_DIR =
  process.env.LEIDRAAD_EVAL_DIR ?? join(process.cwd(), '..', 'shared', 'eval');

export function readSet(name: string): Example[] {
  const file = join(EVAL_DIR, name);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);
}

export type Prf = { precision: number; recall: number; f1: number; n: number };

/** Precision, recall and F1 of `predicted` for the positive class. */
export function prf(gold: readonly boolean[], predicted: readonly boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] && gold[i]) tp++;
    else if (predicted[i]) fp++;
    else if (gold[i]) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n: gold.length };
}

/** Macro-F1 over both classes of a binary task. */
export function macroF1(gold: readonly boolean[], predicted: readonly boolean[]): number {
  const pos = prf(gold, predicted).f1;
  const neg = prf(
    gold.map((g) => !g),
    predicted.map((p) => !p),
  ).f1;
  return (pos + neg) / 2;
}

/** A line of the eval table: our figure beside the peer's, on the same data in the same run. */
export type EvalRow = {
  set: string;
  metric: string;
  ours: number;
  peer: number;
  peerName: string;
  target?: string;
  detail?: string;
};

export function printTable(rows: readonly EvalRow[]): void {
  const header = ['set', 'metric', 'leidraad', 'peer', 'peer name', 'target', 'detail'];
  const body = rows.map((r) => [
    r.set,
    r.metric,
    r.ours.toFixed(3),
    r.peer.toFixed(3),
    r.peerName,
    r.target ?? '',
    r.detail ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}
