/**
 * The registry of check kinds. Every kind has its module here, its test file in
 * packages/core/test/kinds/ and its docs page in docs/kinds/; a test fails when
 * one of the three is missing.
 */
import type { KindRegistry } from '../guideline/load.js';
import { accessibilityKind } from './accessibility.js';
import { addressFormKind } from './address-form.js';
import { competitorKind } from './competitor.js';
import { copyrightKind } from './copyright.js';
import { disclosureKind } from './disclosure.js';
import { firstPersonKind } from './first-person.js';
import { limitsKind } from './limits.js';
import { patternKind } from './pattern.js';
import { piiKind } from './pii.js';
import { respectKind } from './respect.js';
import { secretsKind } from './secrets.js';
import { spamKind } from './spam.js';
import { substitutionKind } from './substitution.js';
import { termsKind } from './terms.js';
import type { CheckKind } from './types.js';

const all: CheckKind<unknown>[] = [
  termsKind,
  patternKind,
  piiKind,
  secretsKind,
  respectKind,
  spamKind,
  addressFormKind,
  firstPersonKind,
  disclosureKind,
  competitorKind,
  copyrightKind,
  limitsKind,
  accessibilityKind,
  substitutionKind,
];

export const KINDS: KindRegistry = Object.fromEntries(all.map((k) => [k.id, k]));
