/**
 * Dutch phone numbers: 10 digits from the trunk 0 (06 + 8 for mobiles, 0[1-5,7] for
 * geographic numbers, 084/085/087/091 for personal/VoIP numbers, 088 for companies),
 * 0800/0900/0906/0909 service numbers (4 or 7 digits after the prefix) and 14 + area
 * code for municipalities. +31 and 0031 replace the 0 (an optional "(0)" is dropped).
 * Other numbers written with + or 00 and a country code count as international.
 */
export type PhoneType =
  | 'mobile'
  | 'landline'
  | 'voip'
  | 'company'
  | 'service'
  | 'municipal'
  | 'international';

/** Types that belong to organisations rather than people. */
export const BUSINESS_PHONE_TYPES: ReadonlySet<PhoneType> = new Set([
  'company',
  'service',
  'municipal',
]);

const SEPARATORS = /[\s\-./\u00a0]/g;

/**
 * The number in a comparable form: the Dutch national form ("0612345678"), or
 * "+" and digits for other countries; undefined when it is not written like a phone number.
 */
export function normalisePhone(raw: string): string | undefined {
  const compact = raw.replace(SEPARATORS, '');
  let rest: string;
  if (compact.startsWith('+')) rest = compact.slice(1);
  else if (compact.startsWith('00')) rest = compact.slice(2);
  else {
    const national = compact.replace(/^\((\d+)\)/, '$1');
    return /^\d+$/.test(national) ? national : undefined;
  }
  if (rest.startsWith('31')) {
    let after = rest.slice(2);
    if (after.startsWith('(0)')) after = after.slice(3);
    after = after.replace(/^\((\d+)\)/, '$1');
    return /^[1-9]\d+$/.test(after) ? `0${after}` : undefined;
  }
  const intl = rest.replace(/^(\d{1,3})\((\d+)\)/, '$1$2').replace(/\(0\)/, '');
  return /^[1-9]\d+$/.test(intl) ? `+${intl}` : undefined;
}

/** Type of a normalised number (see normalisePhone), or undefined when it is none. */
export function phoneTypeOf(n: string): PhoneType | undefined {
  if (n.startsWith('+')) return n.length >= 9 && n.length <= 16 ? 'international' : undefined;
  if (/^06[1-9]\d{7}$/.test(n)) return 'mobile';
  if (/^0(?:800|900|906|909)(?:\d{4}|\d{7})$/.test(n)) return 'service';
  if (/^088\d{7}$/.test(n)) return 'company';
  if (/^0(?:8[457]|91)\d{7}$/.test(n)) return 'voip';
  if (/^0[1-57]\d{8}$/.test(n)) return 'landline';
  if (/^140\d{2,3}$/.test(n)) return 'municipal';
  return undefined;
}

/** Type of a phone number as written ("06-12345678", "+31 (0)20 123 4567", "14 020"). */
export function dutchPhoneType(raw: string): PhoneType | undefined {
  const n = normalisePhone(raw);
  return n === undefined ? undefined : phoneTypeOf(n);
}
