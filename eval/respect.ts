/**
 * The `respect` kind on HateCheck (Dutch), OffensEval tweets (English) and ordinary
 * Dutch tweets (false alarms), each beside peers measured in the same run:
 * the `naughty-words` lists (word-boundary match) and `obscenity` (English dataset).
 */
import naughtyEn from 'naughty-words/en.json' with { type: 'json' };
import naughtyNl from 'naughty-words/nl.json' with { type: 'json' };
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { Lang } from '../packages/core/src/i18n.js';
import { respectKind } from '../packages/core/src/kinds/respect.js';
import { runKind } from '../packages/core/src/kinds/run-kind.js';
import { type EvalRow, macroF1, prf, readSet } from './lib.js';

type Detector = (text: string) => boolean;

function ours(lang: Lang): Detector {
  return (text) => runKind(respectKind, {}, text, { lang }).length > 0;
}

/** naughty-words list as a word-boundary matcher (phrases match word sequences). */
function naughtyWords(lang: 'nl' | 'en'): Detector {
  const list: string[] = lang === 'nl' ? naughtyNl : naughtyEn;
  const words = new Set<string>();
  const phrases: string[] = [];
  for (const w of list) {
    const l = w.toLowerCase();
    if (/^[\p{L}\p{N}']+$/u.test(l)) words.add(l);
    else phrases.push(` ${l} `);
  }
  return (text) => {
    const lower = text.toLowerCase();
    const tokens = lower.match(/[\p{L}\p{N}']+/gu) ?? [];
    if (tokens.some((t) => words.has(t))) return true;
    const spaced = ` ${tokens.join(' ')} `;
    return phrases.some((p) => spaced.includes(p));
  };
}

function obscenity(): Detector {
  const matcher = new RegExpMatcher({
    ...englishDataset.build(),
    ...englishRecommendedTransformers,
  });
  return (text) => matcher.hasMatch(text);
}

export async function evaluate(): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];

  const hate = readSet('hatecheck-nl.dev.jsonl');
  const hateGold = hate.map((e) => e.label === 'hateful');
  const hateOurs = ours('nl');
  const nlPeer = naughtyWords('nl');
  const ob = obscenity();
  const oursHate = hate.map((e) => hateOurs(e.text));
  rows.push({
    set: 'hatecheck-nl',
    metric: 'macro-F1',
    ours: macroF1(hateGold, oursHate),
    peer: macroF1(
      hateGold,
      hate.map((e) => nlPeer(e.text)),
    ),
    peerName: 'naughty-words nl',
    target: '≥ 0.70',
    detail: `n=${hate.length}`,
  });
  rows.push({
    set: 'hatecheck-nl',
    metric: 'macro-F1',
    ours: macroF1(hateGold, oursHate),
    peer: macroF1(
      hateGold,
      hate.map((e) => ob(e.text)),
    ),
    peerName: 'obscenity (en)',
    target: '≥ 0.70',
  });

  const off = readSet('offensive-en.dev.jsonl');
  const offGold = off.map((e) => e.label === 'offensive');
  const offOursDet = ours('en');
  const enPeer = naughtyWords('en');
  const offOurs = prf(
    offGold,
    off.map((e) => offOursDet(e.text)),
  );
  const fmt = (p: { precision: number; recall: number }) =>
    `P=${p.precision.toFixed(2)} R=${p.recall.toFixed(2)}`;
  for (const [name, det] of [
    ['naughty-words en', enPeer],
    ['obscenity', ob],
  ] as const) {
    const peer = prf(
      offGold,
      off.map((e) => det(e.text)),
    );
    rows.push({
      set: 'offensive-en',
      metric: 'F1 offensive',
      ours: offOurs.f1,
      peer: peer.f1,
      peerName: name,
      target: '≥ 0.55',
      detail: `ours ${fmt(offOurs)}; peer ${fmt(peer)}; n=${offOurs.n}`,
    });
  }

  const tweets = readSet('tweets-harmful-nl.dev.jsonl').filter((e) => e.label === 'not-harmful');
  const alarm = (det: Detector) => tweets.filter((e) => det(e.text)).length / tweets.length;
  rows.push({
    set: 'tweets-harmful-nl',
    metric: 'any respect finding (not-harmful)',
    ours: alarm(hateOurs),
    peer: alarm(nlPeer),
    peerName: 'naughty-words nl',
    detail: `n=${tweets.length}; profanity warnings included (errors: see the whole-check row)`,
  });
  return rows;
}
