import type { CheckRequest, CheckResponse } from '@leidraad/contract';
import type { CheckInput } from '@leidraad/core';
import { badRequest } from '../../../errors.js';
import type { CompiledVersion } from '../../../plugins/app/guidelines.js';

/** The same call as `leidraad check --format json`, so both answer the same JSON. */
export function runCheck(version: CompiledVersion, body: CheckRequest): CheckResponse {
  const { checker } = version;
  const { text, channel, lang, media } = body;
  if (channel !== undefined && !checker.channel(channel)) {
    const known = Object.keys(checker.guideline.channels).join(', ');
    throw badRequest(`Unknown channel "${channel}" (this guideline has: ${known}).`, 'channel');
  }
  const input: CheckInput = {
    text,
    as: body.as ?? 'personal',
    ...(channel !== undefined ? { channel } : {}),
    ...(media !== undefined ? { media } : {}),
  };
  return checker.check(input, { lang: lang ?? checker.guideline.language });
}
