// A second server process deciding reviews: `node --import tsx review-worker.ts URL`.
// Reads one JSON line of requests from stdin after printing "ready", sends them all at
// once through its own app, and prints the status codes as one JSON line.
import { createInterface } from 'node:readline';
import { createApp } from '../../src/app.js';
import { TEST_ARGON2 } from '../helpers/app.js';

type Job = { postId: string; headers: Record<string, string>; body: Record<string, unknown> };

const [url] = process.argv.slice(2);
if (!url) throw new Error('usage: review-worker URL');
const app = await createApp({
  databaseUrl: url,
  argon2: TEST_ARGON2,
  webDist: '/nonexistent',
  versionTtlMs: 0,
  logger: false,
});
try {
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  const [line] = await lines[Symbol.asyncIterator]()
    .next()
    .then((r) => [r.value as string]);
  lines.close();
  const jobs = JSON.parse(line ?? '[]') as Job[];
  const statuses = await Promise.all(
    jobs.map(async (job) => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/posts/${job.postId}/reviews`,
        payload: job.body,
        headers: job.headers,
      });
      return { postId: job.postId, status: res.statusCode, code: res.json().error?.code ?? null };
    }),
  );
  process.stdout.write(`${JSON.stringify(statuses)}\n`);
} finally {
  await app.close();
}
