import type { Severity } from '@leidraad/core';
import { describe, expect, it } from 'vitest';
import { applyFix, highlightSegments, paintRange } from '../src/lib/segments.js';

const f = (start: number, end: number, severity: Severity = 'warning') => ({
  start,
  end,
  severity,
});

describe('highlightSegments', () => {
  it('gives nothing for an empty text', () => {
    expect(highlightSegments(0, [f(0, 0)])).toEqual([]);
  });

  it('gives one plain run without findings', () => {
    expect(highlightSegments(5, [])).toEqual([
      { start: 0, end: 5, findings: [], severity: undefined },
    ]);
  });

  it('cuts around one finding', () => {
    expect(highlightSegments(10, [f(2, 5, 'error')])).toEqual([
      { start: 0, end: 2, findings: [], severity: undefined },
      { start: 2, end: 5, findings: [0], severity: 'error' },
      { start: 5, end: 10, findings: [], severity: undefined },
    ]);
  });

  it('splits overlapping findings and paints the most severe', () => {
    const segs = highlightSegments(10, [f(0, 6, 'info'), f(4, 8, 'error')]);
    expect(segs).toEqual([
      { start: 0, end: 4, findings: [0], severity: 'info' },
      { start: 4, end: 6, findings: [0, 1], severity: 'error' },
      { start: 6, end: 8, findings: [1], severity: 'error' },
      { start: 8, end: 10, findings: [], severity: undefined },
    ]);
  });

  it('covers the whole text exactly once, in order', () => {
    const segs = highlightSegments(20, [f(3, 9), f(5, 5), f(15, 40), f(-3, 2)]);
    expect(segs[0]?.start).toBe(0);
    expect(segs[segs.length - 1]?.end).toBe(20);
    for (let i = 1; i < segs.length; i++) expect(segs[i]?.start).toBe(segs[i - 1]?.end);
  });

  it('merges neighbouring runs covered by the same findings', () => {
    // The empty finding at 2 widens to [2,3), which lies inside [0,5): no extra run for it
    // beyond the cut it needs, and the runs around it keep finding 0.
    const segs = highlightSegments(5, [f(0, 5), f(2, 2)]);
    expect(segs.map((s) => [s.start, s.end, s.findings])).toEqual([
      [0, 2, [0]],
      [2, 3, [0, 1]],
      [3, 5, [0]],
    ]);
  });
});

describe('paintRange', () => {
  it('widens an empty range to one character', () => {
    expect(paintRange(10, { start: 4, end: 4 })).toEqual([4, 5]);
    expect(paintRange(10, { start: 10, end: 10 })).toEqual([9, 10]);
  });

  it('clamps to the text', () => {
    expect(paintRange(10, { start: 8, end: 30 })).toEqual([8, 10]);
  });
});

describe('applyFix', () => {
  it('replaces the fix range', () => {
    expect(applyFix('Heb jij vragen?', { start: 4, end: 7, text: 'u' })).toBe('Heb u vragen?');
  });

  it('inserts and removes', () => {
    expect(applyFix('ab', { start: 1, end: 1, text: 'X' })).toBe('aXb');
    expect(applyFix('a  b', { start: 1, end: 2, text: '' })).toBe('a b');
  });
});
