import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.js';

describe('leidraad audit', () => {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'audit.db')}`;

  it('verifies, exports and detects tampering and cut-off rows', () => {
    const created = cli(['token', 'create', '--email', 'ci@example.nl', '--db', db]);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();

    const ok = cli(['audit', 'verify', '--db', db]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/intact: 2 event\(s\); head seq 2 [0-9a-f]{64}/);

    const exported = cli(['audit', 'export', '--db', db, '--format', 'jsonl']);
    expect(exported.code).toBe(0);
    const events = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.map((e) => [e.seq, e.action])).toEqual([
      [1, 'user-create'],
      [2, 'token-create'],
    ]);
    expect(events[0].prev_hash).toBe('0'.repeat(64));
    expect(exported.stdout).not.toContain(token);

    const csv = cli(['audit', 'export', '--db', db, '--format', 'csv', '-o', 'events.csv'], {
      cwd: dir,
    });
    expect(csv.code).toBe(0);
    const lines = readFileSync(join(dir, 'events.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,at,actor_id,action,target_type,target_id,before_json,after_json,request_id,prev_hash,hash',
    );
    expect(lines).toHaveLength(3);

    const head = cli(['audit', 'head', '--db', db, '-o', 'head.json'], { cwd: dir });
    expect(head.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'head.json'), 'utf8'))).toMatchObject({
      seq: 2,
      hash: events[1].hash,
    });

    // another token: the log grows, the old head still verifies
    expect(cli(['token', 'create', '--email', 'ci@example.nl', '--db', db]).code).toBe(0);
    const grown = cli(['audit', 'verify', '--db', db, '--head', 'head.json'], { cwd: dir });
    expect(grown.code).toBe(0);
    expect(grown.stdout).toContain('3 event(s)');

    // tampering behind the append-only triggers' back
    const file = new SQLite(join(dir, 'audit.db'));
    file.exec('drop trigger audit_events_no_update; drop trigger audit_events_no_delete');
    file
      .prepare('update audit_events set after_json = ? where seq = 2')
      .run('{"name":"something else"}');
    const broken = cli(['audit', 'verify', '--db', db]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN at seq 2: hash does not match/);

    // restore, then cut off the newest rows: only the kept head notices
    file.prepare('update audit_events set after_json = ? where seq = 2').run(events[1].after_json);
    expect(cli(['audit', 'verify', '--db', db]).code).toBe(0);
    file.prepare('delete from audit_events where seq >= 2').run();
    file.close();
    expect(cli(['audit', 'verify', '--db', db]).code).toBe(0);
    const cut = cli(['audit', 'verify', '--db', db, '--head', 'head.json'], { cwd: dir });
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(/BROKEN at seq 2: .*cut off/);
  });

  it('rejects bad usage with exit 2', () => {
    expect(cli(['audit']).code).toBe(2);
    expect(cli(['audit', 'export', '--format', 'xml']).code).toBe(2);
    const dir2 = tempDir();
    writeFileSync(join(dir2, 'head.json'), '{"seq":"x"}');
    const bad = cli(['audit', 'verify', '--db', 'sqlite:a.db', '--head', 'head.json'], {
      cwd: dir2,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('holds no head');
  });
});
