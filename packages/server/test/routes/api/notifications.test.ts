import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../../src/app.js';
import { notify } from '../../../src/commands/notify.js';
import { errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';
import { insertPost, lastEvent, moderationCounts } from '../../helpers/posts.js';

describe.each(DIALECTS)('/api/notifications (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('lists own notifications newest first with the unread count; marks read; 404 for foreign', async () => {
    const author = await signedIn(t.app, 'employee');
    const other = await signedIn(t.app, 'employee');
    const lead = await signedIn(t.app, 'communications-lead');
    const post = await insertPost(t.app, author.user.id);
    const { db } = servicesOf(t.app);
    await db.transaction().execute((trx) =>
      notify(trx, [
        {
          userId: author.user.id,
          kind: 'review',
          postId: post.id,
          data: { decision: 'approve', comment: 'Mooi', reviewer: 'Test' },
        },
      ]),
    );
    await new Promise((r) => setTimeout(r, 5));
    const hidden = await t.app.inject({
      method: 'POST',
      url: `/api/moderation/posts/${post.id}/hide`,
      payload: { reason: 'spam' },
      headers: lead.session.headers,
    });
    expect(hidden.statusCode).toBe(200);

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: author.session.headers,
    });
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.unread).toBe(2);
    expect(body.notifications.map((n: { kind: string }) => n.kind)).toEqual([
      'moderation-hidden',
      'review',
    ]);
    expect(body.notifications[1].data).toEqual({
      decision: 'approve',
      comment: 'Mooi',
      reviewer: 'Test',
    });
    const first = body.notifications[0];
    expect(first).toMatchObject({ postId: post.id, readAt: null, data: { reason: 'spam' } });

    const otherList = await t.app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: other.session.headers,
    });
    expect(otherList.json()).toEqual({ notifications: [], unread: 0 });

    const before = await moderationCounts(t.app);
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
      headers: other.session.headers,
    });
    expect(errorOf(foreign)).toEqual({ status: 404, code: 'not_found' });
    expect(await moderationCounts(t.app)).toEqual(before);

    const read = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
      headers: author.session.headers,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().notification.readAt).toEqual(expect.any(String));
    expect(await lastEvent(t.app)).toMatchObject({
      action: 'notification-read',
      actor_id: author.user.id,
      target_id: first.id,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
      headers: author.session.headers,
    });
    expect(again.json().notification.readAt).toBe(read.json().notification.readAt);

    const all = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: author.session.headers,
    });
    expect(all.json()).toEqual({ marked: 1 });
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/notifications',
      headers: author.session.headers,
    });
    expect(after.json().unread).toBe(0);
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: author.session.headers,
    });
    expect(none.json()).toEqual({ marked: 0 });
  });

  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/notifications' });
    expect(errorOf(res)).toEqual({ status: 401, code: 'unauthorized' });
  });
});
