import type { Guideline } from '../guideline/schema.js';
import type { Lang } from '../i18n.js';
import {
  channelsChapter,
  freeSections,
  maturityChapter,
  trainingChapter,
} from './chapters-growth.js';
import {
  coreValuesChapter,
  organisationChapter,
  scopeChapter,
  termsChapter,
  voiceChapter,
} from './chapters-identity.js';
import { moderationChapter, playbookChapter, responsibilitiesChapter } from './chapters-people.js';
import { copyrightChapter, rulesChapter } from './chapters-rules.js';
import { assignIds, type BuildContext } from './context.js';
import { type HandbookDocument, mapText } from './document.js';
import { labelsFor } from './labels.js';
import { redactor } from './redact.js';

export type HandbookOptions = { title?: string };

/** The guideline as a handbook document, with confidential terms redacted everywhere. */
export function buildHandbook(
  g: Guideline,
  lang: Lang,
  options: HandbookOptions = {},
): HandbookDocument {
  const l = labelsFor(lang);
  const teams = new Map(g.responsibilities.teams.map((t) => [t.id, t.name]));
  const ctx: BuildContext = { g, l, lang, id: assignIds(g), teamName: (id) => teams.get(id) ?? id };
  const doc: HandbookDocument = {
    lang,
    title: options.title ?? g.title,
    subtitle: g.organisation.name,
    chapters: [
      organisationChapter(ctx),
      scopeChapter(ctx),
      coreValuesChapter(ctx),
      voiceChapter(ctx),
      termsChapter(ctx),
      rulesChapter(ctx),
      copyrightChapter(ctx),
      playbookChapter(ctx),
      responsibilitiesChapter(ctx),
      moderationChapter(ctx),
      maturityChapter(ctx),
      trainingChapter(ctx),
      channelsChapter(ctx),
      ...freeSections(ctx),
    ],
  };
  return mapText(doc, redactor(g.terms.confidential, l.redacted));
}
