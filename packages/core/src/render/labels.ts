import data from '../../data/render/labels.json' with { type: 'json' };
import { format, type Lang, type MessageData } from '../i18n.js';

/** Chrome labels of the handbook (headings, table headers), from data/render/labels.json. */
export type Labels = typeof data.nl;

const all: Record<Lang, Labels> = data;

export function labelsFor(lang: Lang): Labels {
  return all[lang];
}

export function fill(template: string, values: MessageData): string {
  return format(template, values);
}

/** "30 minuten", "2 uur", "1 day": the largest whole unit. */
export function duration(l: Labels, minutes: number): string {
  const d = l.duration;
  if (minutes % 1440 === 0) return minutes === 1440 ? d.day : fill(d.days, { n: minutes / 1440 });
  if (minutes % 60 === 0) return minutes === 60 ? d.hour : fill(d.hours, { n: minutes / 60 });
  return minutes === 1 ? d.minute : fill(d.minutes, { n: minutes });
}
