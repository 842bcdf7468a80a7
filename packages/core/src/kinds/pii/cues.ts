import cues from '../../../data/pii/case-cues.json' with { type: 'json' };
import { isValidBsn } from '../../validators/bsn.js';
import { compactKey } from './allow.js';
import { type Claimed, claim, type Emit, isClaimed, type PiiOptions } from './options.js';
import { BSN_CUE as BSN_WORD, CASE_CUE } from './word-pass.js';

function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const MARKER = alternation(cues.markers);
const CASE_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternation(cues.strong)})(?![\\p{L}])[\\s.:#-]*(?:(?:is|was|nr\\.?|no\\.?)(?![\\p{L}])[\\s:#]*)?` +
    `|(?:${alternation(cues.weak)})(?![\\p{L}])[\\s.-]*(?:${MARKER})[\\s.:#]*)` +
    '([A-Za-z]{0,4}-?\\d[A-Za-z0-9/-]{2,30})(?![\\p{L}\\p{N}])',
  'giu',
);
const BSN_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(cues.bsn)})(?![\\p{L}])[\\s.:#-]*` +
    '(?:(?:is|nummer|nr\\.?|number)(?![\\p{L}])[\\s.:#]*)?(\\d(?:[ .-]?\\d){7,8})(?![\\p{L}\\p{N}])',
  'giu',
);

function digitCount(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Does the text hold a run of the characters a case number is made of (`[A-Za-z0-9/-]`,
 * with the two letters that match `[A-Za-z]` case-insensitively: ſ and the Kelvin sign)
 * with four digits or more? Without one, no case number is long enough to report.
 */
function hasDigitRun(text: string): boolean {
  let digits = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (++digits >= 4) return true;
    } else if (
      !(
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        c === 47 ||
        c === 45 ||
        c === 0x17f ||
        c === 0x212a
      )
    )
      digits = 0;
  }
  return false;
}

/** Scanner for numbers after a cue: case, customer and order numbers, and BSNs named as such. */
export function compileCues(options: PiiOptions, allow: ReadonlySet<string>) {
  const caseNumbers = options.types.includes('caseNumber');
  const bsn = options.types.includes('bsn');
  /** `flags` from the word pass: which cue words the post has. */
  return (text: string, flags: number, claimed: Claimed, emit: Emit): void => {
    if (bsn && flags & BSN_WORD) {
      BSN_CUE.lastIndex = 0;
      for (let m = BSN_CUE.exec(text); m !== null; m = BSN_CUE.exec(text)) {
        const value = m[1] ?? '';
        const end = m.index + m[0].length;
        const start = end - value.length;
        if (isClaimed(claimed, start, end)) continue;
        claim(claimed, start, end);
        if (isValidBsn(value) && !allow.has(compactKey(value))) emit('bsn', start, end);
      }
    }
    if (!caseNumbers || !(flags & CASE_CUE) || !hasDigitRun(text)) return;
    CASE_NUMBER.lastIndex = 0;
    for (let m = CASE_NUMBER.exec(text); m !== null; m = CASE_NUMBER.exec(text)) {
      const id = (m[1] ?? '').replace(/[-/]+$/, '');
      const start = m.index + m[0].length - (m[1] ?? '').length;
      const end = start + id.length;
      if (digitCount(id) < 4 || isClaimed(claimed, start, end)) continue;
      claim(claimed, start, end);
      if (!allow.has(compactKey(id))) emit('caseNumber', start, end);
    }
  };
}
