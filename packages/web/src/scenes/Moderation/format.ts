import type { Lang } from '@leidraad/core';

/** A timestamp in the UI's language (the raw text when it is not a date). */
export function when(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}

/** The post's moderation history page. */
export const historyPath = (postId: string) =>
  `/moderation/history?post=${encodeURIComponent(postId)}`;

/** The guideline article in the handbook. */
export const articlePath = (article: string) => `/handbook#${encodeURIComponent(article)}`;
