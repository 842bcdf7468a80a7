import type { Word } from '../../text/words.js';
import type { Hit } from './cues.js';
import { type Entities, LINK, nthOf } from './entities.js';
import { IN_LINK } from './skip.js';

/** Non-lexical evidence of commercial or scam spam, with the weights it adds. */
export type SignalFile = {
  weights: {
    link: number;
    domain: number;
    currency: number;
    pricePer: number;
    shortCode: number;
    phone: number;
    premiumPhone: number;
    linkCue: number;
    linkOnly: number;
  };
  /** Words inside a link that mark it as referral, shortened, fundraising or shop link. */
  linkCues: string[];
  /** A post that is a link (or domain) with at most this many other words. */
  linkOnlyMaxWords: number;
  /** Words that ask to send or call a number ("text WIN to 80080"). */
  numberVerbs: string[];
  /** How many words before a short code such a verb may stand. */
  numberVerbWindow: number;
  shortCodeDigits: { min: number; max: number };
  /** Phone numbers with at least this many digits. */
  phoneDigits: number;
  /** Premium-rate and shared-cost number prefixes (national format). */
  premiumPrefixes: string[];
  /** Domain endings that make "name.com" a link even without http. */
  domainSuffixes: string[];
  currencySigns: string[];
  /** Endings of per-unit prices after digits ("150p", "10ppm"). */
  pricePerSuffixes: string[];
};

/** Ids of signal hits, apart from cue ids (which count up from 0). */
const SIGNAL_ID = {
  link: -1,
  domain: -2,
  currency: -3,
  pricePer: -4,
  shortCode: -5,
  phone: -6,
  premiumPhone: -7,
  linkCue: -8,
  linkOnly: -9,
} as const;

export type SignalMatcher = {
  /** Pushes the signals of the post to `out`; `marks` tell the words inside links (skip.ts). */
  match(text: string, words: readonly Word[], marks: Uint8Array, e: Entities, out: Hit[]): void;
};

/**
 * How many ASCII digits open the word at [start, end) of the post. Lower-casing leaves
 * digits as they are and makes none, nor changes the length of what comes before the
 * first unit that is not a digit: the count is that of the word's lower-cased form, read
 * off the post without its string.
 */
function leadingDigits(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i - start;
}

export function compileSignals(file: SignalFile): SignalMatcher {
  const w = file.weights;
  const verbs = new Set(file.numberVerbs);
  const domains = new Set(file.domainSuffixes);
  const currency = new Set(file.currencySigns);
  const pricePer = new Set(file.pricePerSuffixes);
  const premium = file.premiumPrefixes;
  const linkCues = new Set(file.linkCues);

  const currencyBefore = (text: string, start: number): number => {
    let i = start - 1;
    if (i >= 0 && text.charCodeAt(i) === 32) i--;
    return i >= 0 && currency.has(text.charAt(i)) ? i : -1;
  };

  return {
    match(text, words, marks, e, out) {
      const at = nthOf(e, LINK, 0);
      const first: Hit | undefined =
        at < 0
          ? undefined
          : {
              start: e.start[at] as number,
              end: e.end[at] as number,
              weight: w.link,
              id: SIGNAL_ID.link,
            };
      if (first) out.push(first);
      let phoneUntil = -1;
      let plainWords = 0;
      let linkCue = false;
      let domain: Hit | undefined;
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as Word;
        if ((marks[i] as number) & IN_LINK) {
          if (!linkCue && linkCues.has(word.lower)) {
            linkCue = true;
            out.push({
              start: word.start,
              end: word.end,
              weight: w.linkCue,
              id: SIGNAL_ID.linkCue,
            });
          }
          continue;
        }
        plainWords++;
        const c0 = text.charCodeAt(word.start);
        const digits = c0 >= 48 && c0 <= 57 ? leadingDigits(text, word.start, word.end) : 0;
        /** The word is all digits: then its lower-cased form is the same length. */
        const allDigits = digits === word.end - word.start;
        if (digits === 0) {
          // "name.com": a domain ending right after "name." (a word before it: not at 0)
          if (i > 0 && text.charCodeAt(word.start - 1) === 46) {
            const prev = words[i - 1] as Word;
            if (
              prev.end === word.start - 1 &&
              ((marks[i - 1] as number) & IN_LINK) === 0 &&
              domains.has(word.lower)
            ) {
              domain = { start: prev.start, end: word.end, weight: w.domain, id: SIGNAL_ID.domain };
              out.push(domain);
              plainWords -= 2;
            }
          }
          continue;
        }
        const sign = currencyBefore(text, word.start);
        if (sign >= 0) {
          out.push({ start: sign, end: word.end, weight: w.currency, id: SIGNAL_ID.currency });
          continue;
        }
        if (!allDigits && pricePer.has(word.lower.slice(digits))) {
          out.push({
            start: word.start,
            end: word.end,
            weight: w.pricePer,
            id: SIGNAL_ID.pricePer,
          });
          continue;
        }
        if (i <= phoneUntil) continue;
        // phone numbers: groups of digits joined by one space or hyphen, starting with 0 or +
        const plus = word.start > 0 && text.charCodeAt(word.start - 1) === 43;
        if (c0 === 48 || plus) {
          let total = digits;
          let j = i;
          let number = text.slice(word.start, word.start + digits);
          while (allDigits && j + 1 < words.length) {
            const next = words[j + 1] as Word;
            const gap = next.start - (words[j] as Word).end;
            const sep = text.charCodeAt(next.start - 1);
            const nd = leadingDigits(text, next.start, next.end);
            if (gap !== 1 || (sep !== 32 && sep !== 45) || nd === 0) break;
            total += nd;
            number += text.slice(next.start, next.start + nd);
            j++;
            if (nd < next.end - next.start) break;
          }
          if (total >= file.phoneDigits) {
            const end = (words[j] as Word).end;
            const start = plus ? word.start - 1 : word.start;
            out.push({ start, end, weight: w.phone, id: SIGNAL_ID.phone });
            if (premium.some((p) => number.startsWith(p))) {
              out.push({ start, end, weight: w.premiumPhone, id: SIGNAL_ID.premiumPhone });
            }
            phoneUntil = j;
            continue;
          }
        }
        // short codes: "text WIN to 80080", "sms STOP naar 4411"
        if (allDigits && digits >= file.shortCodeDigits.min && digits <= file.shortCodeDigits.max) {
          for (let k = Math.max(0, i - file.numberVerbWindow); k < i; k++) {
            if (verbs.has((words[k] as Word).lower)) {
              out.push({
                start: word.start,
                end: word.end,
                weight: w.shortCode,
                id: SIGNAL_ID.shortCode,
              });
              break;
            }
          }
        }
      }
      const link = first ?? domain;
      const others = plainWords + e.hashtags + e.mentions;
      if (link && others <= file.linkOnlyMaxWords) {
        out.push({ start: link.start, end: link.end, weight: w.linkOnly, id: SIGNAL_ID.linkOnly });
      }
    },
  };
}
