/**
 * `classify` (situation, sentiment, language, explanation, drafted reply, route) on real
 * short posts with the default Dutch and English guidelines, beside the AFINN `sentiment`
 * package's analyze() on the same posts in the same run. Run alone: npx tsx bench/classify.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileClassifier } from '../packages/core/src/classify/index.js';
import { loadGuideline } from '../packages/core/src/index.js';
import { realPosts } from './check.js';
import { type BenchRow, latency, printRows } from './stats.js';

type Afinn = new () => { analyze(text: string): { score: number } };
const Sentiment = createRequire(import.meta.url)('sentiment') as Afinn;

const root = join(import.meta.dirname, '..');

export async function bench(): Promise<BenchRow[]> {
  const posts = realPosts();
  const afinn = new Sentiment();
  const peer = latency(posts, (text) => afinn.analyze(text));
  const rows: BenchRow[] = [];
  for (const lang of ['nl', 'en'] as const) {
    const source = readFileSync(join(root, 'guidelines', `${lang}.yaml`), 'utf8');
    const guideline = loadGuideline(source, `${lang}.yaml`);
    const t0 = performance.now();
    const classifier = compileClassifier(guideline);
    const compileMs = performance.now() - t0;
    const ours = latency(posts, (text) => classifier.classify(text, { channel: 'x' }));
    const name = `classify (${lang} guideline, compile ${compileMs.toFixed(1)} ms)`;
    rows.push({
      name: `${name} messages/s`,
      ours: ours.perSecond,
      peer: peer.perSecond,
      unit: 'msg/s',
      peerName: 'sentiment (AFINN) analyze',
    });
    rows.push({
      name: `classify ${lang} p50`,
      ours: ours.p50,
      peer: peer.p50,
      unit: 'µs',
      peerName: 'sentiment (AFINN) analyze',
    });
    rows.push({
      name: `classify ${lang} p99`,
      ours: ours.p99,
      peer: peer.p99,
      unit: 'µs',
      peerName: 'sentiment (AFINN) analyze',
    });
  }
  rows.push({
    name: 'classify messages/s target',
    ours: rows[0]?.ours ?? 0,
    peer: 10000,
    unit: 'msg/s',
    peerName: 'target ≥ 10,000',
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printRows('classify, one core', await bench());
}
