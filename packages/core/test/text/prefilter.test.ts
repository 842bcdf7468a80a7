import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/text/automaton.js';
import { termSkeletons } from '../../src/text/matcher.js';
import { anyHit } from '../../src/text/prefilter.js';
import { scan } from '../../src/text/skeleton.js';
import { newStream } from '../../src/text/stream.js';
import { FIXED_SYMBOLS } from '../../src/text/symbols.js';
import { CARRIERS, EVASION_NAMES, evade, SPOORLAND_TERMS, seeded } from '../support/evasions.js';

const TERMS = [...SPOORLAND_TERMS, 'ab', 'aa', 'sos', 'ïi', 'ẞaa', 'Ωmega', '0134', 'a b c'];
const extras = new Map<number, number>();
const sk = termSkeletons(TERMS, extras);
const { auto } = buildAutomaton({
  sym: sk.sym,
  offsets: sk.offsets,
  symbols: FIXED_SYMBOLS + extras.size,
});
const st = newStream(64);

/** The full scan's answer: does any term skeleton occur? */
function fullHit(text: string): boolean {
  scan(text, st, extras, false, auto);
  return st.hitCount > 0;
}

describe('anyHit: the lean pre-pass agrees with the full scan', () => {
  it('on evasions of every term in carrier sentences (nl and en)', () => {
    const r = seeded(7);
    let hits = 0;
    for (const term of SPOORLAND_TERMS) {
      for (const name of EVASION_NAMES) {
        const carrier = CARRIERS[Math.floor(r() * CARRIERS.length)] ?? '{x}';
        const text = carrier.replace('{x}', evade(term, [name], r));
        expect(anyHit(text, auto, extras)).toBe(fullHit(text));
        if (fullHit(text)) hits++;
      }
    }
    expect(hits).toBeGreaterThan(SPOORLAND_TERMS.length * 5);
  });

  it('on plain posts without terms', () => {
    for (const text of ['Goedemorgen allemaal, fijne dag!', 'Great news today 🎉 #trots', '']) {
      expect(anyHit(text, auto, extras)).toBe(false);
      expect(fullHit(text)).toBe(false);
    }
  });

  it('on random strings of leet, separators, folds and astral characters', () => {
    const chars = [..."abeilosZEUS 0134578@$|.-_'’\u200b\u00ad\u0430\u0435ëé\uff41🔥𝐀İßĳﬁΩ\ud800#"];
    // Leet units often, so their readings depend on each other (@@, @|a, a@ $).
    const unit = fc.oneof(fc.constantFrom(...chars), fc.constantFrom('@', '$', '|', ' ', 'a', '4'));
    const units = fc.array(unit, { maxLength: 30 });
    // The term: a piece of the text itself (so it often occurs) or random units.
    const sample = fc.tuple(units, units, fc.nat(), fc.nat(8), fc.boolean());
    fc.assert(
      fc.property(sample, ([text, other, at, len, own]) => {
        const from = text.length === 0 ? 0 : at % text.length;
        const term = own ? text.slice(from, from + 2 + len).join('') : other.join('');
        return agree([term], text.join(''));
      }),
      { numRuns: 20000 },
    );
  });
});

/** Do the pre-pass and the full scan agree on `text` for an automaton of `terms`? */
function agree(terms: readonly string[], text: string): boolean {
  const ex = new Map<number, number>();
  const s = termSkeletons(terms, ex);
  const a = buildAutomaton({ sym: s.sym, offsets: s.offsets, symbols: FIXED_SYMBOLS + ex.size });
  scan(text, st, ex, false, a.auto);
  return anyHit(text, a.auto, ex) === st.hitCount > 0;
}
