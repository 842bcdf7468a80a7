import { describe, expect, it } from 'vitest';
import { limitsKind } from '../../src/kinds/limits.js';
import { runKind } from '../../src/kinds/run-kind.js';
import type { ChannelInfo } from '../../src/kinds/types.js';

const x: ChannelInfo = {
  id: 'x',
  name: 'X',
  maxLength: 280,
  counting: 'x',
  linkLength: 23,
  addressForm: 'jij',
};
const bluesky: ChannelInfo = {
  id: 'bluesky',
  name: 'Bluesky',
  maxLength: 300,
  counting: 'graphemes',
  addressForm: 'jij',
};
const mastodon: ChannelInfo = {
  id: 'mastodon',
  name: 'Mastodon',
  maxLength: 500,
  linkLength: 23,
  addressForm: 'jij',
};
const instagram: ChannelInfo = {
  id: 'instagram',
  name: 'Instagram',
  maxLength: 2200,
  maxHashtags: 30,
  addressForm: 'jij',
};
const utf16: ChannelInfo = {
  id: 'sms',
  name: 'SMS',
  maxLength: 10,
  counting: 'utf16',
  addressForm: 'jij',
};

const run = (
  text: string,
  channel: ChannelInfo | undefined,
  options = {},
  lang: 'nl' | 'en' = 'nl',
) => runKind(limitsKind, options, text, { ...(channel ? { channel } : {}), lang });

describe('limits: valid', () => {
  it.each([
    ['nl, exactly 280 on X', 'a'.repeat(280), x],
    ['en, 300 graphemes on Bluesky', 'b'.repeat(300), bluesky],
    ['140 CJK characters weigh 280 on X', '日'.repeat(140), x],
    ['140 ZWJ family emoji weigh 280 on X', '👩‍👩‍👧'.repeat(140), x],
    ['300 flag emoji are 300 graphemes on Bluesky', '🇳🇱'.repeat(300), bluesky],
    [
      'a long URL counts 23 on X',
      `Lees meer: https://spoorland.nl/${'x'.repeat(300)} ${'a'.repeat(245)}`,
      x,
    ],
    ['a bare domain counts 23 on X', `${'a'.repeat(256)} spoorland.nl/${'y'.repeat(50)}`, x],
    ['decomposed accents count once on X (NFC)', 'e\u0301'.repeat(280), x],
    [
      '30 hashtags on Instagram',
      Array.from({ length: 30 }, (_, i) => `#tag${i}`).join(' '),
      instagram,
    ],
  ])('%s', (_name, text, channel) => {
    expect(run(text, channel)).toEqual([]);
  });

  it('reports nothing without a channel', () => {
    expect(run('a'.repeat(5000), undefined, { maxHashtags: 0 })).toEqual([]);
  });
});

describe('limits: invalid', () => {
  it('nl: 281 characters on X, span from the 281st to the end', () => {
    const f = run(`${'a'.repeat(281)}bc`, x);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'length', start: 280, end: 283 });
    expect(f[0]?.message).toContain('283 tekens');
    expect(f[0]?.message).toContain('X staat er 280 toe');
  });

  it('en: CJK weighs double on X but not on Bluesky', () => {
    const text = '日本語'.repeat(47); // 141 characters, weight 282
    const f = run(text, x, {}, 'en');
    expect(f).toEqual([expect.objectContaining({ messageId: 'length', start: 140, end: 141 })]);
    expect(f[0]?.message).toBe(
      'This post counts 282 characters; X allows 280. Anything after character 280 is cut off or refused.',
    );
    expect(run(text, bluesky)).toEqual([]);
  });

  it('emoji ZWJ sequences count 2 on X and 1 on Bluesky', () => {
    const family = '👩‍👩‍👧'; // 8 UTF-16 units
    const onX = run(family.repeat(141), x);
    expect(onX).toEqual([expect.objectContaining({ start: 140 * 8, end: 141 * 8 })]);
    expect(run(family.repeat(300), bluesky)).toEqual([]);
    const onBluesky = run(family.repeat(301), bluesky);
    expect(onBluesky).toEqual([expect.objectContaining({ start: 300 * 8, end: 301 * 8 })]);
  });

  it('a URL counts 23 on X and Mastodon, but in full on Bluesky', () => {
    const url = `https://spoorland.nl/${'x'.repeat(100)}`;
    const text = `${'a'.repeat(200)} ${url}`;
    expect(run(text, x)).toEqual([]);
    const f = run(text, bluesky);
    expect(f).toEqual([
      expect.objectContaining({ messageId: 'length', start: 300, end: text.length }),
    ]);
    const long = `${url} ${'b'.repeat(477)}`; // 23 + 1 + 477 = 501
    expect(run(long, mastodon)).toEqual([
      expect.objectContaining({ messageId: 'length', start: long.length - 1, end: long.length }),
    ]);
  });

  it('a URL that crosses the limit is where the span starts', () => {
    const text = `${'a'.repeat(270)} https://spoorland.nl/actie`;
    expect(run(text, x)).toEqual([expect.objectContaining({ start: 271, end: text.length })]);
  });

  it('utf16 counts code units', () => {
    const f = run('abcdefghi👍', utf16);
    expect(f).toEqual([expect.objectContaining({ start: 9, end: 11 })]);
  });

  it('nl: too many hashtags, span from the first one over to the last', () => {
    const text = 'Mooi! #trein #spoor #reizen';
    const f = run(text, x, { maxHashtags: 2 });
    expect(f).toEqual([
      expect.objectContaining({
        messageId: 'hashtags',
        start: 20,
        end: 27,
        message: expect.stringContaining('3 hashtags'),
      }),
    ]);
  });

  it('en: too many mentions and links', () => {
    const text = 'Thanks @anna @bob and @carla! See https://a.nl and https://b.nl.';
    const f = run(text, bluesky, { maxMentions: 1, maxLinks: 1 }, 'en');
    expect(f.map((r) => [r.messageId, text.slice(r.start, r.end)])).toEqual([
      ['mentions', '@bob and @carla'],
      ['links', 'https://b.nl'],
    ]);
  });

  it('options override the channel', () => {
    expect(run('abcdef', x, { maxLength: 5 })).toEqual([
      expect.objectContaining({ start: 5, end: 6 }),
    ]);
  });
});
