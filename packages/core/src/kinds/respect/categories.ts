/** Bit flags for what a folded word means to the respect check. */
export const C = {
  profanity: 1,
  insult: 2,
  slur: 4,
  group: 8,
  hateVerb: 16,
  dehumanising: 32,
  attribute: 64,
  threat: 128,
  threatModal: 256,
  negatedPositive: 512,
  negator: 1024,
  counter: 2048,
  report: 4096,
  glue: 8192,
  modal: 16384,
  you: 32768,
  groupAdjective: 65536,
  person: 131072,
  speaker: 262144,
  clauseBreak: 524288,
  conditional: 1048576,
  question: 2097152,
  preposition: 4194304,
  they: 8388608,
  copula: 16777216,
  ambiguousSlur: 33554432,
  slurFrame: 67108864,
  swearDisease: 134217728,
  swearBefore: 268435456,
  swearAfter: 536870912,
  threatPhrase: 1073741824,
} as const;

/** Words reported on sight (unless quoted or referred to in counter-speech). */
export const DIRECT = C.profanity | C.insult | C.slur | C.threatPhrase;
/** Cues that need a protected group (or the reader) to be hate or a threat. */
export const CUE =
  C.hateVerb | C.dehumanising | C.attribute | C.threat | C.threatModal | C.negatedPositive;
/** Bits without which a word is neither a direct hit nor a cue: a post without any is left alone. */
export const TRIGGER = DIRECT | CUE | C.ambiguousSlur | C.swearDisease;
