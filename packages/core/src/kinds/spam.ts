import cuesEn from '../../data/spam/cues-en.json' with { type: 'json' };
import cuesNl from '../../data/spam/cues-nl.json' with { type: 'json' };
import signalData from '../../data/spam/signals.json' with { type: 'json' };
import { compileCues } from './spam/cues.js';
import { duplicateFinder } from './spam/duplicate.js';
import {
  type Entities,
  entityArrays,
  findEntities,
  HASHTAG,
  LINK,
  lastOf,
  leadingMentions,
  MENTION,
  nthOf,
} from './spam/entities.js';
import { spamOptions } from './spam/options.js';
import { lowerPrints } from './spam/prints.js';
import { scorePromotional } from './spam/promotional.js';
import { findCharRun, findWordRun } from './spam/repetition.js';
import { findShouting } from './spam/shouting.js';
import { compileSignals } from './spam/signals.js';
import { IN_LINK, markWords } from './spam/skip.js';
import { defineKind, type Report } from './types.js';

const percent = (x: number) => Math.round(x * 100);

/** Reports more than `limit` of the entities of `kind` past the first `from` as stuffing. */
function reportStuffing(
  ctx: { report: (r: Report) => void },
  messageId: 'links' | 'mentions',
  e: Entities,
  kind: number,
  total: number,
  from: number,
  limit: number,
): void {
  const count = total - from;
  if (count <= limit) return;
  const first = nthOf(e, kind, from);
  const last = lastOf(e, kind);
  ctx.report({
    messageId,
    start: e.start[first] as number,
    end: e.end[last] as number,
    data: { count, limit },
  });
}

export const spamKind = defineKind({
  id: 'spam',
  description: {
    nl: 'Spam: hashtag-, link- en mentionspam, schreeuwen, herhaling, (bijna) hetzelfde bericht opnieuw plaatsen, en reclame- of oplichtingsspam.',
    en: 'Spam: hashtag, link and mention stuffing, shouting, repetition, near-duplicate posting, and commercial or scam spam.',
  },
  options: spamOptions,
  messages: {
    hashtags: {
      nl: 'Te veel hashtags: {count} (hoogstens {limit}).',
      en: 'Hashtag stuffing: {count} hashtags (at most {limit}).',
    },
    hashtagShare: {
      nl: 'Hashtagspam: {count} van de {words} woorden zijn hashtags ({percent}%, hoogstens {limit}%).',
      en: 'Hashtag stuffing: {count} of {words} words are hashtags ({percent}%, at most {limit}%).',
    },
    links: {
      nl: 'Te veel links: {count} (hoogstens {limit}).',
      en: 'Link stuffing: {count} links (at most {limit}).',
    },
    mentions: {
      nl: 'Te veel vermeldingen: {count} (hoogstens {limit}).',
      en: 'Mention stuffing: {count} mentions (at most {limit}).',
    },
    shouting: {
      nl: 'Schreeuwen: {count} woorden in hoofdletters. Schrijf in gewone letters.',
      en: 'Shouting: {count} words in capitals. Write in normal case.',
    },
    repetition: {
      nl: "Herhaling: '{unit}' {count} keer achter elkaar.",
      en: "Repetition: '{unit}' {count} times in a row.",
    },
    duplicate: {
      nl: 'Dit bericht lijkt sterk op een recent bericht van je ({percent}% gelijk).',
      en: 'This post nearly duplicates one of your recent posts ({percent}% the same).',
    },
    promotional: {
      nl: "Dit lijkt reclame- of oplichtingsspam ('{cue}'; score {score}, grens {limit}).",
      en: "This looks like promotional or scam spam ('{cue}'; score {score}, limit {limit}).",
    },
  },
  compile(o) {
    const on = new Set(o.signals);
    const [hashtags, links, mentions, shouting, repetition, duplicates, promotional] = [
      on.has('hashtags'),
      on.has('links'),
      on.has('mentions'),
      on.has('shouting'),
      on.has('repetition'),
      on.has('duplicate'),
      on.has('promotional'),
    ];
    const cues = compileCues([cuesEn, cuesNl]);
    const signals = compileSignals(signalData);
    const duplicate = duplicateFinder(o);
    // Per-post arrays, reused from post to post (made longer when a post needs it).
    const e = entityArrays();
    let marks: Uint8Array = new Uint8Array(128);
    let prints: Int32Array = new Int32Array(128);

    return (ctx) => {
      const { text, words } = ctx;
      findEntities(text, e);
      marks = markWords(words, e, marks);
      if (repetition || promotional) prints = lowerPrints(text, words, prints);

      if (hashtags && e.hashtags > 0) {
        const start = e.start[nthOf(e, HASHTAG, 0)] as number;
        const end = e.end[lastOf(e, HASHTAG)] as number;
        const count = e.hashtags;
        let plain = 0;
        for (let w = 0; w < words.length; w++) if (marks[w] === 0) plain++;
        const total = plain + count;
        if (count > o.maxHashtags) {
          ctx.report({
            messageId: 'hashtags',
            start,
            end,
            data: { count, limit: o.maxHashtags },
          });
        } else if (count >= o.minHashtagsForShare && count > o.hashtagShare * total) {
          ctx.report({
            messageId: 'hashtagShare',
            start,
            end,
            data: {
              count,
              words: total,
              percent: percent(count / total),
              limit: percent(o.hashtagShare),
            },
          });
        }
      }
      if (links) reportStuffing(ctx, 'links', e, LINK, e.links, 0, o.maxLinks);
      if (mentions && e.mentions > o.maxMentions) {
        const from = leadingMentions(text, e);
        reportStuffing(ctx, 'mentions', e, MENTION, e.mentions, from, o.maxMentions);
      }
      if (shouting) {
        const s = findShouting(text, words, marks, o);
        if (s)
          ctx.report({
            messageId: 'shouting',
            start: s.start,
            end: s.end,
            data: { count: s.words },
          });
      }
      if (repetition) {
        const c = findCharRun(text, o);
        if (c) {
          const plain = c.end - c.start === c.count * c.unit.length;
          ctx.report({
            messageId: 'repetition',
            start: c.start,
            end: c.end,
            data: { unit: c.unit, count: c.count },
            ...(plain ? { fix: { start: c.start, end: c.end, text: c.unit } } : {}),
          });
        }
        const r = findWordRun(text, words, prints, o);
        if (r) {
          ctx.report({
            messageId: 'repetition',
            start: r.start,
            end: r.end,
            data: { unit: r.unit, count: r.count },
          });
        }
      }
      const recent = ctx.input.recent;
      if (duplicates && recent && recent.length > 0) {
        let plain = 0;
        for (let w = 0; w < words.length; w++) if (((marks[w] as number) & IN_LINK) === 0) plain++;
        if (plain >= o.duplicateMinWords) {
          const similarity = duplicate(words, marks, recent);
          if (similarity !== undefined) {
            const first = words[0];
            const last = words[words.length - 1];
            ctx.report({
              messageId: 'duplicate',
              start: first ? first.start : 0,
              end: last ? last.end : text.length,
              data: { percent: percent(similarity) },
            });
          }
        }
      }
      if (promotional) {
        const p = scorePromotional(text, words, marks, prints, e, cues, signals);
        if (p && p.score >= o.promotionalScore) {
          ctx.report({
            messageId: 'promotional',
            start: p.cue.start,
            end: p.cue.end,
            data: {
              cue: text.slice(p.cue.start, p.cue.end),
              score: Math.round(p.score * 10) / 10,
              limit: o.promotionalScore,
            },
          });
        }
      }
    };
  },
});
