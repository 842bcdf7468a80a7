import { z } from 'zod';
import labels from '../../data/disclosure/labels.json' with { type: 'json' };
import { compilePhrases } from '../text/phrases.js';
import { foldWords } from '../text/word-fold.js';
import { orgNames } from './disclosure/name-matcher.js';
import { defineKind } from './types.js';

const accepted = compilePhrases(labels.accepted);
const acceptedPrefixes = labels.acceptedHashtagPrefixes;
const weakHashtags = new Set(labels.weakHashtags);

/**
 * `disclosure`: a personal post that names the employer (name, alias, #hashtag or
 * @mention) must state the relationship (Reclamecode Social Media): "ik werk bij …",
 * "mijn werkgever", "advertentie", "betaalde samenwerking", #werkenbij…. A bare
 * #ad/#spon is reported as too weak; no statement at all as missing.
 */
export const disclosureKind = defineKind({
  id: 'disclosure',
  description: {
    nl: 'Een persoonlijk bericht over de werkgever vermeldt de relatie (“ik werk bij …”), zoals de Reclamecode Social Media vraagt.',
    en: 'A personal post about the employer states the relationship (“I work at …”), as the Dutch advertising code requires.',
  },
  options: z.object({}),
  messages: {
    missing: {
      nl: 'Je noemt {org} zonder te vermelden dat je er werkt. Zeg het erbij, bijvoorbeeld: “ik werk bij {org}”.',
      en: 'You mention {org} without saying that you work there. State it, for example: “I work at {org}”.',
    },
    weakLabel: {
      nl: '“{label}” alleen maakt niet duidelijk genoeg dat je bij {org} werkt. Schrijf het uit, bijvoorbeeld: “ik werk bij {org}”.',
      en: '“{label}” alone does not make it clear enough that you work at {org}. Spell it out, for example: “I work at {org}”.',
    },
  },
  compile(_options, context) {
    const org = context.org;
    const names = orgNames(org);
    return (ctx) => {
      if (ctx.input.as !== 'personal' || names.size === 0) return;
      const { text, words } = ctx;
      const folded = foldWords(words, text);
      const hits = names.find(text, words, folded);
      const mention = hits[0];
      if (!mention) return;
      let weak: string | undefined;
      for (let i = 0; i < words.length; i++) {
        const w = folded[i] as string;
        const word = words[i];
        if (word && word.start > 0 && text.charCodeAt(word.start - 1) === 35) {
          for (const prefix of acceptedPrefixes) if (w.startsWith(prefix)) return;
          if (weak === undefined && weakHashtags.has(w)) weak = `#${word.text}`;
        }
        if (accepted.at(folded, i)) return;
      }
      const data = { org: org.name };
      ctx.report(
        weak === undefined
          ? { messageId: 'missing', start: mention.start, end: mention.end, data }
          : {
              messageId: 'weakLabel',
              start: mention.start,
              end: mention.end,
              data: { ...data, label: weak },
            },
      );
    };
  },
});
