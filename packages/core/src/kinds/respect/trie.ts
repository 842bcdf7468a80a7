/** A character trie over folded words: word beginnings (or, reversed, endings). */
export type TrieNode = { next: Map<number, TrieNode>; mask: number; allow: boolean; word: boolean };

export function trieNode(): TrieNode {
  return { next: new Map(), mask: 0, allow: false, word: false };
}

export function trieInsert(root: TrieNode, key: string, reverse: boolean): TrieNode {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const code = key.charCodeAt(reverse ? key.length - 1 - k : k);
    let next = node.next.get(code);
    if (!next) {
      next = trieNode();
      node.next.set(code, next);
    }
    node = next;
  }
  return node;
}

/**
 * Mask of the longest stem that starts (or, reversed, ends) `word` and is shorter than
 * it; 0 when an allowed beginning is met on the way (kankeronderzoek, klerenkast).
 */
export function trieStem(root: TrieNode, word: string, reverse: boolean, minRest: number): number {
  let node = root;
  let mask = 0;
  const n = word.length;
  for (let k = 0; k < n; k++) {
    const next = node.next.get(word.charCodeAt(reverse ? n - 1 - k : k));
    if (!next) break;
    node = next;
    if (node.allow) return 0;
    if (node.mask !== 0 && n - k - 1 >= minRest) mask = node.mask;
  }
  return mask;
}
