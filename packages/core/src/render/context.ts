import type { Guideline } from '../guideline/schema.js';
import { FIXED_ANCHORS } from '../guideline/validate-references.js';
import type { Lang } from '../i18n.js';
import type { Labels } from './labels.js';

/** What every chapter builder gets. */
export type BuildContext = {
  g: Guideline;
  l: Labels;
  lang: Lang;
  /** The element id for an anchor, or undefined when it is taken (see `assignIds`). */
  id(kind: AnchorKind, key: string): string | undefined;
  teamName(id: string): string;
};

export type AnchorKind =
  | 'fixed'
  | 'rule'
  | 'situation'
  | 'training'
  | 'section'
  | 'value'
  | 'extra';

const PREFIX: Record<AnchorKind, string> = {
  fixed: 'chapter-',
  rule: 'rule-',
  situation: '',
  training: '',
  section: 'section-',
  value: 'value-',
  extra: 'leidraad-',
};

/**
 * Hand out element ids so none is used twice. Lists may share an id (a rule and a core
 * value both called "respect"); the first claimant in this order keeps the plain id:
 * fixed chapters, rules, situations, training modules, free sections, core values, extras.
 * A later claimant falls back to a prefixed id ("value-respect"), or none.
 */
export function assignIds(g: Guideline): (kind: AnchorKind, key: string) => string | undefined {
  const taken = new Set<string>();
  const given = new Map<string, string | undefined>();
  const claim = (kind: AnchorKind, key: string, plain: string): void => {
    const mapKey = `${kind}:${key}`;
    if (given.has(mapKey)) return;
    let id: string | undefined = plain;
    if (taken.has(id)) id = `${PREFIX[kind]}${plain}`;
    if (taken.has(id)) id = undefined;
    if (id !== undefined) taken.add(id);
    given.set(mapKey, id);
  };
  for (const a of FIXED_ANCHORS) claim('fixed', a, a);
  for (const r of g.rules) claim('rule', r.id, r.id);
  for (const s of g.playbook.situations) claim('situation', s.id, `situation-${s.id}`);
  for (const m of g.training.modules) claim('training', m.id, `training-${m.id}`);
  for (const s of g.sections) claim('section', s.id, s.id);
  for (const v of g.coreValues) claim('value', v.id, v.id);
  claim('extra', 'organisation', 'organisation');
  return (kind, key) => {
    const mapKey = `${kind}:${key}`;
    if (!given.has(mapKey)) claim(kind, key, key);
    return given.get(mapKey);
  };
}
