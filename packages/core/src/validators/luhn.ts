import iins from '../../data/pii/card-iins.json' with { type: 'json' };

type Iin = { brand: string; ranges: string[][]; lengths: number[] };
const IINS: readonly Iin[] = iins;

/** Luhn (mod-10) check of a string of digits; false when it holds anything else. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The card brand whose issuer prefix (IIN) and length fit the digits, if any. */
export function cardBrand(digits: string): string | undefined {
  for (const iin of IINS) {
    if (!iin.lengths.includes(digits.length)) continue;
    for (const [from = '', to = ''] of iin.ranges) {
      const prefix = digits.slice(0, from.length);
      if (prefix >= from && prefix <= to) return iin.brand;
    }
  }
  return undefined;
}

/**
 * True for a payment card number: 13–19 digits (spaces and dashes allowed),
 * a known issuer prefix for that length, and a valid Luhn check digit.
 */
export function isCardNumber(s: string): boolean {
  const digits = s.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;
  return cardBrand(digits) !== undefined && luhn(digits);
}
