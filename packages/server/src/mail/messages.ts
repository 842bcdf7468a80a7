import type { Lang } from '@leidraad/core';
import type { Notified } from '../commands/notify.js';
import type { MailMessage } from './mailer.js';

type Data = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const TEXT = {
  nl: {
    hiddenSubject: 'Je bericht is verborgen',
    hidden: (d: Data) => [
      'Een moderator heeft je bericht verborgen. Het is niet verwijderd: het blijft bewaard.',
      '',
      `Reden: ${str(d.reasonText)}`,
      d.article ? `Artikel in de richtlijn: ${str(d.article)}` : '',
      d.note ? `Toelichting: ${str(d.note)}` : '',
      '',
      `Bezwaar maken: ${str(d.appeal)}`,
    ],
    appealSubject: 'Nieuw bezwaar tegen het verbergen van een bericht',
    appeal: (d: Data) => [
      `${str(d.author)} maakt bezwaar tegen het verbergen van een bericht.`,
      '',
      `Bezwaar: ${str(d.text)}`,
      '',
      'Jij beslist: wijs het bezwaar toe (het bericht wordt weer zichtbaar) of af.',
    ],
    decidedSubject: 'Besluit over je bezwaar',
    decided: (d: Data) => [
      d.decision === 'grant'
        ? 'Je bezwaar is toegewezen: je bericht is weer zichtbaar.'
        : 'Je bezwaar is afgewezen: je bericht blijft verborgen.',
      '',
      `Toelichting: ${str(d.note)}`,
    ],
    restoredSubject: 'Je bericht is weer zichtbaar',
    restored: (d: Data) => [
      'Een moderator heeft je bericht weer zichtbaar gemaakt.',
      d.note ? `Toelichting: ${str(d.note)}` : '',
    ],
    post: 'Het bericht',
    link: 'Bekijk de geschiedenis',
  },
  en: {
    hiddenSubject: 'Your post was hidden',
    hidden: (d: Data) => [
      'A moderator hid your post. It was not deleted: it is kept.',
      '',
      `Reason: ${str(d.reasonText)}`,
      d.article ? `Guideline article: ${str(d.article)}` : '',
      d.note ? `Note: ${str(d.note)}` : '',
      '',
      `How to appeal: ${str(d.appeal)}`,
    ],
    appealSubject: 'New appeal against a hidden post',
    appeal: (d: Data) => [
      `${str(d.author)} appeals against hiding a post.`,
      '',
      `Appeal: ${str(d.text)}`,
      '',
      'You decide: grant the appeal (the post becomes visible again) or uphold the decision.',
    ],
    decidedSubject: 'Decision on your appeal',
    decided: (d: Data) => [
      d.decision === 'grant'
        ? 'Your appeal was granted: your post is visible again.'
        : 'Your appeal was not granted: your post stays hidden.',
      '',
      `Note: ${str(d.note)}`,
    ],
    restoredSubject: 'Your post is visible again',
    restored: (d: Data) => [
      'A moderator made your post visible again.',
      d.note ? `Note: ${str(d.note)}` : '',
    ],
    post: 'The post',
    link: 'See the history',
  },
} as const;

const KINDS = {
  'moderation-hidden': ['hiddenSubject', 'hidden'],
  'moderation-appeal': ['appealSubject', 'appeal'],
  'moderation-decided': ['decidedSubject', 'decided'],
  'moderation-restored': ['restoredSubject', 'restored'],
} as const;

/**
 * The e-mail for each moderation notification, in the guideline's language, with the post's
 * text and (when the server knows its public address) a link to the post's history.
 */
export function mailsFor(
  notified: readonly Notified[],
  lang: Lang,
  postText: string,
  publicUrl: string | undefined,
): MailMessage[] {
  const t = TEXT[lang];
  return notified.flatMap(({ row, email }) => {
    const keys = KINDS[row.kind as keyof typeof KINDS];
    if (!keys || !email) return [];
    const data = JSON.parse(row.data_json) as Data;
    const body = t[keys[1]](data).filter((line, i, all) => line !== '' || all[i - 1] !== '');
    const link =
      publicUrl && row.post_id
        ? [
            `${t.link}: ${publicUrl.replace(/\/+$/, '')}/moderation/history?post=${encodeURIComponent(row.post_id)}`,
          ]
        : [];
    const quoted = postText
      .split('\n')
      .slice(0, 20)
      .map((l) => `> ${l}`);
    return [
      {
        to: email,
        subject: t[keys[0]],
        text: `${[...body, '', `${t.post}:`, ...quoted, '', ...link].join('\n').trimEnd()}\n`,
      },
    ];
  });
}
