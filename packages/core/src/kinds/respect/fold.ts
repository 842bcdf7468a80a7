/**
 * Per-character folding for lexicon look-up: lower case, diacritics stripped, one
 * UTF-16 unit in, one out, so offsets in the folded text equal those in the original.
 * `TABLE` holds the folded code of every unit below 0x250.
 */
export const TABLE = new Uint16Array(0x250);
for (let c = 0; c < TABLE.length; c++) {
  const base = String.fromCharCode(c).toLowerCase().normalize('NFD');
  TABLE[c] = base.length > 0 ? base.charCodeAt(0) : c;
}

/** Digits and signs that stand for letters in leet spelling (h0m0, k4nk3r, $let). */
const LEET: Record<number, number> = {
  48: 111, // 0 o
  49: 105, // 1 i
  51: 101, // 3 e
  52: 97, // 4 a
  53: 115, // 5 s
  55: 116, // 7 t
  64: 97, // @ a
  36: 115, // $ s
};

/** `LEET` as a table over ASCII: every other code maps to itself. */
export const LEET_TABLE = new Uint16Array(128);
for (let c = 0; c < 128; c++) LEET_TABLE[c] = LEET[c] ?? c;

export function foldCode(c: number): number {
  if (c < 0x250) return TABLE[c] ?? c;
  if (c === 0x2019 || c === 0x2018) return 39;
  return c;
}

export function leetCode(c: number): number {
  return LEET[c] ?? c;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c !== 0x2019 && c !== 0x2018 && c < 0x2000;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLeetSign(c: number): boolean {
  return c === 64 || c === 36;
}

/** Character classes for the tokenizer, one table look-up per character. */
export const K = {
  other: 0,
  letter: 1,
  digit: 2,
  leet: 3,
  sentenceEnd: 4,
  clauseEnd: 5,
  quote: 6,
  apostrophe: 7,
  at: 8,
} as const;

export const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isLetter(c)) KIND[c] = K.letter;
  else if (isDigit(c)) KIND[c] = K.digit;
}
KIND[36] = K.leet;
KIND[64] = K.at;
for (const c of [46, 33, 63, 10]) KIND[c] = K.sentenceEnd;
for (const c of [44, 59, 58]) KIND[c] = K.clauseEnd;
for (const c of [0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]) KIND[c] = K.quote;
KIND[39] = K.apostrophe;
KIND[0x2019] = K.apostrophe;
