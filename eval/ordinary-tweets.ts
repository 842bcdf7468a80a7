/**
 * False alarms of the whole check: the share of ordinary Dutch tweets
 * (tweets-harmful-nl, label not-harmful) that get at least one error finding from the
 * default Dutch guideline, checked as personal posts, beside alex on the same tweets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { text as alexText } from 'alex';
import { loadChecker } from '../packages/core/src/index.js';
import { type EvalRow, readSet } from './lib.js';

export async function evaluate(): Promise<EvalRow[]> {
  const checker = loadChecker(
    readFileSync(join(import.meta.dirname, '..', 'guidelines', 'nl.yaml'), 'utf8'),
  );
  const tweets = readSet('tweets-harmful-nl.dev.jsonl').filter((e) => e.label === 'not-harmful');
  let withError = 0;
  let alexFlagged = 0;
  const perRule = new Map<string, number>();
  for (const t of tweets) {
    const result = checker.check({ text: t.text, as: 'personal', lang: 'nl' });
    if (result.summary.errors > 0) withError++;
    for (const rule of new Set(
      result.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
    )) {
      perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    }
    if (alexText(t.text).messages.length > 0) alexFlagged++;
  }
  const detail = [...perRule.entries()].map(([r, n]) => `${r} ${n}`).join(', ');
  return [
    {
      set: 'tweets-harmful-nl (not-harmful)',
      metric: 'share with an error',
      ours: withError / tweets.length,
      peer: alexFlagged / tweets.length,
      peerName: 'alex (any message)',
      target: '≤ 0.030',
      detail: `n=${tweets.length}${detail ? `; ${detail}` : ''}`,
    },
  ];
}
