import { format, type Lang, type MessageData } from '@leidraad/core';
import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

/** Every UI string has a key in nl.json; en.json must have the same keys (a test checks). */
export type MessageKey = keyof typeof nl;

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, data?: MessageData) => string;

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, data) => format(messages[key] ?? MESSAGES.nl[key] ?? key, data);
}
