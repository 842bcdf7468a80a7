/** Built-in cue data per language, turned into raw cues for the guideline's situations. */
import en from '../../data/classify/situations-en.json' with { type: 'json' };
import nl from '../../data/classify/situations-nl.json' with { type: 'json' };
import weights from '../../data/classify/weights.json' with { type: 'json' };
import type { Situation } from '../guideline/schema.js';
import type { Lang } from '../i18n.js';
import type { RawCue } from './cues.js';

type Strengths = { strong: string[]; medium: string[]; weak: string[] };
type CueData = { numbers: string[]; situations: Record<string, Strengths> };

const DATA: Record<Lang, CueData> = { nl, en };

export const WEIGHTS = weights;

export function numberWords(lang: Lang): string[] {
  return DATA[lang].numbers;
}

/** The guideline's cues for every situation, plus the built-in ones for the stable situations. */
export function rawCues(situations: readonly Situation[], lang: Lang): RawCue[] {
  const raw: RawCue[] = [];
  const builtin = DATA[lang].situations;
  situations.forEach((s, situation) => {
    const data = Object.hasOwn(builtin, s.id) ? builtin[s.id] : undefined;
    if (data) {
      for (const strength of ['strong', 'medium', 'weak'] as const) {
        const weight = weights.cue[strength];
        for (const phrase of data[strength])
          raw.push({ situation, phrase, weight, source: 'builtin' });
      }
    }
    for (const phrase of s.cues) {
      raw.push({ situation, phrase, weight: weights.cue.guideline, source: 'guideline' });
    }
  });
  return raw;
}
