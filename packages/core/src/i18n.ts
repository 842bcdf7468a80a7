export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message template in both languages; `{name}` placeholders are filled from data. */
export type Template = { nl: string; en: string };

export type MessageData = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Templates split at their placeholders: text, key, text, key, …, text. */
const split = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = split.get(template);
  if (parts) return parts;
  parts = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(from, m.index), m[1] as string);
    from = m.index + m[0].length;
  }
  parts.push(template.slice(from));
  // messages come from the kinds and the guideline: few, but keep the table bounded
  if (split.size >= 4096) split.clear();
  split.set(template, parts);
  return parts;
}

export function format(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += key in data ? String(data[key]) : `{${key}}`;
    out += parts[i + 1] as string;
  }
  return out;
}
