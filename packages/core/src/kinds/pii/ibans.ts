import { ibanLength, isValidIban } from '../../validators/iban.js';
import { compactKey } from './allow.js';
import { type Claimed, claim, type Emit, isClaimed } from './options.js';

/** Two letters, two check digits, groups of four (spaced or not), an optional short tail. */
const IBAN_LIKE =
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** Scanner for IBANs that pass the length table, the Dutch structure and mod-97. */
export function compileIbans(allow: ReadonlySet<string>) {
  return (text: string, claimed: Claimed, emit: Emit): void => {
    IBAN_LIKE.lastIndex = 0;
    for (let m = IBAN_LIKE.exec(text); m !== null; m = IBAN_LIKE.exec(text)) {
      const want = ibanLength(m[0].slice(0, 2));
      if (want === undefined) continue;
      // Take exactly `want` letters and digits; the words after it may have been swallowed.
      let seen = 0;
      let k = 0;
      const raw = m[0];
      while (k < raw.length && seen < want) {
        if (raw.charCodeAt(k) !== 32) seen++;
        k++;
      }
      if (seen < want || (k < raw.length && raw.charCodeAt(k) !== 32)) continue;
      const iban = raw.slice(0, k);
      const start = m.index;
      const end = start + k;
      if (isClaimed(claimed, start, end)) continue;
      // Shaped like an IBAN of that country: no other scanner may read it as a number.
      claim(claimed, start, end);
      if (!isValidIban(iban)) continue;
      if (!allow.has(compactKey(iban))) emit('iban', start, end);
      IBAN_LIKE.lastIndex = end;
    }
  };
}
