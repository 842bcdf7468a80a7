import type { Capability, Phase } from '@leidraad/contract';
import type { Lang, PostKind } from '@leidraad/core';
import type { MessageKey, Translate } from '../i18n/translate.js';

/** The message keys of the kinds of post, for every page that names one. */
export const POST_KIND_LABEL: Record<PostKind, MessageKey> = {
  personal: 'postKind.personal',
  corporate: 'postKind.corporate',
  reply: 'postKind.reply',
};

const CAPABILITY: Record<Capability, MessageKey> = {
  'post-corporate': 'cap.post-corporate',
  'reply-customers': 'cap.reply-customers',
  'share-ambassador': 'cap.share-ambassador',
  approve: 'cap.approve',
  moderate: 'cap.moderate',
  'edit-guideline': 'cap.edit-guideline',
  'manage-users': 'cap.manage-users',
};

const PHASE: Record<Phase, MessageKey> = {
  pioneer: 'phaseId.pioneer',
  growing: 'phaseId.growing',
  mature: 'phaseId.mature',
  integrated: 'phaseId.integrated',
};

/** Capabilities as words, joined with commas. */
export function capabilityList(t: Translate, capabilities: readonly Capability[]): string {
  return capabilities.map((c) => t(CAPABILITY[c])).join(', ');
}

export function phaseLabel(t: Translate, phase: Phase): string {
  return t(PHASE[phase]);
}

export function formatWhen(lang: Lang, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}
