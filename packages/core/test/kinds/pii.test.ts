import { describe, expect, it } from 'vitest';
import { piiKind } from '../../src/kinds/pii.js';
import { runKind } from '../../src/kinds/run-kind.js';

type Case = { name: string; text: string; lang?: 'nl' | 'en'; options?: Record<string, unknown> };
type Expected = { messageId: string; part: string };
type Invalid = Case & { errors: Expected[] };

const run = (c: Case) => runKind(piiKind, c.options ?? {}, c.text, { lang: c.lang ?? 'nl' });

/** Exact span of `part` (its first occurrence) in `text`. */
const at = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
};

const valid: Case[] = [
  {
    name: 'ordinary Dutch post',
    text: 'Vandaag 12 treinen extra naar Utrecht, 1.250.000 reizigers in 2024!',
  },
  {
    name: 'ordinary English post',
    text: 'Our 2024 results are in: 98% on time. Read more https://t.co/Np7zTkKwcN #rail',
  },
  { name: 'case-number cue with digits apart', text: 'klantnummer 12 34 of 5678' },
  { name: 'mention is no e-mail address', text: 'Dank @spoorland voor de snelle hulp' },
  {
    name: 'role address of another organisation',
    text: 'Mail naar klantenservice@bol.com voor retouren',
  },
  {
    name: 'allowed own domain',
    text: 'Mail ons: jan.jansen@spoorland.nl',
    options: { allowDomains: ['spoorland.nl'] },
  },
  {
    name: 'allowed subdomain',
    text: 'Zie piet@pers.spoorland.nl',
    options: { allowDomains: ['spoorland.nl'] },
  },
  { name: 'example domain allowed by default', text: 'Typ iets als jan@example.com in het veld' },
  { name: 'IBAN with a bad checksum', text: 'Maak over naar NL91ABNA0417164301 aub' },
  {
    name: 'allowed own IBAN',
    text: 'Doneer op NL91 ABNA 0417 1643 00',
    options: { allowNumbers: ['NL91ABNA0417164300'] },
  },
  { name: 'BSN with a bad 11-proof', text: 'Mijn BSN is 111222334' },
  { name: 'nine digits that fail the 11-proof', text: 'Nummer 123456789 ligt klaar' },
  { name: 'card number with a bad Luhn digit', text: 'Card 4111 1111 1111 1112 declined' },
  { name: 'phone number one digit short', text: 'Bel 06-1234567' },
  { name: 'company number (088)', text: 'Bel ons op 088 123 4567' },
  { name: 'service number (0800)', text: 'Gratis: 0800-1234' },
  { name: 'municipal number', text: 'Bel de gemeente: 14 020' },
  {
    name: 'allowed own number in another notation',
    text: 'Bel +31 30 123 4567',
    options: { allowNumbers: ['030-1234567'] },
  },
  { name: 'date and time', text: 'Op 06-05-2020 14:00 vertrekt de trein' },
  { name: 'amount with thousands dots', text: 'Het kost € 123.456.789 per jaar' },
  { name: 'digits inside a link', text: 'https://x.com/spoorland/status/1251257941510041604' },
  { name: 'hashtag with digits', text: '#COVID2019NL #0612345678' },
  { name: 'street word with a quantity', text: 'De Snelweg 2 uur dicht door een ongeluk' },
  { name: 'postcode-like unit', text: 'Een centrale van 2000 MW in de Eemshaven' },
  { name: 'year after a street name', text: 'Feest op de Grote Markt, Kerkstraat 2024 editie' },
  { name: 'weak cue without a marker', text: 'Mijn order 12345 stuks is binnen' },
  { name: 'case cue with too few digits', text: 'Ticket #123 gesloten' },
  { name: 'type not checked', text: 'Mail jan@gmail.com', options: { types: ['phone'] } },
  {
    name: 'allowed own address',
    text: 'Kom langs op Stationsplein 1, 3511 ED Utrecht',
    options: { allowAddresses: ['Stationsplein 1, 3511 ED Utrecht'] },
  },
  {
    name: 'number before a street word that is no address',
    text: 'Top 5 Street Food stalls in London',
    lang: 'en',
  },
];

const invalid: Invalid[] = [
  {
    name: 'e-mail address',
    text: 'Mail me op jan.jansen@gmail.com!',
    errors: [{ messageId: 'email', part: 'jan.jansen@gmail.com' }],
  },
  {
    name: 'e-mail address (en)',
    text: 'Her address is Jane.Doe+news@outlook.co.uk.',
    lang: 'en',
    errors: [{ messageId: 'email', part: 'Jane.Doe+news@outlook.co.uk' }],
  },
  {
    name: 'role address when role addresses are not allowed',
    text: 'info@bakkerij.nl',
    options: { allowRoleAddresses: false },
    errors: [{ messageId: 'email', part: 'info@bakkerij.nl' }],
  },
  {
    name: 'mobile number',
    text: 'Bel mevrouw op 06-12345678 terug',
    errors: [{ messageId: 'phone', part: '06-12345678' }],
  },
  {
    name: 'mobile number spaced',
    text: 'Nummer: 06 1234 5678.',
    errors: [{ messageId: 'phone', part: '06 1234 5678' }],
  },
  {
    name: 'international notation with (0)',
    text: 'Call him on +31 (0)20 123 4567 today',
    lang: 'en',
    errors: [{ messageId: 'phone', part: '+31 (0)20 123 4567' }],
  },
  {
    name: '0031 notation',
    text: 'tel 0031 6 1234 5678',
    errors: [{ messageId: 'phone', part: '0031 6 1234 5678' }],
  },
  {
    name: 'landline with parentheses',
    text: 'Bel (020) 123 45 67 of 06-87654321',
    errors: [
      { messageId: 'phone', part: '(020) 123 45 67' },
      { messageId: 'phone', part: '06-87654321' },
    ],
  },
  {
    name: 'Belgian number',
    text: 'Call +32 470 12 34 56',
    lang: 'en',
    errors: [{ messageId: 'phone', part: '+32 470 12 34 56' }],
  },
  {
    name: 'company number when business numbers are on',
    text: 'Bel 088 123 4567',
    options: { businessNumbers: true },
    errors: [{ messageId: 'phone', part: '088 123 4567' }],
  },
  {
    name: 'IBAN',
    text: 'Stort het op NL91ABNA0417164300 graag',
    errors: [{ messageId: 'iban', part: 'NL91ABNA0417164300' }],
  },
  {
    name: 'IBAN in groups followed by words',
    text: 'IBAN: NL91 ABNA 0417 1643 00 en bedankt',
    errors: [{ messageId: 'iban', part: 'NL91 ABNA 0417 1643 00' }],
  },
  {
    name: 'German IBAN (en)',
    text: 'Pay to DE89 3704 0044 0532 0130 00 please',
    lang: 'en',
    errors: [{ messageId: 'iban', part: 'DE89 3704 0044 0532 0130 00' }],
  },
  {
    name: 'BSN with a cue',
    text: 'Mijn BSN is 111222333',
    errors: [{ messageId: 'bsn', part: '111222333' }],
  },
  {
    name: 'BSN with dots after burgerservicenummer',
    text: 'burgerservicenummer: 1112.22.333',
    errors: [{ messageId: 'bsn', part: '1112.22.333' }],
  },
  {
    name: 'BSN without a cue',
    text: 'Zijn nummer 123456782 staat in de brief',
    errors: [{ messageId: 'bsn', part: '123456782' }],
  },
  {
    name: 'card number',
    text: 'Mijn kaart 4111 1111 1111 1111 werkt niet',
    errors: [{ messageId: 'card', part: '4111 1111 1111 1111' }],
  },
  {
    name: 'card number with dashes (en)',
    text: 'Card: 5555-5555-5555-4444.',
    lang: 'en',
    errors: [{ messageId: 'card', part: '5555-5555-5555-4444' }],
  },
  {
    name: 'street, postcode and city',
    text: 'Ze woont op Kerkstraat 12a, 1234 AB Amsterdam.',
    errors: [{ messageId: 'address', part: 'Kerkstraat 12a, 1234 AB Amsterdam' }],
  },
  {
    name: 'street and house number',
    text: 'Bezorgd op Dorpsweg 7 bij de buren',
    errors: [{ messageId: 'address', part: 'Dorpsweg 7' }],
  },
  {
    name: 'house number followed by the pronoun u',
    text: 'Kerkstraat 5 u kunt daar parkeren',
    errors: [{ messageId: 'address', part: 'Kerkstraat 5' }],
  },
  {
    name: 'phone number written +31(0)6-…',
    text: 'App naar +31(0)6-12345678.',
    errors: [{ messageId: 'phone', part: '+31(0)6-12345678' }],
  },
  {
    name: 'postcode and city',
    text: 'Adres: 3511 ED Utrecht',
    errors: [{ messageId: 'address', part: '3511 ED Utrecht' }],
  },
  {
    name: 'postcode after the word postcode',
    text: 'postcode 2511BT graag',
    errors: [{ messageId: 'address', part: '2511BT' }],
  },
  {
    name: 'English address',
    text: 'She lives at 221B Baker Street, London',
    lang: 'en',
    errors: [{ messageId: 'address', part: '221B Baker Street' }],
  },
  {
    name: 'dossiernummer',
    text: 'Uw dossiernummer 2023-45678 is bekend',
    errors: [{ messageId: 'caseNumber', part: '2023-45678' }],
  },
  {
    name: 'klantnummer with letters',
    text: 'klantnummer: AB12345',
    errors: [{ messageId: 'caseNumber', part: 'AB12345' }],
  },
  {
    name: 'order # (en)',
    text: 'Your order #123456 has shipped',
    lang: 'en',
    errors: [{ messageId: 'caseNumber', part: '123456' }],
  },
  {
    name: 'case number (en)',
    text: 'Case number: 98765432, we will call you',
    lang: 'en',
    errors: [{ messageId: 'caseNumber', part: '98765432' }],
  },
  {
    name: 'ticket # (en)',
    text: 'ticket #4711-22 is closed',
    lang: 'en',
    errors: [{ messageId: 'caseNumber', part: '4711-22' }],
  },
  {
    name: 'klantnummer with dash and slash between the digits',
    text: 'klantnummer AB-12/34 graag',
    errors: [{ messageId: 'caseNumber', part: 'AB-12/34' }],
  },
  {
    // ſ and the Kelvin sign match [A-Za-z] case-insensitively
    name: 'klantnummer with a long s or Kelvin sign between the digits',
    text: 'klantnummer 12\u212A34, dossiernummer 56\u017F78',
    errors: [
      { messageId: 'caseNumber', part: '12\u212A34' },
      { messageId: 'caseNumber', part: '56\u017F78' },
    ],
  },
];

describe('pii kind', () => {
  it.each(valid)('valid: $name', (c) => {
    expect(run(c)).toEqual([]);
  });

  it.each(invalid)('invalid: $name', (c) => {
    const found = run(c).map((f) => ({ messageId: f.messageId, start: f.start, end: f.end }));
    expect(found).toEqual(c.errors.map((e) => ({ messageId: e.messageId, ...at(c.text, e.part) })));
  });

  it('gives exact UTF-16 offsets after emoji', () => {
    const text = '🚆🚆 Bel 06-12345678';
    expect(run({ name: 'emoji', text })).toMatchObject([{ messageId: 'phone', start: 9, end: 20 }]);
  });

  it('says why in Dutch and English, and gives no fix', () => {
    const [nl] = run({ name: 'nl', text: 'Mail jan@gmail.com' });
    const [en] = run({ name: 'en', text: 'Mail jan@gmail.com', lang: 'en' });
    expect(nl?.message).toMatch(/AVG/);
    expect(nl?.message).toMatch(/privébericht/);
    expect(en?.message).toMatch(/GDPR/);
    expect(en?.message).toMatch(/private message/);
    expect(nl?.fix).toBeUndefined();
  });

  it('has a Dutch and English message for every type', () => {
    for (const m of Object.values(piiKind.messages)) {
      expect(m.nl.length).toBeGreaterThan(20);
      expect(m.en.length).toBeGreaterThan(20);
    }
  });

  it('accepts empty options', () => {
    expect(() => piiKind.options.parse({})).not.toThrow();
  });
});
