import { z } from 'zod';
import { compilePatterns } from './pattern/compile-patterns.js';
import { defineKind } from './types.js';

const template = z.object({ nl: z.string(), en: z.string() });

export const patternOptions = z.object({
  patterns: z
    .array(
      z.object({
        id: z.string().optional(),
        regex: z.string(),
        /** Only i, m, s and u; g is added. */
        flags: z.string().optional(),
        message: template.optional(),
      }),
    )
    .default([]),
});

export type PatternOptions = z.infer<typeof patternOptions>;

/**
 * `pattern`: regular expressions written in the guideline. All patterns of a rule are
 * validated and compiled once into one global scan per flag set; patterns that could
 * backtrack catastrophically (a repeated group holding a repetition) are refused.
 */
export const patternKind = defineKind<PatternOptions>({
  id: 'pattern',
  description: {
    nl: 'Tekst die past op een patroon (reguliere expressie) uit de richtlijn.',
    en: 'Text that matches a pattern (regular expression) from the guideline.',
  },
  options: patternOptions,
  messages: {
    match: {
      nl: '"{match}": {description}',
      en: '"{match}": {description}',
    },
  },
  compile(options) {
    const scanners = compilePatterns(options.patterns);
    const fallback = {
      nl: 'past op een patroon uit de richtlijn',
      en: 'matches a pattern from the guideline',
    };
    const descriptions = options.patterns.map((p) => p.message ?? fallback);
    return (ctx) => {
      const text = ctx.text;
      for (const { re, alternatives } of scanners) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          let pattern = -1;
          for (const alt of alternatives) {
            if (m[alt.group] !== undefined) {
              pattern = alt.pattern;
              break;
            }
          }
          const description = descriptions[pattern];
          if (!description) continue;
          ctx.report({
            messageId: 'match',
            start: m.index,
            end: m.index + m[0].length,
            data: { match: m[0], description: description[ctx.lang] },
          });
        }
      }
    };
  },
});
