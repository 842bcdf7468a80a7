/** Upper- and lower-case letter counts of one word, by char code (fast path for ASCII). */
export type LetterCounts = { upper: number; lower: number };

export function countLetters(text: string, start: number, end: number, out: LetterCounts): void {
  out.upper = 0;
  out.lower = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out.upper++;
    else if (c >= 97 && c <= 122) out.lower++;
    else if (c > 127) {
      const ch = text.charAt(i);
      if (ch.toLowerCase() !== ch) out.upper++;
      else if (ch.toUpperCase() !== ch) out.lower++;
    }
  }
}
