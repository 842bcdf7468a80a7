import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, errorFromResponse, request, setCsrfToken } from '../src/api/client.js';

type Call = { url: string; init: RequestInit };

function stubFetch(status: number, body: string): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : body, { status });
  });
  return calls;
}

const header = (call: Call | undefined, name: string) =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
});

describe('errorFromResponse', () => {
  it('reads code, message and field', () => {
    const e = errorFromResponse(
      400,
      '{"error":{"code":"bad_request","message":"E-mailadres ontbreekt","field":"email"}}',
    );
    expect(e).toBeInstanceOf(ApiError);
    expect([e.status, e.code, e.message, e.field]).toEqual([
      400,
      'bad_request',
      'E-mailadres ontbreekt',
      'email',
    ]);
  });

  it('keeps the rate limit wait and the guideline problems', () => {
    const limited = errorFromResponse(
      429,
      '{"error":{"code":"rate_limited","message":"Te veel pogingen. Probeer het over 12 minuten opnieuw.","retryAfterSeconds":700}}',
    );
    expect(limited.retryAfterSeconds).toBe(700);
    expect(limited.message).toContain('12 minuten');
    const invalid = errorFromResponse(
      422,
      JSON.stringify({
        error: {
          code: 'invalid_guideline',
          message: 'Ongeldige richtlijn',
          problems: [
            { line: 3, col: 5, path: 'voice.addressForm', message: 'invalid' },
            { nonsense: true },
          ],
        },
      }),
    );
    expect(invalid.problems).toEqual([
      { line: 3, col: 5, path: 'voice.addressForm', message: 'invalid' },
    ]);
  });

  it('gives a generic error for a body that is not the API shape', () => {
    expect(errorFromResponse(502, '<html>Bad gateway</html>').code).toBe('internal');
    expect(errorFromResponse(404, '{"message":"x"}').code).toBe('http');
  });
});

describe('request', () => {
  it('sends the CSRF token on mutating requests only', async () => {
    const calls = stubFetch(200, '{"ok":true}');
    setCsrfToken('csrf-123');
    await request('GET', '/api/drafts');
    await request('POST', '/api/drafts', { text: 'x', as: 'personal' });
    expect(header(calls[0], 'x-csrf-token')).toBeUndefined();
    expect(header(calls[1], 'x-csrf-token')).toBe('csrf-123');
    expect(header(calls[1], 'content-type')).toBe('application/json');
    expect(calls[1]?.init.body).toBe('{"text":"x","as":"personal"}');
  });

  it('throws the API error as an ApiError', async () => {
    stubFetch(403, '{"error":{"code":"csrf","message":"Ongeldig CSRF-token"}}');
    await expect(api.deleteDraft('7')).rejects.toMatchObject({
      name: 'ApiError',
      status: 403,
      code: 'csrf',
      message: 'Ongeldig CSRF-token',
    });
  });

  it('answers undefined for 204', async () => {
    const calls = stubFetch(204, '');
    await expect(api.acknowledge(3)).resolves.toBeUndefined();
    expect(calls[0]?.url).toBe('/api/guideline/versions/3/acknowledge');
    expect(calls[0]?.init.method).toBe('POST');
  });

  it('turns a failed connection into a network ApiError', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.me()).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('leaves out an empty publish note', async () => {
    const calls = stubFetch(201, '{"version":2}');
    await api.publish('title: x', '   ');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ source: 'title: x' });
  });
});
