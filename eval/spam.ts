/**
 * `spam` kind: F1 for spam on YouTube comments and SMS, and the share of ordinary
 * Dutch tweets (tweets-harmful-nl, `not-harmful`) it flags. A line counts as flagged
 * when the kind reports any finding with its default options.
 *
 * Peers, measured on the same lines in the same run:
 * - `spam-detection` (npm): a naive Bayes classifier shipped with a trained model; no
 *   network. Its model was trained on the SMS Spam Collection itself, so its SMS figure
 *   is inflated (it has seen those very lines); the YouTube and Dutch figures are fair.
 * - a documented baseline for SMS: "contains a link, a phone number (10+ digits) or a
 *   4–6 digit code", the rule of thumb many SMS filters start from.
 */
import { createRequire } from 'node:module';
import { runKind } from '../packages/core/src/kinds/run-kind.js';
import { spamKind } from '../packages/core/src/kinds/spam.js';
import { type EvalRow, type Example, prf, readSet } from './lib.js';

const require = createRequire(import.meta.url);
const bayes = require('spam-detection') as { detect(text: string): string };

const ours = (e: Example) =>
  runKind(spamKind, {}, e.text, { lang: e.lang === 'nl' ? 'nl' : 'en' }).length > 0;
const bayesPeer = (e: Example) => bayes.detect(e.text) === 'spam';
const LINK_OR_NUMBER =
  /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|org|nl|co\.uk)\b|\+?\d[\d -]{8,}\d|\b\d{4,6}\b/i;
const baseline = (e: Example) => LINK_OR_NUMBER.test(e.text);

function f1Row(
  set: string,
  target: string,
  peer: (e: Example) => boolean,
  peerName: string,
): EvalRow {
  const lines = readSet(set);
  const gold = lines.map((e) => e.label === 'spam');
  const a = prf(gold, lines.map(ours));
  const b = prf(gold, lines.map(peer));
  return {
    set,
    metric: 'spam F1',
    ours: a.f1,
    peer: b.f1,
    peerName,
    target,
    detail: `P ${a.precision.toFixed(2)} R ${a.recall.toFixed(2)} (peer P ${b.precision.toFixed(2)} R ${b.recall.toFixed(2)}), n=${a.n}`,
  };
}

function falseAlarmRow(): EvalRow {
  const set = 'tweets-harmful-nl.dev.jsonl';
  const lines = readSet(set).filter((e) => e.label === 'not-harmful');
  const share = (f: (e: Example) => boolean) => lines.filter(f).length / lines.length;
  return {
    set,
    metric: 'spam false alarms (not-harmful)',
    ours: share(ours),
    peer: share(bayesPeer),
    peerName: 'spam-detection (naive Bayes, npm)',
    target: '<= 0.01',
    detail: `n=${lines.length}`,
  };
}

export async function evaluate(): Promise<EvalRow[]> {
  return [
    f1Row('spam-youtube-en.dev.jsonl', '>= 0.80', bayesPeer, 'spam-detection (naive Bayes, npm)'),
    f1Row('spam-sms-en.dev.jsonl', '>= 0.60', baseline, 'baseline: link or phone/short code'),
    f1Row('spam-sms-en.dev.jsonl', '>= 0.60', bayesPeer, 'spam-detection (trained on this corpus)'),
    falseAlarmRow(),
  ];
}
