/**
 * Turns the evidence into one score per situation: cue weights (saturating, so ten weak
 * cues do not outweigh a clear strong one), similarity to the nearest example message,
 * and sentiment, which pushes towards `complaint` or `positive` and away from `question`.
 * `urgent` only competes when its cues reach a minimum; `other` has a fixed base score,
 * so it wins when nothing else is clear.
 */
import type { Hit } from './cues.js';
import type { Nearest } from './examples.js';
import { WEIGHTS } from './signals.js';

export type Roles = {
  complaint: number;
  positive: number;
  question: number;
  urgent: number;
  other: number;
};

export type Evidence = {
  hits: readonly Hit[];
  nearest: readonly Nearest[];
  /** Sentiment score, negative to positive, roughly −1…1. */
  sentiment: number;
};

export function scoreSituations(count: number, roles: Roles, e: Evidence): Float64Array {
  const w = WEIGHTS;
  const cueSum = new Float64Array(count);
  for (const h of e.hits) cueSum[h.situation] = (cueSum[h.situation] as number) + h.weight;
  const scores = new Float64Array(count);
  const sat = w.cueSaturation;
  for (let s = 0; s < count; s++) {
    const sum = cueSum[s] as number;
    const near = e.nearest[s];
    const sim = near && near.similarity >= w.example.minSimilarity ? near.similarity : 0;
    scores[s] = sat * (1 - Math.exp(-sum / sat)) + w.example.weight * sim;
  }
  const neg = Math.max(0, -e.sentiment);
  const pos = Math.max(0, e.sentiment);
  const add = (s: number, v: number) => {
    if (s >= 0) scores[s] = (scores[s] as number) + v;
  };
  add(roles.complaint, w.sentiment.complaint * neg);
  add(roles.positive, w.sentiment.positive * pos);
  add(roles.question, -w.sentiment.questionPenalty * neg);
  if (roles.positive >= 0 && roles.complaint >= 0) {
    add(
      roles.positive,
      -w.sentiment.positivePenaltyPerComplaint * (cueSum[roles.complaint] as number),
    );
  }
  if (roles.question >= 0 && roles.complaint >= 0) {
    add(
      roles.question,
      -w.sentiment.questionPenaltyPerComplaint * (cueSum[roles.complaint] as number),
    );
  }
  if (roles.urgent >= 0) {
    const urgentCues = cueSum[roles.urgent] as number;
    scores[roles.urgent] =
      (scores[roles.urgent] as number) *
      (urgentCues >= w.urgent.min ? w.urgent.boost : w.urgent.below);
  }
  add(roles.other, w.otherBase);
  for (let s = 0; s < count; s++) scores[s] = Math.max(0, scores[s] as number);
  return scores;
}

/** Softmax probability of the winner: how sure the classifier is. */
export function confidenceOf(scores: Float64Array, winner: number): number {
  const t = WEIGHTS.temperature;
  const top = scores[winner] as number;
  let sum = 0;
  for (const s of scores) sum += Math.exp((s - top) / t);
  return sum === 0 ? 0 : 1 / sum;
}
