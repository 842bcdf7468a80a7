import { describe, expect, it } from 'vitest';
import { addressFormKind } from '../../src/kinds/address-form.js';
import { runKind } from '../../src/kinds/run-kind.js';
import type { AddressForm, CheckInput, PostKind } from '../../src/kinds/types.js';

type Opts = { form?: AddressForm; lang?: 'nl' | 'en'; as?: PostKind; options?: object };

function check(text: string, opts: Opts = {}) {
  const input: CheckInput = { text, as: opts.as ?? 'reply' };
  return runKind(addressFormKind, opts.options ?? {}, input, {
    addressForm: opts.form ?? 'u',
    lang: opts.lang ?? 'nl',
  });
}

/** Offsets of the `nth` occurrence of `part` in `text`. */
function span(text: string, part: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start, end: start + part.length };
}

describe('address-form: valid', () => {
  const valid: [string, Opts?][] = [
    ['Kunt u uw kaartnummer sturen? Dan zoeken wij het voor u uit.'],
    ['U hebt gelijk, en u heeft ook recht op uw geld terug.'],
    ['Bent u zelf al ingecheckt? Meldt u zich dan bij de balie.'],
    ['Als je vroeg boekt, krijg je korting. Boekt u nu?'],
    ['Je weet maar nooit: neemt u een paraplu mee.'],
    ['Je kunt nooit weten. Heeft u uw ov-chipkaart bij u?'],
    ['Een meisje-je en een auto-je: dank u wel.'],
    ['Neem de U-bocht. Wij zijn 24u open en de UV-index is hoog.'],
    ['Ophalen: p/u of bezorgen, u.s.w. Zie bijlage (u) van het reglement.'],
    ['Neem de trein van 10 u naar Utrecht; dat schrijft u met een kleine u.'],
    ['De reiziger zei: "kun je even opschuiven?" Wilt u dat ook melden?'],
    ['Zij schreef ‘jij bent top’ en „jouw trein” was op tijd. Dank u!'],
    ["Hij zei 'je moet overstappen' en 's avonds was u thuis."],
    ['Thank u! Fijn dat u meereisde.'],
    ['Kun je jouw kaartnummer sturen? Dan zoeken we het voor je uit.', { form: 'jij' }],
    ['Hoi Sam, jullie trein rijdt weer. Fijne reis!', { form: 'jij' }],
    ['Thank you, we will look into your ticket for you.', { lang: 'en' }],
    ['You can check your journey on our website.', { lang: 'en', form: 'jij' }],
    ['Kun je me helpen?', { as: 'personal' }],
  ];
  for (const [text, opts] of valid) {
    it(text, () => expect(check(text, opts)).toEqual([]));
  }
});

describe('address-form: invalid', () => {
  it('reports informal words on a u channel, with a safe fix for "jouw"', () => {
    const text = 'Kun je jouw kaartnummer sturen?';
    const f = check(text);
    expect(f.map((x) => x.messageId)).toEqual(['expectedU', 'expectedU']);
    expect(f[0]).toMatchObject(span(text, 'je'));
    expect(f[0]?.fix).toBeUndefined();
    expect(f[1]).toMatchObject({
      ...span(text, 'jouw'),
      fix: { ...span(text, 'jouw'), text: 'uw' },
    });
  });

  it('preserves capitals in a fix at the start of a sentence', () => {
    const text = 'Jouw reis is geboekt.';
    const [f] = check(text);
    expect(f).toMatchObject({ messageId: 'expectedU', start: 0, end: 4, fix: { text: 'Uw' } });
    expect(f?.message).toBe('“Jouw”: op dit kanaal spreken we mensen aan met “u”.');
  });

  it('reports formal words on a jij channel', () => {
    const text = 'Uw kaart staat klaar. Kunt u uzelf aanmelden?';
    const f = check(text, { form: 'jij' });
    expect(f.map((x) => [x.messageId, text.slice(x.start, x.end), x.fix?.text])).toEqual([
      ['expectedJij', 'Uw', 'Jouw'],
      ['expectedJij', 'u', undefined],
      ['expectedJij', 'uzelf', 'jezelf'],
    ]);
  });

  it('reports "jullie", "jij", "jou" and "jezelf"', () => {
    const text = 'Jullie kaart? Jij kunt jezelf aanmelden, ik bel jou.';
    const f = check(text);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['Jullie', 'Jij', 'jezelf', 'jou']);
    expect(f.every((x) => x.messageId === 'expectedU' && !x.fix)).toBe(true);
  });

  it('reports mixed forms on the words that differ from the channel', () => {
    const text = 'Hoi! Kun je je gegevens sturen? Dan kijken we voor u.';
    const f = check(text);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ messageId: 'mixed', ...span(text, 'je') });
    expect(f[1]).toMatchObject({ messageId: 'mixed', ...span(text, 'je', 1) });
    expect(f[0]?.message).toBe('“je” naast “u”: gebruik één aanspreekvorm in een bericht (u).');
  });

  it('reports mixed forms on a jij channel', () => {
    const text = 'Je kaart is er. Heeft u nog vragen?';
    const f = check(text, { form: 'jij' });
    expect(f).toEqual([{ ...f[0], messageId: 'mixed', ...span(text, 'u') }]);
    expect(f[0]?.message).toBe(
      '“u” naast “Je”: gebruik één aanspreekvorm in een bericht (je/jij).',
    );
  });

  it('gives no findings for a post detected as English', () => {
    expect(check('Je kaart is er. Heeft u nog vragen?', { form: 'jij', lang: 'en' })).toEqual([]);
  });

  it('without the channel check, reports the minority form', () => {
    const text = 'U kunt uw kaart ophalen. Neem je paspoort mee. Uw pas is klaar.';
    const f = check(text, { form: 'jij', options: { channel: false } });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'mixed', ...span(text, 'je') });
    const single = check('Kun je jouw pas ophalen?', { options: { channel: false } });
    expect(single).toEqual([]);
  });

  it('a forced form overrides the channel', () => {
    const text = 'Bedankt voor je bericht.';
    const f = check(text, { form: 'jij', options: { form: 'u' } });
    expect(f).toEqual([{ ...f[0], messageId: 'expectedU', ...span(text, 'je') }]);
  });

  it('counts "je" outside a quote and a generic expression', () => {
    const text = 'Hij zei "als je wilt". Heb je je ticket?';
    const f = check(text);
    expect(f.map((x) => x.start)).toEqual([span(text, 'je', 1).start, span(text, 'je', 2).start]);
  });

  it('applies to corporate posts but not to personal ones by default', () => {
    expect(check('Jouw trein is er.', { as: 'corporate' })).toHaveLength(1);
    expect(check('Jouw trein is er.', { as: 'personal' })).toHaveLength(0);
    expect(
      check('Jouw trein is er.', { as: 'personal', options: { as: ['personal'] } }),
    ).toHaveLength(1);
  });
});
