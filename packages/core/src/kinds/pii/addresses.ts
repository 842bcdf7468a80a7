import data from '../../../data/pii/addresses.json' with { type: 'json' };
import type { Word } from '../../text/words.js';
import { looseKey } from './allow.js';
import { type Claimed, claim, type Emit, isClaimed, type PiiOptions } from './options.js';
import { EN_STREET as EN_STREET_WORD, POSTCODE_START, type WordPass } from './word-pass.js';

/**
 * Addresses: a street and house number ("Kerkstraat 12a", "221B Baker Street"), a
 * postcode with a city or house number ("1234 AB Amsterdam"), or both together. A
 * postcode on its own only counts after the word "postcode".
 */

const END = '(?![\\p{L}\\p{N}])';
const STREET_NAME = new RegExp(
  `^\\p{Lu}[\\p{Ll}\\p{M}'-]*?(?:${data.nlStreetSuffixes.join('|')})$`,
  'u',
);
const HOUSE = new RegExp(
  `(\\d{1,4})(?:(?:[a-zA-Z]|[ ][A-Z])${END}|[-/]\\d{1,4}${END}|[ -](?:hs|bis|I{1,3})${END})?${END}`,
  'uy',
);
const EN_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}.,:£€$-])\\d{1,5}[A-Za-z]?[ ]+(?:\\p{Lu}[\\p{L}'-]*[ ]+){1,3}(?:${data.enStreetTypes.join('|')})(?![\\p{L}])\\.?`,
  'gu',
);
const POSTCODE = new RegExp(
  `(?<![\\p{L}\\p{N}])[1-9]\\d{3}[ \\u00a0]?(?!S[ADS])([A-Z]{2})${END}`,
  'gu',
);
const CITY = /[ ,\u00a0]{1,3}(?:'s[ -])?\p{Lu}[\p{L}'-]+/uy;
const HOUSE_NUMBER = /[ ,\u00a0]{1,3}\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}])/uy;
const NEXT_WORD = /[ \u00a0]*([\p{L}%']+)/uy;
const POSTCODE_CUE = /(?:postcode|post code|zip|zip code|postal code)[\s:]*$/i;
const GAP = /^[\s,]{0,3}$/;

const QUANTITY: ReadonlySet<string> = new Set(data.quantityWords);
const UNIT_PAIRS: ReadonlySet<string> = new Set(data.unitPairs);

function followedByQuantity(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  return m !== null && QUANTITY.has((m[1] ?? '').toLowerCase());
}

export function compileAddresses(options: PiiOptions) {
  const allowed = options.allowAddresses.map(looseKey).filter((a) => a.length > 0);
  const spans: number[] = [];

  function isAllowed(text: string): boolean {
    const key = looseKey(text);
    return allowed.some((a) => a.includes(key) || key.includes(a));
  }

  /** Dutch: a capitalised street name ending in -straat, -laan, … and a house number after it. */
  function dutchStreets(
    text: string,
    tokens: readonly Word[],
    digitWords: readonly number[],
  ): void {
    for (const k of digitWords) {
      const w = tokens[k];
      const name = tokens[k - 1];
      if (!w || !name) continue;
      const c = w.text.charCodeAt(0);
      if (c < 48 || c > 57 || w.start - name.end > 3 || !STREET_NAME.test(name.text)) continue;
      if (!/^[ \u00a0]+$/.test(text.slice(name.end, w.start))) continue;
      HOUSE.lastIndex = w.start;
      const m = HOUSE.exec(text);
      if (!m) continue;
      const house = m[1] ?? '';
      const end = w.start + m[0].length;
      if (house.length === 4 && (house.startsWith('19') || house.startsWith('20'))) continue;
      if (followedByQuantity(text, end)) continue;
      spans.push(name.start, end, 1);
    }
  }

  /** Postcodes, with the city or house number after them; flag 0 marks one that needs a street before it. */
  function postcodes(text: string): void {
    POSTCODE.lastIndex = 0;
    for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text)) {
      const start = m.index;
      let end = start + m[0].length;
      const cued = POSTCODE_CUE.test(text.slice(Math.max(0, start - 14), start));
      CITY.lastIndex = end;
      const city = CITY.exec(text);
      const cityOk = city !== null && !QUANTITY.has(city[0].replace(/^[\s,]+/, '').toLowerCase());
      HOUSE_NUMBER.lastIndex = end;
      const house = cityOk ? null : HOUSE_NUMBER.exec(text);
      if (city && cityOk) end += city[0].length;
      else if (house) end += house[0].length;
      const context = (cityOk || house !== null) && !UNIT_PAIRS.has(m[1] ?? '');
      spans.push(start, end, context || cued ? 1 : 0);
    }
  }

  return (
    text: string,
    tokens: readonly Word[],
    pass: WordPass,
    claimed: Claimed,
    emit: Emit,
  ): void => {
    spans.length = 0;
    dutchStreets(text, tokens, pass.digitWords);
    if (pass.flags & EN_STREET_WORD) {
      EN_STREET.lastIndex = 0;
      for (let m = EN_STREET.exec(text); m !== null; m = EN_STREET.exec(text)) {
        spans.push(m.index, m.index + m[0].length, 1);
      }
    }
    if (pass.flags & POSTCODE_START) postcodes(text);
    if (spans.length === 0) return;
    // Merge street + postcode + city into one address; drop postcodes without context.
    const order: number[] = [];
    for (let k = 0; k < spans.length; k += 3) order.push(k);
    order.sort((a, b) => (spans[a] ?? 0) - (spans[b] ?? 0));
    let curStart = -1;
    let curEnd = -1;
    let curOk = false;
    const flush = () => {
      if (curStart < 0 || !curOk) return;
      if (isClaimed(claimed, curStart, curEnd)) return;
      claim(claimed, curStart, curEnd);
      if (!isAllowed(text.slice(curStart, curEnd))) emit('address', curStart, curEnd);
    };
    for (const k of order) {
      const s = spans[k] ?? 0;
      const e = spans[k + 1] ?? 0;
      const ok = spans[k + 2] === 1;
      if (curStart >= 0 && s <= curEnd + 3 && GAP.test(text.slice(Math.min(s, curEnd), s))) {
        curEnd = Math.max(curEnd, e);
        curOk = curOk || ok;
        continue;
      }
      flush();
      curStart = s;
      curEnd = e;
      curOk = ok;
    }
    flush();
  };
}
