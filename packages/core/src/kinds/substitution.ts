import { z } from 'zod';
import { fingerprints, wordTable } from '../text/fingerprint.js';
import { foldedPrints, foldWords } from '../text/word-fold.js';
import { words } from '../text/words.js';
import { defineKind } from './types.js';

const note = z.union([z.string(), z.object({ nl: z.string(), en: z.string() })]);

export const substitutionOptions = z.object({
  entries: z
    .array(
      z.object({
        use: z.string().min(1),
        avoid: z.array(z.string().min(1)).min(1),
        note: note.optional(),
      }),
    )
    .default([]),
});

export type SubstitutionOptions = z.infer<typeof substitutionOptions>;

type Candidate = {
  /** Folded words of the avoided phrase after the first. */
  rest: string[];
  use: string;
  note: { nl: string; en: string };
};

const MARKS = /\p{M}/gu;

/** Lower case without diacritics, so `cliënt` and `client` fold alike. */
function fold(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return lower.normalize('NFD').replace(MARKS, '');
  }
  return lower;
}

/** True when the text between two words is only spaces or hyphens. */
function joins(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0xa0 && c !== 0x2011) return false;
  }
  return true;
}

function matchCase(found: string, use: string): string {
  const first = found.charAt(0);
  if (first !== first.toLocaleUpperCase() || first === first.toLocaleLowerCase()) return use;
  return use.charAt(0).toLocaleUpperCase() + use.slice(1);
}

/**
 * `substitution`: preferred wording. Every avoided word or phrase is matched on word
 * boundaries, case- and accent-insensitively, through a map from its first word to the
 * phrases that start with it, so the cost does not grow with the number of entries.
 */
export const substitutionKind = defineKind<SubstitutionOptions>({
  id: 'substitution',
  description: {
    nl: 'Woorden en zinsdelen die de richtlijn anders wil zien, met het voorkeursalternatief.',
    en: 'Words and phrases the guideline wants written differently, with the preferred wording.',
  },
  options: substitutionOptions,
  messages: {
    prefer: {
      nl: 'Schrijf liever "{use}" in plaats van "{found}".{note}',
      en: 'Prefer "{use}" to "{found}".{note}',
    },
  },
  compile(options) {
    const byFirst = new Map<string, Candidate[]>();
    for (const entry of options.entries) {
      const n = entry.note;
      const noteText =
        n === undefined ? { nl: '', en: '' } : typeof n === 'string' ? { nl: n, en: n } : n;
      for (const phrase of entry.avoid) {
        const folded = words(phrase).map((w) => fold(w.lower));
        const [first, ...rest] = folded;
        if (first === undefined) continue;
        const list = byFirst.get(first) ?? [];
        list.push({ rest, use: entry.use, note: noteText });
        byFirst.set(first, list);
      }
    }
    // Longest phrase first.
    for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    const candidatesOf = wordTable(byFirst);
    /** Fingerprints of the first words: a word without one starts no avoided phrase. */
    const firsts = fingerprints(byFirst.keys());

    return (ctx) => {
      const text = ctx.text;
      const ws = ctx.words;
      // The post's shared folding: a word it leaves as is (no unit past ASCII) folds to
      // itself here too; the others are folded here (this fold keeps ’).
      const shared = foldWords(ws, text);
      const prints = foldedPrints(ws, text, shared);
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i];
        if (!w) continue;
        const same = shared[i] === w.lower;
        // Then the word is its shared folded form, whose fingerprint is known.
        if (same && firsts[prints[i] as number] === 0) continue;
        const first = same ? w.lower : fold(w.lower);
        const candidates = candidatesOf.get(first);
        if (!candidates) continue;
        for (const cand of candidates) {
          let end = w.end;
          let ok = true;
          for (let k = 0; k < cand.rest.length; k++) {
            const next = ws[i + 1 + k];
            if (!next || !joins(text, end, next.start) || fold(next.lower) !== cand.rest[k]) {
              ok = false;
              break;
            }
            end = next.end;
          }
          if (!ok) continue;
          const found = text.slice(w.start, end);
          const note = cand.note[ctx.lang];
          ctx.report({
            messageId: 'prefer',
            start: w.start,
            end,
            data: { found, use: cand.use, note: note ? ` ${note}` : '' },
            fix: { start: w.start, end, text: matchCase(found, cand.use) },
          });
          i += cand.rest.length;
          break;
        }
      }
    };
  },
});
