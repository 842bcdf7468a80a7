/**
 * Folding for evasion-proof matching: removes default-ignorable code points (zero-width,
 * bidi controls, soft hyphen, variation selectors) and combining marks, strips
 * diacritics, applies compatibility decomposition (fullwidth, mathematical alphanumerics,
 * ligatures, ĳ → ij), maps Unicode look-alikes of Latin letters and digits (UTS #39
 * confusables: Cyrillic, Greek, Cherokee …) to Latin, and lower-cases.
 *
 * The per-character table is generated data (`data/fold-table.json`, made by
 * `scripts/build-fold-table.ts`); folding is one array look-up per UTF-16 unit.
 */
import foldTable from '../../data/fold-table.json' with { type: 'json' };

/** Folded text; `map[i]` is the UTF-16 offset in the original of folded char `i`. */
export type Folded = { text: string; map: Uint32Array };

/**
 * Low-level result that reuses module-owned buffers: valid until the next call.
 * `starts[i]`/`ends[i]` are the original offsets of the character that produced `codes[i]`.
 */
export type FoldBuffer = {
  codes: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length: number;
};

/**
 * Special values of the BMP table; every value below FOLD_SPECIAL is the folded unit itself.
 * U+FFFC…U+FFFF are dropped (they are not text).
 */
export const FOLD_SPECIAL = 0xfffc;
const HIGH_SURROGATE = FOLD_SPECIAL;
const MULTI = 0xfffe;
const DROP = 0xffff;

/**
 * BMP table: the folded UTF-16 unit of each unit, or DROP, MULTI (see `multi`) or
 * HIGH_SURROGATE (the pair is looked up in `multi`). One load and one predictable branch
 * per character on the hot path.
 */
const bmp = new Uint16Array(0x10000);
/** The folded unit of each UTF-16 unit, or a value ≥ FOLD_SPECIAL (then use `foldAt`). */
export const FOLD_BMP: Readonly<Uint16Array> = bmp;
/** Folded forms longer than one unit (BMP) and every astral mapping ('' = drop). */
const multi = new Map<number, string>();

(function init() {
  for (let c = 0; c < 0x10000; c++) bmp[c] = c;
  for (let c = 65; c <= 90; c++) bmp[c] = c + 32;
  for (let c = 0xd800; c <= 0xdbff; c++) bmp[c] = HIGH_SURROGATE;
  for (let c = HIGH_SURROGATE; c <= 0xffff; c++) bmp[c] = DROP;
  for (const [from, to] of foldTable.drop as [number, number][]) {
    for (let cp = from; cp <= to; cp++) {
      if (cp < 0x10000) bmp[cp] = DROP;
      else multi.set(cp, '');
    }
  }
  const map = foldTable.map as Record<string, string>;
  for (const key in map) {
    const cp = Number.parseInt(key, 16);
    const out = map[key] ?? '';
    if (cp >= 0x10000) multi.set(cp, out);
    else if (out.length === 1) bmp[cp] = out.charCodeAt(0);
    else {
      bmp[cp] = MULTI;
      multi.set(cp, out);
    }
  }
})();

let buf: FoldBuffer = {
  codes: new Uint16Array(1024),
  starts: new Uint32Array(1025),
  ends: new Uint32Array(1025),
  length: 0,
};

function ensure(capacity: number): void {
  if (buf.codes.length >= capacity) return;
  const size = Math.max(capacity, buf.codes.length * 2);
  const codes = new Uint16Array(size);
  const starts = new Uint32Array(size + 1);
  const ends = new Uint32Array(size + 1);
  codes.set(buf.codes);
  starts.set(buf.starts);
  ends.set(buf.ends);
  buf = { codes, starts, ends, length: buf.length };
}

/** Fold `input` into the shared buffer (no allocation once the buffer is large enough). */
export function foldBuffer(input: string): FoldBuffer {
  const n = input.length;
  ensure(n + 8);
  let { codes, starts, ends } = buf;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const t = bmp[c] as number;
    if (t < HIGH_SURROGATE) {
      codes[k] = t;
      starts[k] = i;
      ends[k++] = i + 1;
      continue;
    }
    if (t === DROP) continue;
    let len = 1;
    let out: string | undefined;
    if (t === HIGH_SURROGATE) {
      const d = i + 1 < n ? input.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) {
        codes[k] = c;
        starts[k] = i;
        ends[k++] = i + 1;
        continue;
      }
      len = 2;
      out = multi.get(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
      if (out === undefined) {
        codes[k] = c;
        starts[k] = i;
        ends[k++] = i + 2;
        codes[k] = d;
        starts[k] = i;
        ends[k++] = i + 2;
        i++;
        continue;
      }
    } else out = multi.get(c) ?? '';
    if (k + out.length + (n - i) + 8 > codes.length) {
      buf.length = k;
      ensure(k + out.length + (n - i) + 8);
      ({ codes, starts, ends } = buf);
    }
    for (let j = 0; j < out.length; j++) {
      codes[k] = out.charCodeAt(j);
      starts[k] = i;
      ends[k++] = i + len;
    }
    i += len - 1;
  }
  starts[k] = n;
  ends[k] = n;
  buf.length = k;
  return buf;
}

/**
 * Folded form of the character at `i` (a surrogate pair counts as one character): the
 * slow path for units whose FOLD_BMP entry is FOLD_SPECIAL or above.
 */
export function foldAt(input: string, i: number): string {
  const c = input.charCodeAt(i);
  const t = bmp[c] as number;
  if (t < FOLD_SPECIAL) return String.fromCharCode(t);
  if (t === DROP) return '';
  if (t === MULTI) return multi.get(c) ?? '';
  const d = input.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return String.fromCharCode(c);
  const out = multi.get(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  return out ?? String.fromCharCode(c, d);
}

/** Number of UTF-16 units of the character at `i` (2 for a surrogate pair). */
export function charLength(input: string, i: number): number {
  const c = input.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = input.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Fold a single string (terms, words): same folding as the text it is matched against. */
export function fold(input: string): Folded {
  const b = foldBuffer(input);
  let text = '';
  for (let i = 0; i < b.length; i += 4096) {
    text += String.fromCharCode(...b.codes.subarray(i, Math.min(b.length, i + 4096)));
  }
  return { text, map: b.starts.slice(0, b.length + 1) };
}
