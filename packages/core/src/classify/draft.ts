/**
 * A reply drafted from the situation's template in the address form the guideline sets
 * for the channel. Placeholders: {customer}, {initials}, {name}, {team}, {signature}.
 * A placeholder with no value is left out together with the comma before it
 * ("Wat vervelend, {customer}, en sorry" → "Wat vervelend, en sorry") and reported in
 * `missing`, so the agent knows what to add.
 */
import type { Guideline, Situation } from '../guideline/schema.js';
import type { AddressForm } from '../kinds/types.js';
import type { Reply } from './types.js';

export type DraftValues = { customer?: string; initials?: string; name?: string; team: string };

const PLACEHOLDER = /\{(\w+)\}/g;
/** Marks a left-out placeholder (a private-use character no template contains). */
const EMPTY = '\uE000';
const EMPTY_SLOT = /,?[ \t]*\uE000/g;
const SPACES = /[ \t]{2,}/g;
const LEADING = /^[\s,]+/;

/** The address form of a channel: channels.<id>.addressForm, else voice.addressForm. */
export function addressFormFor(guideline: Guideline, channel: string | undefined): AddressForm {
  const c = channel === undefined ? undefined : guideline.channels[channel];
  return c?.addressForm ?? guideline.voice.addressForm;
}

export function draftReply(
  guideline: Guideline,
  situation: Situation,
  channel: string | undefined,
  values: DraftValues,
): Reply {
  const wanted = addressFormFor(guideline, channel);
  const other: AddressForm = wanted === 'u' ? 'jij' : 'u';
  const own = situation.templates[wanted];
  const template = own ?? situation.templates[other];
  const addressForm = own === undefined && template !== undefined ? other : wanted;
  if (template === undefined) return { text: '', addressForm, missing: ['template'] };
  const missing = new Set<string>();
  const signature = guideline.voice.signature
    ? fillPart(guideline.voice.signature, values, missing, '')
    : '';
  const signed = signature.includes(EMPTY) ? EMPTY : signature;
  const filled = fillPart(template, values, missing, signed);
  const text = filled.replace(EMPTY_SLOT, '').replace(SPACES, ' ').replace(LEADING, '').trim();
  return { text, addressForm, missing: [...missing] };
}

function fillPart(
  template: string,
  values: DraftValues,
  missing: Set<string>,
  signature: string,
): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    if (key === 'signature') return signature || EMPTY;
    if (key === 'team') return values.team;
    if (key === 'customer' || key === 'initials' || key === 'name') {
      const value = values[key]?.trim();
      if (value) return value;
      missing.add(key);
      return EMPTY;
    }
    return whole;
  });
}
