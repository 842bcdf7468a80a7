import { C, CUE, DIRECT } from './categories.js';
import type { Lexicon, Piece } from './lexicon.js';

const MEANINGFUL = DIRECT | CUE | C.group;
const MAX = 60;
const INF = 1000;
const best = new Int32Array(MAX + 1);
const from = new Int32Array(MAX + 1);
const maskAt = new Int32Array(MAX + 1);

/**
 * Split a word that people typed without spaces ("ikhaatmoslims", "eenteef") into
 * known words, fewest pieces first. Only accepted when every piece is known, one of
 * them (four letters or more) is a cue, slur or group, and there are two or more.
 */
export function segment(lex: Lexicon, word: string): Piece[] | undefined {
  const n = word.length;
  if (n > MAX) return undefined;
  best.fill(INF, 0, n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const cost = best[i] as number;
    if (cost === INF) continue;
    let node = lex.pieces;
    for (let j = i; j < n; j++) {
      const next = node.next.get(word.charCodeAt(j));
      if (!next) break;
      node = next;
      if (node.word && j + 1 - i >= 2 && cost + 1 < (best[j + 1] as number)) {
        best[j + 1] = cost + 1;
        from[j + 1] = i;
        maskAt[j + 1] = node.mask;
      }
    }
  }
  if ((best[n] as number) < 2 || best[n] === INF) return undefined;
  const lastStart = from[n] as number;
  if (lex.endings.has(word.slice(lastStart))) return undefined;
  const pieces: Piece[] = [];
  let meaningful = false;
  for (let end = n; end > 0; end = from[end] as number) {
    const start = from[end] as number;
    const mask = maskAt[end] as number;
    if ((mask & MEANINGFUL) !== 0 && end - start >= 4) meaningful = true;
    pieces.push({ start, end, mask });
  }
  return meaningful ? pieces.reverse() : undefined;
}
