export * from './classify/index.js';
export { type Checker, type CheckOptions, compileContext, compileGuideline } from './engine.js';
export * from './findings.js';
export * from './governance/permissions.js';
export * from './governance/quiz.js';
export {
  formatProblem,
  GuidelineError,
  type GuidelineProblem,
} from './guideline/errors.js';
export { type KindRegistry, type ParseOptions, parseGuideline } from './guideline/load.js';
export * from './guideline/schema.js';
export { articleAnchors } from './guideline/validate-references.js';
export * from './i18n.js';
export { KINDS } from './kinds/index.js';
export { type ChannelLength, channelLength } from './kinds/limits/channel-length.js';
export { runKind } from './kinds/run-kind.js';
export * from './kinds/types.js';
export {
  buildHandbook,
  inlines,
  plain,
  proseParts,
  renderHtml,
  renderMarkdown,
} from './render/index.js';
export { offsetToLineCol } from './text/positions.js';

import { compileGuideline } from './engine.js';
import { type ParseOptions, parseGuideline } from './guideline/load.js';
import type { Guideline } from './guideline/schema.js';
import { KINDS } from './kinds/index.js';

/** Parse, validate and compile a guideline source with the built-in kinds. */
export function loadChecker(source: string, file = 'leidraad.yaml', options: ParseOptions = {}) {
  return compileGuideline(parseGuideline(source, file, KINDS, options), KINDS);
}

export function loadGuideline(
  source: string,
  file = 'leidraad.yaml',
  options: ParseOptions = {},
): Guideline {
  return parseGuideline(source, file, KINDS, options);
}
