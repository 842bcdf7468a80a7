/**
 * The HTTP API under load: the real server (`leidraad serve`, SQLite, info logging) pinned
 * to one core, the load generator pinned to the other, 100 connections, against
 * POST /api/check (bearer token, real ~300-character posts), POST /api/classify and
 * GET /api/health, beside two bare Fastify processes pinned to the same core in the same run:
 * an echo route (the ceiling of the machine) and a route that runs the same check as the
 * server, on the same guideline, one request at a time and nothing else; and beside the check
 * alone, timed in a loop without HTTP (the engine's cost: no server answers faster than
 * 1 / that). Every row and its peer are measured with the same load generator in one run.
 * The load generator is wrk (one thread, a Lua script rotating through the same bodies) when
 * it is installed, autocannon otherwise; it is printed. wrk, written in C, takes far less
 * of its core per request than autocannon, so its rates and latencies are the more accurate:
 * `apt-get install wrk` (or BENCH_API_GENERATOR=autocannon to compare).
 * Besides requests per second and latency, it reports the server's CPU time per request
 * (user + system, from /proc): unlike the rates, that figure holds when other work shares
 * the core, and it warns when other work shared the cores it uses. Before and after the runs
 * it times a busy loop on the server's core and prints how often, and for how long, the core
 * was taken away: on a shared VM those gaps, not the server, set p99.
 * POST /api/check and its bare-Fastify ceiling are measured BENCH_API_ROUNDS times (default 3)
 * and the run with the median rate is shown.
 * Run alone: npx tsx bench/api.ts   (BENCH_API_SECONDS=10; BENCH_API_PROFILE=DIR writes a
 * --cpu-prof of the server there)
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchRow, printRows } from './stats.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'packages', 'cli', 'bin', 'leidraad.js');
const SERVER_CORE = '0';
/** The load generator gets the other core (the same one on a one-core machine). */
const LOAD_CORE = availableParallelism() > 1 ? '1' : '0';
const CONNECTIONS = 100;
/** Seconds of load before each measurement (JIT, caches, connections). */
const WARM_UP_SECONDS = 2;
/** Seconds of the stall probe before and after the runs (see STALL_PROBE). */
const STALL_SECONDS = 5;

/** wrk's path, or undefined for autocannon. */
type Generator = { name: 'wrk'; path: string } | { name: 'autocannon' };

type Load = {
  generator: Generator;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** A JSON file with the request bodies to rotate through (POST only). */
  bodies?: string;
  seconds: number;
  /** The server's process id, for its CPU time (Linux /proc). */
  pid?: number;
};

type Measured = {
  perSecond: number;
  p99: number;
  p50: number;
  non2xx: number;
  errors: number;
  /** CPU time (user + system) of the server per request, µs; 0 where /proc is missing. */
  cpuPerRequest: number;
  /**
   * The most that processes other than the server and the load generator took of either
   * core while measured (0.25 = a quarter of it); 0 where /proc is missing.
   */
  otherWork: number;
};

/** A tiny Fastify app whose POST route echoes a small JSON: the ceiling on this machine. */
const BARE_SERVER = `
import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.post('/echo', async (request) => ({ ok: true, length: request.body.text.length }));
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.argv[1]), host: '127.0.0.1' });
`;

/**
 * A busy loop that reads the clock for `process.argv[1]` seconds and reports every gap
 * between two reads longer than 2 ms: time the process did not run although it wanted to
 * (the hypervisor ran another machine on this core, or another process ran here).
 */
const STALL_PROBE = `
const seconds = Number(process.argv[1]);
const end = performance.now() + seconds * 1000;
let last = performance.now();
const gaps = [];
while (last < end) {
  const now = performance.now();
  if (now - last > 2) gaps.push(now - last);
  last = now;
}
process.stdout.write(JSON.stringify({ seconds, gaps }));
`;

/** Gaps over 2 ms (ms each) in a busy loop of `seconds` on the server's core (STALL_PROBE). */
type Stalls = { seconds: number; gaps: number[] };

function probeStalls(seconds: number): Stalls {
  const out = execFileSync(
    'taskset',
    ['-c', SERVER_CORE, process.execPath, '--input-type=module', '-e', STALL_PROBE, `${seconds}`],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Stalls;
}

/**
 * One line on what the stalls mean for the latencies below: a request in flight while the
 * server's core is taken away waits that long on top, whatever the server does.
 */
function describeStalls(when: string, { seconds, gaps }: Stalls): string {
  const lost = gaps.reduce((sum, gap) => sum + gap, 0);
  const worst = [...gaps].sort((a, b) => b - a).slice(0, 3);
  const over = (ms: number) => gaps.filter((gap) => gap > ms).length;
  const longest = worst.length ? `; longest ${worst.map((g) => g.toFixed(1)).join(', ')} ms` : '';
  return `bench api: the server's core ${when}: taken away ${gaps.length === 1 ? 'once' : `${gaps.length} times`} for over 2 ms in ${seconds} s (${over(5)} over 5 ms, ${over(10)} over 10 ms${longest}), ${((100 * lost) / (seconds * 1000)).toFixed(1)}% of the time; each such gap adds its length to the latency of every request in flight`;
}

/**
 * The core package bundled by esbuild as the server's build bundles it, so that the peers
 * below run the same compiled code as the server (under tsx, every closure would also pay
 * its keep-names helper). Returns the bundle's file URL.
 */
async function bundleCore(): Promise<string> {
  const { build } = await import('esbuild');
  // Inside node_modules/.cache, so that its imports (yaml, zod) resolve as the server's do.
  const outfile = join(root, 'node_modules', '.cache', 'leidraad-bench', 'core.mjs');
  await build({
    entryPoints: [join(root, 'packages', 'core', 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return pathToFileURL(outfile).href;
}

/**
 * A bare Fastify route that runs the server's check (the built-in guideline, as
 * `leidraad serve` publishes it, and the same call as runCheck), one request at a time, and
 * nothing else. Before it listens it times the check alone, in a loop over the bench's posts
 * (the engine's own cost with warm caches): its /health answers that as `checkMicros`.
 * `core` is the URL of the bundled core package (bundleCore).
 */
function bareCheckServer(bodyFile: string, core: string): string {
  const guideline = join(root, 'guidelines', 'nl.yaml');
  return `
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { compileGuideline, KINDS, parseGuideline } from ${JSON.stringify(core)};
const guideline = parseGuideline(readFileSync(${JSON.stringify(guideline)}, 'utf8'), 'leidraad.yaml', KINDS);
const checker = compileGuideline(guideline, KINDS);
const check = (text) => checker.check({ text, as: 'personal' }, { lang: guideline.language });
const texts = JSON.parse(readFileSync(${JSON.stringify(bodyFile)}, 'utf8')).map((b) => JSON.parse(b).text);
let checkMicros = Infinity;
for (let round = 0; round < 8; round++) {
  const started = performance.now();
  for (const text of texts) check(text);
  if (round >= 3) checkMicros = Math.min(checkMicros, ((performance.now() - started) * 1000) / texts.length);
}
const app = Fastify({ logger: false });
app.post('/check', async (request) => check(request.body.text));
app.get('/health', async () => ({ status: 'ok', checkMicros }));
await app.listen({ port: Number(process.argv[1]), host: '127.0.0.1' });
`;
}

/** Real posts joined to about 300 characters each (like a typical post). */
function bodies(count = 500): string[] {
  const posts = realPosts();
  const out: string[] = [];
  let i = 0;
  while (out.length < count && posts.length > 0) {
    let text = '';
    while (text.length < 280) {
      text = text ? `${text} ${posts[i % posts.length]}` : (posts[i % posts.length] ?? '');
      i++;
    }
    out.push(JSON.stringify({ text: text.slice(0, 300) }));
  }
  return out;
}

/** Real posts of at most 300 characters from the eval sets (as bench/check.ts reads them). */
function realPosts(max = 3000): string[] {
  const dir = process.env.LEIDRAAD_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
  const posts: string[] = [];
  for (const set of ['tweets-harmful-nl', 'sentiment-tweets-nl', 'complaints-en', 'offensive-en']) {
    for (const line of readFileSync(join(dir, `${set}.dev.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text: string };
      if (text.length <= 300) posts.push(text);
      if (posts.length >= max) return posts;
    }
  }
  return posts;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer ${url} within 20 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * wrk when /usr/bin/wrk or a `wrk` on PATH exists (unless BENCH_API_GENERATOR=autocannon),
 * autocannon otherwise.
 */
function chooseGenerator(): Generator {
  const wanted = process.env.BENCH_API_GENERATOR;
  if (wanted === 'autocannon') return { name: 'autocannon' };
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    const path = join(dir, 'wrk');
    try {
      accessSync(path, constants.X_OK);
      return { name: 'wrk', path };
    } catch {
      // not here
    }
  }
  if (wanted === 'wrk') throw new Error('BENCH_API_GENERATOR=wrk, but wrk is not installed');
  return { name: 'autocannon' };
}

/** Runs the load generator in a child process pinned to the load core; warm-up first, then measures. */
function load(options: Load): Measured {
  const args = ['-c', LOAD_CORE, process.execPath, '--import', 'tsx', import.meta.filename];
  const run = spawnSync('taskset', [...args, '--load', JSON.stringify(options)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`load generator failed: ${run.stderr}`);
  const measured = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Measured;
  if (measured.non2xx > 0) {
    throw new Error(`${options.method} ${options.url}: ${measured.non2xx} answers were not 2xx`);
  }
  if (measured.errors > 0) {
    process.stderr.write(
      `bench api: ${options.method} ${options.url}: ${measured.errors} errors\n`,
    );
  }
  if (measured.otherWork > 0.1) {
    process.stderr.write(
      `bench api: ${options.method} ${options.url}: other work took ${Math.round(100 * measured.otherWork)}% of a core the bench uses: rates and latencies are low, CPU per request holds\n`,
    );
  }
  return measured;
}

/** Runs of POST /api/check and of its bare-Fastify ceiling (BENCH_API_ROUNDS, default 3). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_API_ROUNDS ?? 3));

/**
 * `load` ROUNDS times, and the run with the median rate. A VM's speed can change from one
 * run to the next (other machines on the host); one run can then land far from the usual.
 */
function loadMedian(options: Load): Measured {
  const runs: Measured[] = [];
  for (let r = 0; r < ROUNDS; r++) runs.push(load(options));
  runs.sort((a, b) => a.perSecond - b.perSecond);
  return runs[Math.floor(runs.length / 2)] as Measured;
}

/** Busy time of each core so far (all processes), µs; empty without /proc. */
function coreBusy(): Map<string, number> {
  const busy = new Map<string, number>();
  try {
    for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
      const m = /^cpu(\d+) (.*)$/.exec(line);
      if (!m?.[1] || !m[2]) continue;
      // user, nice, system and steal (interrupts are left out: the server's own sends raise them).
      const [user, nice, system, , , , , steal] = m[2].trim().split(/\s+/).map(Number);
      busy.set(m[1], ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (steal ?? 0)) * 10_000);
    }
  } catch {
    // not Linux
  }
  return busy;
}

/** CPU time of a process so far (user + system), µs; undefined without /proc. */
function cpuTime(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

/** What one measured run of a load generator gives. */
type Generated = {
  perSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
};

/** The child side: runs the load generator, results as one JSON line on stdout. */
async function runLoad(options: Load): Promise<void> {
  const generate =
    options.generator.name === 'wrk'
      ? wrk(options, options.generator.path)
      : await autocannonRunner(options);
  await generate(WARM_UP_SECONDS);
  const cpuBefore = cpuTime(options.pid);
  const coresBefore = coreBusy();
  const ownBefore = ownCpu();
  const started = performance.now();
  const result = await generate(options.seconds);
  const wall = (performance.now() - started) * 1000;
  const own = ownCpu() - ownBefore;
  const coresAfter = coreBusy();
  const cpuAfter = cpuTime(options.pid);
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? 0 : cpuAfter - cpuBefore;
  const busy = (core: string) => (coresAfter.get(core) ?? 0) - (coresBefore.get(core) ?? 0);
  // The load generator runs alone on its core unless the machine has only one.
  const otherWork =
    coresAfter.size === 0 || cpuBefore === undefined
      ? 0
      : SERVER_CORE === LOAD_CORE
        ? (busy(SERVER_CORE) - cpu - own) / wall
        : Math.max(busy(SERVER_CORE) - cpu, busy(LOAD_CORE) - own) / wall;
  const measured: Measured = {
    perSecond: result.perSecond,
    p99: result.p99,
    p50: result.p50,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuPerRequest: result.total > 0 ? cpu / result.total : 0,
    otherWork: Math.max(0, otherWork),
  };
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}

/** CPU time of this process and of its finished children (wrk), µs. */
function ownCpu(): number {
  const { user, system } = process.cpuUsage();
  let children = 0;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // cutime and cstime, in clock ticks (100 per second on Linux).
    children = (Number(fields[13]) + Number(fields[14])) * 10_000;
  } catch {
    // not Linux
  }
  return user + system + children;
}

/** autocannon's programmatic API, in this process. */
async function autocannonRunner(options: Load): Promise<(seconds: number) => Promise<Generated>> {
  const { default: autocannon } = await import('autocannon');
  const requests = options.bodies
    ? (JSON.parse(readFileSync(options.bodies, 'utf8')) as string[]).map((body) => ({
        method: options.method,
        body,
      }))
    : [{ method: options.method }];
  const headers = {
    ...options.headers,
    ...(options.bodies ? { 'content-type': 'application/json' } : {}),
  };
  const base = { url: options.url, connections: CONNECTIONS, headers, requests };
  return async (seconds) => {
    const result = await autocannon({ ...base, duration: seconds });
    return {
      perSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      total: result.requests.total,
    };
  };
}

/**
 * wrk with one thread and a Lua script that rotates through the same requests (formatted once,
 * at start), parsed from its `--latency` report.
 */
function wrk(options: Load, path: string): (seconds: number) => Promise<Generated> {
  const dir = mkdtempSync(join(tmpdir(), 'leidraad-bench-wrk-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const script = join(dir, 'load.lua');
  const headers = {
    ...options.headers,
    ...(options.bodies ? { 'content-type': 'application/json' } : {}),
  };
  const bodies = options.bodies
    ? (JSON.parse(readFileSync(options.bodies, 'utf8')) as string[])
    : [undefined];
  // A Lua string literal: printable ASCII as is, every other byte as a decimal escape.
  const lua = (value: string) => {
    let out = '"';
    for (const byte of Buffer.from(value, 'utf8')) {
      out +=
        byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c
          ? String.fromCharCode(byte)
          : `\\${String(byte).padStart(3, '0')}`;
    }
    return `${out}"`;
  };
  const headerTable = `{${Object.entries(headers)
    .map(([name, value]) => `[${lua(name)}]=${lua(value)}`)
    .join(', ')}}`;
  writeFileSync(
    script,
    [
      `local method = ${lua(options.method)}`,
      `local headers = ${headerTable}`,
      `local bodies = {${bodies.map((b) => (b === undefined ? 'false' : lua(b))).join(',\n')}}`,
      'local requests = {}',
      // In init, when wrk has set the Host header from the URL.
      'init = function()',
      '  for i, body in ipairs(bodies) do',
      '    requests[i] = wrk.format(method, nil, headers, body or nil)',
      '  end',
      'end',
      'local counter = 0',
      'request = function()',
      '  counter = counter + 1',
      '  return requests[(counter % #requests) + 1]',
      'end',
      '',
    ].join('\n'),
  );
  return async (seconds) => {
    const run = spawnSync(
      path,
      ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, options.url],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}${run.stdout}`);
    return parseWrk(run.stdout);
  };
}

/** Requests/s, p50, p99 (ms), non-2xx answers and socket errors from wrk's `--latency` report. */
export function parseWrk(report: string): Generated {
  const number = (re: RegExp) => Number(re.exec(report)?.[1] ?? Number.NaN);
  const ms = (percent: number) => {
    const m = new RegExp(`^\\s*${percent}(?:\\.0+)?%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(report);
    if (!m?.[1]) throw new Error(`no ${percent}% latency in wrk's report:\n${report}`);
    return Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 }[m[2] ?? 'ms'] ?? 1);
  };
  const perSecond = number(/^Requests\/sec:\s*([\d.]+)/m);
  const total = number(/^\s*(\d+) requests in /m);
  if (!Number.isFinite(perSecond) || !Number.isFinite(total)) {
    throw new Error(`unexpected wrk report:\n${report}`);
  }
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    report,
  );
  const errors = sockets ? sockets.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const non2xx = number(/Non-2xx or 3xx responses:\s*(\d+)/);
  return {
    perSecond,
    p50: ms(50),
    p99: ms(99),
    non2xx: Number.isFinite(non2xx) ? non2xx : 0,
    errors,
    total,
  };
}

export async function bench(): Promise<BenchRow[]> {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
  } catch {
    throw new Error('bench api pins processes to cores with taskset (util-linux): install it');
  }
  execFileSync(process.execPath, [join(root, 'packages', 'cli', 'build.mjs')], { cwd: root });
  execFileSync(process.execPath, [join(root, 'packages', 'server', 'build.mjs')], { cwd: root });
  const seconds = Number(process.env.BENCH_API_SECONDS ?? 10);
  const generator = chooseGenerator();
  console.log(
    `bench api: load generator ${generator.name === 'wrk' ? `wrk (${generator.path}, 1 thread)` : 'autocannon'}, ${CONNECTIONS} connections, ${seconds} s per run; POST /api/check and its ceiling: the median of ${ROUNDS} runs`,
  );
  console.log(describeStalls('before the runs', probeStalls(STALL_SECONDS)));
  const profile = process.env.BENCH_API_PROFILE;
  const dir = mkdtempSync(join(tmpdir(), 'leidraad-bench-api-'));
  const children: ChildProcess[] = [];
  try {
    const bodyFile = join(dir, 'bodies.json');
    writeFileSync(bodyFile, JSON.stringify(bodies()));
    const db = `sqlite:${join(dir, 'bench.db')}`;
    const token = execFileSync(
      process.execPath,
      [bin, 'token', 'create', '--email', 'bench@example.org', '--db', db],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();

    // The ceilings: bare Fastify processes on the same core (taskset execs node: same pid).
    const auth = { authorization: `Bearer ${token}` };
    const bare = await startBare(
      ['--input-type=module', '-e', BARE_SERVER],
      'bare Fastify',
      children,
    );
    const bareCheck = loadMedian({
      url: `${bare.url}/echo`,
      method: 'POST',
      headers: auth,
      bodies: bodyFile,
      seconds,
      generator,
      pid: bare.child.pid,
    });
    const bareHealth = load({
      url: `${bare.url}/health`,
      method: 'GET',
      headers: {},
      seconds,
      generator,
      pid: bare.child.pid,
    });
    await stop(bare.child);
    const sameCheck = await startBare(
      ['--input-type=module', '-e', bareCheckServer(bodyFile, await bundleCore())],
      'bare Fastify + check',
      children,
    );
    const ceilingCheck = load({
      url: `${sameCheck.url}/check`,
      method: 'POST',
      headers: auth,
      bodies: bodyFile,
      seconds,
      generator,
      pid: sameCheck.child.pid,
    });
    const { checkMicros } = (await (await fetch(`${sameCheck.url}/health`)).json()) as {
      checkMicros: number;
    };
    await stop(sameCheck.child);

    // The real server, as `leidraad serve` runs it (info logging to a file).
    const port = await freePort();
    const log = openSync(join(dir, 'server.log'), 'w');
    const nodeArgs = profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [];
    const server = spawn(
      'taskset',
      [
        '-c',
        SERVER_CORE,
        process.execPath,
        ...nodeArgs,
        bin,
        'serve',
        '--port',
        `${port}`,
        '--host',
        '127.0.0.1',
        '--db',
        db,
      ],
      { cwd: dir, stdio: ['ignore', log, log], env: { ...process.env, LOG_LEVEL: 'info' } },
    );
    children.push(server);
    closeSync(log);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/api/health`, server, 'leidraad serve');
    const pid = server.pid;
    const post = (path: string, measure: (options: Load) => Measured = load) =>
      measure({
        url: `${url}${path}`,
        method: 'POST',
        headers: auth,
        bodies: bodyFile,
        seconds,
        generator,
        pid,
      });
    const check = post('/api/check', loadMedian);
    const classify = post('/api/classify');
    const health = load({
      url: `${url}/api/health`,
      method: 'GET',
      headers: {},
      seconds,
      pid,
      generator,
    });
    await stop(server);
    console.log(describeStalls('after the runs', probeStalls(STALL_SECONDS)));

    const ceiling = 'bare Fastify, same core';
    const sameWork = 'bare Fastify + same check';
    const engine = 'check alone, no HTTP';
    return [
      row('POST /api/check', 'req/s', check.perSecond, bareCheck.perSecond, ceiling),
      row('POST /api/check', 'req/s', check.perSecond, ceilingCheck.perSecond, sameWork),
      row('POST /api/check', 'req/s', check.perSecond, 1e6 / checkMicros, engine),
      row('POST /api/check', 'req/s', check.perSecond, 15_000, 'target ≥ 15,000'),
      row('POST /api/check p50', 'ms', check.p50, ceilingCheck.p50, sameWork),
      row('POST /api/check p99', 'ms', check.p99, bareCheck.p99, ceiling),
      row('POST /api/check p99', 'ms', check.p99, ceilingCheck.p99, sameWork),
      row('POST /api/check p99', 'ms', check.p99, 10, 'target ≤ 10 ms'),
      row(
        'POST /api/check CPU/request',
        'µs',
        check.cpuPerRequest,
        bareCheck.cpuPerRequest,
        ceiling,
      ),
      row(
        'POST /api/check CPU/request',
        'µs',
        check.cpuPerRequest,
        ceilingCheck.cpuPerRequest,
        sameWork,
      ),
      row('POST /api/check CPU/request', 'µs', check.cpuPerRequest, checkMicros, engine),
      row('POST /api/classify', 'req/s', classify.perSecond, bareCheck.perSecond, ceiling),
      row('POST /api/classify p50', 'ms', classify.p50, bareCheck.p50, ceiling),
      row('POST /api/classify p99', 'ms', classify.p99, bareCheck.p99, ceiling),
      row(
        'POST /api/classify CPU/request',
        'µs',
        classify.cpuPerRequest,
        bareCheck.cpuPerRequest,
        ceiling,
      ),
      row('GET /api/health', 'req/s', health.perSecond, bareHealth.perSecond, ceiling),
      row('GET /api/health p50', 'ms', health.p50, bareHealth.p50, ceiling),
      row('GET /api/health p99', 'ms', health.p99, bareHealth.p99, ceiling),
      row(
        'GET /api/health CPU/request',
        'µs',
        health.cpuPerRequest,
        bareHealth.cpuPerRequest,
        ceiling,
      ),
    ];
  } finally {
    await Promise.all(children.map(stop));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts a bare Fastify process (node with these arguments and a port) on the server core. */
async function startBare(
  nodeArgs: string[],
  what: string,
  children: ChildProcess[],
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn('taskset', ['-c', SERVER_CORE, process.execPath, ...nodeArgs, `${port}`], {
    cwd: root,
    stdio: 'ignore',
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/health`, child, what);
  return { child, url };
}

function row(name: string, unit: string, ours: number, peer: number, peerName: string): BenchRow {
  return { name: `${name}, ${CONNECTIONS} conn.`, ours, peer, unit, peerName };
}

const loadArg = process.argv.indexOf('--load');
if (loadArg >= 0) {
  await runLoad(JSON.parse(process.argv[loadArg + 1] ?? '{}') as Load);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printRows('HTTP API, server on one core', await bench());
}
