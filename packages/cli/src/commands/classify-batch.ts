import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Classifier, Guideline, Lang } from '@leidraad/core';
import { formatSituationTable, type SituationTally } from '../format/classify.js';
import type { Io } from '../io.js';
import { t } from '../messages.js';
import { batchProgress, openBatch, recordId, usableRecords } from './batch-input.js';
import { type Agent, classify } from './classify.js';

type Options = { file: string; lang: Lang; channel: string | undefined; agent: Agent };

/**
 * Classifies every message of a JSONL or CSV export (`{"id","text","channel"?,"customer"?}`
 * per line): one JSON result per message on stdout, bad lines reported on stderr (the run
 * goes on), progress and a table of situations on stderr. Exit 1 when lines were unreadable.
 */
export async function runClassifyBatch(
  io: Io,
  classifier: Classifier,
  guideline: Guideline,
  opts: Options,
): Promise<number> {
  const source = await openBatch(resolve(io.cwd, opts.file), opts.file);
  const progress = batchProgress(io, source, opts.file, 'messages');
  const tally = new Map<string, SituationTally>();
  let messages = 0;
  const records = usableRecords(source, progress, (fields) => invalidRecord(fields, guideline));
  for await (const { line, fields: f } of records) {
    const channel = typeof f.channel === 'string' && f.channel ? f.channel : opts.channel;
    const customer = [f.customer, f.author].find((v) => typeof v === 'string' && v.trim());
    const agent: Agent = { ...opts.agent, ...(typeof customer === 'string' ? { customer } : {}) };
    const result = classify(classifier, f.text as string, channel, agent);
    messages++;
    let row = tally.get(result.situation);
    if (!row) {
      row = { messages: 0, confidence: 0, escalated: 0 };
      tally.set(result.situation, row);
    }
    row.messages++;
    row.confidence += result.confidence;
    if (result.route.escalate) row.escalated++;
    const id = recordId(f, line);
    if (!io.stdout.write(`${JSON.stringify({ id, ...result })}\n`)) await once(io.stdout, 'drain');
    progress.done(messages);
  }
  progress.finish(messages);
  io.stderr.write(formatSituationTable(tally, messages, opts.lang));
  io.stderr.write(`${t(opts.lang, 'classifyDone', { messages, bad: progress.problems })}\n`);
  return progress.problems > 0 ? 1 : 0;
}

function invalidRecord(f: Record<string, unknown>, guideline: Guideline): string | undefined {
  if (typeof f.text !== 'string') return 'missing "text" (a string)';
  if (!f.text.trim()) return '"text" is empty';
  if (typeof f.channel === 'string' && f.channel && !Object.hasOwn(guideline.channels, f.channel))
    return `unknown channel "${f.channel}"`;
  if (f.channel !== undefined && f.channel !== null && typeof f.channel !== 'string')
    return '"channel" must be a string';
  return undefined;
}
