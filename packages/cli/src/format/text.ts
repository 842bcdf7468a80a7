import { type CheckResult, type Lang, offsetToLineCol } from '@leidraad/core';
import { severityLabel, t } from '../messages.js';

/** Human-readable findings: position, severity, message, rule, the span underlined, the fix. */
export function formatText(text: string, result: CheckResult, lang: Lang, name: string): string {
  if (result.findings.length === 0) return `${t(lang, 'noProblems')}\n`;
  const lines = text.split('\n');
  const out: string[] = [];
  for (const f of result.findings) {
    const { line, col } = offsetToLineCol(text, f.start);
    out.push(
      `${name}:${line}:${col}  ${severityLabel(lang, f.severity)}  ${f.message}  [${f.rule}]`,
    );
    const source = lines[line - 1] ?? '';
    if (source.length <= 200) {
      const width = Math.max(1, Math.min(f.end - f.start, source.length - col + 1));
      out.push(`    ${source}`);
      out.push(`    ${' '.repeat(col - 1)}${'^'.repeat(width)}`);
    }
    if (f.fix) out.push(`    ${t(lang, 'fix')}: "${f.fix.text}"`);
  }
  const s = result.summary;
  out.push('');
  out.push(
    t(lang, 'problems', {
      total: result.findings.length,
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
    }),
  );
  return `${out.join('\n')}\n`;
}
