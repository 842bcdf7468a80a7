import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import cliProgress from 'cli-progress';
import { parse as parseCsv } from 'csv-parse';
import { describeFsError, type Io, UsageError } from '../io.js';

/** One record of a batch file, or the reason it could not be read. */
export type BatchRecord =
  | { ok: true; line: number; fields: Record<string, unknown> }
  | { ok: false; line: number; error: string };

export type BatchSource = {
  records: AsyncIterable<BatchRecord>;
  totalBytes: number;
  bytesRead: () => number;
};

export async function openBatch(path: string, display: string): Promise<BatchSource> {
  let totalBytes: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    totalBytes = info.size;
  } catch (e) {
    throw new UsageError(`cannot read ${display}: ${describeFsError(e)}`);
  }
  const lower = path.toLowerCase();
  const kind = lower.endsWith('.csv')
    ? 'csv'
    : lower.endsWith('.jsonl') || lower.endsWith('.ndjson')
      ? 'jsonl'
      : undefined;
  if (!kind)
    throw new UsageError(
      `${display}: --batch reads .jsonl (one JSON object per line) or .csv files`,
    );
  const stream = createReadStream(path);
  let bytes = 0;
  stream.on('data', (chunk) => {
    bytes += chunk.length;
  });
  const records = kind === 'csv' ? csvRecords(stream, display) : jsonlRecords(stream);
  return { records, totalBytes, bytesRead: () => bytes };
}

/** How often (in records) the progress bar is redrawn. */
const REDRAW_EVERY = 200;

/**
 * A batch's progress on stderr: a bar over the file's bytes with the count of records done
 * and their rate, drawn only when stderr is a terminal. Problems with a record go to stderr
 * as `FILE:LINE: problem`, above the bar.
 */
export type BatchProgress = {
  /** Reports a record that could not be used; the run goes on. */
  problem(line: number, problem: string): void;
  /** How many problems were reported. */
  readonly problems: number;
  /** Call after each record done, with how many are done. */
  done(count: number): void;
  /** The bar at its end, then gone. */
  finish(count: number): void;
};

/** `unit` names the records in the bar (posts, messages). */
export function batchProgress(
  io: Io,
  source: BatchSource,
  file: string,
  unit: string,
): BatchProgress {
  const bar = io.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          stream: io.stderr,
          format: ` {bar} {percentage}% | {count} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const total = Math.max(1, source.totalBytes);
  const started = performance.now();
  let count = 0;
  let problems = 0;
  const rate = () => Math.round(count / Math.max((performance.now() - started) / 1000, 0.001));
  bar?.start(total, 0, { count, rate: 0 });
  return {
    get problems() {
      return problems;
    },
    problem(line, problem) {
      problems++;
      // The bar redraws its line in place: take it away, write, and draw it again below.
      bar?.stop();
      io.stderr.write(`${file}:${line}: ${problem}\n`);
      bar?.start(total, source.bytesRead(), { count, rate: rate() });
    },
    done(n) {
      count = n;
      if (bar && n % REDRAW_EVERY === 0) bar.update(source.bytesRead(), { count, rate: rate() });
    },
    finish(n) {
      count = n;
      bar?.update(total, { count, rate: rate() });
      bar?.stop();
    },
  };
}

/**
 * The records of a batch that can be used: each one that could not be read, or that
 * `invalid` finds a problem with, is reported to `progress` and passed over.
 */
export async function* usableRecords(
  source: BatchSource,
  progress: BatchProgress,
  invalid: (fields: Record<string, unknown>) => string | undefined,
): AsyncIterable<{ line: number; fields: Record<string, unknown> }> {
  for await (const record of source.records) {
    const problem = record.ok ? invalid(record.fields) : record.error;
    if (problem !== undefined) progress.problem(record.line, problem);
    else if (record.ok) yield record;
  }
}

/** A record's id: its `id` field, or its line number when it has none. */
export function recordId(fields: Record<string, unknown>, line: number): string {
  const { id } = fields;
  return id === undefined || id === null || id === '' ? String(line) : String(id);
}

async function* jsonlRecords(stream: NodeJS.ReadableStream): AsyncIterable<BatchRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      yield { ok: false, line, error: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { ok: false, line, error: 'expected a JSON object such as {"id": "1", "text": "…"}' };
      continue;
    }
    yield { ok: true, line, fields: value as Record<string, unknown> };
  }
}

async function* csvRecords(
  stream: NodeJS.ReadableStream,
  display: string,
): AsyncIterable<BatchRecord> {
  const skipped: BatchRecord[] = [];
  const parser = parseCsv({
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim().toLowerCase());
      if (!names.includes('text'))
        throw new UsageError(`${display}: the CSV header has no "text" column`);
      return names;
    },
    bom: true,
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    info: true,
  });
  parser.on('skip', (err: Error & { lines?: number }) => {
    skipped.push({ ok: false, line: err.lines ?? 0, error: err.message });
  });
  stream.pipe(parser);
  try {
    for await (const row of parser as AsyncIterable<{
      record: Record<string, unknown>;
      info: { lines: number };
    }>) {
      while (skipped.length) yield skipped.shift() as BatchRecord;
      yield { ok: true, line: row.info.lines, fields: row.record };
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${display}: ${(e as Error).message}`);
  }
  while (skipped.length) yield skipped.shift() as BatchRecord;
}
