import lengths from '../../data/pii/iban-lengths.json' with { type: 'json' };

const IBAN_LENGTHS: Readonly<Record<string, number>> = lengths;
const NL_IBAN = /^NL\d{2}[A-Z]{4}\d{10}$/;
const SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]+$/;

/** Upper-case an IBAN and drop spaces, dashes and dots ("nl91 abna 0417…" → "NL91ABNA0417…"). */
export function compactIban(s: string): string {
  return s.replace(/[\s.-]/g, '').toUpperCase();
}

/** Expected IBAN length for a country code, or undefined when the country is not in the table. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country.toUpperCase()];
}

/** ISO 13616 mod-97 check of a compact IBAN (remainder must be 1). */
export function ibanMod97(compact: string): boolean {
  let rem = 0;
  const n = compact.length;
  for (let k = 0; k < n; k++) {
    // Rearranged: characters 4… first, then the country code and check digits.
    const c = compact.charCodeAt((k + 4) % n);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/**
 * True for a valid IBAN of a SEPA country: right length for the country, Dutch
 * structure for NL (NL + 2 check digits + 4-letter bank code + 10 digits) and mod-97.
 * Spaces and lower case are accepted.
 */
export function isValidIban(s: string): boolean {
  const compact = compactIban(s);
  if (!SHAPE.test(compact)) return false;
  const country = compact.slice(0, 2);
  if (IBAN_LENGTHS[country] !== compact.length) return false;
  if (country === 'NL' && !NL_IBAN.test(compact)) return false;
  return ibanMod97(compact);
}
