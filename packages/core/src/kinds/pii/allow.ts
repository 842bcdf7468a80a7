import { normalisePhone } from '../../validators/phone.js';

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Letters and digits only, upper-cased: how numbers in the allow list are compared. */
export function compactKey(s: string): string {
  return s.replace(NON_ALNUM, '').toUpperCase();
}

/** Set of allowed numbers: each entry as compact key and, when it is a phone number, normalised. */
export function numberAllowList(entries: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const e of entries) {
    set.add(compactKey(e));
    const phone = normalisePhone(e.trim());
    if (phone) set.add(phone);
  }
  return set;
}

/** Lower-cased text with runs of spaces and punctuation collapsed to one space. */
export function looseKey(s: string): string {
  return s.toLowerCase().replace(NON_ALNUM, ' ').trim();
}
