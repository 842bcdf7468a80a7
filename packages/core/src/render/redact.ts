import type { Term } from '../guideline/schema.js';

export function termText(t: Term): string {
  return typeof t === 'string' ? t : t.term;
}

/**
 * A function that replaces every confidential term in a text (case-insensitive, whole
 * words, any run of spaces) with `replacement`, so the handbook never prints them,
 * not even inside an example or a note. Built once per render.
 */
export function redactor(terms: readonly Term[], replacement: string): (s: string) => string {
  const words = [...new Set(terms.map((t) => termText(t).trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) return (s) => s;
  const alternatives = words.map((w) => w.split(/\s+/).map(escapeRegExp).join('\\s+'));
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (s) => s.replace(re, replacement);
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
