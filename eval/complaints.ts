/**
 * `classify` on tweets to brands (Preotiuc-Pietro et al. 2019): F1 of the situation
 * `complaint` against anything else, with the default English guideline, beside the
 * AFINN `sentiment` package's "a negative score means a complaint" on the same tweets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileClassifier } from '../packages/core/src/classify/index.js';
import { loadGuideline } from '../packages/core/src/index.js';
import { type EvalRow, prf, readSet } from './lib.js';

type Afinn = new () => { analyze(text: string): { score: number } };
const Sentiment = createRequire(import.meta.url)('sentiment') as Afinn;

export async function evaluate(): Promise<EvalRow[]> {
  const source = readFileSync(join(import.meta.dirname, '..', 'guidelines', 'en.yaml'), 'utf8');
  const classifier = compileClassifier(loadGuideline(source, 'guidelines/en.yaml'));
  const afinn = new Sentiment();
  const set = readSet('complaints-en.dev.jsonl');
  const gold = set.map((e) => e.label === 'complaint');
  const ours = prf(
    gold,
    set.map((e) => classifier.classify(e.text).situation === 'complaint'),
  );
  const peer = prf(
    gold,
    set.map((e) => afinn.analyze(e.text).score < 0),
  );
  const fmt = (p: { precision: number; recall: number }) =>
    `P=${p.precision.toFixed(2)} R=${p.recall.toFixed(2)}`;
  return [
    {
      set: 'complaints-en',
      metric: 'F1 complaint',
      ours: ours.f1,
      peer: peer.f1,
      peerName: 'sentiment (AFINN) < 0',
      target: '≥ 0.65',
      detail: `ours ${fmt(ours)}; peer ${fmt(peer)}; n=${ours.n}`,
    },
  ];
}
