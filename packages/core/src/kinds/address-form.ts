import { z } from 'zod';
import { addressSignals, replacement, type Signal } from './address-form/signals.js';
import { type AddressForm, defineKind, POST_KINDS, type RunContext } from './types.js';

const FORMS = ['u', 'jij'] as const;

/**
 * `address-form`: "u" or "je/jij" as the channel (or guideline) chooses, and one
 * form per message. Dutch only: English posts get no findings.
 */
export const addressFormKind = defineKind({
  id: 'address-form',
  description: {
    nl: 'Spreek mensen aan met de vorm die het kanaal kiest (“u” of “je/jij”) en meng de twee niet in één bericht.',
    en: 'Address people with the form the channel uses (“u” or “je/jij”) and do not mix the two in one message.',
  },
  options: z.object({
    /** Post kinds the rule applies to; personal posts are the author's own voice. */
    as: z.array(z.enum(POST_KINDS)).default(['corporate', 'reply']),
    /** Force a form, whatever the channel says. */
    form: z.enum(FORMS).optional(),
    /** Check against the channel's form; when false, only mixing is reported. */
    channel: z.boolean().default(true),
  }),
  messages: {
    expectedU: {
      nl: '“{word}”: op dit kanaal spreken we mensen aan met “u”.',
      en: '“{word}”: this channel addresses people formally, with “u”.',
    },
    expectedJij: {
      nl: '“{word}”: op dit kanaal spreken we mensen aan met “je” of “jij”.',
      en: '“{word}”: this channel addresses people informally, with “je” or “jij”.',
    },
    mixed: {
      nl: '“{word}” naast “{other}”: gebruik één aanspreekvorm in een bericht ({form}).',
      en: '“{word}” next to “{other}”: use one form of address in a message ({form}).',
    },
  },
  compile(options) {
    const kinds = new Set(options.as);
    return (ctx: RunContext) => {
      if (!kinds.has(ctx.input.as) || ctx.lang === 'en') return;
      const signals = addressSignals(ctx.text, ctx.words);
      if (signals.length === 0) return;
      const formal: Signal[] = [];
      const informal: Signal[] = [];
      for (const s of signals) (s.formal ? formal : informal).push(s);

      let target: AddressForm;
      if (options.channel) target = options.form ?? ctx.addressForm;
      else if (formal.length === 0 || informal.length === 0) return;
      else if (formal.length !== informal.length)
        target = formal.length > informal.length ? 'u' : 'jij';
      else
        target =
          (formal[0] as Signal).word.start < (informal[0] as Signal).word.start ? 'u' : 'jij';

      const wrong = target === 'u' ? informal : formal;
      const right = target === 'u' ? formal : informal;
      if (wrong.length === 0) return;
      const first = right[0];
      for (const s of wrong) {
        const text = replacement(s.word, target);
        const fix = text === undefined ? undefined : { start: s.word.start, end: s.word.end, text };
        ctx.report({
          messageId: first ? 'mixed' : target === 'u' ? 'expectedU' : 'expectedJij',
          start: s.word.start,
          end: s.word.end,
          data: {
            word: s.word.text,
            other: first ? first.word.text : '',
            form: target === 'u' ? 'u' : 'je/jij',
          },
          ...(fix ? { fix } : {}),
        });
      }
    };
  },
});
