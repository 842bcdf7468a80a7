import { z } from 'zod';
import { type Counting, measure, X_LINK_LENGTH } from './limits/count.js';
import { type Entity, findEntities } from './limits/entities.js';
import { defineKind } from './types.js';

const limit = z.number().int().nonnegative().optional();

export const limitsOptions = z.object({
  /** Override the channel's limits for this rule. */
  maxLength: limit,
  maxHashtags: limit,
  maxMentions: limit,
  maxLinks: limit,
  linkLength: limit,
  counting: z.enum(['graphemes', 'x', 'utf16']).optional(),
});

export type LimitsOptions = z.infer<typeof limitsOptions>;

/**
 * `limits`: length, hashtags, mentions and links beyond what the channel allows. Length
 * is counted the way the network counts it (graphemes, X's weighted count or UTF-16 code
 * units), with links at a fixed length where the channel says so. No channel, no findings.
 */
export const limitsKind = defineKind<LimitsOptions>({
  id: 'limits',
  description: {
    nl: 'Lengte, hashtags, vermeldingen en links binnen de grenzen van het kanaal.',
    en: "Length, hashtags, mentions and links within the channel's limits.",
  },
  options: limitsOptions,
  messages: {
    length: {
      nl: 'Dit bericht telt {count} tekens; {channel} staat er {max} toe. Wat na teken {max} komt, valt weg of wordt geweigerd.',
      en: 'This post counts {count} characters; {channel} allows {max}. Anything after character {max} is cut off or refused.',
    },
    hashtags: {
      nl: 'Dit bericht heeft {count} hashtags; gebruik er op {channel} niet meer dan {max}.',
      en: 'This post has {count} hashtags; use no more than {max} on {channel}.',
    },
    mentions: {
      nl: 'Dit bericht noemt {count} accounts; op {channel} zijn dat er hooguit {max}.',
      en: 'This post mentions {count} accounts; {channel} allows at most {max}.',
    },
    links: {
      nl: 'Dit bericht heeft {count} links; gebruik er op {channel} niet meer dan {max}.',
      en: 'This post has {count} links; use no more than {max} on {channel}.',
    },
  },
  compile(options) {
    return (ctx) => {
      const channel = ctx.channel;
      if (!channel) return;
      const maxLength = options.maxLength ?? channel.maxLength;
      const maxHashtags = options.maxHashtags ?? channel.maxHashtags;
      const maxMentions = options.maxMentions ?? channel.maxMentions;
      const maxLinks = options.maxLinks ?? channel.maxLinks;
      const counting: Counting = options.counting ?? channel.counting ?? 'graphemes';
      const linkLength =
        options.linkLength ?? channel.linkLength ?? (counting === 'x' ? X_LINK_LENGTH : undefined);
      if (
        maxLength === undefined &&
        maxHashtags === undefined &&
        maxMentions === undefined &&
        maxLinks === undefined
      ) {
        return;
      }
      const text = ctx.text;
      const entities = findEntities(text, counting === 'x');
      const name = channel.name || channel.id;

      if (maxLength !== undefined) {
        const { count, overAt } = measure(text, counting, entities.links, linkLength, maxLength);
        if (overAt >= 0) {
          ctx.report({
            messageId: 'length',
            start: overAt,
            end: text.length,
            data: { count, max: maxLength, channel: name },
          });
        }
      }
      const over = (messageId: string, list: Entity[], max: number | undefined) => {
        if (max === undefined || list.length <= max) return;
        const first = list[max];
        const last = list[list.length - 1];
        if (!first || !last) return;
        ctx.report({
          messageId,
          start: first.start,
          end: last.end,
          data: { count: list.length, max, channel: name },
        });
      };
      over('hashtags', entities.hashtags, maxHashtags);
      over('mentions', entities.mentions, maxMentions);
      over('links', entities.links, maxLinks);
    };
  },
});
