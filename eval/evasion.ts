/**
 * Evaluation of the `terms` matcher against evasions: a realistic list of confidential
 * terms of a fictional Dutch rail company ("Spoorland"), thousands of seeded evasion
 * variants (each evasion alone and 2–3 layered) in ordinary carrier sentences, and
 * ordinary posts from ../shared/eval for false alarms. The peer is what most tools do:
 * a case-insensitive word-boundary regex per term.
 *
 * Run: npx tsx eval/run.ts evasion
 */

import { compileTerms } from '../packages/core/src/text/matcher.js';
import { SPOORLAND_TERMS, type Variant, variants } from '../packages/core/test/support/evasions.js';
import { type EvalRow, readSet } from './lib.js';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The peer: one case-insensitive word-boundary regex per term. */
export function regexPeer(
  terms: readonly string[],
): (text: string) => { start: number; end: number }[] {
  const res = terms.map(
    (t) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(t)}(?![\\p{L}\\p{N}])`, 'giu'),
  );
  return (text) => {
    const hits: { start: number; end: number }[] = [];
    for (const re of res) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text))
        hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  };
}

const overlaps = (h: { start: number; end: number }, v: Variant) =>
  h.start < v.end && h.end > v.start;

export async function evaluate(): Promise<EvalRow[]> {
  const matcher = compileTerms(SPOORLAND_TERMS);
  const peer = regexPeer(SPOORLAND_TERMS);
  const rows: EvalRow[] = [];
  const all = variants(5000, 20240601);
  const groups: [string, Variant[]][] = [
    ['all', all],
    ['single evasion', all.filter((v) => v.evasions.length === 1)],
    ['layered 2–3', all.filter((v) => v.evasions.length > 1)],
  ];
  for (const [name, set] of groups) {
    const ours = set.filter((v) => matcher.match(v.text).some((h) => overlaps(h, v))).length;
    const theirs = set.filter((v) => peer(v.text).some((h) => overlaps(h, v))).length;
    rows.push({
      set: 'evasion (generated)',
      metric: `caught, ${name}`,
      ours: ours / set.length,
      peer: theirs / set.length,
      peerName: 'word-boundary regex',
      target: name === 'all' ? '≥ 0.99' : undefined,
      detail: `n=${set.length}`,
    });
  }
  const posts = [
    ...readSet('tweets-harmful-nl.dev.jsonl').filter((e) => e.label === 'not-harmful'),
    ...readSet('sentiment-tweets-nl.dev.jsonl'),
    ...readSet('complaints-en.dev.jsonl'),
  ];
  const oursFa = posts.filter((p) => matcher.match(p.text).length > 0).length;
  const peerFa = posts.filter((p) => peer(p.text).length > 0).length;
  rows.push({
    set: 'ordinary posts nl+en',
    metric: 'false alarms',
    ours: oursFa / posts.length,
    peer: peerFa / posts.length,
    peerName: 'word-boundary regex',
    target: '≤ 0.005',
    detail: `n=${posts.length}`,
  });
  return rows;
}
