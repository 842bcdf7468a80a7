import { C } from './categories.js';
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

/** What is true of each sentence and clause, for the cue rules. */
type Facts = {
  sentenceOf: number[];
  any: number[];
  clauseAny: number[];
  group: number[];
  groupSubject: boolean[];
  theySubject: boolean[];
  suppressed: boolean[];
  quoteCounter: boolean;
  question: boolean[];
};

const ARTICLES = new Set([
  'de',
  'het',
  'een',
  'die',
  'deze',
  'alle',
  'the',
  'a',
  'an',
  'those',
  'these',
  'all',
  'al',
]);

function isGroupAt(r: Read, i: number): boolean {
  const m = r.masks[i] as number;
  if ((m & C.group) !== 0) return true;
  return (m & C.groupAdjective) !== 0 && ((r.masks[i + 1] ?? 0) & C.person) !== 0;
}

function facts(r: Read): Facts {
  const n = r.tokens.length;
  const sentences = n === 0 ? 0 : (r.tokens[n - 1]?.sentence ?? 0) + 1;
  const any = new Array<number>(sentences).fill(0);
  const group = new Array<number>(sentences).fill(-1);
  const groupSubject = new Array<boolean>(sentences).fill(false);
  const theySubject = new Array<boolean>(sentences).fill(false);
  const question = new Array<boolean>(sentences).fill(false);
  const clauseAny = new Array<number>((r.clauses[n - 1] ?? 0) + 1).fill(0);
  const sentenceOf = new Array<number>(n);
  let outside = 0;
  let quotedAny = false;
  let lastSentence = -1;
  for (let i = 0; i < n; i++) {
    const t = r.tokens[i];
    const m = r.masks[i] as number;
    if (!t) continue;
    const s = t.sentence;
    sentenceOf[i] = s;
    if (s !== lastSentence) {
      question[s] = (m & C.question) !== 0;
      lastSentence = s;
    }
    any[s] = (any[s] as number) | m;
    const c = r.clauses[i] as number;
    clauseAny[c] = (clauseAny[c] as number) | m;
    if (t.quoted) quotedAny = true;
    else outside |= m;
    const isGroup = isGroupAt(r, i);
    if (isGroup || (m & C.they) !== 0) {
      if (isGroup && group[s] === -1) group[s] = i;
      let p = i - 1;
      if (p >= 0 && ARTICLES.has(r.tokens[p]?.w ?? '')) p--;
      const subject = p < 0 || ((r.masks[p] as number) & C.preposition) === 0;
      if (subject && isGroup) groupSubject[s] = true;
      else if (subject) theySubject[s] = true;
    }
  }
  // counter-speech: what someone says or calls others, rejected, negated or supposed
  const suppressed = any.map(
    (m) => (m & C.report) !== 0 && (m & (C.negator | C.counter | C.conditional)) !== 0,
  );
  const quoteCounter = quotedAny && (outside & (C.report | C.counter)) !== 0;
  return {
    sentenceOf,
    any,
    clauseAny,
    group,
    groupSubject,
    theySubject,
    suppressed,
    quoteCounter,
    question,
  };
}

/** Group token for sentence s: its own, or a neighbour's when s refers to it (ze, they). */
function groupFor(f: Facts, s: number): number {
  const own = f.group[s] ?? -1;
  if (own !== -1) return own;
  if (((f.any[s] ?? 0) & C.they) === 0) return -1;
  const before = f.group[s - 1] ?? -1;
  return before !== -1 ? before : (f.group[s + 1] ?? -1);
}

function direct(r: Read, i: number, on: Switches): Hit['messageId'] | undefined {
  const m = r.masks[i] as number;
  if (on.threats && (m & C.threatPhrase) !== 0) return 'threat';
  if (on.slurs && (m & C.slur) !== 0) return 'slur';
  if (on.slurs && (m & C.ambiguousSlur) !== 0 && slurFramed(r, i)) return 'slur';
  if (on.insults && (m & C.insult) !== 0) return 'insult';
  if (on.profanity && (m & C.profanity) !== 0) return 'profanity';
  if (on.profanity && (m & C.swearDisease) !== 0 && r.tokens[i - 1]?.w === 'de') {
    const before = (r.masks[i - 2] ?? 0) & C.swearBefore;
    const after = (r.masks[i + 1] ?? 0) & C.swearAfter;
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
  const frame =
    ((r.masks[i - 1] ?? 0) | (r.masks[i - 2] ?? 0) | (r.masks[i - 3] ?? 0)) & C.slurFrame;
  if (frame === 0) return false;
  const next = r.tokens[i + 1];
  if (!next || r.clauses[i + 1] !== r.clauses[i]) return true;
  return next.w === 'zoals' || next.w === 'like';
}

/** A negation just before a positive word, or just after it (geen recht, horen hier niet). */
function negatedNear(r: Read, i: number): boolean {
  const to = r.to[i] as number;
  for (let k = Math.max(0, i - 3); k <= to + 2 && k < r.masks.length; k++) {
    if (k === i) continue;
    if (((r.masks[k] as number) & C.negator) !== 0) return true;
  }
  return false;
}

function cue(r: Read, i: number, f: Facts, on: Switches): Hit | undefined {
  const m = r.masks[i] as number;
  const s = f.sentenceOf[i] as number;
  const clause = f.clauseAny[r.clauses[i] as number] ?? 0;
  const sentence = f.any[s] ?? 0;
  const negated = (clause & C.negator) !== 0 && !f.question[s];
  const to = r.to[i] as number;
  const g = groupFor(f, s);
  // a typo counts only beside a group and a cue that are spelled right
  if (r.fuzzy[i] && (g === -1 || r.fuzzy[g])) return undefined;
  const wish = (m & C.threatModal) === 0 || (sentence & C.modal) !== 0;
  if (g !== -1) {
    if (on.threats && (m & (C.threat | C.threatModal)) !== 0 && !negated && wish)
      return { messageId: 'threat', from: i, to, group: g };
    if (!on.hate) return undefined;
    if ((m & C.hateVerb) !== 0 && !negated) return { messageId: 'hate', from: i, to, group: g };
    if ((m & C.negatedPositive) !== 0 && negatedNear(r, i))
      return { messageId: 'hate', from: i, to, group: g };
    const equated = (sentence & C.copula) !== 0 && f.groupSubject[s] === true;
    // the group named in a sentence next to this one, referred to as "ze", "they"
    const referred = (sentence & C.copula) !== 0 && f.theySubject[s] === true;
    const prep = ((r.masks[i - 1] ?? 0) & C.preposition) !== 0;
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
  for (let i = 0; i < r.tokens.length; i++) {
    if (i <= covered) continue;
    const t = r.tokens[i];
    if (!t) continue;
    if (f.suppressed[t.sentence] || (t.quoted && f.quoteCounter)) continue;
    const id = direct(r, i, on);
    let hit: Hit | undefined = id ? { messageId: id, from: i, to: r.to[i] as number } : undefined;
    if (!hit && cueSentence !== t.sentence) {
      hit = cue(r, i, f, on);
      if (hit) cueSentence = t.sentence;
    }
    if (hit) {
      hits.push(hit);
      covered = hit.to;
    }
  }
  return hits;
}
