import type { Template } from '../../i18n.js';

export type PatternSpec = {
  id?: string;
  regex: string;
  flags?: string;
  message?: Template;
};

/** One scanner: a global regex whose alternatives are wrapped in capturing groups. */
export type Scanner = {
  re: RegExp;
  /** For each alternative: the group index that wraps it and the pattern it came from. */
  alternatives: { group: number; pattern: number }[];
};

const ALLOWED_FLAGS = /^[imsu]*$/;
const MAX_SOURCE = 1000;
/**
 * Patterns with their own backreferences or named groups keep a regex of their own
 * (wrapping would renumber their groups; duplicate group names are a syntax error).
 */
const NEEDS_OWN_REGEX = /\\[1-9]|\\k<|\(\?<[A-Za-z_$]/;

function fail(index: number, spec: PatternSpec, problem: string): never {
  throw new Error(`pattern ${index} (/${spec.regex}/${spec.flags ?? ''}): ${problem}`);
}

/**
 * Reject star height above one: a group that holds an unbounded quantifier and is itself
 * repeated without bound (`(a+)+`, `(\w+\s?)*`, `(?:x*y)*`). These backtrack
 * exponentially on text that almost matches. Alternations of overlapping branches
 * (`(a|a)*`) are not detected.
 */
export function nestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  let lastGroupUnbounded = false;
  let prevWasGroupEnd = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      prevWasGroupEnd = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      prevWasGroupEnd = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      prevWasGroupEnd = false;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      prevWasGroupEnd = false;
      continue;
    }
    if (c === ')') {
      lastGroupUnbounded = stack.pop() ?? false;
      if (lastGroupUnbounded && stack.length > 0) stack[stack.length - 1] = true;
      prevWasGroupEnd = true;
      continue;
    }
    const unbounded =
      c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i, i + 12)));
    if (unbounded) {
      if (prevWasGroupEnd && lastGroupUnbounded) return true;
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
    prevWasGroupEnd = false;
  }
  return false;
}

function validate(spec: PatternSpec, index: number): string {
  const flags = [...new Set(spec.flags ?? '')].sort().join('');
  if (!ALLOWED_FLAGS.test(flags)) fail(index, spec, 'only the flags i, m, s and u are allowed');
  if (spec.regex.length === 0) fail(index, spec, 'the regex is empty');
  if (spec.regex.length > MAX_SOURCE) fail(index, spec, `longer than ${MAX_SOURCE} characters`);
  let re: RegExp;
  try {
    re = new RegExp(spec.regex, flags);
  } catch (e) {
    fail(index, spec, e instanceof Error ? e.message : String(e));
  }
  if (re.test('')) fail(index, spec, 'it matches the empty text');
  if (nestedQuantifier(spec.regex)) {
    fail(index, spec, 'a repeated group contains a repetition (catastrophic backtracking risk)');
  }
  return flags;
}

/** Number of capturing groups in a valid regex source. */
function groupCount(source: string, flags: string): number {
  return (new RegExp(`(?:${source})|`, flags).exec('')?.length ?? 1) - 1;
}

/**
 * Validate every pattern (throwing an Error that names the pattern's index and the
 * problem) and combine them into as few global regexes as possible: one per flag set,
 * plus one for each pattern with backreferences or named groups.
 */
export function compilePatterns(specs: readonly PatternSpec[]): Scanner[] {
  const byFlags = new Map<string, number[]>();
  const own: { index: number; flags: string }[] = [];
  specs.forEach((spec, index) => {
    const flags = validate(spec, index);
    if (NEEDS_OWN_REGEX.test(spec.regex)) own.push({ index, flags });
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), index]);
  });
  const scanners: Scanner[] = [];
  for (const [flags, indexes] of byFlags) {
    let group = 1;
    const parts: string[] = [];
    const alternatives: Scanner['alternatives'] = [];
    for (const index of indexes) {
      const source = specs[index]?.regex ?? '';
      parts.push(`(${source})`);
      alternatives.push({ group, pattern: index });
      group += 1 + groupCount(source, flags);
    }
    scanners.push({ re: new RegExp(parts.join('|'), `${flags}g`), alternatives });
  }
  for (const { index, flags } of own) {
    const source = specs[index]?.regex ?? '';
    scanners.push({
      re: new RegExp(source, `${flags}g`),
      alternatives: [{ group: 0, pattern: index }],
    });
  }
  return scanners;
}
