import data from '../../../data/secrets/patterns.json' with { type: 'json' };
import type { Word } from '../../text/words.js';
import { type Claimed, claim, isClaimed } from '../scan/claimed.js';
import { wordFlags } from '../scan/triggers.js';
import type { Emit, SecretMessageId } from './options.js';

type PatternEntry = {
  id: string;
  name: string;
  messageId: string;
  regex: string;
  flags: string;
  group?: number;
  words?: string[];
  prefixes?: string[];
  hints?: string[];
  requires?: string[];
};

type CompiledPattern = {
  id: string;
  name: string;
  messageId: SecretMessageId;
  re: RegExp;
  group: number;
  hints: readonly string[];
  requires: readonly string[];
};

const MESSAGE_IDS: ReadonlySet<string> = new Set([
  'token',
  'privateKey',
  'password',
  'credentialsInUrl',
]);
/** Words shorter than this cannot start with a key prefix worth checking. */
const MIN_KEY_LENGTH = 12;

function compile(p: PatternEntry): CompiledPattern {
  if (!MESSAGE_IDS.has(p.messageId)) throw new Error(`secrets pattern ${p.id}: bad messageId`);
  const flags = p.flags.includes('g') ? p.flags : `${p.flags}g`;
  return {
    id: p.id,
    name: p.name,
    messageId: p.messageId as SecretMessageId,
    re: new RegExp(p.regex, p.group ? `${flags}d` : flags),
    group: p.group ?? 0,
    hints: p.hints ?? [],
    requires: p.requires ?? [],
  };
}

const ENTRIES = data.patterns as PatternEntry[];

/** Every known credential format, compiled once when the module loads. */
const PATTERNS: readonly CompiledPattern[] = ENTRIES.map(compile);

export const PATTERN_IDS: readonly string[] = PATTERNS.map((p) => p.id);

function textMayMatch(text: string, p: CompiledPattern): boolean {
  if (p.hints.length === 0) return false;
  let any = false;
  for (const h of p.hints) {
    if (text.includes(h)) {
      any = true;
      break;
    }
  }
  if (!any) return false;
  for (const r of p.requires) if (!text.includes(r)) return false;
  return true;
}

/** Bit of the word mask that says a keyword of the keyword scan is among the words. */
export const KEYWORD_BIT = 1 << 30;

/**
 * Scanner for the known credential formats not disabled. `mask` looks once at the
 * post's words and says which patterns can match (and, as KEYWORD_BIT, whether one
 * of `keywords` is there); `run` runs those patterns.
 */
export function compilePatterns(disable: readonly string[], keywords: ReadonlySet<string>) {
  const off = new Set(disable);
  const active: CompiledPattern[] = [];
  // Which active patterns a word (exactly, lower case) or a long word's prefix can start.
  const byWord = new Map<string, number>();
  const prefixes: { prefix: string; mask: number }[] = [];
  ENTRIES.forEach((entry, i) => {
    const p = PATTERNS[i];
    if (!p || off.has(p.id)) return;
    const bit = 1 << active.length;
    active.push(p);
    for (const w of entry.words ?? []) byWord.set(w, (byWord.get(w) ?? 0) | bit);
    for (const prefix of entry.prefixes ?? []) prefixes.push({ prefix, mask: bit });
  });
  if (active.length > 30) throw new Error('secrets: too many patterns for the word mask');
  for (const w of keywords) byWord.set(w, (byWord.get(w) ?? 0) | KEYWORD_BIT);
  const flags = wordFlags(byWord);

  function wordMask(tokens: readonly Word[]): number {
    let mask = 0;
    for (const w of tokens) {
      mask |= flags.get(w.lower);
      if (w.text.length >= MIN_KEY_LENGTH) {
        for (const p of prefixes) if (w.text.startsWith(p.prefix)) mask |= p.mask;
      }
    }
    return mask;
  }

  function run(text: string, mask: number, claimed: Claimed, emit: Emit): void {
    for (let i = 0; i < active.length; i++) {
      const p = active[i];
      if (!p || (!(mask & (1 << i)) && !textMayMatch(text, p))) continue;
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
        const span = p.group ? m.indices?.[p.group] : undefined;
        const start = span ? span[0] : m.index;
        const end = span ? span[1] : m.index + m[0].length;
        if (isClaimed(claimed, start, end)) continue;
        claim(claimed, start, end);
        emit(p.messageId, start, end, { name: p.name });
      }
    }
  }

  return { mask: wordMask, run };
}
