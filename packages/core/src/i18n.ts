export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message template in both languages; `{name}` placeholders are filled from data. */
export type Template = { nl: string; en: string };

export type MessageData = Record<string, string | number>;

export function format(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}
