import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortOffsets } from '../../src/text/sort-offsets.js';

describe('sortOffsets', () => {
  it('sorts like the built-in numeric sort, short and long lists', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 400 }), { maxLength: 120 }), (list) => {
        const mine = [...list];
        sortOffsets(mine);
        expect(mine).toEqual([...list].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts only the first n offsets of a typed array, short and long prefixes', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 400 }), { maxLength: 120 }), fc.nat(), (list, cut) => {
        const n = list.length === 0 ? 0 : cut % (list.length + 1);
        const mine = Int32Array.from([...list, 7, 5]);
        sortOffsets(mine, n);
        const sorted = list.slice(0, n).sort((a, b) => a - b);
        expect([...mine]).toEqual([...sorted, ...list.slice(n), 7, 5]);
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts in place', () => {
    const list = [12, 3, 40, 3, 0];
    sortOffsets(list);
    expect(list).toEqual([0, 3, 3, 12, 40]);
  });
});
