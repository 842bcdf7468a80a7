import { format, type Lang, type MessageData } from '@leidraad/core';
import baseEn from './en.json' with { type: 'json' };
import moderationEn from './moderation.en.json' with { type: 'json' };
import moderationNl from './moderation.nl.json' with { type: 'json' };
import baseNl from './nl.json' with { type: 'json' };
import postsEn from './posts.en.json' with { type: 'json' };
import postsNl from './posts.nl.json' with { type: 'json' };
import trainingEn from './training.en.json' with { type: 'json' };
import trainingNl from './training.nl.json' with { type: 'json' };

/**
 * The UI strings: nl.json/en.json plus one pair of files per feature area (posts and reviews,
 * training and phase, moderation and audit). Every key in Dutch has an English twin (a test
 * checks).
 */
const nl = { ...baseNl, ...postsNl, ...trainingNl, ...moderationNl };
const en = { ...baseEn, ...postsEn, ...trainingEn, ...moderationEn };

export type MessageKey = keyof typeof nl;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { nl, en };
export type Translate = (key: MessageKey, data?: MessageData) => string;

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, data) => format(messages[key] ?? MESSAGES.nl[key] ?? key, data);
}
