import { fingerprints, wordTable } from '../../text/fingerprint.js';
import { words as tokenize, type Word } from '../../text/words.js';
import { IN_LINK } from './skip.js';
/** A cue lexicon file: groups of phrases with the weight each phrase adds. */
export type CueFile = { groups: { weight: number; phrases: string[] }[] };

type Phrase = { rest: string[]; weight: number; id: number };

/** A hit of the promotional score: a cue phrase or a signal (link, phone number, …). */
export type Hit = { start: number; end: number; weight: number; id: number };

export type CueIndex = {
  /**
   * Pushes the cue phrases among `words` to `out`, leaving out words inside links
   * (`marks`, skip.ts); `prints` are the words' lower-case fingerprints (prints.ts).
   */
  match(words: readonly Word[], marks: Uint8Array, prints: Int32Array, out: Hit[]): void;
};

/**
 * Indexes cue phrases by their first word (tokenised like the post), longest first,
 * so matching costs one map look-up per word whatever the number of cues; a table of
 * their fingerprints passes over most words of a post before that.
 */
export function compileCues(files: readonly CueFile[]): CueIndex {
  const byFirst = new Map<string, Phrase[]>();
  let id = 0;
  for (const file of files) {
    for (const group of file.groups) {
      for (const phrase of group.phrases) {
        const tokens = tokenize(phrase).map((w) => w.lower);
        const first = tokens[0];
        if (first === undefined) continue;
        const list = byFirst.get(first) ?? [];
        list.push({ rest: tokens.slice(1), weight: group.weight, id: id++ });
        byFirst.set(first, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const phrasesOf = wordTable(byFirst);
  const firsts = fingerprints(byFirst.keys());

  return {
    match(words, marks, prints, out) {
      const n = words.length;
      let w = 0;
      while (w < n) {
        const list =
          firsts[prints[w] as number] === 0 || (marks[w] as number) & IN_LINK
            ? undefined
            : phrasesOf.get((words[w] as Word).lower);
        let matched = 0;
        if (list) {
          for (const p of list) {
            if (w + p.rest.length >= n) continue;
            let ok = true;
            for (let k = 0; k < p.rest.length; k++) {
              const next = (words[w + 1 + k] as Word).lower;
              const want = p.rest[k] as string;
              if ((marks[w + 1 + k] as number) & IN_LINK || next !== want) {
                ok = false;
                break;
              }
            }
            if (ok) {
              const last = words[w + p.rest.length] as Word;
              out.push({
                start: (words[w] as Word).start,
                end: last.end,
                weight: p.weight,
                id: p.id,
              });
              matched = p.rest.length + 1;
              break;
            }
          }
        }
        w += matched > 0 ? matched : 1;
      }
    },
  };
}
