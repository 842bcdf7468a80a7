/**
 * Similarity of a message to the guideline's example messages: TF-IDF over word keys
 * and character 4-grams of words (which also catch Dutch compounds and inflections),
 * hashed to integers without building strings. Example vectors are built once at compile
 * into a flat inverted index; a message costs one pass over its words and one probe per
 * feature.
 */
import { extract, type Token } from './features.js';

export type ExampleSet = { situation: number; text: string }[];

export type Nearest = { situation: number; example: number; similarity: number };

export type ExampleIndex = {
  readonly examples: ExampleSet;
  /** Best cosine similarity per situation index (0 without examples) and its nearest example. */
  nearest(tokens: readonly Token[], situations: number): Nearest[];
};

const GRAM = 4;

/** Reusable open-addressing table counting feature hashes of one message. */
class Counts {
  keys = new Int32Array(1024);
  counts = new Uint32Array(1024);
  used = new Int32Array(1024);
  size = 0;

  clear(): void {
    for (let i = 0; i < this.size; i++) this.counts[this.used[i] as number] = 0;
    this.size = 0;
  }

  add(h: number): void {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = h & mask;
    while (this.counts[i] !== 0) {
      if (this.keys[i] === h) {
        this.counts[i] = (this.counts[i] as number) + 1;
        return;
      }
      i = (i + 1) & mask;
    }
    this.keys[i] = h;
    this.counts[i] = 1;
    this.used[this.size++] = i;
  }

  private grow(): void {
    const { keys, counts, used, size } = this;
    const n = keys.length * 2;
    this.keys = new Int32Array(n);
    this.counts = new Uint32Array(n);
    this.used = new Int32Array(n);
    this.size = 0;
    for (let k = 0; k < size; k++) {
      const i = used[k] as number;
      const c = counts[i] as number;
      for (let j = 0; j < c; j++) this.add(keys[i] as number);
    }
  }
}

/** Feature hashes of the words: the word itself and its character 4-grams with boundaries. */
function countFeatures(tokens: readonly Token[], into: Counts): void {
  into.clear();
  for (const t of tokens) {
    const key = t.key;
    if (key.length < 2) continue;
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    into.add(h | 1);
    const n = key.length + 2;
    for (let s = 0; s + GRAM <= n; s++) {
      let g = 0x9747b28c;
      for (let k = s; k < s + GRAM; k++) {
        const c = k === 0 || k === n - 1 ? 32 : key.charCodeAt(k - 1);
        g = Math.imul(g ^ c, 0x01000193);
      }
      into.add(g & ~1);
    }
  }
}

export function compileExamples(examples: ExampleSet): ExampleIndex {
  const counts = new Counts();
  const docs = examples.map((e) => {
    countFeatures(extract(e.text).tokens, counts);
    const m = new Map<number, number>();
    for (let k = 0; k < counts.size; k++) {
      const i = counts.used[k] as number;
      m.set(counts.keys[i] as number, counts.counts[i] as number);
    }
    return m;
  });
  const df = new Map<number, number>();
  for (const d of docs) for (const h of d.keys()) df.set(h, (df.get(h) ?? 0) + 1);
  const n = docs.length;
  const idfOf = (h: number) => Math.log((n + 1) / ((df.get(h) ?? 0) + 1)) + 1;
  const unseenIdf = Math.log(n + 1) + 1;
  // Flat inverted index: feature → slot; postings[start[slot] … start[slot + 1]).
  const lists = new Map<number, { doc: number; w: number }[]>();
  docs.forEach((d, doc) => {
    let norm = 0;
    for (const [h, c] of d) norm += ((1 + Math.log(c)) * idfOf(h)) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (const [h, c] of d) {
      const entry = { doc, w: ((1 + Math.log(c)) * idfOf(h)) / norm };
      const list = lists.get(h);
      if (list) list.push(entry);
      else lists.set(h, [entry]);
    }
  });
  const slotOf = new Map<number, number>();
  const idf: number[] = [];
  const start: number[] = [0];
  const postDoc: number[] = [];
  const postW: number[] = [];
  for (const [h, list] of lists) {
    slotOf.set(h, idf.length);
    idf.push(idfOf(h));
    for (const p of list) {
      postDoc.push(p.doc);
      postW.push(p.w);
    }
    start.push(postDoc.length);
  }
  const idfs = Float64Array.from(idf);
  const starts = Int32Array.from(start);
  const docsOf = Int32Array.from(postDoc);
  const weights = Float64Array.from(postW);
  const situationOf = Int32Array.from(examples.map((e) => e.situation));
  const scores = new Float64Array(n);
  const logs = Float64Array.from({ length: 64 }, (_, c) => (c === 0 ? 0 : 1 + Math.log(c)));

  return {
    examples,
    nearest(tokens, situations) {
      const best: Nearest[] = [];
      for (let s = 0; s < situations; s++) best.push({ situation: s, example: -1, similarity: 0 });
      if (n === 0) return best;
      countFeatures(tokens, counts);
      scores.fill(0);
      let norm = 0;
      for (let k = 0; k < counts.size; k++) {
        const i = counts.used[k] as number;
        const c = counts.counts[i] as number;
        const tf = c < 64 ? (logs[c] as number) : 1 + Math.log(c);
        const slot = slotOf.get(counts.keys[i] as number);
        if (slot === undefined) {
          norm += (tf * unseenIdf) ** 2;
          continue;
        }
        const w = tf * (idfs[slot] as number);
        norm += w * w;
        const end = starts[slot + 1] as number;
        for (let p = starts[slot] as number; p < end; p++) {
          const doc = docsOf[p] as number;
          scores[doc] = (scores[doc] as number) + w * (weights[p] as number);
        }
      }
      if (norm === 0) return best;
      norm = Math.sqrt(norm);
      for (let doc = 0; doc < n; doc++) {
        const sim = (scores[doc] as number) / norm;
        const b = best[situationOf[doc] as number];
        if (b && sim > b.similarity) {
          b.similarity = sim;
          b.example = doc;
        }
      }
      return best;
    },
  };
}
