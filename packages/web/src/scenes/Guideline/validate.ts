/** Validating a guideline in the browser with the same parser and kinds as the server. */
import { GuidelineError, KINDS, type Lang, parseGuideline } from '@leidraad/core';

export type EditorProblem = { line: number; col: number; path: string; message: string };

export function validateGuideline(source: string, lang: Lang): EditorProblem[] {
  try {
    parseGuideline(source, 'leidraad.yaml', KINDS, { lang });
    return [];
  } catch (e) {
    if (e instanceof GuidelineError) {
      return e.problems.map(({ line, col, path, message }) => ({ line, col, path, message }));
    }
    return [{ line: 1, col: 1, path: '', message: e instanceof Error ? e.message : String(e) }];
  }
}

/** Offset of a 1-based line and column in `source`, clamped to the text. */
export function offsetOf(source: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  const lineEnd = source.indexOf('\n', offset);
  const end = lineEnd < 0 ? source.length : lineEnd;
  return Math.min(offset + Math.max(col - 1, 0), end);
}
