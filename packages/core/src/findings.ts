/** Findings are plain data: half-open UTF-16 offsets into the text as given. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Fix = { start: number; end: number; text: string };

export type Finding = {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  messageId: string;
  message: string;
  /** Anchor of the guideline article the finding enforces (handbook `#anchor`). */
  guideline: string;
  fix?: Fix;
};

export type Summary = { errors: number; warnings: number; infos: number };

export type CheckResult = { findings: Finding[]; summary: Summary };

export function summarise(findings: readonly Finding[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
