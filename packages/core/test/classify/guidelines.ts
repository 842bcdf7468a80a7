import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileClassifier } from '../../src/classify/index.js';
import type { Guideline, GuidelineInput } from '../../src/guideline/schema.js';
import { guidelineSchema } from '../../src/guideline/schema.js';
import { loadGuideline } from '../../src/index.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

export function source(lang: 'nl' | 'en'): string {
  return readFileSync(join(ROOT, 'guidelines', `${lang}.yaml`), 'utf8');
}

export function defaultGuideline(lang: 'nl' | 'en'): Guideline {
  return loadGuideline(source(lang), `${lang}.yaml`);
}

export const nl = compileClassifier(defaultGuideline('nl'));
export const en = compileClassifier(defaultGuideline('en'));

/** The default guideline with changes applied to a copy of its input. */
export function variant(lang: 'nl' | 'en', change: (g: GuidelineInput) => void): Guideline {
  const g = structuredClone(defaultGuideline(lang)) as GuidelineInput;
  change(g);
  return guidelineSchema.parse(g);
}
