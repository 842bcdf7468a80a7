/**
 * Seeded generator of confidential-term evasions (case, diacritics, zero-width and bidi
 * characters, look-alikes, spacing, separators, compounds, inflections), alone and layered.
 * Shared by the matcher's property test and `npm run eval` (eval/evasion.ts).
 */

/** Confidential terms of the fictional rail company Spoorland. */
export const SPOORLAND_TERMS = [
  'Project Zeus',
  'Zeus',
  'Spoorbrein',
  'Operatie Noorderlicht',
  'Kompas 2030',
  'Project Kraanvogel',
  'Zilvermeeuw',
  'Treinradar',
  'Perronpas Plus',
  'Q3-omzet',
  'Q4-prognose',
  'Bakker Logistiek',
  'Vervoerregio Amstelland',
  'Railcargo Benelux',
  'Hollander Bouwgroep',
  'Reorganisatie Oost',
  'Tariefplan B',
  'Orion',
  'Hermes',
  'Westtangent',
  'Atlas-dienstregeling',
  'Intercity Next',
  'Groeiplan Noord',
  'Gemeente Veendijk',
  'Stationsvisie 2040',
  'NX-12',
  'Project Meridiaan',
  'Klantcode KX-4471',
  'Prijsindex Plus',
  'Project Valk',
];

/** Ordinary sentences (Dutch and English) the variants are placed in; `{x}` is the term. */
export const CARRIERS = [
  'Morgen bespreken we {x} met het hele team.',
  'Heb je al gehoord over {x}? Echt mooi nieuws.',
  '{x} gaat volgende maand live, spannend!',
  'Vandaag een lange dag gehad met {x} op de agenda',
  'Wie weet meer over {x}… ik hoor geruchten.',
  'Eindelijk duidelijkheid: {x}.',
  '#trots op het werk aan {x} 🚆',
  'Great meeting about {x} today!',
  "Can't say much yet, but {x} is coming soon.",
  'Our team worked all week on {x}, proud of them.',
  'Anyone else following {x}? Big news for commuters',
  'Just presented {x} to the board. Fingers crossed',
];

export type Rng = () => number;

/** Small seeded PRNG (mulberry32). */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** Maps each character of the letters of `s`, keeping separators. */
function mapLetters(s: string, fn: (ch: string) => string): string {
  return Array.from(s, (ch) => (/\p{L}/u.test(ch) ? fn(ch) : ch)).join('');
}

const ACCENTS: Record<string, string[]> = {
  a: ['á', 'ä', 'à', 'â'],
  e: ['é', 'ë', 'è', 'ê'],
  i: ['ï', 'í', 'ì', 'î'],
  o: ['ö', 'ó', 'ò', 'ô'],
  u: ['ü', 'ú', 'ù', 'û'],
  c: ['ç'],
  n: ['ñ'],
};
const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  '\u202A',
  '\u202C',
];
const CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  s: 'ѕ',
  j: 'ј',
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
};
const GREEK: Record<string, string> = {
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  Z: 'Ζ',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  Y: 'Υ',
  X: 'Χ',
  o: 'ο',
  v: 'ν',
  i: 'ι',
};
const LEET: Record<string, string[]> = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7'],
  b: ['8'],
  l: ['1'],
};
const SEPARATORS = [' ', '.', '-', '_', ' . ', '*'.replace('*', ' ')];
const HEADS = ['team', 'project', 'planning', 'overleg', 'deal', 'cijfers', 'update'];
const SUFFIXES = ["'s", "'", 's', 'en', 'je', 'e'];

/** Turns a letter into its mathematical bold / fullwidth form (a common look-alike trick). */
function styled(ch: string, r: Rng): string {
  const cp = ch.codePointAt(0) ?? 0;
  const upper = cp >= 65 && cp <= 90;
  const lower = cp >= 97 && cp <= 122;
  if (!upper && !lower) return ch;
  const kind = Math.floor(r() * 3);
  if (kind === 0) return String.fromCodePoint(cp + 0xfee0); // fullwidth
  const base = kind === 1 ? 0x1d400 : 0x1d5d4; // bold, sans-serif bold
  return String.fromCodePoint(base + (upper ? cp - 65 : 26 + cp - 97));
}

/** The evasions: each turns a term (as written in the list) into a disguised variant. */
export const EVASIONS: Record<string, (term: string, r: Rng) => string> = {
  case: (t, r) =>
    r() < 0.3
      ? t.toUpperCase()
      : mapLetters(t, (ch) => (r() < 0.5 ? ch.toUpperCase() : ch.toLowerCase())),
  diacritics: (t, r) =>
    mapLetters(t, (ch) => {
      const options = ACCENTS[ch.toLowerCase()];
      if (!options || r() < 0.4) return ch;
      const a = pick(r, options);
      return ch === ch.toUpperCase() ? a.toUpperCase() : a;
    }),
  invisible: (t, r) => {
    const chars = Array.from(t);
    const out: string[] = [];
    chars.forEach((ch, i) => {
      out.push(ch);
      if (i < chars.length - 1 && r() < 0.5) out.push(pick(r, INVISIBLE));
    });
    return out.join('');
  },
  homoglyph: (t, r) =>
    mapLetters(t, (ch) => {
      const roll = r();
      if (roll < 0.4) return CYRILLIC[ch] ?? GREEK[ch] ?? ch;
      if (roll < 0.6) return GREEK[ch] ?? CYRILLIC[ch] ?? ch;
      if (roll < 0.75) return styled(ch, r);
      return ch;
    }),
  leet: (t, r) =>
    t
      .split(/([\s\-_.]+)/)
      .map((word) => {
        const letters = Array.from(word);
        const out = letters.map((ch) => {
          const options = LEET[ch.toLowerCase()];
          return options && r() < 0.6 ? pick(r, options) : ch;
        });
        // Leetspeak keeps at least one letter in the word (else it is a number).
        if (letters.some((ch) => /\p{L}/u.test(ch)) && !out.some((ch) => /\p{L}/u.test(ch)))
          out[0] = letters[0] ?? '';
        return out.join('');
      })
      .join(''),
  spaced: (t, r) => {
    const sep = pick(r, SEPARATORS);
    const wordSep = sep === ' ' ? '   ' : pick(r, ['  ', ' ', sep]);
    return t
      .split(/\s+/)
      .map((w) => Array.from(w.replace(/-/g, '')).join(sep))
      .join(wordSep);
  },
  joined: (t, r) => (/[\s-]/.test(t) ? t.replace(/[\s-]+/g, pick(r, ['', '-', '_', ' - '])) : t),
  compound: (t, r) => {
    const head = pick(r, HEADS);
    const roll = r();
    if (roll < 0.4) return `${t}${head}`;
    if (roll < 0.7) return `${t}-${head}`;
    return `${head}${t.charAt(0).toLowerCase()}${t.slice(1)}`;
  },
  inflection: (t, r) => {
    const suffix = pick(r, SUFFIXES);
    if (suffix === 'en' && t.endsWith('s')) return `${t}sen`;
    if (suffix === 'je' && /[aeiou]$/.test(t)) return `${t}tje`;
    return t + suffix;
  },
};

export const EVASION_NAMES = Object.keys(EVASIONS);

/** The order a writer would apply evasions in: wording first, glyphs next, spacing last. */
const ORDER = [
  'case',
  'joined',
  'compound',
  'inflection',
  'leet',
  'diacritics',
  'homoglyph',
  'invisible',
  'spaced',
];

/** Applies the named evasions in a natural order. */
export function evade(term: string, names: readonly string[], r: Rng): string {
  const order = [...names].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return order.reduce((t, name) => EVASIONS[name]?.(t, r) ?? t, term);
}

/** A variant in a carrier sentence, with the span of the variant. */
export type Variant = {
  text: string;
  start: number;
  end: number;
  term: number;
  evasions: string[];
};

export function variants(count: number, seed: number, terms = SPOORLAND_TERMS): Variant[] {
  const r = seeded(seed);
  const out: Variant[] = [];
  for (let n = 0; n < count; n++) {
    const term = Math.floor(r() * terms.length);
    const layers = n % 4 === 0 ? 1 : 2 + Math.floor(r() * 2);
    const names: string[] = [];
    while (names.length < layers) {
      const name = pick(r, EVASION_NAMES);
      if (!names.includes(name)) names.push(name);
    }
    const variant = evade(terms[term] ?? '', names, r);
    const [before, after] = pick(r, CARRIERS).split('{x}');
    const text = `${before}${variant}${after}`;
    out.push({
      text,
      start: (before ?? '').length,
      end: (before ?? '').length + variant.length,
      term,
      evasions: names,
    });
  }
  return out;
}
