import type { ClassifyResult, Lang } from '@leidraad/core';
import { t } from '../messages.js';

const SENTIMENT_KEYS = {
  positive: 'sentimentPositive',
  negative: 'sentimentNegative',
  neutral: 'sentimentNeutral',
} as const;

const MAX_CUES = 8;

/** Human-readable classification: situation, why, steps, the drafted reply and the route. */
export function formatClassification(text: string, r: ClassifyResult, lang: Lang): string {
  const out: string[] = [];
  out.push(
    t(lang, 'classifySituation', {
      title: r.title,
      situation: r.situation,
      confidence: r.confidence.toFixed(2),
    }),
  );
  out.push(
    t(lang, 'classifySentiment', {
      sentiment: t(lang, SENTIMENT_KEYS[r.sentiment]),
      language: r.language,
    }),
  );
  out.push(t(lang, 'classifyWhy'));
  let cues = 0;
  for (const s of r.signals) {
    if (s.kind === 'example') {
      out.push(
        `  ${t(lang, 'classifyExample', { situation: s.situation, similarity: s.similarity.toFixed(2), example: s.example })}`,
      );
    } else if (cues++ < MAX_CUES) {
      const span = `${s.start}-${s.end}`;
      out.push(
        s.kind === 'cue'
          ? `  ${t(lang, s.source === 'guideline' ? 'classifyCueGuideline' : 'classifyCue', { text: text.slice(s.start, s.end), span, situation: s.situation, weight: s.weight })}`
          : `  ${t(lang, 'classifySentimentCue', { text: text.slice(s.start, s.end), span, weight: s.weight })}`,
      );
    }
  }
  const next = r.scores[1];
  if (next)
    out.push(
      `  ${t(lang, 'classifyAlternative', { situation: next.situation, score: next.score, own: r.scores[0]?.score ?? 0 })}`,
    );
  out.push(t(lang, 'classifySteps'));
  r.steps.forEach((step, i) => {
    out.push(`  ${i + 1}. ${step}`);
  });
  out.push(t(lang, 'classifyReply', { addressForm: r.reply.addressForm }));
  out.push(`  ${r.reply.text}`);
  if (r.reply.missing.length > 0)
    out.push(`  ${t(lang, 'classifyMissing', { missing: r.reply.missing.join(', ') })}`);
  out.push(
    t(lang, 'classifyRoute', {
      team: r.route.teamName,
      teamId: r.route.team,
      minutes: r.route.dueInMinutes,
    }),
  );
  if (r.route.escalate && r.route.escalateTo)
    out.push(
      t(lang, 'classifyEscalate', {
        team: r.route.escalateToName ?? r.route.escalateTo,
        teamId: r.route.escalateTo,
      }),
    );
  return `${out.join('\n')}\n`;
}

export type SituationTally = { messages: number; confidence: number; escalated: number };

/** The summary of a batch run: messages per situation, share, mean confidence, escalations. */
export function formatSituationTable(
  tally: Map<string, SituationTally>,
  total: number,
  lang: Lang,
): string {
  if (tally.size === 0) return '';
  const header = [
    t(lang, 'tableSituation'),
    t(lang, 'tableMessages'),
    t(lang, 'tableShare'),
    t(lang, 'tableConfidence'),
    t(lang, 'tableEscalated'),
  ];
  const rows = [...tally.entries()]
    .sort((a, b) => b[1].messages - a[1].messages || (a[0] < b[0] ? -1 : 1))
    .map(([situation, r]) => [
      situation,
      String(r.messages),
      `${((100 * r.messages) / Math.max(1, total)).toFixed(1)}%`,
      (r.confidence / r.messages).toFixed(2),
      String(r.escalated),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return `${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
