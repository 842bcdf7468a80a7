import { C, TRIGGER } from './categories.js';
import { type Facts, facts, groupFor, maskAt, wordAt } from './facts.js';
import type { Read } from './words.js';

export type Hit = {
  messageId: 'profanity' | 'insult' | 'slur' | 'hate' | 'threat';
  from: number;
  to: number;
  /** Token index of the group the hate is about, when there is one. */
  group?: number;
};

export type Switches = {
  profanity: boolean;
  insults: boolean;
  slurs: boolean;
  hate: boolean;
  threats: boolean;
};

function direct(r: Read, i: number, on: Switches): Hit['messageId'] | undefined {
  const m = r.masks[i] as number;
  if (on.threats && (m & C.threatPhrase) !== 0) return 'threat';
  if (on.slurs && (m & C.slur) !== 0) return 'slur';
  if (on.slurs && (m & C.ambiguousSlur) !== 0 && slurFramed(r, i)) return 'slur';
  if (on.insults && (m & C.insult) !== 0) return 'insult';
  if (on.profanity && (m & C.profanity) !== 0) return 'profanity';
  if (on.profanity && (m & C.swearDisease) !== 0 && wordAt(r, i - 1) === 'de') {
    const before = maskAt(r, i - 2) & C.swearBefore;
    const after = maskAt(r, i + 1) & C.swearAfter;
    if (before !== 0 || after !== 0) return 'profanity';
  }
  return undefined;
}

/**
 * A word that is a slur only in some uses (nicht, pot) is one when an insulting frame
 * comes just before it (vuile, wat een, ben je een) and no word of its clause follows
 * (een pot koffie), except a comparison (zoals jij).
 */
function slurFramed(r: Read, i: number): boolean {
  const frame = (maskAt(r, i - 1) | maskAt(r, i - 2) | maskAt(r, i - 3)) & C.slurFrame;
  if (frame === 0) return false;
  const next = wordAt(r, i + 1);
  if (next === undefined || r.clauses[i + 1] !== r.clauses[i]) return true;
  return next === 'zoals' || next === 'like';
}

/** A negation just before a positive word, or just after it (geen recht, horen hier niet). */
function negatedNear(r: Read, i: number): boolean {
  const to = r.to[i] as number;
  for (let k = Math.max(0, i - 3); k <= to + 2 && k < r.n; k++) {
    if (k === i) continue;
    if (((r.masks[k] as number) & C.negator) !== 0) return true;
  }
  return false;
}

function cue(r: Read, i: number, f: Facts, on: Switches): Hit | undefined {
  const m = r.masks[i] as number;
  const s = r.sentence[i] as number;
  const clause = f.clauseAny[r.clauses[i] as number] as number;
  const sentence = f.any[s] as number;
  const negated = (clause & C.negator) !== 0 && f.question[s] !== 1;
  const to = r.to[i] as number;
  const g = groupFor(f, s);
  // a typo counts only beside a group and a cue that are spelled right
  if (r.fuzzy[i] === 1 && (g === -1 || r.fuzzy[g] === 1)) return undefined;
  const wish = (m & C.threatModal) === 0 || (sentence & C.modal) !== 0;
  if (g !== -1) {
    if (on.threats && (m & (C.threat | C.threatModal)) !== 0 && !negated && wish)
      return { messageId: 'threat', from: i, to, group: g };
    if (!on.hate) return undefined;
    if ((m & C.hateVerb) !== 0 && !negated) return { messageId: 'hate', from: i, to, group: g };
    if ((m & C.negatedPositive) !== 0 && negatedNear(r, i))
      return { messageId: 'hate', from: i, to, group: g };
    const equated = (sentence & C.copula) !== 0 && f.groupSubject[s] === 1;
    // the group named in a sentence next to this one, referred to as "ze", "they"
    const referred = (sentence & C.copula) !== 0 && f.theySubject[s] === 1;
    const prep = (maskAt(r, i - 1) & C.preposition) !== 0;
    if ((m & (C.dehumanising | C.attribute)) !== 0 && !negated && (equated || referred) && !prep)
      return { messageId: 'hate', from: i, to, group: g };
    return undefined;
  }
  if ((clause & C.you) === 0 || negated) return undefined;
  if (on.threats && (m & (C.threat | C.threatModal)) !== 0 && wish) {
    if ((clause & C.speaker) !== 0 && (clause & C.modal) !== 0)
      return { messageId: 'threat', from: i, to };
  }
  if (on.insults && (m & C.attribute) !== 0 && (clause & C.copula) !== 0)
    return { messageId: 'insult', from: i, to };
  return undefined;
}

/** Find disrespectful words and statements in a read post. */
export function analyse(r: Read, on: Switches): Hit[] {
  const f = facts(r);
  const hits: Hit[] = [];
  let covered = -1;
  let cueSentence = -1;
  for (let i = 0; i < r.n; i++) {
    // a word without these bits is never a finding (nor changes what follows)
    if (i <= covered || ((r.masks[i] as number) & TRIGGER) === 0) continue;
    const sentence = r.sentence[i] as number;
    if (f.suppressed[sentence] === 1 || (r.quoted[i] === 1 && f.quoteCounter)) continue;
    const id = direct(r, i, on);
    let hit: Hit | undefined = id ? { messageId: id, from: i, to: r.to[i] as number } : undefined;
    if (!hit && cueSentence !== sentence) {
      hit = cue(r, i, f, on);
      if (hit) cueSentence = sentence;
    }
    if (hit) {
      hits.push(hit);
      covered = hit.to;
    }
  }
  return hits;
}
