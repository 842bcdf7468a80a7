import { describe, expect, it } from 'vitest';
import { runKind } from '../../src/kinds/run-kind.js';
import { PATTERN_IDS } from '../../src/kinds/secrets/patterns.js';
import { secretsKind } from '../../src/kinds/secrets.js';

type Case = { name: string; text: string; lang?: 'nl' | 'en'; options?: Record<string, unknown> };
type Expected = { messageId: string; part: string };
type Invalid = Case & { errors: Expected[] };

const run = (c: Case) => runKind(secretsKind, c.options ?? {}, c.text, { lang: c.lang ?? 'nl' });

const at = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
};

// Well-known documentation/test values, assembled so that no scanner mistakes this file for a leak.
const awsKey = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
const ghToken = ['ghp', '_', 'a'.repeat(10), 'B1c2D3e4F5g6H7i8J9k0L1m2N3o4P5']
  .join('')
  .slice(0, 40);
const slack = ['xoxb', '-1234567890', '-abcdefghij'].join('');
const stripe = ['sk', '_live_', '4eC39HqLyjWDarjtT1zdp7dc'].join('');
const google = ['AIza', 'SyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI'].join('');
const jwt = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
].join('.');
const pem = [
  '-----BEGIN RSA PRIVATE',
  ' KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE',
  ' KEY-----',
].join('');

const valid: Case[] = [
  {
    name: 'ordinary Dutch post with link and hashtags',
    text: 'Fijne dag allemaal! #blijfthuis https://t.co/Np7zTkKwcN',
  },
  { name: 'ordinary English post', text: 'Thanks for the token of appreciation, team! #grateful' },
  {
    name: 'hex colour and order number',
    text: 'Nieuwe huisstijl in #ff8800, ordernummer 123456789',
  },
  { name: 'password word without a value', text: 'Wachtwoord vergeten? Kies dan "reset".' },
  {
    name: 'password followed by an ordinary word',
    text: 'My password is: reset it via the app',
    lang: 'en',
  },
  { name: 'placeholder password', text: 'wachtwoord: ********' },
  { name: 'pin with a word', text: 'De pincode is 4 cijfers lang' },
  { name: 'token with a short word', text: 'token: gratis koffie' },
  {
    name: 'link with a user but no password',
    text: 'Mail via mailto:jan@example.com of https://jan@example.com',
  },
  {
    name: 'random-looking string far from a keyword',
    text: 'Tracking AbC123xyZ789QweRTy456pl voor uw pakket',
  },
  {
    name: 'random string inside a link after a keyword',
    text: 'Nieuw token-systeem: https://example.com/AbC123xyZ789QweRTy456pl',
  },
  {
    name: 'disabled pattern',
    text: `key ${awsKey.toLowerCase()} ${awsKey}`,
    options: { disable: ['aws-access-key'], entropy: false },
  },
  { name: 'keyword scan off', text: 'wachtwoord is Zomer2024!', options: { keywords: false } },
];

const invalid: Invalid[] = [
  {
    name: 'AWS access key',
    text: `Config: ${awsKey} staat erin`,
    errors: [{ messageId: 'token', part: awsKey }],
  },
  {
    name: 'GitHub token',
    text: `Use ${ghToken} for CI`,
    lang: 'en',
    errors: [{ messageId: 'token', part: ghToken }],
  },
  { name: 'Slack token', text: `bot: ${slack}`, errors: [{ messageId: 'token', part: slack }] },
  {
    name: 'Stripe live key',
    text: `Stripe ${stripe}!`,
    lang: 'en',
    errors: [{ messageId: 'token', part: stripe }],
  },
  {
    name: 'Google API key',
    text: `Maps key ${google} werkt`,
    errors: [{ messageId: 'token', part: google }],
  },
  { name: 'JWT', text: `Bearer ${jwt}`, lang: 'en', errors: [{ messageId: 'token', part: jwt }] },
  {
    name: 'private key block',
    text: `Hier de sleutel:\n${pem}\nsucces`,
    errors: [{ messageId: 'privateKey', part: pem }],
  },
  {
    name: 'user:password in a link',
    text: 'Log in via https://admin:s3cret@intranet.example.nl/beheer',
    errors: [{ messageId: 'credentialsInUrl', part: 'admin:s3cret' }],
  },
  {
    name: 'wachtwoord is …',
    text: 'Het wachtwoord is Zomer2024! hoor',
    errors: [{ messageId: 'password', part: 'Zomer2024!' }],
  },
  {
    name: 'password: … (en)',
    text: 'password: hunter2.',
    lang: 'en',
    errors: [{ messageId: 'password', part: 'hunter2' }],
  },
  {
    name: 'wifi-wachtwoord',
    text: 'Wifi-wachtwoord = Gasten#2024',
    errors: [{ messageId: 'password', part: 'Gasten#2024' }],
  },
  {
    name: 'pincode',
    text: 'De pincode is 4821.',
    errors: [{ messageId: 'password', part: '4821' }],
  },
  {
    name: 'PIN (en)',
    text: 'PIN: 0000 or 1234?',
    lang: 'en',
    errors: [{ messageId: 'password', part: '0000' }],
  },
  {
    name: 'api key = … (en)',
    text: 'api key = 3f9a8b7c6d5e4f3a2b1c0d9e',
    lang: 'en',
    errors: [{ messageId: 'token', part: '3f9a8b7c6d5e4f3a2b1c0d9e' }],
  },
  {
    name: 'token: … in quotes',
    text: "token: 'q7Rt2mPz9XkL4vNw'",
    errors: [{ messageId: 'token', part: 'q7Rt2mPz9XkL4vNw' }],
  },
  {
    name: 'random string near a keyword (en)',
    text: 'Here is the secret for the test env AbC123xyZ789QweRTy456pl',
    lang: 'en',
    errors: [{ messageId: 'randomString', part: 'AbC123xyZ789QweRTy456pl' }],
  },
  {
    name: 'random string near a Dutch keyword',
    text: 'De nieuwe sleutel voor de testomgeving staat hier Xk9PqL2mZr7TvB4nWc8YdJ',
    errors: [{ messageId: 'randomString', part: 'Xk9PqL2mZr7TvB4nWc8YdJ' }],
  },
];

describe('secrets kind', () => {
  it.each(valid)('valid: $name', (c) => {
    expect(run(c)).toEqual([]);
  });

  it.each(invalid)('invalid: $name', (c) => {
    const found = run(c).map((f) => ({ messageId: f.messageId, start: f.start, end: f.end }));
    expect(found).toEqual(c.errors.map((e) => ({ messageId: e.messageId, ...at(c.text, e.part) })));
  });

  it('names the kind of key in the message, in both languages', () => {
    const text = `Config: ${awsKey}`;
    expect(run({ name: 'nl', text })[0]?.message).toMatch(/AWS access key.*intrekken/);
    expect(run({ name: 'en', text, lang: 'en' })[0]?.message).toMatch(/AWS access key.*revoked/);
  });

  it('reports a secret once even when several scans see it', () => {
    const text = `api key = ${awsKey}`;
    expect(run({ name: 'once', text })).toHaveLength(1);
  });

  it('loads every pattern from the data file', () => {
    expect(PATTERN_IDS).toEqual(
      expect.arrayContaining([
        'aws-access-key',
        'github-token',
        'slack-token',
        'stripe-key',
        'google-api-key',
        'jwt',
        'private-key',
        'url-credentials',
      ]),
    );
  });
});
