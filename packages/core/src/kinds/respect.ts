import { z } from 'zod';
import type { Lang } from '../i18n.js';
import { analyse } from './respect/analyse.js';
import { lexiconFor } from './respect/build.js';
import { foldWord, type Lexicon } from './respect/lexicon.js';
import { read } from './respect/words.js';
import { defineKind } from './types.js';

const options = z.object({
  /** Report swear words (kanker, kut, fuck …). */
  profanity: z.boolean().default(true),
  /** Report insults (idioot, klootzak, moron …). */
  insults: z.boolean().default(true),
  /** Report slurs against groups. */
  slurs: z.boolean().default(true),
  /** Report hateful statements about protected groups, also without swear words. */
  hate: z.boolean().default(true),
  /** Report threats of violence. */
  threats: z.boolean().default(true),
  /** Extra words the organisation counts as profanity. */
  words: z.array(z.string()).default([]),
  /** Words never reported as profanity, insult or slur (a brand, a place name). */
  allow: z.array(z.string()).default([]),
});

export type RespectOptions = z.infer<typeof options>;

export const respectKind = defineKind<RespectOptions>({
  id: 'respect',
  description: {
    nl: 'Vindt scheldwoorden, beledigingen, kwetsende woorden voor groepen, haatdragende uitspraken en bedreigingen, ook in verhaspelde spelling; niet als de haat ontkend of afgewezen wordt.',
    en: 'Finds profanity, insults, slurs, hateful statements and threats, also in disguised spelling; not when the hate is negated or rejected.',
  },
  options,
  messages: {
    profanity: { nl: 'Grof taalgebruik: ‘{word}’.', en: 'Profanity: ‘{word}’.' },
    insult: { nl: 'Belediging: ‘{word}’.', en: 'Insult: ‘{word}’.' },
    slur: {
      nl: 'Kwetsend scheldwoord voor een groep: ‘{word}’.',
      en: 'Slur against a group: ‘{word}’.',
    },
    hate: {
      nl: 'Haatdragende uitspraak over een groep ({group}): ‘{word}’.',
      en: 'Hateful statement about a group ({group}): ‘{word}’.',
    },
    threat: { nl: 'Dreigende taal: ‘{word}’.', en: 'Threatening language: ‘{word}’.' },
  },
  compile(opts) {
    const tuning = {
      words: new Set(opts.words.map((w) => foldWord(w.toLowerCase()))),
      allow: new Set(opts.allow.map((w) => foldWord(w.toLowerCase()))),
    };
    const tuned = tuning.words.size > 0 || tuning.allow.size > 0 ? tuning : undefined;
    const lexicons: Record<Lang, Lexicon> = { nl: lexiconFor('nl'), en: lexiconFor('en') };
    return (ctx) => {
      const r = read(lexicons[ctx.lang], ctx.text, tuned);
      if (r === undefined) return;
      for (const hit of analyse(r, opts)) {
        const start = r.start[hit.from];
        const end = r.end[hit.to];
        if (start === undefined || end === undefined) continue;
        const word = ctx.text.slice(start, end);
        const g = hit.group;
        ctx.report({
          messageId: hit.messageId,
          start,
          end,
          data:
            g === undefined
              ? { word }
              : { word, group: ctx.text.slice(r.start[g] as number, r.end[g] as number) },
        });
      }
    };
  },
});
