import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { describeFsError, UsageError } from '../io.js';

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
