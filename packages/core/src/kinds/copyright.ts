import { z } from 'zod';
import licenceData from '../../data/copyright/attribution-licences.json' with { type: 'json' };
import vagueData from '../../data/copyright/vague-sources.json' with { type: 'json' };
import type { AssetEntry } from './types.js';
import { defineKind } from './types.js';

export const copyrightOptions = z.object({
  /** Licences that require naming the maker with the work. */
  attributionRequired: z.array(z.string()).default(licenceData.licences),
  /** Report assets whose recognisable people gave no consent (`portraitConsent: false`). */
  portrait: z.boolean().default(true),
  /** Report credits that name no maker ("Foto: Google", "Bron: internet"). */
  vagueSource: z.boolean().default(true),
});

export type CopyrightOptions = z.infer<typeof copyrightOptions>;

/** Licence ids compare without case, spaces, hyphens or underscores ("CC BY 4.0" = "cc-by-4.0"). */
function licenceKey(licence: string): string {
  return licence.toLowerCase().replace(/[\s_-]+/g, '');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

const alternation = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

/**
 * "Foto: Google", "bron - internet": a credit without a maker (not "Bron: Google Maps").
 * Found from each `:` or dash: the label must end just before it, the source follow it.
 */
const LABEL_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(vagueData.labels)})\\s*$`,
  'iu',
);
const SOURCE_AFTER = new RegExp(
  `\\s*(?:${alternation(vagueData.sources)})(?![\\p{L}\\p{N}]|[.\\-/]\\p{L}|\\s+\\p{Lu})`,
  'iuy',
);
const LABEL_WINDOW = 24;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ASCII lower case of the unit `c` (others as they are). */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Lower-cased last letters of the labels (ASCII), for a pre-check before the regex, and
 * the last two as pairs (`before << 7 | last`): "https:" ends in an "s" as "credits" does,
 * but not in "ps". A label whose unit before the last is not a plain ASCII one (or that
 * has one unit only) lets any unit precede its last.
 */
const LABEL_ENDS = new Set<number>();
const LABEL_PAIRS = new Set<number>();
const ANY_BEFORE = new Set<number>();
for (const label of vagueData.labels) {
  const l = label.toLowerCase();
  const last = l.charCodeAt(l.length - 1);
  const before = l.length >= 2 ? l.charCodeAt(l.length - 2) : -1;
  LABEL_ENDS.add(last);
  if (before > 32 && before < 128) LABEL_PAIRS.add((before << 7) | last);
  else ANY_BEFORE.add(last);
}

/**
 * Whether a label may end just before offset `i` (ignoring white space): false when the
 * last two characters before it are ASCII and no label ends with them, so LABEL_BEFORE
 * cannot match.
 */
function mayEndLabel(t: string, i: number): boolean {
  let k = i - 1;
  let c = t.charCodeAt(k);
  while (k >= 0 && (c === 32 || (c >= 9 && c <= 13))) c = t.charCodeAt(--k);
  if (k < 0) return false;
  if (c >= 128) return true;
  c = lowerAscii(c);
  if (!LABEL_ENDS.has(c)) return false;
  if (ANY_BEFORE.has(c)) return true;
  if (k === 0) return false;
  const b = t.charCodeAt(k - 1);
  return b >= 128 || LABEL_PAIRS.has((lowerAscii(b) << 7) | c);
}

/** A label ends before a colon or a dash (full-width colon, en dash). */
const SEPARATORS = [':', '-', '\u2013', '\uff1a'];

/**
 * Offset of the first separator at or after `from`, or -1. `next` holds per separator
 * its next offset found so far (-2 before the first search, -1 when there is none).
 */
function nextSeparator(t: string, from: number, next: number[]): number {
  let first = -1;
  for (let k = 0; k < SEPARATORS.length; k++) {
    let at = next[k] as number;
    if (at !== -1 && at < from) {
      at = t.indexOf(SEPARATORS[k] as string, from);
      next[k] = at;
    }
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * `copyright`: attached media against the guideline's asset register. Dutch law has no
 * "fair use": an image needs a licence or permission, credits where the licence asks for
 * them, and consent from recognisable people.
 */
export const copyrightKind = defineKind<CopyrightOptions>({
  id: 'copyright',
  description: {
    nl: 'Bijgevoegd beeld met geregistreerde licentie of toestemming, niet verlopen, met naamsvermelding en portrettoestemming.',
    en: 'Attached media with a registered licence or permission, not expired, credited, and with portrait consent.',
  },
  options: copyrightOptions,
  messages: {
    unregistered: {
      nl: '"{media}" staat niet in het beeldregister. De Auteurswet kent geen "fair use": gebruik alleen beeld met een vastgelegde licentie of toestemming van de maker.',
      en: '"{media}" is not in the asset register. Dutch copyright law has no "fair use": use only images with a recorded licence or the maker\'s permission.',
    },
    expired: {
      nl: 'De licentie voor "{media}" ({asset}) is verlopen op {expires}; dit beeld mag niet meer gebruikt worden.',
      en: 'The licence for "{media}" ({asset}) expired on {expires}; this image may no longer be used.',
    },
    unattributed: {
      nl: 'De licentie van "{media}" ({licence}) vereist naamsvermelding: zet "{attribution}" bij het bericht. Ook citeren (art. 15a Auteurswet) mag alleen met bron en maker erbij.',
      en: 'The licence of "{media}" ({licence}) requires attribution: add "{attribution}" to the post. Quoting (art. 15a Dutch Copyright Act) also requires naming the source and maker.',
    },
    vagueSource: {
      nl: '"{credit}" noemt geen maker. Wie beeld van een ander gebruikt, heeft toestemming of een licentie nodig, en ook citeren (art. 15a Auteurswet) mag alleen met de naam van de maker en de bron.',
      en: '"{credit}" names no maker. Using someone else\'s image needs permission or a licence, and quoting (art. 15a Dutch Copyright Act) also requires naming the maker and the source.',
    },
    portrait: {
      nl: 'Op "{media}" ({asset}) staan herkenbare personen zonder toestemming. Het portretrecht (art. 19–21 Auteurswet) geeft hen een stem: vraag eerst toestemming of kies ander beeld.',
      en: '"{media}" ({asset}) shows recognisable people who have not consented. Portrait rights (art. 19–21 Dutch Copyright Act) let them object: ask first or choose another image.',
    },
  },
  compile(options, context) {
    const register = new Map<string, AssetEntry>();
    for (const asset of context.assets) register.set(asset.id, asset);
    const needsCredit = new Set(options.attributionRequired.map(licenceKey));

    return (ctx) => {
      const t = ctx.text;
      if (options.vagueSource) {
        const next = [-2, -2, -2, -2];
        for (let i = nextSeparator(t, 0, next); i !== -1; i = nextSeparator(t, i + 1, next)) {
          if (!mayEndLabel(t, i)) continue;
          const window = t.slice(Math.max(0, i - LABEL_WINDOW), i);
          const label = LABEL_BEFORE.exec(window);
          if (!label) continue;
          SOURCE_AFTER.lastIndex = i + 1;
          const source = SOURCE_AFTER.exec(t);
          if (!source) continue;
          const start = i - window.length + label.index;
          if (start > 0 && LETTER_OR_DIGIT.test(t.charAt(start - 1))) continue;
          const end = i + 1 + source[0].length;
          ctx.report({
            messageId: 'vagueSource',
            start,
            end,
            data: { credit: t.slice(start, end) },
          });
          i = end - 1;
        }
      }
      const media = ctx.input.media;
      if (!media || media.length === 0) return;
      const today = (ctx.input.date ?? new Date().toISOString()).slice(0, 10);
      let postText: string | undefined;
      media.forEach((item, i) => {
        const label = item.src ?? `#${i + 1}`;
        const asset = item.asset === undefined ? undefined : register.get(item.asset);
        if (!asset) {
          ctx.report({
            messageId: 'unregistered',
            start: 0,
            end: 0,
            data: { media: label, asset: item.asset ?? '' },
          });
          return;
        }
        const data = { media: label, asset: asset.id };
        if (asset.expires && today > asset.expires.slice(0, 10)) {
          ctx.report({
            messageId: 'expired',
            start: 0,
            end: 0,
            data: { ...data, expires: asset.expires.slice(0, 10) },
          });
        }
        if (needsCredit.has(licenceKey(asset.licence))) {
          postText ??= fold(ctx.text);
          const given = `${postText} ${fold(item.attribution ?? '')}`;
          const credited =
            given.includes(fold(asset.owner)) ||
            (asset.attribution !== undefined && given.includes(fold(asset.attribution)));
          if (!credited) {
            ctx.report({
              messageId: 'unattributed',
              start: 0,
              end: 0,
              data: {
                ...data,
                licence: asset.licence,
                attribution: asset.attribution ?? asset.owner,
              },
            });
          }
        }
        if (options.portrait && asset.portraitConsent === false) {
          ctx.report({ messageId: 'portrait', start: 0, end: 0, data });
        }
      });
    };
  },
});
