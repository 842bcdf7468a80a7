import roles from '../../../data/pii/role-addresses.json' with { type: 'json' };
import { DOMAIN_SOURCE, emailDomain } from '../../validators/email.js';
import { type Claimed, claim, type Emit, type PiiOptions } from './options.js';

const ROLE_PARTS: ReadonlySet<string> = new Set(roles.localParts);
const DOMAIN = new RegExp(`${DOMAIN_SOURCE}(?![A-Za-z0-9-])`, 'y');

function isLocalChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 46 || // .
    c === 95 || // _
    c === 37 || // %
    c === 43 || // +
    c === 45 // -
  );
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Scanner for e-mail addresses outside the allowed domains and function addresses. */
export function compileEmails(options: PiiOptions) {
  const domains = options.allowDomains.map((d) => d.toLowerCase().replace(/^[@.]+/, ''));
  const addresses = new Set(options.allowEmails.map((a) => a.toLowerCase()));

  function allowed(address: string): boolean {
    const lower = address.toLowerCase();
    if (addresses.has(lower)) return true;
    const domain = emailDomain(lower);
    for (const d of domains) if (domain === d || domain.endsWith(`.${d}`)) return true;
    if (!options.allowRoleAddresses) return false;
    const local = lower.slice(0, lower.indexOf('@'));
    return ROLE_PARTS.has(local) || ROLE_PARTS.has(local.replace(/[._-]?\d+$/, ''));
  }

  // Find each @, walk back over the local part, match the domain after it.
  return (text: string, claimed: Claimed, emit: Emit): void => {
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
      while (start < at && !isAlnum(text.charCodeAt(start))) start++;
      if (start === at || text.charCodeAt(start - 1) === 47) continue;
      DOMAIN.lastIndex = at + 1;
      const m = DOMAIN.exec(text);
      if (m === null) continue;
      const end = at + 1 + m[0].length;
      claim(claimed, start, end);
      if (!allowed(text.slice(start, end))) emit('email', start, end);
      at = end - 1;
    }
  };
}
