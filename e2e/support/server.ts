/** A real `leidraad serve` in a child process, on a free port with its own SQLite file. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'packages', 'cli', 'bin', 'leidraad.js');
const START_TIMEOUT_MS = 30_000;

export type TestServer = {
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  /** The first administrator's one-time sign-in link, on `base`. */
  signInUrl: string;
  /** The server's database (`sqlite:PATH`), for CLI commands such as `audit verify`. */
  db: string;
  stop(): Promise<void>;
};

export async function startServer(): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'leidraad-e2e-'));
  const db = `sqlite:${join(dir, 'leidraad.db')}`;
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.PUBLIC_URL;
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db],
    { cwd: dir, env, stdio: 'pipe' },
  );
  const stop = async () => {
    await terminate(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const { base, signInUrl } = await readStart(child);
    return { base, signInUrl, db, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Reads the address and the sign-in link the CLI prints on start. */
function readStart(child: ChildProcess): Promise<{ base: string; signInUrl: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => fail(new Error(`the server did not start in time:\n${out}\n${err}`)),
      START_TIMEOUT_MS,
    );
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(e);
    };
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code}):\n${out}\n${err}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /listens on http:\/\/[^:\s]+:(\d+)/.exec(out)?.[1];
      const token = /\/welcome#token=([\w-]+)/.exec(out)?.[1];
      if (port === undefined || token === undefined) return;
      clearTimeout(timer);
      const base = `http://127.0.0.1:${port}`;
      resolve({ base, signInUrl: `${base}/welcome#token=${token}` });
    });
  });
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
