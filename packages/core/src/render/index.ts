import type { Guideline } from '../guideline/schema.js';
import type { Lang } from '../i18n.js';
import { buildHandbook } from './handbook.js';
import { toHtml } from './html.js';
import { labelsFor } from './labels.js';
import { toMarkdown } from './markdown.js';

export type { HandbookDocument } from './document.js';
export { inlines, plain, proseParts } from './document.js';
export { buildHandbook } from './handbook.js';

/** The handbook as GitHub-flavoured Markdown, chrome labels in `lang`. */
export function renderMarkdown(guideline: Guideline, lang: Lang): string {
  return toMarkdown(buildHandbook(guideline, lang), labelsFor(lang));
}

/** The handbook as one self-contained HTML page (inline CSS and script, no external requests). */
export function renderHtml(
  guideline: Guideline,
  lang: Lang,
  options: { title?: string } = {},
): string {
  return toHtml(buildHandbook(guideline, lang, options), labelsFor(lang));
}
