import { compilePhrases, type PhraseMatcher, phraseTokens } from '../../text/phrases.js';
import type { NameHit } from '../disclosure/name-matcher.js';

/**
 * Phrases around the organisation's name from a data file: "wij van {org}",
 * "{org} laat weten". Words before `{org}` must match exactly; words after it may
 * contain `*` gaps. Checked only where the name occurs, so the cost is per name hit.
 */
type Template = { phrase: string; before: string[]; after: PhraseMatcher | undefined };

export type TemplateHit = { phrase: string; first: number; last: number };

export type OrgTemplates = {
  match(hit: NameHit, folded: readonly string[], sentence: Uint16Array): TemplateHit | undefined;
};

const ORG = '{org}';

export function compileOrgTemplates(phrases: readonly string[]): OrgTemplates {
  const templates: Template[] = phrases.map((phrase) => {
    const tokens = phraseTokens(phrase);
    const at = tokens.indexOf(ORG);
    if (at < 0) throw new Error(`template without {org}: "${phrase}"`);
    const after = tokens.slice(at + 1);
    return {
      phrase,
      before: tokens.slice(0, at),
      after: after.length > 0 ? compilePhrases([after.join(' ')]) : undefined,
    };
  });
  return {
    match(hit, folded, sentence) {
      const s = sentence[hit.first];
      for (const t of templates) {
        const first = hit.first - t.before.length;
        if (first < 0) continue;
        let ok = true;
        for (let k = 0; k < t.before.length && ok; k++) {
          ok = folded[first + k] === t.before[k] && sentence[first + k] === s;
        }
        if (!ok) continue;
        let last = hit.last;
        if (t.after) {
          const tail = t.after.at(folded, hit.last + 1, sentence);
          if (!tail || sentence[hit.last + 1] !== s) continue;
          last = tail.last;
        }
        return { phrase: t.phrase, first, last };
      }
      return undefined;
    },
  };
}
