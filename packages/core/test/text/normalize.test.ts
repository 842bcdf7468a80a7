import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/normalize.js';

describe('fold', () => {
  it('lower-cases and strips diacritics (é, ë, ï, precomposed and combining)', () => {
    expect(fold('Één Ëxtra ïdee').text).toBe('een extra idee');
    expect(fold('Cafe\u0301').text).toBe('cafe');
    expect(fold('Straße Œuvre ĳs Ĳssel').text).toBe('strasse oeuvre ijs ijssel');
  });

  it('removes zero-width, bidi and other default-ignorable characters', () => {
    expect(fold('Ze\u200Bus\u200D \u202EZeus\u202C \u2060Zeu\u00ADs\uFEFF').text).toBe(
      'zeus zeus zeus',
    );
    expect(fold('Ze\u{E0041}us').text).toBe('zeus');
  });

  it('maps look-alike letters to Latin: Cyrillic, Greek, fullwidth, mathematical', () => {
    expect(fold('Zеus').text).toBe('zeus'); // Cyrillic е
    expect(fold('ΖΕUS').text).toBe('zeus'); // Greek Ζ and Ε
    expect(fold('Ｐｒｏｊｅｃｔ').text).toBe('project');
    expect(fold('𝐙𝐞𝐮𝐬 𝓩𝓮𝓾𝓼 𝕫𝕖𝕦𝕤').text).toBe('zeus zeus zeus');
    expect(fold('Ꭼ ꓚ').text).toBe('e c');
  });

  it('keeps ordinary text, digits and punctuation as they are (lower case)', () => {
    expect(fold('Om 10.15 uur rijdt de trein naar Utrecht!').text).toBe(
      'om 10.15 uur rijdt de trein naar utrecht!',
    );
    expect(fold('Hello, world 😀').text).toBe('hello, world 😀');
  });

  it('maps every folded character to its UTF-16 offset in the original', () => {
    const input = 'a\u200Bß𝐙é';
    const { text, map } = fold(input);
    expect(text).toBe('assze');
    expect(Array.from(map)).toEqual([0, 2, 2, 3, 5, 6]);
    expect(map.length).toBe(text.length + 1);
    expect(map[map.length - 1]).toBe(input.length);
  });

  it('gives an empty result for empty or fully ignorable input', () => {
    expect(fold('').text).toBe('');
    expect(Array.from(fold('\u200B\u200C').map)).toEqual([2]);
  });
});
