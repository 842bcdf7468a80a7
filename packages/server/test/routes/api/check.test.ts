import { loadChecker } from '@leidraad/core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SOURCE, errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

const POST = 'Mail jan.jansen@example.nl of bel 06-12345678. Wat een idioten bij de concurrent!';

describe.each(DIALECTS)('POST /api/check (%s)', (dialect) => {
  const t = useTestApp(dialect);
  const checker = loadChecker(BUILTIN_SOURCE);

  it('answers exactly what core (and so `leidraad check --format json`) answers', async () => {
    const { session } = await signedIn(t.app, 'employee');
    for (const body of [
      { text: POST },
      { text: POST, channel: 'x', as: 'corporate' as const },
      { text: 'Mooie dag vandaag.', as: 'reply' as const, lang: 'en' as const },
      { text: '' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/check',
        payload: body,
        headers: session.headers,
      });
      expect(res.statusCode).toBe(200);
      const { lang, ...input } = body;
      const expected = checker.check(
        { as: 'personal', ...input },
        { lang: lang ?? checker.guideline.language },
      );
      expect(res.json()).toEqual(expected);
    }
  });

  it('finds what the post contains', async () => {
    const { session } = await signedIn(t.app, 'webcare-agent');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: POST },
      headers: session.headers,
    });
    const rules = (res.json().findings as { rule: string }[]).map((f) => f.rule);
    expect(rules).toContain('personal-data');
    expect(res.json().summary.errors).toBeGreaterThan(0);
  });

  it('checks attached media against the asset register', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const check = async (media: object[]) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/check',
        payload: { text: 'Nieuwe foto van de intercity!', media },
        headers: session.headers,
      });
      expect(res.statusCode).toBe(200);
      return (res.json().findings as { rule: string; messageId: string }[]).filter(
        (f) => f.rule === 'copyright',
      );
    };
    expect(await check([{ src: 'van-internet.jpg' }])).toEqual([
      expect.objectContaining({ messageId: 'unregistered' }),
    ]);
    expect(
      await check([{ src: 'intercity.jpg', asset: 'intercity-utrecht-2026', alt: 'Trein' }]),
    ).toEqual([]);
  });

  it('refuses an unknown channel and a bad post kind with bad_request', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const channel = await t.app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: 'x', channel: 'myspace' },
      headers: session.headers,
    });
    expect(channel.statusCode).toBe(400);
    expect(channel.json().error).toMatchObject({ code: 'bad_request', field: 'channel' });
    const as = await t.app.inject({
      method: 'POST',
      url: '/api/check',
      payload: { text: 'x', as: 'press-release' },
      headers: session.headers,
    });
    expect(as.json().error).toMatchObject({ code: 'bad_request', field: 'as' });
  });

  it('answers each of many requests at once with its own result, also when some fail', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const texts = [
      POST,
      'Mooie dag vandaag.',
      'KOOP NU!!! #deal #deal #deal',
      '',
      'Bel 06-12345678',
    ];
    const bodies = Array.from({ length: 15 }, (_, i) =>
      i % 5 === 3 ? { text: 'x', channel: 'myspace' } : { text: texts[i % texts.length] as string },
    );
    // Sent together, they are read in the same turn of the event loop and checked in one batch.
    const answers = await Promise.all(
      bodies.map((payload) =>
        t.app.inject({ method: 'POST', url: '/api/check', payload, headers: session.headers }),
      ),
    );
    answers.forEach((res, i) => {
      const body = bodies[i] as { text: string; channel?: string };
      if (body.channel !== undefined) {
        expect(res.statusCode).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'bad_request', field: 'channel' });
      } else {
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual(checker.check({ text: body.text, as: 'personal' }));
      }
    });
  });

  it('needs a session or token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/check', payload: { text: 'x' } });
    expect(errorOf(res)).toEqual({ status: 401, code: 'unauthorized' });
  });
});
