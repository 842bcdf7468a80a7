import { z } from 'zod';

/** The kinds of personal data the check finds; each is also its messageId. */
export const PII_TYPES = [
  'email',
  'phone',
  'iban',
  'bsn',
  'card',
  'address',
  'caseNumber',
] as const;
export type PiiType = (typeof PII_TYPES)[number];

export const piiOptions = z.object({
  /** Which kinds of personal data to look for. */
  types: z.array(z.enum(PII_TYPES)).default([...PII_TYPES]),
  /**
   * Domains whose addresses may be published (the organisation's own), matched with
   * their subdomains. The reserved example domains are allowed by default.
   */
  allowDomains: z
    .array(z.string())
    .default(['example.com', 'example.net', 'example.org', 'example', 'test', 'invalid']),
  /** Single e-mail addresses that may be published. */
  allowEmails: z.array(z.string()).default([]),
  /** Numbers that may be published (the organisation's phone numbers, IBAN, …), in any notation. */
  allowNumbers: z.array(z.string()).default([]),
  /** Addresses that may be published (the organisation's visiting address). */
  allowAddresses: z.array(z.string()).default([]),
  /** Function addresses (info@, klantenservice@, press@) are not personal data. */
  allowRoleAddresses: z.boolean().default(true),
  /** Also flag organisations' numbers: 088 company numbers, 0800/0900 service numbers, 14 0xx. */
  businessNumbers: z.boolean().default(false),
});

export type PiiOptions = z.infer<typeof piiOptions>;

/** A finding of one scanner: type, half-open span, optional message data. */
export type Emit = (type: PiiType, start: number, end: number) => void;

export { type Claimed, claim, isClaimed } from '../scan/claimed.js';
