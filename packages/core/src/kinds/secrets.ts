import type { Claimed } from './scan/claimed.js';
import { compileKeywords, KEYWORD_TRIGGERS } from './secrets/keywords.js';
import { secretsMessages } from './secrets/messages.js';
import { type Emit, secretsOptions } from './secrets/options.js';
import { compilePatterns, KEYWORD_BIT } from './secrets/patterns.js';
import { defineKind } from './types.js';

/**
 * Credentials: known key and token formats (AWS, GitHub, Slack, Stripe, Google, JWT,
 * private keys, user:password@ in links), keyword assignments in Dutch and English
 * with a secret-looking value, and long random strings right after such a keyword.
 */
export const secretsKind = defineKind({
  id: 'secrets',
  description: {
    nl: 'Inloggegevens, sleutels en wachtwoorden: API-sleutels, tokens, privésleutels, wachtwoorden en pincodes.',
    en: 'Credentials, keys and passwords: API keys, tokens, private keys, passwords and PINs.',
  },
  options: secretsOptions,
  messages: secretsMessages,
  compile(options) {
    const patterns = compilePatterns(options.disable, KEYWORD_TRIGGERS);
    const keywords = compileKeywords(options);
    const claimed: Claimed = [];
    return (ctx) => {
      const text = ctx.text;
      const mask = patterns.mask(ctx.words);
      if (mask === 0 && !text.includes('://')) return;
      claimed.length = 0;
      const emit: Emit = (messageId, start, end, data) =>
        ctx.report(data ? { messageId, start, end, data } : { messageId, start, end });
      patterns.run(text, mask, claimed, emit);
      if (mask & KEYWORD_BIT) keywords(text, claimed, emit);
    };
  },
});
