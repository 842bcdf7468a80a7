/**
 * The whole check (every rule of the default guideline) on real short posts, with
 * 10, 1,000 and 10,000 confidential terms, beside alex and textlint + alex on the
 * same posts in the same run. Run alone: npx tsx bench/check.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextlintKernel } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import { text as alexText } from 'alex';
import alexRule from 'textlint-rule-alex';
import { parseDocument } from 'yaml';
import { EVAL_DIR } from '../eval/lib.js';
import { compileGuideline, KINDS, parseGuideline } from '../packages/core/src/index.js';
import { type BenchRow, latency, printRows } from './stats.js';
import { generateTerms } from './terms.js';

const root = join(import.meta.dirname, '..');

/** Real posts of at most 300 characters from the eval sets (tweets, comments). */
export function realPosts(max = 3000): string[] {
  const posts: string[] = [];
  for (const set of ['tweets-harmful-nl', 'sentiment-tweets-nl', 'complaints-en', 'offensive-en']) {
    for (const line of readFileSync(join(EVAL_DIR, `${set}.dev.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text: string };
      if (text.length <= 300) posts.push(text);
      if (posts.length >= max) return posts;
    }
  }
  return posts;
}

function guidelineWithTerms(count: number): { source: string } {
  const doc = parseDocument(readFileSync(join(root, 'guidelines/nl.yaml'), 'utf8'));
  const base = (doc.getIn(['terms', 'confidential']) as { toJSON(): unknown[] }).toJSON();
  const terms = [...base, ...generateTerms(Math.max(0, count - base.length), 7)].slice(0, count);
  doc.setIn(['terms', 'confidential'], terms);
  return { source: doc.toString() };
}

/** CommonJS modules imported from ESM may arrive wrapped in `{ default }`. */
function interop<T>(mod: T): T {
  return (mod as { default?: T }).default ?? mod;
}

export async function bench(): Promise<BenchRow[]> {
  const posts = realPosts();
  const rows: BenchRow[] = [];
  const peerPosts = posts.slice(0, 400);
  const alex = latency(peerPosts, (p) => alexText(p), 1);
  const kernel = new TextlintKernel();
  const kernelOptions = {
    ext: '.txt',
    plugins: [{ pluginId: 'text', plugin: interop(textPlugin) }],
    rules: [{ ruleId: 'alex', rule: interop(alexRule) }],
  };
  const textlintPosts = peerPosts.slice(0, 200);
  const t0 = performance.now();
  for (const p of textlintPosts) await kernel.lintText(p, kernelOptions);
  const textlintPerSecond = (textlintPosts.length * 1000) / (performance.now() - t0);

  let perSecondAt10 = 0;
  for (const count of [10, 1000, 10000]) {
    const { source } = guidelineWithTerms(count);
    const parseStart = performance.now();
    const guideline = parseGuideline(source, 'bench.yaml', KINDS);
    const compileStart = performance.now();
    const checker = compileGuideline(guideline, KINDS);
    const compileMs = performance.now() - compileStart;
    const parseMs = compileStart - parseStart;
    const ours = latency(posts, (text) => checker.check({ text, as: 'personal' }));
    if (count === 10) perSecondAt10 = ours.perSecond;
    const n = count.toLocaleString('en');
    rows.push({
      name: `check posts/s @${n} terms`,
      ours: ours.perSecond,
      peer: alex.perSecond,
      unit: 'posts/s',
      peerName: 'alex',
    });
    rows.push({
      name: `check posts/s @${n} terms`,
      ours: ours.perSecond,
      peer: textlintPerSecond,
      unit: 'posts/s',
      peerName: 'textlint + alex',
    });
    rows.push({
      name: `check p50 @${n} terms`,
      ours: ours.p50,
      peer: alex.p50,
      unit: 'µs',
      peerName: 'alex',
    });
    rows.push({
      name: `check p99 @${n} terms`,
      ours: ours.p99,
      peer: alex.p99,
      unit: 'µs',
      peerName: 'alex',
    });
    rows.push({
      name: `compile @${n} terms (parse ${parseMs.toFixed(0)} ms)`,
      ours: compileMs,
      peer: 150,
      unit: 'ms',
      peerName: 'target ≤ 150 ms',
    });
    if (count === 10000) {
      rows.push({
        name: 'throughput drop 10 → 10,000 terms',
        ours: perSecondAt10 / ours.perSecond,
        peer: 1.5,
        unit: '×',
        peerName: 'target ≤ 1.5×',
      });
      const long: string[] = [];
      for (let i = 0; i + 12 < posts.length && long.length < 300; i += 12) {
        long.push(
          posts
            .slice(i, i + 30)
            .join(' ')
            .slice(0, 3000),
        );
      }
      const longOurs = latency(long, (text) => checker.check({ text, as: 'personal' }));
      const longAlex = latency(long.slice(0, 30), (text) => alexText(text), 1);
      rows.push({
        name: '3,000-char post p99 @10,000 terms',
        ours: longOurs.p99,
        peer: longAlex.p99,
        unit: 'µs',
        peerName: 'alex',
      });
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printRows('whole check, one core', await bench());
}
