import { describe, expect, it } from 'vitest';
import { errorOf, signedIn, useTestApp } from '../../helpers/app.js';
import { DIALECTS } from '../../helpers/databases.js';

describe.each(DIALECTS)('/api/users and /api/teams (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('invites a user into a team; the invite link signs in once and asks for a password', async () => {
    const { session } = await signedIn(t.app, 'administrator');
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      payload: { name: `Webcare ${dialect}` },
      headers: session.headers,
    });
    expect(team.statusCode).toBe(201);
    const teamId = team.json().team.id as string;
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'Nieuw@Example.nl',
        name: 'Nieuwe Collega',
        role: 'webcare-agent',
        teamIds: [teamId],
      },
      headers: session.headers,
    });
    expect(invite.statusCode).toBe(201);
    const { user, inviteUrl } = invite.json();
    expect(user).toMatchObject({
      email: 'nieuw@example.nl',
      role: 'webcare-agent',
      teams: [{ id: teamId, name: `Webcare ${dialect}` }],
    });
    expect(inviteUrl).toMatch(/^http:\/\/localhost(:\d+)?\/welcome#token=[\w-]+$/);
    const token = inviteUrl.split('#token=')[1];
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/one-time',
      payload: { token },
    });
    expect(signIn.json()).toMatchObject({ user: { id: user.id }, mustSetPassword: true });
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'nieuw@example.nl', name: 'Dubbel', role: 'employee' },
      headers: session.headers,
    });
    expect(twice.json().error).toMatchObject({ code: 'conflict', field: 'email' });
    expect(twice.statusCode).toBe(409);
  });

  it('lists users for administrators and communications leads, not for employees', async () => {
    const lead = await signedIn(t.app, 'communications-lead');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: lead.session.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().users.map((u: { id: string }) => u.id)).toContain(lead.user.id);
    expect(JSON.stringify(list.json())).not.toMatch(/password|hash/i);
    const employee = await signedIn(t.app, 'employee');
    const denied = await t.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: employee.session.headers,
    });
    expect(errorOf(denied)).toEqual({ status: 403, code: 'forbidden' });
  });

  it('only administrators change users and create teams', async () => {
    const admin = await signedIn(t.app, 'administrator');
    const lead = await signedIn(t.app, 'communications-lead');
    const target = await signedIn(t.app, 'employee');
    const byLead = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${target.user.id}`,
      payload: { role: 'administrator' },
      headers: lead.session.headers,
    });
    expect(errorOf(byLead)).toEqual({ status: 403, code: 'forbidden' });
    const team = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      payload: { name: 'Niet van mij' },
      headers: target.session.headers,
    });
    expect(errorOf(team)).toEqual({ status: 403, code: 'forbidden' });
    const byAdmin = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${target.user.id}`,
      payload: { role: 'webcare-agent', name: 'Hernoemd' },
      headers: admin.session.headers,
    });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json().user).toMatchObject({ role: 'webcare-agent', name: 'Hernoemd' });
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/does-not-exist',
      payload: { name: 'x' },
      headers: admin.session.headers,
    });
    expect(errorOf(missing)).toEqual({ status: 404, code: 'not_found' });
    const badTeam = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${target.user.id}`,
      payload: { teamIds: ['no-such-team'] },
      headers: admin.session.headers,
    });
    expect(badTeam.json().error).toMatchObject({ code: 'bad_request', field: 'teamIds[0]' });
  });

  it('lists teams for everyone signed in', async () => {
    const { session } = await signedIn(t.app, 'employee');
    const res = await t.app.inject({ method: 'GET', url: '/api/teams', headers: session.headers });
    expect(res.statusCode).toBe(200);
    expect(Array.isArray(res.json().teams)).toBe(true);
  });
});
