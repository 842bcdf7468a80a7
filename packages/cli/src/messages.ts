import { format, type Lang, type MessageData } from '@leidraad/core';
import messages from './messages.json' with { type: 'json' };

type Key = Exclude<keyof typeof messages, 'severity'>;

export function t(lang: Lang, key: Key, data?: MessageData): string {
  return format(messages[key][lang], data);
}

export function severityLabel(lang: Lang, severity: 'error' | 'warning' | 'info'): string {
  return messages.severity[severity][lang];
}
