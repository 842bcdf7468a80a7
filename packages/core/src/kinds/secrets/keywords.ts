import words from '../../../data/secrets/keywords.json' with { type: 'json' };
import { shannonEntropy } from '../../validators/entropy.js';
import { type Claimed, claim, claimUrls, isClaimed } from '../scan/claimed.js';
import { triggerWords } from '../scan/triggers.js';
import type { Emit, SecretsOptions } from './options.js';

/**
 * Keyword assignments ("wachtwoord is Zomer2024!", "pincode: 4821", "api key = 3f9a…")
 * whose value looks secret, and long random strings shortly after such a keyword.
 */

function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _-]?'))
    .join('|');
}

const SYMBOLS = ['=', ':', '=>', '->'];
const VERBS = words.verbs.filter((v) => !SYMBOLS.includes(v));
const ASSIGN = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(${alternation(words.pin)})|(${alternation(words.password)})|(${alternation(words.token)}))(?![\\p{L}])` +
    `(?:\\s*(?:=>|->|:|=)|\\s+(?:${alternation(VERBS)})(?![\\p{L}]))\\s*["'\`“‘]?([^\\s"'\`”’<>]{4,256})`,
  'giu',
);
const KEYWORD = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${alternation([...words.password, ...words.token])})(?![\\p{L}])`,
  'giu',
);
/** Words of which one must be in the post before the keyword scans run. */
export const KEYWORD_TRIGGERS = triggerWords([...words.pin, ...words.password, ...words.token]);
const TRAILING = /[.,;)\]]+$/;
const REPEATED = /^(.)\1*$/;
const URLISH = /^(?:https?:|www\.|[#@])/i;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const STRONG_SYMBOL = /[!@#$%^&*+=?~_]/;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const PIN = /^\d{4,8}$/;

function looksLikePassword(v: string): boolean {
  if (v.length < 4 || URLISH.test(v) || REPEATED.test(v)) return false;
  if (/^\d+$/.test(v)) return true;
  if (v.length < 6 || !LETTER.test(v)) return false;
  return DIGIT.test(v) || STRONG_SYMBOL.test(v) || (v.length >= 8 && INNER_CAPITAL.test(v));
}

function looksLikeToken(v: string): boolean {
  if (v.length < 12 || URLISH.test(v) || REPEATED.test(v)) return false;
  const mixed = LETTER.test(v) && DIGIT.test(v);
  return mixed || (v.length >= 16 && shannonEntropy(v) >= 3);
}

function classes(s: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
  }
  return lower + upper + digit;
}

export function compileKeywords(options: SecretsOptions) {
  const runOf = new RegExp(`[A-Za-z0-9+/=_-]{${options.minLength},512}`, 'g');
  const window = 48;

  function assignments(text: string, claimed: Claimed, emit: Emit): void {
    ASSIGN.lastIndex = 0;
    for (let m = ASSIGN.exec(text); m !== null; m = ASSIGN.exec(text)) {
      const raw = m[4] ?? '';
      const value = raw.replace(TRAILING, '');
      const start = m.index + m[0].length - raw.length;
      const end = start + value.length;
      const ok = m[1] ? PIN.test(value) : m[2] ? looksLikePassword(value) : looksLikeToken(value);
      if (!ok || isClaimed(claimed, start, end)) continue;
      claim(claimed, start, end);
      if (m[3]) emit('token', start, end, { name: m[3] });
      else emit('password', start, end);
    }
  }

  function randomStrings(text: string, claimed: Claimed, emit: Emit): void {
    KEYWORD.lastIndex = 0;
    for (let k = KEYWORD.exec(text); k !== null; k = KEYWORD.exec(text)) {
      const from = k.index + k[0].length;
      runOf.lastIndex = from;
      for (let m = runOf.exec(text); m !== null && m.index <= from + window; m = runOf.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const before = text.charCodeAt(start - 1);
        if (before === 47 || before === 46 || isClaimed(claimed, start, end)) continue;
        if (classes(m[0]) < 2 || shannonEntropy(m[0]) < options.minEntropy) continue;
        claim(claimed, start, end);
        emit('randomString', start, end, { keyword: k[0] });
      }
    }
  }

  /** Run when the post has one of KEYWORD_TRIGGERS. */
  return (text: string, claimed: Claimed, emit: Emit): void => {
    // Links are not secrets (credentials in them were reported by the patterns): keep them out.
    claimUrls(text, claimed);
    if (options.keywords) assignments(text, claimed, emit);
    if (options.entropy) randomStrings(text, claimed, emit);
  };
}
