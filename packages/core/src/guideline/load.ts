import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { z } from 'zod';
import type { Lang } from '../i18n.js';
import type { CheckKind } from '../kinds/types.js';
import { GuidelineError, type GuidelineProblem, pathToString } from './errors.js';
import { problemMessage, schemaMessage, zodErrorMap } from './messages.js';
import { type Guideline, guidelineSchema } from './schema.js';
import { crossCheck } from './validate-references.js';

export type KindRegistry = Readonly<Record<string, CheckKind<unknown>>>;

type Located = { doc: Document; lines: LineCounter; file: string; lang: Lang };

export type ParseOptions = {
  /** Language of the problem messages (default English, as the command line's docs). */
  lang?: Lang;
};

/**
 * Parse and validate a guideline. Every problem is collected (syntax, schema,
 * kind options, references) and thrown together as one GuidelineError, each
 * located at `file:line:col` with its field path.
 */
export function parseGuideline(
  source: string,
  file: string,
  kinds: KindRegistry,
  options: ParseOptions = {},
): Guideline {
  const lang = options.lang ?? 'en';
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at: Located = { doc, lines, file, lang };
  const error = zodErrorMap(lang);
  const zodOptions = error ? { error } : {};
  if (doc.errors.length > 0) {
    throw new GuidelineError(
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line, col: pos.col, path: '', message: firstLine(e.message) };
      }),
    );
  }
  const parsed = guidelineSchema.safeParse(doc.toJS() ?? {}, zodOptions);
  if (!parsed.success) {
    throw new GuidelineError(sortProblems(parsed.error.issues.map((i) => issueProblem(at, i))));
  }
  const guideline = parsed.data;
  const problems: GuidelineProblem[] = [];
  guideline.rules.forEach((rule, index) => {
    if (!rule.extends) return;
    const kind = kinds[rule.extends];
    if (!kind) {
      const known = Object.keys(kinds).sort().join(', ');
      problems.push(
        locate(
          at,
          ['rules', index, 'extends'],
          problemMessage(lang, { key: 'unknownKind', data: { kind: rule.extends, known } }),
        ),
      );
      return;
    }
    for (const messageId of Object.keys(rule.severities ?? {})) {
      if (!(messageId in kind.messages)) {
        const known = Object.keys(kind.messages).join(', ');
        problems.push(
          locate(
            at,
            ['rules', index, 'severities', messageId],
            problemMessage(lang, {
              key: 'unknownMessageId',
              data: { kind: kind.id, id: messageId, known },
            }),
            true,
          ),
        );
      }
    }
    const options = kind.options.safeParse(rule.options, zodOptions);
    if (!options.success) {
      for (const issue of options.error.issues) {
        problems.push(issueProblem(at, issue, ['rules', index, 'options']));
      }
    } else {
      rule.options = options.data as Record<string, unknown>;
    }
  });
  for (const ref of crossCheck(guideline)) {
    problems.push(locate(at, ref.path, problemMessage(lang, ref.message)));
  }
  if (problems.length > 0) throw new GuidelineError(sortProblems(problems));
  return guideline;
}

function issueProblem(
  at: Located,
  issue: z.core.$ZodIssue,
  prefix: PropertyKey[] = [],
): GuidelineProblem {
  const path = [...prefix, ...issue.path];
  let message = schemaMessage(at.lang, issue.message);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    message = problemMessage(at.lang, { key: 'unknownKey', data: { keys } });
    const first = issue.keys[0];
    if (first !== undefined) return locate(at, [...path, first], message, true);
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = problemMessage(at.lang, { key: 'required', data: { detail: message } });
  }
  return locate(at, path, message);
}

/** Find the node at `path`, or its deepest existing ancestor, and give its position. */
function locate(
  at: Located,
  path: readonly PropertyKey[],
  message: string,
  keyOf = false,
): GuidelineProblem {
  let node: unknown = at.doc.contents;
  let offset = 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      offset = keyNode.range?.[0] ?? offset;
      if (keyOf && key === path[path.length - 1]) break;
      node = pair.value;
      if (pair.value && (pair.value as Node).range && !isMap(pair.value) && !isSeq(pair.value)) {
        offset = (pair.value as Node).range?.[0] ?? offset;
      }
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (node && (node as Node).range && offset === 0) offset = (node as Node).range?.[0] ?? 0;
  const pos = at.lines.linePos(offset);
  return { file: at.file, line: pos.line, col: pos.col, path: pathToString(path), message };
}

function sortProblems(problems: GuidelineProblem[]): GuidelineProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
