import { foldCode, K, KIND, leetCode } from './fold.js';

/**
 * A word of the post as the respect check reads it: `w` is folded (lower case, no
 * diacritics, leet digits read as letters, letters repeated three times or more cut to
 * two), `alt` the form with such runs cut to one. Offsets are into the original text.
 */
export type Token = {
  w: string;
  alt: string | undefined;
  start: number;
  end: number;
  sentence: number;
  /** Commas, semicolons and colons before the word (clause words are added later). */
  clause: number;
  quoted: boolean;
};

const codes: number[] = [];

function collapse(word: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    run = i > 0 && word[i] === word[i - 1] ? run + 1 : 1;
    if (run <= keep) out += word[i];
  }
  return out;
}

function hasTriple(word: string): boolean {
  let run = 1;
  for (let i = 1; i < word.length; i++) {
    run = word.charCodeAt(i) === word.charCodeAt(i - 1) ? run + 1 : 1;
    if (run === 3) return true;
  }
  return false;
}

/** `http://`, `https://` or `www.` starts at i. */
function isLink(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  if (c === 119)
    return (
      (text.charCodeAt(i + 1) | 32) === 119 &&
      (text.charCodeAt(i + 2) | 32) === 119 &&
      text.charCodeAt(i + 3) === 46
    );
  if ((text.charCodeAt(i + 1) | 32) !== 116 || (text.charCodeAt(i + 2) | 32) !== 116) return false;
  if ((text.charCodeAt(i + 3) | 32) !== 112) return false;
  const j = (text.charCodeAt(i + 4) | 32) === 115 ? i + 5 : i + 4;
  return text.charCodeAt(j) === 58 && text.charCodeAt(j + 1) === 47;
}

function skipTo(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) > 32) j++;
  return j;
}

function makeToken(
  text: string,
  start: number,
  end: number,
  leet: boolean,
  ascii: boolean,
  sentence: number,
  clause: number,
  quoted: boolean,
): Token {
  let w = text.slice(start, end).toLowerCase();
  if (leet || !ascii) {
    codes.length = 0;
    for (let k = start; k < end; k++) {
      const c = foldCode(text.charCodeAt(k));
      codes.push(leet ? leetCode(c) : c);
    }
    w = String.fromCharCode(...codes);
  }
  let alt: string | undefined;
  if (w.length > 2 && hasTriple(w)) {
    alt = collapse(w, 1);
    w = collapse(w, 2);
  }
  return { w, alt, start, end, sentence, clause, quoted };
}

/** Split a post into tokens, skipping links and @mentions. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = KIND[c] as number;
    if (kind === K.letter || kind === K.digit) {
      if ((c | 32) === 104 || (c | 32) === 119) {
        if (isLink(text, i)) {
          i = skipTo(text, i);
          continue;
        }
      }
      const start = i;
      let letters = false;
      let leet = false;
      let ascii = true;
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = KIND[d] as number;
        if (d >= 0xc0) ascii = false;
        if (k === K.letter) letters = true;
        else if (k === K.digit || ((k === K.leet || k === K.at) && i > start)) leet = true;
        else if (k !== K.apostrophe || KIND[text.charCodeAt(i + 1)] !== K.letter) break;
        i++;
      }
      out.push(makeToken(text, start, i, letters && leet, ascii, sentence, clause, quoted));
      continue;
    }
    if (kind === K.at) {
      // an @mention is a handle, not a word of the post
      i = skipTo(text, i);
      continue;
    }
    if (kind === K.sentenceEnd) {
      sentence++;
      clause++;
    } else if (kind === K.clauseEnd) clause++;
    else if (kind === K.quote) quoted = !quoted;
    i++;
  }
  return mergeSpaced(text, out);
}

/** Join letters typed apart ("k a n k e r") into one token. */
function mergeSpaced(text: string, tokens: Token[]): Token[] {
  let spaced = false;
  for (let k = 2; k < tokens.length; k++) {
    const a = tokens[k - 2];
    const b = tokens[k - 1];
    const t = tokens[k];
    if (a && b && t && a.w.length === 1 && b.w.length === 1 && t.w.length === 1) {
      spaced = true;
      break;
    }
  }
  if (!spaced) return tokens;
  const out: Token[] = [];
  let k = 0;
  while (k < tokens.length) {
    const first = tokens[k] as Token;
    let j = k;
    while (j + 1 < tokens.length) {
      const cur = tokens[j] as Token;
      const next = tokens[j + 1] as Token;
      if (cur.w.length !== 1 || next.w.length !== 1 || next.start - cur.end !== 1) break;
      if (text.charCodeAt(cur.end) !== 32) break;
      j++;
    }
    if (j - k >= 2 && first.w.length === 1) {
      let w = '';
      for (let m = k; m <= j; m++) w += (tokens[m] as Token).w;
      out.push({ ...first, w, alt: undefined, end: (tokens[j] as Token).end });
      k = j + 1;
    } else {
      out.push(first);
      k++;
    }
  }
  return out;
}
