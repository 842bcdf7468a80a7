import type { CheckRequest, CheckResponse } from '@leidraad/contract';
import type { CheckInput, Guideline } from '@leidraad/core';
import { badRequest } from '../../../errors.js';
import type { CompiledVersion } from '../../../plugins/app/guidelines.js';

/** Throws a 400 naming the guideline's channels when a request names another one. */
export function requireKnownChannel(guideline: Guideline, channel: string | undefined): void {
  if (channel === undefined || Object.hasOwn(guideline.channels, channel)) return;
  const known = Object.keys(guideline.channels).join(', ');
  throw badRequest(`Unknown channel "${channel}" (this guideline has: ${known}).`, 'channel');
}

/** The same call as `leidraad check --format json`, so both answer the same JSON. */
export function runCheck(version: CompiledVersion, body: CheckRequest): CheckResponse {
  const { checker } = version;
  const { text, channel, lang, media } = body;
  requireKnownChannel(checker.guideline, channel);
  const input: CheckInput = {
    text,
    as: body.as ?? 'personal',
    ...(channel !== undefined ? { channel } : {}),
    ...(media !== undefined ? { media } : {}),
  };
  return checker.check(input, { lang: lang ?? checker.guideline.language });
}
