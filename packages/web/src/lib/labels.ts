import type { Capability, Phase } from '@leidraad/contract';
import type { PostKind } from '@leidraad/core';
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
