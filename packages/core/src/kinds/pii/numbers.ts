import type { Word } from '../../text/words.js';
import { isValidBsn } from '../../validators/bsn.js';
import { isCardNumber } from '../../validators/luhn.js';
import { BUSINESS_PHONE_TYPES, normalisePhone, phoneTypeOf } from '../../validators/phone.js';
import { compactKey } from './allow.js';
import { type Claimed, claim, type Emit, isClaimed, type PiiOptions } from './options.js';

/**
 * One pass over the text collects runs of digit groups ("+31 (0)6 1234 5678",
 * "4111-1111-1111-1111", "111 222 333"); dates and thousands are cut out; then the
 * longest span of groups that validates as a phone number, card number or BSN is reported.
 */

const PLUS = 43;
const LPAREN = 40;
const RPAREN = 41;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  if (c < 128)
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Characters that, right before a digit, mean it is part of something else (word, URL, amount, tag). */
function blocksStart(c: number): boolean {
  return (
    isWordChar(c) ||
    c === 35 || // #
    c === 64 || // @
    c === 47 || // /
    c === 46 || // .
    c === 44 || // ,
    c === 43 || // +
    c === 45 || // -
    c === 38 || // &
    c === 61 || // =
    c === 8364 || // €
    c === 36 // $
  );
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 160;
}

type Run = {
  plus: boolean;
  start: number;
  /** Per group: digit start, digit end, opened with '(' and closed with ')'. */
  gs: number[];
  ge: number[];
  open: boolean[];
  close: boolean[];
  /** Separator before each group after the first ('' when none). */
  sep: number[];
};

/** Parse a run of digit groups starting at i; returns the run and the offset after it. */
function parseRun(text: string, i: number, run: Run): number {
  const n = text.length;
  let j = i;
  run.plus = text.charCodeAt(j) === PLUS;
  if (run.plus) j++;
  run.start = i;
  run.gs.length = 0;
  run.ge.length = 0;
  run.open.length = 0;
  run.close.length = 0;
  run.sep.length = 0;
  let sep = 0;
  while (j < n) {
    let open = false;
    if (text.charCodeAt(j) === LPAREN && isDigit(text.charCodeAt(j + 1))) {
      open = true;
      j++;
    }
    if (!isDigit(text.charCodeAt(j))) break;
    const gs = j;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    const ge = j;
    let close = false;
    if (open && text.charCodeAt(j) === RPAREN) {
      close = true;
      j++;
    }
    run.gs.push(gs);
    run.ge.push(ge);
    run.open.push(open);
    run.close.push(close);
    run.sep.push(sep);
    const c = text.charCodeAt(j);
    const next = text.charCodeAt(j + 1);
    if (isSeparator(c) && (isDigit(next) || (next === LPAREN && isDigit(text.charCodeAt(j + 2))))) {
      sep = c;
      j++;
    } else if (
      c === 32 &&
      next === 45 &&
      text.charCodeAt(j + 2) === 32 &&
      isDigit(text.charCodeAt(j + 3))
    ) {
      sep = 45; // "06 - 12345678"
      j += 3;
    } else if ((close && isDigit(c)) || (c === LPAREN && isDigit(next))) {
      sep = 0; // "(020)1234567", "+31(0)6…"
    } else break;
  }
  return run.ge.length === 0 ? i + 1 : groupEnd(run, run.ge.length - 1);
}

function groupStart(run: Run, g: number): number {
  if (g === 0 && run.plus) return run.start;
  return (run.gs[g] ?? 0) - (run.open[g] ? 1 : 0);
}

function groupEnd(run: Run, g: number): number {
  return (run.ge[g] ?? 0) + (run.close[g] ? 1 : 0);
}

function len(run: Run, g: number): number {
  return (run.ge[g] ?? 0) - (run.gs[g] ?? 0);
}

/** True where groups g, g+1, g+2 read as a date (1-2, 1-2, 2 or 4 digits, one separator). */
function isDate(run: Run, g: number): boolean {
  if (g + 2 >= run.gs.length) return false;
  const s1 = run.sep[g + 1];
  const s2 = run.sep[g + 2];
  if (s1 !== s2 || s1 === 32 || s1 === 160 || s1 === 0) return false;
  const a = len(run, g);
  const b = len(run, g + 1);
  const c = len(run, g + 2);
  return a <= 2 && b <= 2 && (c === 2 || c === 4);
}

/** True where the run from g is an amount with dots between thousands (1.250.000). */
function isThousands(run: Run, g: number, last: number): boolean {
  if (last - g < 2 || len(run, g) > 3) return false;
  for (let k = g + 1; k <= last; k++) if (run.sep[k] !== 46 || len(run, k) !== 3) return false;
  return true;
}

/** True when groups s..e are written with one kind of separator ("1234 5678 …", "111.222.333"). */
function oneSeparator(run: Run, s: number, e: number): boolean {
  for (let k = s + 2; k <= e; k++) if (run.sep[k] !== run.sep[s + 1]) return false;
  return true;
}

export function compileNumbers(options: PiiOptions, allow: ReadonlySet<string>) {
  const phones = options.types.includes('phone');
  const cards = options.types.includes('card');
  const bsns = options.types.includes('bsn');
  const run: Run = { plus: false, start: 0, gs: [], ge: [], open: [], close: [], sep: [] };

  /** Report the longest valid span of groups from..to, repeatedly. */
  function scanSegment(text: string, from: number, to: number, claimed: Claimed, emit: Emit): void {
    let s = from;
    while (s <= to) {
      let matched = -1;
      for (let e = Math.min(to, s + 7); e >= s && matched < 0; e--) {
        let digits = 0;
        for (let g = s; g <= e; g++) digits += len(run, g);
        if (digits < 5 || digits > 19) continue;
        const start = groupStart(run, s);
        const end = groupEnd(run, e);
        const raw = text.slice(start, end);
        const intl = raw.charCodeAt(0) === PLUS || raw.startsWith('00');
        const whole = s === from && e === to && oneSeparator(run, s, e);
        if (!intl && whole && cards && digits >= 13 && isCardNumber(raw)) {
          if (!allow.has(compactKey(raw))) emit('card', start, end);
          matched = e;
          break;
        }
        if (phones) {
          const national = normalisePhone(raw);
          const type = national === undefined ? undefined : phoneTypeOf(national);
          if (type !== undefined && national !== undefined) {
            if (
              (options.businessNumbers || !BUSINESS_PHONE_TYPES.has(type)) &&
              !allow.has(national)
            ) {
              emit('phone', start, end);
            }
            matched = e;
            break;
          }
        }
        if (!intl && whole && bsns && digits === 9 && isValidBsn(raw.replace(/\D/g, ''))) {
          if (!allow.has(compactKey(raw))) emit('bsn', start, end);
          matched = e;
          break;
        }
      }
      if (matched >= 0) claim(claimed, groupStart(run, s), groupEnd(run, matched));
      s = matched >= 0 ? matched + 1 : s + 1;
    }
  }

  /** `digitWords`: indexes of the words that start with a digit (from the word pass). */
  return (
    text: string,
    tokens: readonly Word[],
    digitWords: readonly number[],
    claimed: Claimed,
    emit: Emit,
  ): void => {
    if (!phones && !cards && !bsns) return;
    const n = text.length;
    let resume = 0;
    for (const k of digitWords) {
      const w = tokens[k];
      if (!w || w.start < resume) continue;
      // A run may open with "+", "(" or "+(" just before the first digit.
      let i = w.start;
      const c1 = text.charCodeAt(i - 1);
      if (c1 === LPAREN && text.charCodeAt(i - 2) === PLUS) i -= 2;
      else if (c1 === LPAREN || c1 === PLUS) i -= 1;
      if (i > 0 && blocksStart(text.charCodeAt(i - 1))) continue;
      const end = parseRun(text, i, run);
      resume = end;
      let last = run.gs.length - 1;
      if (last < 0) continue;
      // A run glued to a word, a time (12:30) or a decimal (1,5) loses its last group.
      const after = text.charCodeAt(end);
      if (
        (end < n && (isWordChar(after) || after === 64)) ||
        ((after === 58 || after === 44) && isDigit(text.charCodeAt(end + 1)))
      ) {
        last--;
      }
      if (last < 0 || isClaimed(claimed, run.start, groupEnd(run, last))) continue;
      let from = 0;
      for (let g = 0; g <= last; g++) {
        if (isDate(run, g)) {
          if (g > from) scanSegment(text, from, g - 1, claimed, emit);
          from = g + 3;
          g += 2;
        } else if (g === from && isThousands(run, g, last)) {
          from = last + 1;
          break;
        }
      }
      if (from <= last) scanSegment(text, from, last, claimed, emit);
    }
  };
}
