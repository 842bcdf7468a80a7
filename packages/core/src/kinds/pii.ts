import { compileAddresses } from './pii/addresses.js';
import { numberAllowList } from './pii/allow.js';
import { compileCues } from './pii/cues.js';
import { compileEmails } from './pii/emails.js';
import { compileIbans } from './pii/ibans.js';
import { piiMessages } from './pii/messages.js';
import { compileNumbers } from './pii/numbers.js';
import { type Emit, piiOptions } from './pii/options.js';
import { CASE_CUE, IBAN_START, type WordPass, wordPass } from './pii/word-pass.js';
import { type Claimed, claimUrls } from './scan/claimed.js';
import { defineKind, type RunContext } from './types.js';

/**
 * Personal data of others: e-mail addresses, phone numbers, IBANs, BSNs, payment card
 * numbers, addresses and case/customer/order numbers. Numbers are validated (mod-97,
 * 11-proof, Luhn, Dutch numbering plan), so a bad checksum is not flagged.
 */
export const piiKind = defineKind({
  id: 'pii',
  description: {
    nl: 'Persoonsgegevens van anderen: e-mailadres, telefoonnummer, IBAN, BSN, adres, kaartnummer, dossiernummer.',
    en: 'Personal data of others: e-mail address, phone number, IBAN, BSN, address, card number, case number.',
  },
  options: piiOptions,
  messages: piiMessages,
  compile(options) {
    const allow = numberAllowList(options.allowNumbers);
    const types = new Set(options.types);
    const emails = types.has('email') ? compileEmails(options) : undefined;
    const ibans = types.has('iban') ? compileIbans(allow) : undefined;
    const cues =
      types.has('caseNumber') || types.has('bsn') ? compileCues(options, allow) : undefined;
    const numbers = compileNumbers(options, allow);
    const addresses = types.has('address') ? compileAddresses(options) : undefined;
    const claimed: Claimed = [];
    const pass: WordPass = { flags: 0, digitWords: [] };
    /** The post being checked: one `emit` for all posts rather than a closure per post. */
    let current: RunContext | undefined;
    const emit: Emit = (messageId, start, end) =>
      (current as RunContext).report({ messageId, start, end });

    function scan(ctx: RunContext): void {
      const text = ctx.text;
      claimed.length = 0;
      emails?.(text, claimed, emit);
      const { flags, digitWords } = wordPass(text, ctx.words, pass);
      if (digitWords.length === 0 && !(flags & IBAN_START) && !(flags & CASE_CUE)) return;
      // Digits inside links are no personal data.
      claimUrls(text, claimed);
      if (flags & IBAN_START) ibans?.(text, claimed, emit);
      cues?.(text, flags, claimed, emit);
      numbers(text, ctx.words, digitWords, claimed, emit);
      addresses?.(text, ctx.words, pass, claimed, emit);
    }

    return (ctx) => {
      current = ctx;
      scan(ctx);
      current = undefined;
    };
  },
});
