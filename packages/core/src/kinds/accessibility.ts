import { z } from 'zod';
import { SINGLE_WORDS, splitHashtag } from './accessibility/hashtag-words.js';
import { findHashtags } from './limits/entities.js';
import { defineKind } from './types.js';

export const accessibilityOptions = z.object({
  /** Report attached media without alternative text. */
  altText: z.boolean().default(true),
  /** Report hashtags of several words written without capitals. */
  camelCase: z.boolean().default(true),
  /** Hashtags shorter than this (letters after `#`) are left alone. */
  minLength: z.number().int().min(2).default(7),
  /** Extra hashtags (without `#`) that are one word, a brand or an acronym. */
  exclude: z.array(z.string()).default([]),
});

export type AccessibilityOptions = z.infer<typeof accessibilityOptions>;

const LETTERS = /^\p{L}+$/u;

/** All lower case, all upper case, or one capital then lower case: no word boundaries shown. */
function showsNoWords(body: string): boolean {
  const lower = body.toLowerCase();
  if (body === lower || body === body.toUpperCase()) return true;
  return body.slice(1) === lower.slice(1);
}

/** `asciiShape`: a letter other than A–Z or a–z, or a unit past ASCII; read the body as a string. */
const OTHER = 0;
/** Only ASCII letters, and the case shows no word boundaries (see `showsNoWords`). */
const NO_WORDS = 1;
/** Not only letters, or capitals that mark words (`#BlijfGezond`): nothing to report. */
const SKIP = 2;

/**
 * `LETTERS` and `showsNoWords` for a hashtag body of ASCII units, read in place: most
 * hashtags are ASCII, and this needs no substrings and no case conversion. A body with
 * a unit past ASCII is left to the general test (OTHER).
 */
function asciiShape(text: string, start: number, end: number): number {
  let upperAfterFirst = false;
  let lower = false;
  let nonLetter = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return OTHER;
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) {
      if (i > start) upperAfterFirst = true;
    } else nonLetter = true;
  }
  // All lower case, or one capital then lower case: no capital past the first letter;
  // all upper case: no lower case.
  return nonLetter || (upperAfterFirst && lower) ? SKIP : NO_WORDS;
}

function camel(parts: readonly string[]): string {
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

/**
 * `accessibility`: images need alt text, and a hashtag of several words needs a capital
 * on each word (#BlijfGezond), or a screen reader reads it as one long word.
 */
export const accessibilityKind = defineKind<AccessibilityOptions>({
  id: 'accessibility',
  description: {
    nl: 'Alt-tekst bij afbeeldingen en hashtags met een hoofdletter per woord, voor wie een schermlezer gebruikt.',
    en: 'Alt text on images and hashtags with a capital per word, for people who use a screen reader.',
  },
  options: accessibilityOptions,
  messages: {
    altText: {
      nl: '"{media}" heeft geen alt-tekst. Beschrijf wat erop staat, zodat wie een schermlezer gebruikt het ook meekrijgt.',
      en: '"{media}" has no alt text. Describe what it shows, so people who use a screen reader get it too.',
    },
    camelCase: {
      nl: 'Schrijf elk woord in {hashtag} met een hoofdletter ({suggestion}), anders leest een schermlezer het als één lang woord.',
      en: 'Capitalise each word in {hashtag} ({suggestion}), or a screen reader reads it as one long word.',
    },
  },
  compile(options) {
    const exclude = new Set(SINGLE_WORDS);
    for (const w of options.exclude) exclude.add(w.replace(/^[#＃]/, '').toLowerCase());

    return (ctx) => {
      if (options.altText && ctx.input.media) {
        ctx.input.media.forEach((m, i) => {
          if (!m.alt?.trim()) {
            ctx.report({
              messageId: 'altText',
              start: 0,
              end: 0,
              data: { media: m.src ?? `#${i + 1}` },
            });
          }
        });
      }
      if (!options.camelCase) return;
      const text = ctx.text;
      // Cheap pre-check: most posts have no hashtag.
      if (text.indexOf('#') < 0 && text.indexOf('＃') < 0) return;
      for (const tag of findHashtags(text)) {
        if (tag.end - tag.start - 1 < options.minLength) continue;
        const shape = asciiShape(text, tag.start + 1, tag.end);
        if (shape === SKIP) continue;
        const body = text.slice(tag.start + 1, tag.end);
        if (shape === OTHER && (!LETTERS.test(body) || !showsNoWords(body))) continue;
        const lower = body.toLowerCase();
        if (exclude.has(lower)) continue;
        const split = splitHashtag(lower);
        if (!split?.phrase) continue;
        const suggestion = `${text.charAt(tag.start)}${camel(split.parts)}`;
        ctx.report({
          messageId: 'camelCase',
          start: tag.start,
          end: tag.end,
          data: { hashtag: text.slice(tag.start, tag.end), suggestion },
          ...(split.unique ? { fix: { start: tag.start, end: tag.end, text: suggestion } } : {}),
        });
      }
    };
  },
});
