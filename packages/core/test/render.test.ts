import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGuideline } from '../src/guideline/load.js';
import { type Guideline, guidelineSchema } from '../src/guideline/schema.js';
import { articleAnchors } from '../src/guideline/validate-references.js';
import { KINDS } from '../src/kinds/index.js';
import { renderHtml, renderMarkdown } from '../src/render/index.js';

const fixture = {
  version: 1,
  language: 'nl',
  title: 'Richtlijn sociale media',
  organisation: {
    name: 'Gemeente Voorbeeld',
    aliases: ['Voorbeeld'],
    website: 'https://www.voorbeeld.nl',
    codeOfConduct: {
      title: 'Gedragscode',
      url: 'https://www.voorbeeld.nl/gedragscode',
      summary: 'Wees integer.',
    },
    reviewDate: '2026-01-01',
  },
  scope: 'Voor alle medewerkers.\n\n- op het werk\n- privé, als je over je werk schrijft',
  coreValues: [
    {
      id: 'respect',
      name: 'Respect',
      description: 'We behandelen iedereen met respect.',
      inPractice: ['Luister eerst'],
    },
    { id: 'open', name: 'Open', description: 'We zijn open over wat we doen.' },
  ],
  voice: {
    addressForm: 'u',
    register: 'Gewone woorden, actieve zinnen.',
    signature: '^{initials}',
    principles: ['Kort en duidelijk'],
    examples: [
      { good: 'Wij helpen u graag.', bad: 'Er wordt u geholpen.', why: 'Actief is duidelijker.' },
    ],
  },
  terms: {
    confidential: [
      'Project Zeebries',
      'Q4-prognose',
      { term: 'Klant Kwadrant', note: 'Aanbesteding loopt tot 2026.' },
    ],
    competitors: ['Buurgemeente Anders'],
    preferred: [{ use: 'inwoner', avoid: ['burger'], note: 'Iedereen telt mee.' }],
  },
  rules: [
    {
      id: 'confidential',
      type: 'dont',
      title: 'Deel geen vertrouwelijke informatie',
      rationale: 'Vertrouwelijke informatie kan schade doen.',
      examples: {
        good: ['We werken aan iets moois.'],
        bad: ['Project Zeebries start in mei!', 'De q4-prognose en project  zeebries zijn binnen.'],
      },
      extends: 'terms',
      options: { list: 'confidential' },
      severity: 'error',
    },
    {
      id: 'respect',
      type: 'do',
      title: 'Wees respectvol <script>alert(1)</script>',
      rationale: 'Respect & fatsoen | altijd *overal*.',
      severity: 'warning',
      extends: 'respect',
      article: 'respect',
    },
    {
      id: 'copyright',
      type: 'dont',
      title: 'Gebruik geen beeld zonder toestemming',
      rationale: 'Beeld is beschermd.',
      extends: 'copyright',
      channels: ['x'],
    },
    {
      id: 'think-first',
      type: 'do',
      title: 'Denk na voor je post',
      rationale: 'Internet vergeet niets.',
    },
  ],
  copyright: {
    summary: 'Gebruik alleen beeld waarvoor we toestemming hebben.',
    licences: [
      { id: 'CC-BY-4.0', name: 'Creative Commons Naamsvermelding 4.0', attributionRequired: true },
    ],
    quoting: ['Het citaat ondersteunt je eigen verhaal'],
    portraits: 'Vraag toestemming aan wie herkenbaar in beeld is.',
    assets: [
      {
        id: 'stadhuis-2024',
        title: 'Stadhuis',
        owner: 'Jan Jansen',
        licence: 'CC-BY-4.0',
        expires: '2027-12-31',
      },
    ],
  },
  playbook: {
    always: ['Reageer binnen de tijd'],
    situations: [
      {
        id: 'complaint',
        title: 'Klacht',
        when: 'Iemand is ontevreden.',
        steps: ['Erken het probleem', 'Bied een oplossing'],
        templates: {
          u: 'Vervelend dat u dit meemaakt, {customer}.',
          jij: 'Balen dat je dit meemaakt.\n{signature}',
        },
        route: { team: 'webcare', dueInMinutes: 120 },
      },
      {
        id: 'urgent',
        title: 'Urgent',
        when: 'Veiligheid of pers.',
        steps: ['Schaal direct op'],
        templates: { u: 'We nemen direct contact met u op.' },
        route: { team: 'webcare', dueInMinutes: 15, escalate: true, escalateTo: 'communicatie' },
      },
    ],
  },
  responsibilities: {
    finalSay: {
      team: 'communicatie',
      role: 'Hoofd communicatie',
      contact: 'communicatie@voorbeeld.nl',
    },
    teams: [
      { id: 'communicatie', name: 'Team Communicatie', contact: 'communicatie@voorbeeld.nl' },
      { id: 'webcare', name: 'Webcare', hours: 'ma–vr 8–18' },
    ],
    advice: [{ topic: 'Privacy', who: 'Functionaris gegevensbescherming' }],
  },
  moderation: {
    principles: ['We verbergen, we verwijderen niet'],
    reasons: [{ id: 'insult', text: 'Beledigend', article: 'respect' }],
    appeal: 'Mail de eindverantwoordelijke.',
  },
  maturity: {
    phase: 'growing',
    phases: [
      {
        id: 'pioneer',
        name: 'Pionier',
        description: 'Een klein team.',
        may: {
          administrator: ['manage-users'],
          'communications-lead': ['post-corporate'],
          'webcare-agent': [],
          employee: [],
        },
      },
      {
        id: 'growing',
        name: 'Groeiend',
        description: 'Meer mensen doen mee.',
        may: {
          administrator: ['manage-users'],
          'communications-lead': ['post-corporate', 'moderate'],
          'webcare-agent': ['reply-customers'],
          employee: ['share-ambassador'],
        },
      },
    ],
  },
  training: {
    modules: [
      {
        id: 'basics',
        title: 'De basis',
        summary: 'Wat mag en wat niet.',
        rules: ['confidential'],
        unlocks: ['share-ambassador'],
        durationMinutes: 20,
      },
    ],
  },
  channels: {
    x: {
      name: 'X',
      maxLength: 280,
      counting: 'x',
      linkLength: 23,
      maxHashtags: 2,
      addressForm: 'jij',
    },
    linkedin: { name: 'LinkedIn', maxLength: 3000 },
  },
  sections: [{ id: 'sanctions', title: 'Sancties', body: 'Bij overtreding volgt een gesprek.' }],
};

const guideline: Guideline = guidelineSchema.parse(fixture);

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('renderHtml', () => {
  const html = renderHtml(guideline, 'nl');

  it('gives every article anchor an element id, each only once', () => {
    const found = ids(html);
    for (const anchor of articleAnchors(guideline)) expect(found, anchor).toContain(anchor);
    expect(new Set(found).size).toBe(found.length);
  });

  it('gives a shared id to the chapter first, then the rule, then the core value', () => {
    expect(html).toMatch(/<article class="item dont" id="confidential">/);
    expect(html).toMatch(/<article class="item do" id="respect">/);
    expect(html).toContain('id="value-respect"');
    expect(html).toMatch(/<section class="chapter" id="copyright">/);
    expect(html).toContain('id="rule-copyright"');
  });

  it('escapes guideline text', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Wees respectvol &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Respect &amp; fatsoen');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('never prints confidential terms, but counts them and shows their notes', () => {
    expect(html).not.toMatch(/Zeebries|Kwadrant|prognose/i);
    expect(html).toContain('3 vertrouwelijke namen');
    expect(html).toContain('Aanbesteding loopt tot 2026.');
    expect(html).toContain('[vertrouwelijk] start in mei!');
    expect(html).toContain('De [vertrouwelijk] en [vertrouwelijk] zijn binnen.');
  });

  it('is a semantic, self-contained page', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    for (const tag of [
      '<header>',
      '<nav ',
      '<main ',
      '<section ',
      '<h1>',
      '<th scope="col"',
      '<th scope="row"',
    ]) {
      expect(html).toContain(tag);
    }
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|src=|@import|url\(/);
    expect(html).toContain('@media print');
    expect(html).toContain('<input type="search"');
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => {
      if (i > 0) expect(l, `heading ${i}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
  });

  it('marks the current maturity phase and lists what each role may do', () => {
    expect(html).toContain('<th scope="col" class="current">Groeiend (huidige fase)</th>');
    expect(html).toContain('plaatsen namens de organisatie, modereren');
  });

  it('shows the response playbook with templates, team and response time', () => {
    expect(html).toContain('Vervelend dat u dit meemaakt, {customer}.');
    expect(html).toContain('<dd>2 uur</dd>');
    expect(html).toContain('<dd>Team Communicatie</dd>');
  });

  it('uses Dutch or English chrome labels', () => {
    expect(html).toContain('>Inhoud</h2>');
    expect(html).toContain('>Do&#39;s en don&#39;ts</h2>');
    expect(html).toContain('>Reageren</h2>');
    expect(html).toContain('>Wie beslist</h2>');
    const en = renderHtml(guideline, 'en', { title: 'Social media handbook' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>Social media handbook</title>');
    expect(en).toContain('>Contents</h2>');
    expect(en).toContain('>Do&#39;s and don&#39;ts</h2>');
    expect(en).toContain('>Who decides</h2>');
    expect(en).not.toContain('>Inhoud<');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(guideline, 'nl');

  it('has an explicit anchor for every article', () => {
    for (const anchor of articleAnchors(guideline))
      expect(md, anchor).toContain(`<a id="${anchor}"></a>`);
  });

  it('has the rule titles with their badge, escaped', () => {
    expect(md).toContain(
      '<a id="confidential"></a>\n### ⛔ Niet doen: Deel geen vertrouwelijke informatie',
    );
    expect(md).toContain('### ✅ Doe: Denk na voor je post');
    expect(md).toContain('Wees respectvol &lt;script>alert(1)&lt;/script>');
    expect(md).not.toContain('<script>');
    expect(md).toContain('Respect & fatsoen | altijd \\*overal\\*.');
  });

  it('uses tables for channels, assets and maturity', () => {
    expect(md).toContain(
      '| Kanaal | Max. lengte | Max. hashtags | Max. vermeldingen | Max. links | Aanspreekvorm |',
    );
    expect(md).toContain('| X | 280 tekens zoals X telt; een link telt als 23 tekens | 2 |');
    expect(md).toContain('| `stadhuis-2024` | Stadhuis | Jan Jansen | CC-BY-4.0 | 2027-12-31 |');
    expect(md).toMatch(
      /\| Rol \| Pionier \| Groeiend \(huidige fase\) \|\n\| --- \| --- \| --- \|/,
    );
  });

  it('never prints confidential terms', () => {
    expect(md).not.toMatch(/Zeebries|Kwadrant|prognose/i);
  });

  it('switches labels with the language', () => {
    expect(md).toContain("## Do's en don'ts");
    const en = renderMarkdown(guideline, 'en');
    expect(en).toContain("## Do's and don'ts");
    expect(en).toContain("### ⛔ Don't: Deel geen vertrouwelijke informatie");
    expect(en).toContain('## Who decides');
  });
});

// The shipped default guidelines: both must render.
const defaults = (['nl', 'en'] as const).map((lang) => ({
  lang,
  file: fileURLToPath(new URL(`../../../guidelines/${lang}.yaml`, import.meta.url)),
}));

describe('default guidelines', () => {
  for (const { lang, file } of defaults) {
    it(`renders guidelines/${lang}.yaml with every anchor and no confidential term`, () => {
      const g = parseGuideline(readFileSync(file, 'utf8'), file, KINDS);
      const html = renderHtml(g, lang);
      const md = renderMarkdown(g, lang);
      const found = ids(html);
      expect(new Set(found).size).toBe(found.length);
      for (const anchor of articleAnchors(g)) {
        expect(found, anchor).toContain(anchor);
        expect(md).toContain(`<a id="${anchor}"></a>`);
      }
      for (const c of g.terms.confidential) {
        const term = typeof c === 'string' ? c : c.term;
        expect(html).not.toContain(term);
        expect(md).not.toContain(term);
      }
    });
  }
});
