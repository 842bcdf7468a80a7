import { z } from 'zod';
import lexicon from '../../data/first-person/words.json' with { type: 'json' };
import { fingerprints } from '../text/fingerprint.js';
import { compilePhrases } from '../text/phrases.js';
import { segments } from '../text/segments.js';
import { foldedPrints, foldWords } from '../text/word-fold.js';
import type { Word } from '../text/words.js';
import { orgNames } from './disclosure/name-matcher.js';
import { compileOrgTemplates } from './first-person/org-templates.js';
import { defineKind, type RunContext } from './types.js';

const singular = new Set(lexicon.singular);
const plural = new Set(lexicon.plural);
/** Fingerprints of the singular and plural pronouns: other words need no look-up. */
const pronouns = fingerprints([...singular, ...plural]);
const possessivePlural = new Set(['ons', 'onze', 'our']);
const companyNouns = new Set(lexicon.companyNouns);
const spokesperson = compilePhrases(lexicon.spokesperson);
const speakingFor = compileOrgTemplates(lexicon.speakingFor);
const orgStatements = compileOrgTemplates(lexicon.orgStatements);
/** A disclaimer ("ik spreek niet namens …", "not on behalf of …") is the opposite of a finding. */
const negators = new Set(['niet', 'geen', 'nooit', 'not', 'never', 'no']);

function wordAt(words: readonly Word[], i: number): Word {
  return words[i] as Word;
}

function negated(folded: readonly string[], first: number): boolean {
  for (let k = Math.max(0, first - 2); k < first; k++) {
    const w = folded[k] as string;
    if (negators.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

/** Words `a` and `b` are in one sentence (segments keeps the post's sentences). */
function sameSentence(text: string, words: readonly Word[], a: number, b: number): boolean {
  const sentence = segments(text, words).sentence;
  return sentence[a] === sentence[b];
}

/** A finding of the phrase from `start` to `end`, which speaks for the organisation. */
function reportPhrase(
  ctx: RunContext,
  org: string,
  messageId: string,
  start: number,
  end: number,
): void {
  ctx.report({ messageId, start, end, data: { phrase: ctx.text.slice(start, end), org } });
}

/**
 * `first-person`: personal and ambassador posts speak in the first person and not
 * for the company: "wij van {org}", "namens {org}", "{org} vindt", "als woordvoerder",
 * or company "we/onze klanten" without any "ik/mijn/me".
 */
export const firstPersonKind = defineKind({
  id: 'first-person',
  description: {
    nl: 'Persoonlijke en ambassadeursberichten zijn in de ik-vorm en spreken niet namens de organisatie.',
    en: 'Personal and ambassador posts are written in the first person and do not speak for the organisation.',
  },
  options: z.object({
    /**
     * When a "we" without any "ik" counts: `company` only when the post is about the
     * organisation (its name, or "onze klanten/producten"); `always` for every such post.
     */
    plural: z.enum(['company', 'always']).default('company'),
  }),
  messages: {
    speaksForOrg: {
      nl: '“{phrase}”: in een persoonlijk bericht spreek je niet namens {org}. Schrijf in de ik-vorm wat jij vindt.',
      en: '“{phrase}”: a personal post does not speak on behalf of {org}. Write in the first person about your own view.',
    },
    orgStatement: {
      nl: '“{phrase}”: laat {org} niet via je eigen account aan het woord; verwijs naar het officiële kanaal of schrijf wat jij vindt.',
      en: '“{phrase}”: do not speak as {org} from your own account; link to the official channel or say what you think.',
    },
    noFirstPerson: {
      nl: '“{word}” zonder “ik”: dit persoonlijke bericht spreekt voor het bedrijf. Schrijf in de ik-vorm.',
      en: '“{word}” without “I”: this personal post speaks for the company. Write in the first person.',
    },
  },
  compile(options, context) {
    const org = context.org;
    const names = orgNames(org);
    const always = options.plural === 'always';
    return (ctx: RunContext) => {
      if (ctx.input.as !== 'personal') return;
      const { text, words } = ctx;
      const folded = foldWords(words, text);
      // Sentence numbers are asked for only where a hit needs them (segments keeps the post's).
      let reported = false;
      const orgHits = names.size > 0 ? names.find(text, words, folded) : [];
      for (const hit of orgHits) {
        const sentence = segments(text, words).sentence;
        const own = speakingFor.match(hit, folded, sentence);
        if (own && !negated(folded, own.first)) {
          reportPhrase(
            ctx,
            org.name,
            'speaksForOrg',
            wordAt(words, own.first).start,
            wordAt(words, own.last).end,
          );
          reported = true;
          continue;
        }
        const said = orgStatements.match(hit, folded, sentence);
        if (said && !negated(folded, said.first)) {
          reportPhrase(ctx, org.name, 'orgStatement', hit.start, wordAt(words, said.last).end);
          reported = true;
        }
      }
      const prints = foldedPrints(words, text, folded);
      for (const hit of spokesperson.find(folded, undefined, prints)) {
        const s = segments(text, words).sentence;
        if (s[hit.first] !== s[hit.last] || negated(folded, hit.first)) continue;
        reportPhrase(
          ctx,
          org.name,
          'speaksForOrg',
          wordAt(words, hit.first).start,
          wordAt(words, hit.last).end,
        );
        reported = true;
      }
      if (reported) return;

      let firstPlural = -1;
      let companyTalk = always || orgHits.length > 0;
      for (let i = 0; i < folded.length; i++) {
        if (pronouns[prints[i] as number] === 0) continue;
        const w = folded[i] as string;
        if (singular.has(w)) return;
        if (!plural.has(w)) continue;
        if (firstPlural < 0) firstPlural = i;
        if (!companyTalk && possessivePlural.has(w)) {
          companyTalk =
            companyNouns.has(folded[i + 1] ?? '') ||
            (companyNouns.has(folded[i + 2] ?? '') && sameSentence(text, words, i, i + 2));
        }
      }
      if (firstPlural >= 0 && companyTalk) {
        const w = wordAt(words, firstPlural);
        ctx.report({
          messageId: 'noFirstPerson',
          start: w.start,
          end: w.end,
          data: { word: w.text },
        });
      }
    };
  },
});
