import lexicon from '../../../data/accessibility/hashtag-words.json' with { type: 'json' };

/** What the lexicon knows of one word, per language. */
type Role = 'marker' | 'particle' | 'word';
type WordInfo = { nl?: Role; en?: Role };

const WORDS = new Map<string, WordInfo>();
function add(list: readonly string[], lang: 'nl' | 'en', role: Role): void {
  for (const w of list) {
    const info = WORDS.get(w) ?? {};
    info[lang] ??= role;
    WORDS.set(w, info);
  }
}
add(lexicon.nl.markers, 'nl', 'marker');
add(lexicon.nl.particles, 'nl', 'particle');
add(lexicon.nl.words, 'nl', 'word');
add(lexicon.en.markers, 'en', 'marker');
add(lexicon.en.words, 'en', 'word');
const MIN_PART = 2;

/** A trie over the lexicon, keyed by UTF-16 code unit, so a split allocates no substrings. */
type Node = { next: Map<number, Node>; word: boolean };
const ROOT: Node = { next: new Map(), word: false };
for (const w of WORDS.keys()) {
  let node = ROOT;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map(), word: false };
      node.next.set(c, child);
    }
    node = child;
  }
  node.word = true;
}
/** Dutch diminutive ending, not a word of its own at the end (`feestje`). */
const DIMINUTIVE = 'je';

/** Whole hashtags that are one word, a brand or an acronym. */
export const SINGLE_WORDS: ReadonlySet<string> = new Set(lexicon.single);

export type Split = {
  parts: string[];
  /** Exactly one split with the fewest parts exists. */
  unique: boolean;
  /** The split reads as a phrase of several words rather than one compound. */
  phrase: boolean;
};

/**
 * Split a lower-case hashtag body into lexicon words, fewest parts first. Returns
 * undefined when it does not split completely. A split reads as a phrase when it has
 * only English words (English does not glue words into compounds), only Dutch words with
 * a marker among them (pronoun, article, auxiliary, negation: Dutch does glue words, so
 * `klimaatverandering` stays one word), or three parts or more with a marker or a
 * particle (`samentegencorona`).
 */
export function splitHashtag(body: string): Split | undefined {
  // Hashtags recur from post to post: a split is computed once (the result is shared).
  const known = splits.get(body);
  if (known !== undefined) return known ?? undefined;
  const split = computeSplit(body);
  if (splits.size >= MAX_SPLITS) splits.clear();
  splits.set(body, split ?? null);
  return split;
}

/** Splits already computed (null: does not split), cleared when full. */
const splits = new Map<string, Readonly<Split> | null>();
const MAX_SPLITS = 10_000;

function computeSplit(body: string): Split | undefined {
  const n = body.length;
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const ways = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  ways[0] = 1;
  for (let start = 0; start < n; start++) {
    const prev = best[start] ?? Number.POSITIVE_INFINITY;
    if (prev === Number.POSITIVE_INFINITY) continue;
    let node: Node | undefined = ROOT;
    for (let end = start + 1; end <= n && node; end++) {
      node = node.next.get(body.charCodeAt(end - 1));
      if (!node?.word || end - start < MIN_PART) continue;
      const cand = prev + 1;
      const cur = best[end] ?? Number.POSITIVE_INFINITY;
      if (cand < cur) {
        best[end] = cand;
        ways[end] = ways[start] ?? 0;
        from[end] = start;
      } else if (cand === cur) {
        ways[end] = Math.min(2, (ways[end] ?? 0) + (ways[start] ?? 0));
      }
    }
  }
  if (from[n] === -1 || n === 0) return undefined;
  const parts: string[] = [];
  for (let end = n; end > 0; ) {
    const start = from[end] ?? 0;
    parts.unshift(body.slice(start, end));
    end = start;
  }
  const infos = parts.map((p) => WORDS.get(p) ?? {});
  const allEnglish = infos.every((i) => i.en !== undefined);
  const allDutch = infos.every((i) => i.nl !== undefined);
  const dutchMarker = infos.some((i) => i.nl === 'marker');
  const linked = infos.some((i) => i.nl === 'marker' || i.nl === 'particle' || i.en === 'marker');
  const phrase =
    parts.length >= 2 &&
    parts[parts.length - 1] !== DIMINUTIVE &&
    (allEnglish || (allDutch && dutchMarker) || (parts.length >= 3 && linked));
  return { parts, unique: ways[n] === 1, phrase };
}
