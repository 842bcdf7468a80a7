import { z } from 'zod';
import { compileTerms } from '../text/matcher.js';
import { defineKind, type TermEntry } from './types.js';

const entry = z.union([z.string(), z.object({ term: z.string(), note: z.string().optional() })]);

export const termsOptions = z.object({
  /** A named term list of the guideline (`terms.<list>`), e.g. `confidential`. */
  list: z.string().optional(),
  /** Terms given inline, added to the list's. */
  terms: z.array(entry).default([]),
  /** Terms with at most this many letters match whole words only (plus inflections). */
  shortLength: z.number().int().min(0).max(20).default(4),
  /** A term's first or last word needs this many letters to match inside a compound. */
  minCompoundLength: z.number().int().min(2).max(50).default(5),
});

export type TermsOptions = z.infer<typeof termsOptions>;

/**
 * `terms`: words and names from a guideline list (confidential projects, clients,
 * internal figures) that must not appear, however they are disguised: case, accents,
 * zero-width characters, look-alike letters, leetspeak, s p a c e d or d.o.t.t.e.d
 * letters, compounds and inflections. One automaton for all terms, compiled once.
 */
export const termsKind = defineKind<TermsOptions>({
  id: 'terms',
  description: {
    nl: 'Termen uit een lijst van de richtlijn (vertrouwelijke projecten, klanten, interne cijfers), ook als ze vermomd zijn.',
    en: 'Terms from a guideline list (confidential projects, clients, internal figures), also when disguised.',
  },
  options: termsOptions,
  messages: {
    term: {
      nl: '“{term}” staat op een lijst van de richtlijn en hoort niet in een bericht.{note}',
      en: '“{term}” is on one of the guideline’s lists and does not belong in a post.{note}',
    },
    variant: {
      nl: '“{match}” is een andere schrijfwijze van “{term}”, dat niet in een bericht hoort.{note}',
      en: '“{match}” is another way of writing “{term}”, which does not belong in a post.{note}',
    },
  },
  compile(options, context) {
    const entries: TermEntry[] = [];
    if (options.list) entries.push(...(context.termList(options.list) ?? []));
    for (const t of options.terms) entries.push(typeof t === 'string' ? { term: t } : t);
    const matcher = compileTerms(
      entries.map((e) => e.term),
      { shortLength: options.shortLength, minCompoundLength: options.minCompoundLength },
    );
    const notes = entries.map((e) => (e.note ? ` ${e.note}` : ''));
    return (ctx) => {
      if (matcher.size === 0) return;
      for (const m of matcher.match(ctx.text)) {
        const e = entries[m.term];
        if (!e) continue;
        const match = ctx.text.slice(m.start, m.end);
        ctx.report({
          messageId: match.toLowerCase() === e.term.toLowerCase() ? 'term' : 'variant',
          start: m.start,
          end: m.end,
          data: { term: e.term, match, note: notes[m.term] ?? '' },
        });
      }
    };
  },
});
