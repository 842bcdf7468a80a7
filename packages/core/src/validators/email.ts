/** The part after the @: one or more domain labels and a top-level domain of letters. */
export const DOMAIN_SOURCE = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}';

/** A sane e-mail address: local part of letters, digits and ._%+-, @, a domain. */
const EMAIL = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@${DOMAIN_SOURCE}$`);

export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

/** The domain of an address, lower-cased ("Jan@Example.NL" → "example.nl"). */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
