/**
 * Letter case of each UTF-16 unit, as a table filled on first sight: upper case, lower
 * case or neither (a unit is upper case when lower-casing changes it, lower case when
 * upper-casing does; the halves of a surrogate pair are neither).
 */
export const UPPER = 1;
export const LOWER = 2;
const NEITHER = 3;
const CASE = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++)
  CASE[c] = c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : NEITHER;

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const cl = ch.toLowerCase() !== ch ? UPPER : ch.toUpperCase() !== ch ? LOWER : NEITHER;
  CASE[c] = cl;
  return cl;
}

/** UPPER, LOWER or neither (another value) for the UTF-16 unit `c`. */
export function caseOf(c: number): number {
  const cl = CASE[c] as number;
  return cl === 0 ? classify(c) : cl;
}

/** Upper- and lower-case letter counts of one word. */
export type LetterCounts = { upper: number; lower: number };

export function countLetters(text: string, start: number, end: number, out: LetterCounts): void {
  out.upper = 0;
  out.lower = 0;
  for (let i = start; i < end; i++) {
    const cl = caseOf(text.charCodeAt(i));
    if (cl === UPPER) out.upper++;
    else if (cl === LOWER) out.lower++;
  }
}

/** Has [start, end) a lower-case letter? */
export function hasLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (caseOf(text.charCodeAt(i)) === LOWER) return true;
  return false;
}
