/**
 * Word tokens with their UTF-16 offsets. A word is a run of letters, digits,
 * apostrophes and combining marks; hyphens split words (Dutch compounds such as
 * "klant-tevredenheid" give two words). `lower` is the lower-cased form.
 */
export type Word = { text: string; lower: string; start: number; end: number };

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Sentence-ish segments: split on . ! ? and line breaks, keeping offsets. */
export type Segment = { start: number; end: number };

export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
