import type { Lang } from '@leidraad/core';

/** A timestamp as a date and time in the UI's language; the raw text when it is not a date. */
export function formatWhen(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}
