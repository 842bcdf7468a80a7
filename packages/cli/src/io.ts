import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

/** What a command may touch: passed in, so tests run the real CLI in-process. */
export type Io = {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
};

/** Bad usage or unreadable input: exit code 2 with a one-line message. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    const text = decoder.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new UsageError(`${what} is not valid UTF-8 text`);
  }
}

export async function readText(path: string, what = path): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new UsageError(`cannot read ${what}: ${describeFsError(e)}`);
  }
  return decodeUtf8(bytes, what);
}

export async function readStdin(io: Io): Promise<string> {
  if (io.stdin.isTTY) throw new UsageError('no input: pass a FILE, or - and pipe the text in');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return decodeUtf8(Buffer.concat(chunks), 'standard input');
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error).message ?? String(e);
}

export function write(stream: Writable, text: string): void {
  stream.write(text);
}
