import type { PieceInfo, WordInfo } from './cache.js';
import { type Lexicon, lookup } from './lexicon.js';
import { segment } from './segment.js';

function phraseId(lex: Lexicon, w: string): number {
  return lex.phraseWords.get(w) ?? -1;
}

/**
 * What a folded word means: `w` as typed (letters repeated three times or more cut to
 * two), `alt` with such runs cut to one. Only a word without `alt` is split into pieces
 * (a cut word's offsets no longer match the text).
 */
export function infoOf(lex: Lexicon, w: string, alt: string | undefined): WordInfo {
  let mask = lookup(lex, w);
  if (mask === 0 && alt !== undefined) mask = lookup(lex, alt);
  let typo = false;
  if (mask === 0 && w.length >= 3) {
    mask = lex.fuzzy.get(w) ?? 0;
    typo = mask !== 0;
  }
  let pieces: PieceInfo[] | undefined;
  if (mask === 0 && w.length >= 6 && alt === undefined) {
    pieces = segment(lex, w)?.map((p) => {
      const piece = w.slice(p.start, p.end);
      return { ...p, w: piece, phrases: lex.phrases.get(piece), id: phraseId(lex, piece) };
    });
  }
  return { w, mask, typo, pieces, phrases: lex.phrases.get(w), id: phraseId(lex, w) };
}
