import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, tempDir } from './run-cli.js';

const POST = 'Mail jan.jansen@example.nl of bel 06-12345678. Wat een idioten bij de concurrent!';

/** Starts `leidraad serve` as a real process and waits for its sign-in link. */
function serve(
  cwd: string,
  db: string,
  logLevel = 'warn',
): Promise<{ child: ChildProcess; base: string; signIn: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db],
    {
      cwd,
      env: { ...process.env, LOG_LEVEL: logLevel, NO_COLOR: '1' },
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`serve did not start:\n${out}\n${err}`)),
      20_000,
    );
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const base = /listens on (http:\/\/localhost:\d+)/.exec(out)?.[1];
      const signIn = /(http:\/\/\S+\/welcome#token=[\w-]+)/.exec(out)?.[1];
      if (base && signIn) {
        clearTimeout(timer);
        resolve({
          child,
          base: base.replace('localhost', '127.0.0.1'),
          signIn,
          output: () => out,
        });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}\n${err}`));
    });
  });
}

async function stop(server: Awaited<ReturnType<typeof serve>> | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** The JSON log lines the server has written so far. */
function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Waits (up to 5 s) until the server has logged a line that `is` accepts. */
async function logged(
  server: Awaited<ReturnType<typeof serve>>,
  is: (line: Record<string, unknown>) => boolean,
): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!logLines(server.output()).some(is) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('leidraad serve', () => {
  const cwd = tempDir();
  const db = `sqlite:${join(cwd, 'leidraad.db')}`;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve(cwd, db);
  });
  afterAll(() => stop(server));

  it('prints a one-time sign-in link on first start and answers /api/health', async () => {
    expect(server.signIn).toMatch(/\/welcome#token=[\w-]{43}$/);
    const res = await fetch(`${server.base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });

  it('`token create` gives a bearer token; POST /api/check equals `leidraad check --format json`', async () => {
    const created = cli(['token', 'create', '--email', 'ci@example.nl', '--db', db], { cwd });
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^ldr_[\w-]{43}$/);
    expect(created.stderr).toContain('ci@example.nl');

    const res = await fetch(`${server.base}/api/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: POST, channel: 'x' }),
    });
    expect(res.status).toBe(200);
    const local = cli(['check', '--format', 'json', '--channel', 'x', '-'], { input: POST, cwd });
    expect(local.code).toBe(1);
    expect(await res.json()).toEqual(JSON.parse(local.stdout));
  });

  it('`token create` refuses a bad role and a missing e-mail address (exit 2)', () => {
    expect(
      cli(['token', 'create', '--email', 'x@example.nl', '--role', 'king', '--db', db], { cwd })
        .code,
    ).toBe(2);
    expect(cli(['token', 'create', '--db', db], { cwd }).code).toBe(2);
  });
});

describe('leidraad serve, request log (LOG_LEVEL=info)', () => {
  const cwd = tempDir();
  const db = `sqlite:${join(cwd, 'leidraad.db')}`;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve(cwd, db, 'info');
  });
  afterAll(() => stop(server));

  it('writes one line with the request id for a refused request, none for a good one, and never the token', async () => {
    const token = cli(['token', 'create', '--email', 'log@example.nl', '--db', db], {
      cwd,
    }).stdout.trim();
    const check = (bearer: string) =>
      fetch(`${server.base}/api/check`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: POST }),
      });
    // The log is written asynchronously: the start-up line may come after the sign-in link.
    await logged(server, (line) => String(line.msg).startsWith('Server listening at'));
    const before = logLines(server.output()).length;
    expect((await check(token)).status).toBe(200);
    const wrong = `${token.slice(0, -4)}XXXX`;
    expect((await check(wrong)).status).toBe(401);
    await logged(server, (line) => line.msg === 'request refused');
    const lines = logLines(server.output()).slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request refused', res: { statusCode: 401 } });
    expect(lines[0]?.reqId).toEqual(expect.any(String));
    expect(server.output()).not.toContain(token.slice(4));
    expect(server.output()).not.toContain(wrong.slice(4));
  });
});
