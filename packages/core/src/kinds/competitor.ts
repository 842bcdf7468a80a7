import { z } from 'zod';
import { segments } from '../text/segments.js';
import { foldWords } from '../text/word-fold.js';
import type { Word } from '../text/words.js';
import {
  comparisonFill,
  comparisonWords,
  cueFinder,
  negatedAt,
  superior,
} from './competitor/cues.js';
import { compileNames, type NameHit } from './disclosure/name-matcher.js';
import { defineKind } from './types.js';

/** Words between "dan/than" and the competitor, at most ("beter dan die van X"). */
const MAX_FILL = 2;

/**
 * `competitor`: a competitor (from a term list) in the same sentence as negative
 * evaluation ("waardeloos", "scam", "kan er niks van"), or after a disparaging
 * comparison ("veel beter dan X"). Negated cues ("niet slecht") do not count.
 */
export const competitorKind = defineKind({
  id: 'competitor',
  description: {
    nl: 'Concurrenten worden niet negatief besproken of afgekraakt in een vergelijking.',
    en: 'Competitors are not spoken of negatively or disparaged in a comparison.',
  },
  options: z.object({
    /** Name of the guideline term list with the competitors. */
    list: z.string().default('competitors'),
  }),
  messages: {
    negative: {
      nl: 'Spreek niet negatief over concurrent {competitor} (“{cue}”).',
      en: 'Do not speak negatively about competitor {competitor} (“{cue}”).',
    },
    comparison: {
      nl: '“{cue}”: deze vergelijking kraakt concurrent {competitor} af. Vertel liever wat je zelf goed doet.',
      en: '“{cue}”: this comparison disparages competitor {competitor}. Say what you do well instead.',
    },
  },
  compile(options, context) {
    const names = compileNames((context.termList(options.list) ?? []).map((t) => t.term));
    return (ctx) => {
      if (names.size === 0) return;
      const { text, words } = ctx;
      const folded = foldWords(words, text);
      const hits = names.find(text, words, folded);
      if (hits.length === 0) return;
      const seg = segments(text, words);
      const skip = new Uint8Array(words.length);
      for (const h of hits) skip.fill(1, h.first, h.last + 1);
      const cues = cueFinder.find(folded, seg, skip, ctx.lang);
      const span = (first: number, last: number) =>
        text.slice((words[first] as Word).start, (words[last] as Word).end);

      for (const hit of hits) {
        const compared = comparisonBefore(folded, seg, hit);
        if (compared >= 0) {
          ctx.report({
            messageId: 'comparison',
            start: hit.start,
            end: hit.end,
            data: { competitor: hit.name, cue: span(compared, hit.last) },
          });
          continue;
        }
        const s = seg.sentence[hit.first];
        const cue = cues.find(
          (c) =>
            seg.sentence[c.first] === s &&
            !(c.inferiorThan && c.first < hit.first && hit.first - c.last <= MAX_FILL + 2),
        );
        if (cue) {
          ctx.report({
            messageId: 'negative',
            start: hit.start,
            end: hit.end,
            data: { competitor: hit.name, cue: span(cue.first, cue.last) },
          });
        }
      }
    };
  },
});

/** Index of the comparative in "beter dan (die van) <hit>", or -1. */
function comparisonBefore(
  folded: readonly string[],
  seg: ReturnType<typeof segments>,
  hit: NameHit,
): number {
  const s = seg.sentence[hit.first];
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 1 - MAX_FILL; k--) {
    if (seg.sentence[k] !== s) return -1;
    const w = folded[k] as string;
    if (comparisonWords.has(w)) {
      const c = k - 1;
      if (c < 0 || seg.sentence[c] !== s || !superior.has(folded[c] as string)) return -1;
      return negatedAt(folded, seg, c, c) ? -1 : c;
    }
    if (!comparisonFill.has(w)) return -1;
  }
  return -1;
}
