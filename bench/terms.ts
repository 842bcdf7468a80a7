/**
 * Benchmark of the `terms` matcher: compile time and throughput for 10 / 1,000 / 10,000
 * generated terms on ~300-character posts, beside peers in the same run: one
 * case-insensitive word-boundary regex per term (what most tools do) and one big
 * alternation regex of all terms.
 *
 * Run: npx tsx bench/terms.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVAL_DIR } from '../eval/lib.js';
import { compileTerms } from '../packages/core/src/text/matcher.js';
import { seeded } from '../packages/core/test/support/evasions.js';

export type BenchRow = { name: string; ours: number; peer: number; unit: string; peerName: string };

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'kl',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'sp',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
  'sch',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ij', 'ei', 'ou', 'ui', 'ie'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 't', 'rd', 'nd', 'ls', 'rk', 'x'];
const PREFIXES = ['Project ', 'Operatie ', 'Programma ', '', '', '', ''];

/** Realistic-looking names: 1–2 words of 2–3 generated syllables, sometimes a prefix. */
export function generateTerms(count: number, seed = 42): string[] {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const out = new Set<string>();
  while (out.size < count) {
    const words = r() < 0.3 ? `${word()} ${word()}` : word();
    out.add(pick(PREFIXES) + words);
  }
  return [...out];
}

/** Posts of about 300 characters made of real post texts joined together. */
export function loadPosts(max = 2000): string[] {
  const texts: string[] = [];
  for (const f of readdirSync(EVAL_DIR)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(EVAL_DIR, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const t = (JSON.parse(line) as { text?: string }).text;
      if (t) texts.push(t.replace(/\s+/g, ' '));
    }
  }
  const posts: string[] = [];
  let cur = '';
  for (const t of texts) {
    cur = cur ? `${cur} ${t}` : t;
    if (cur.length >= 250) {
      posts.push(cur.slice(0, 320));
      cur = '';
      if (posts.length >= max) break;
    }
  }
  return posts;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Best of three runs of `fn` over the posts for at least `ms` each; posts per second. */
function throughput(posts: readonly string[], fn: (p: string) => number, ms = 300): number {
  return Math.max(once(posts, fn, ms), once(posts, fn, ms), once(posts, fn, ms));
}

function once(posts: readonly string[], fn: (p: string) => number, ms: number): number {
  let sink = 0;
  for (const p of posts.slice(0, 200)) sink += fn(p);
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (const p of posts) {
      sink += fn(p);
      n++;
      if ((n & 63) === 0 && performance.now() - t0 >= ms) break;
    }
    t = performance.now();
  }
  if (sink < 0) console.log(sink);
  return (n * 1000) / (t - t0);
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

export async function bench(): Promise<BenchRow[]> {
  const posts = loadPosts();
  const avgBytes = posts.reduce((a, p) => a + new TextEncoder().encode(p).length, 0) / posts.length;
  // Warm the matcher code up once, so the first size measured is not the JIT's warm-up.
  const warm = compileTerms(generateTerms(100, 7));
  once(posts, (p) => warm.match(p).length, 500);
  const rows: BenchRow[] = [];
  for (const count of [10, 1000, 10000]) {
    const terms = generateTerms(count);
    const [matcher, compileMs] = time(() => compileTerms(terms));
    const [alternation, altMs] = time(
      () => new RegExp(`\\b(?:${terms.map(escape).join('|')})\\b`, 'giu'),
    );
    const ours = throughput(posts, (p) => matcher.match(p).length);
    const alt = throughput(
      posts,
      (p) => p.match(alternation)?.length ?? 0,
      count >= 10000 ? 100 : 300,
    );
    const label = count.toLocaleString('en');
    rows.push({
      name: `terms: compile @${label}`,
      ours: compileMs,
      peer: altMs,
      unit: 'ms',
      peerName: 'alternation regex',
    });
    rows.push({
      name: `terms: posts/s @${label}`,
      ours,
      peer: alt,
      unit: 'posts/s',
      peerName: 'alternation regex',
    });
    rows.push({
      name: `terms: µs/post @${label}`,
      ours: 1e6 / ours,
      peer: 1e6 / alt,
      unit: 'µs',
      peerName: 'alternation regex',
    });
    rows.push({
      name: `terms: MB/s @${label}`,
      ours: (ours * avgBytes) / 1e6,
      peer: (alt * avgBytes) / 1e6,
      unit: 'MB/s (UTF-8)',
      peerName: 'alternation regex',
    });
    if (count <= 1000) {
      const regexes = terms.map((t) => new RegExp(`\\b${escapeRegex(t)}\\b`, 'iu'));
      const naive = throughput(
        posts,
        (p) => {
          let n = 0;
          for (const re of regexes) if (re.test(p)) n++;
          return n;
        },
        300,
      );
      rows.push({
        name: `terms: posts/s @${label}`,
        ours,
        peer: naive,
        unit: 'posts/s',
        peerName: 'regex per term',
      });
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await bench();
  for (const r of rows) {
    const ratio = r.unit === 'ms' || r.unit === 'µs' ? r.peer / r.ours : r.ours / r.peer;
    console.log(
      `${r.name.padEnd(26)} ours ${r.ours.toFixed(1).padStart(10)} ${r.unit.padEnd(14)} ${r.peerName.padEnd(18)} ${r.peer.toFixed(1).padStart(10)}  ×${ratio.toFixed(2)}`,
    );
  }
}
