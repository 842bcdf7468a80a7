import { compileClassifier, loadGuideline } from '@leidraad/core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SOURCE, errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

const MESSAGE = 'Mijn trein is alweer te laat, dit is de derde keer deze week!';

describe.each(DIALECTS)('POST /api/classify (%s)', (dialect) => {
  const t = useTestApp(dialect);
  const classifier = compileClassifier(loadGuideline(BUILTIN_SOURCE));

  it('answers the situation, reply and route: what `leidraad classify --format json` prints', async () => {
    const { session } = await signedIn(t.app, 'webcare-agent');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/classify',
      payload: { text: MESSAGE, channel: 'x', customer: '@reiziger' },
      headers: session.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual(
      JSON.parse(
        JSON.stringify(classifier.classify(MESSAGE, { channel: 'x', customer: '@reiziger' })),
      ),
    );
    expect(body.situation).toBe('complaint');
    expect(body).toMatchObject({
      confidence: expect.any(Number),
      language: 'nl',
      reply: { text: expect.any(String), addressForm: expect.stringMatching(/^(u|jij)$/) },
      route: { team: expect.any(String), dueInMinutes: expect.any(Number) },
    });
  });

  it('refuses an empty message and an unknown channel', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/classify',
      payload: { text: '   ' },
      headers: session.headers,
    });
    expect(empty.json().error).toMatchObject({ code: 'bad_request', field: 'text' });
    const channel = await t.app.inject({
      method: 'POST',
      url: '/api/classify',
      payload: { text: MESSAGE, channel: 'fax' },
      headers: session.headers,
    });
    expect(channel.json().error).toMatchObject({ code: 'bad_request', field: 'channel' });
  });

  it('needs a session or token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/classify',
      payload: { text: MESSAGE },
    });
    expect(errorOf(res)).toEqual({ status: 401, code: 'unauthorized' });
  });
});
