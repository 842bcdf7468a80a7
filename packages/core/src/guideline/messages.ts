import { nl as zodNl } from 'zod/v4/locales';
import messages from '../../data/guideline/messages.json' with { type: 'json' };
import { format, type Lang, type MessageData } from '../i18n.js';

export type ProblemKey = keyof typeof messages;

/** A problem message before it is put in words: a key of data/guideline/messages.json. */
export type ProblemText = { key: ProblemKey; data?: MessageData };

export function problemMessage(lang: Lang, p: ProblemText): string {
  return format(messages[p.key][lang], p.data);
}

/** Schema refinements carry `@key` as their message; this turns it into words. */
export function schemaMessage(lang: Lang, message: string): string {
  if (!message.startsWith('@')) return message;
  const key = message.slice(1);
  return key in messages ? problemMessage(lang, { key: key as ProblemKey }) : message;
}

/** zod's own messages in the asked language (English is zod's default). */
export function zodErrorMap(lang: Lang) {
  return lang === 'nl' ? zodNl().localeError : undefined;
}
