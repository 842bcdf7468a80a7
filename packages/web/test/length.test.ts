import type { ChannelInfo } from '@leidraad/core';
import { describe, expect, it } from 'vitest';
import { channelLength } from '../src/lib/length.js';

const channel = (extra: Partial<ChannelInfo>): ChannelInfo => ({
  id: 'c',
  name: 'C',
  addressForm: 'jij',
  ...extra,
});

describe('channelLength', () => {
  it('counts graphemes, so an emoji family or a flag is one character', () => {
    const text = 'Hoi 👨‍👩‍👧 🇳🇱';
    expect(channelLength(text, channel({ maxLength: 5 }))).toEqual({
      count: 7,
      max: 5,
      over: true,
    });
  });

  it('counts links at the channel’s fixed length', () => {
    const link = 'https://example.org/een/heel/lange/link/naar/iets';
    const length = channelLength(`Kijk ${link}`, channel({ maxLength: 280, linkLength: 23 }));
    expect(length.count).toBe(5 + 23);
    expect(length.over).toBe(false);
  });

  it('counts X’s weights: CJK characters count double', () => {
    expect(channelLength('日本', channel({ counting: 'x', maxLength: 280 })).count).toBe(4);
  });

  it('has no maximum without a channel', () => {
    expect(channelLength('abc', undefined)).toEqual({ count: 3, max: undefined, over: false });
  });
});
