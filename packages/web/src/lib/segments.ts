/** Where to paint findings in the composer: the text cut into runs with the findings covering each. */
import type { Fix, Severity } from '@leidraad/core';

type Span = { start: number; end: number; severity: Severity };

export type Segment = {
  start: number;
  end: number;
  /** Indexes into the findings array of the findings covering this run. */
  findings: number[];
  /** The most severe of them; undefined for plain text. */
  severity: Severity | undefined;
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The range a finding is painted over: clamped to the text; an empty range gets one character. */
export function paintRange(length: number, f: { start: number; end: number }): [number, number] {
  let start = Math.max(0, Math.min(f.start, length));
  let end = Math.max(start, Math.min(f.end, length));
  if (start === end) {
    if (end < length) end++;
    else if (start > 0) start--;
  }
  return [start, end];
}

/**
 * Cut `[0, length)` at every finding boundary. Overlapping findings share runs; each run
 * lists every finding that covers it, so the painted text always equals the input.
 */
export function highlightSegments(length: number, findings: readonly Span[]): Segment[] {
  if (length === 0) return [];
  const ranges = findings.map((f) => paintRange(length, f));
  const cuts = new Set<number>([0, length]);
  for (const [s, e] of ranges) {
    cuts.add(s);
    cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (start === end) continue;
    const covering: number[] = [];
    let severity: Severity | undefined;
    ranges.forEach(([s, e], index) => {
      if (s <= start && e >= end) {
        covering.push(index);
        const sev = (findings[index] as Span).severity;
        if (severity === undefined || RANK[sev] > RANK[severity]) severity = sev;
      }
    });
    const last = segments[segments.length - 1];
    if (last && sameFindings(last.findings, covering)) last.end = end;
    else segments.push({ start, end, findings: covering, severity });
  }
  return segments;
}

function sameFindings(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The text with one fix applied. */
export function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}
