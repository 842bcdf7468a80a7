import { once } from 'node:events';
import { resolve } from 'node:path';
import {
  type Checker,
  type CheckInput,
  type Lang,
  type PostKind,
  SEVERITIES,
} from '@leidraad/core';
import type { Io } from '../io.js';
import { t } from '../messages.js';
import { batchProgress, openBatch, recordId, usableRecords } from './batch-input.js';
import { isPostKind } from './check.js';

type BatchOptions = { file: string; lang: Lang; as: PostKind; channel: string | undefined };

type RuleTally = { posts: number; findings: number; error: number; warning: number; info: number };

const RECENT_PER_AUTHOR = 10;

/**
 * Checks every post of a JSONL or CSV export: one JSON result per post on stdout,
 * bad lines reported on stderr (the run goes on), progress and a per-rule table on stderr.
 */
export async function runBatch(io: Io, checker: Checker, opts: BatchOptions): Promise<number> {
  const source = await openBatch(resolve(io.cwd, opts.file), opts.file);
  const progress = batchProgress(io, source, opts.file, 'posts');
  const tally = new Map<string, RuleTally>();
  const recent = new Map<string, string[]>();
  let posts = 0;
  let flagged = 0;
  const records = usableRecords(source, progress, (fields) => invalidRecord(fields, checker));
  for await (const { line, fields: f } of records) {
    const text = f.text as string;
    const author = typeof f.author === 'string' ? f.author : '';
    const previous = recent.get(author) ?? [];
    const input: CheckInput = {
      text,
      as: isPostKind(f.as) ? f.as : opts.as,
      recent: previous,
      ...(typeof f.channel === 'string' && f.channel
        ? { channel: f.channel }
        : opts.channel
          ? { channel: opts.channel }
          : {}),
      ...(Array.isArray(f.media) ? { media: f.media as CheckInput['media'] } : {}),
    };
    const result = checker.check(input, { lang: opts.lang });
    recent.set(author, [text, ...previous].slice(0, RECENT_PER_AUTHOR));
    posts++;
    if (result.summary.errors > 0) flagged++;
    countFindings(tally, result.findings);
    const id = recordId(f, line);
    if (
      !io.stdout.write(
        `${JSON.stringify({ id, findings: result.findings, summary: result.summary })}\n`,
      )
    ) {
      await once(io.stdout, 'drain');
    }
    progress.done(posts);
  }
  progress.finish(posts);
  io.stderr.write(summaryTable(tally, opts.lang));
  io.stderr.write(`${t(opts.lang, 'batchDone', { posts, flagged, bad: progress.problems })}\n`);
  return flagged > 0 || progress.problems > 0 ? 1 : 0;
}

function invalidRecord(f: Record<string, unknown>, checker: Checker): string | undefined {
  if (typeof f.text !== 'string') return 'missing "text" (a string)';
  if (f.as !== undefined && f.as !== '' && !isPostKind(f.as))
    return `"as" must be personal, corporate or reply (got ${JSON.stringify(f.as)})`;
  if (typeof f.channel === 'string' && f.channel && !checker.channel(f.channel))
    return `unknown channel "${f.channel}"`;
  return undefined;
}

function countFindings(
  tally: Map<string, RuleTally>,
  findings: ReturnType<Checker['check']>['findings'],
): void {
  const seen = new Set<string>();
  for (const f of findings) {
    let row = tally.get(f.rule);
    if (!row) {
      row = { posts: 0, findings: 0, error: 0, warning: 0, info: 0 };
      tally.set(f.rule, row);
    }
    row.findings++;
    row[f.severity]++;
    if (!seen.has(f.rule)) {
      row.posts++;
      seen.add(f.rule);
    }
  }
}

function summaryTable(tally: Map<string, RuleTally>, lang: Lang): string {
  const header = [
    t(lang, 'tableRule'),
    t(lang, 'tablePosts'),
    t(lang, 'tableFindings'),
    ...SEVERITIES,
  ];
  const rows = [...tally.entries()]
    .sort((a, b) => b[1].findings - a[1].findings)
    .map(([rule, r]) => [
      rule,
      String(r.posts),
      String(r.findings),
      String(r.error),
      String(r.warning),
      String(r.info),
    ]);
  if (rows.length === 0) return '';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return `${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
