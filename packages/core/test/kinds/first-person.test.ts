import { describe, expect, it } from 'vitest';
import { firstPersonKind } from '../../src/kinds/first-person.js';
import { runKind } from '../../src/kinds/run-kind.js';
import type { CompileContext, PostKind } from '../../src/kinds/types.js';

const context: Partial<CompileContext> = {
  org: { name: 'Spoorland', aliases: ['Spoorland NV'], addressForm: 'u' },
  termList: (n) => (n === 'competitors' ? [{ term: 'RailNu' }, { term: 'Trein & Co' }] : undefined),
};

function check(text: string, as: PostKind = 'personal', lang: 'nl' | 'en' = 'nl', options = {}) {
  return runKind(firstPersonKind, options, { text, as }, { context, lang });
}

function span(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start, end: start + part.length };
}

describe('first-person: valid', () => {
  const valid: [string, PostKind?][] = [
    ['Ik ben trots op de nieuwe treinen van Spoorland, waar ik werk.'],
    ['Mijn collega’s hebben hard gewerkt. Wij zijn trots op onze klanten en ik ook!'],
    ['Ik spreek hier niet namens Spoorland, dit is mijn eigen mening.'],
    ['Ik schrijf dit niet als woordvoerder maar als reiziger.'],
    ['We gaan dit weekend naar het strand!'],
    ['Wat een mooie zonsondergang vanavond.'],
    ['I love the new trains at Spoorland, where I work.'],
    ['Not speaking on behalf of Spoorland: my own view.'],
    ['Wij van Spoorland wensen u een fijne reis.', 'corporate'],
    ['Namens Spoorland: excuses voor de vertraging.', 'reply'],
    ['We are proud of our customers.', 'corporate'],
  ];
  for (const [text, as] of valid) {
    it(text, () =>
      expect(check(text, as, /\b(I|my|We|Not)\b/.test(text) ? 'en' : 'nl')).toEqual([]),
    );
  }
});

describe('first-person: invalid', () => {
  it('"wij van <org>" speaks for the organisation', () => {
    const text = 'Wij van Spoorland vinden veiligheid het belangrijkst.';
    const f = check(text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ messageId: 'speaksForOrg', ...span(text, 'Wij van Spoorland') });
    expect(f[0]?.message).toBe(
      '“Wij van Spoorland”: in een persoonlijk bericht spreek je niet namens Spoorland. Schrijf in de ik-vorm wat jij vindt.',
    );
  });

  it('"namens <org>" and an alias, case- and diacritic-insensitive', () => {
    const text = 'Ik wil namens SPOORLAND nv iedereen bedanken.';
    expect(check(text)).toMatchObject([
      { messageId: 'speaksForOrg', ...span(text, 'namens SPOORLAND nv') },
    ]);
    const accent = 'Namens Spóórland: bedankt!';
    expect(check(accent)).toMatchObject([{ messageId: 'speaksForOrg', start: 0, end: 16 }]);
  });

  it('"<org> laat weten" / "<org> vindt" makes the organisation the speaker', () => {
    const text = 'Ik las het net: Spoorland laat weten dat alles weer rijdt.';
    expect(check(text)).toMatchObject([
      { messageId: 'orgStatement', ...span(text, 'Spoorland laat weten') },
    ]);
    const tag = 'Volgens mij klopt het: #Spoorland vindt dit onacceptabel.';
    expect(check(tag)).toMatchObject([
      { messageId: 'orgStatement', ...span(tag, '#Spoorland vindt') },
    ]);
  });

  it('"als woordvoerder" claims the spokesperson role', () => {
    const text = 'Als woordvoerder kan ik zeggen dat het klopt.';
    expect(check(text)).toMatchObject([{ messageId: 'speaksForOrg', start: 0, end: 16 }]);
  });

  it('"onze klanten" / "we" without any "ik" speaks for the company', () => {
    const text = 'We zijn ontzettend trots op onze klanten!';
    expect(check(text)).toMatchObject([{ messageId: 'noFirstPerson', start: 0, end: 2 }]);
    const org = 'Wij rijden vanaf maandag vaker met Spoorland.';
    const f = check(org);
    expect(f).toMatchObject([{ messageId: 'noFirstPerson', start: 0, end: 3 }]);
    expect(f[0]?.message).toBe(
      '“Wij” zonder “ik”: dit persoonlijke bericht spreekt voor het bedrijf. Schrijf in de ik-vorm.',
    );
  });

  it('with plural: always, every "we" post without "ik" is reported', () => {
    const text = 'We gaan dit weekend naar het strand!';
    expect(check(text, 'personal', 'nl', { plural: 'always' })).toMatchObject([
      { messageId: 'noFirstPerson', start: 0, end: 2 },
    ]);
  });

  it('English: "we at <org>", "on behalf of <org>", "as a spokesperson", "our customers"', () => {
    const a = 'We at Spoorland care about safety.';
    expect(check(a, 'personal', 'en')).toMatchObject([
      { messageId: 'speaksForOrg', start: 0, end: 15 },
    ]);
    const b = 'Thanks on behalf of Spoorland!';
    expect(check(b, 'personal', 'en')).toMatchObject([
      { messageId: 'speaksForOrg', ...span(b, 'on behalf of Spoorland') },
    ]);
    const c = 'As a spokesperson, I can confirm the delay.';
    expect(check(c, 'personal', 'en')).toMatchObject([
      { messageId: 'speaksForOrg', start: 0, end: 17 },
    ]);
    const d = 'Our customers deserve better trains and we deliver.';
    const f = check(d, 'personal', 'en');
    expect(f).toMatchObject([{ messageId: 'noFirstPerson', start: 0, end: 3 }]);
    expect(f[0]?.message).toBe(
      '“Our” without “I”: this personal post speaks for the company. Write in the first person.',
    );
  });
});
