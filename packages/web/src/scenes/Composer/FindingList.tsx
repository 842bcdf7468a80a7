import type { Finding } from '@leidraad/core';
import { Link } from '../../components/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';

const SEVERITY: Record<Finding['severity'], MessageKey> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};

type Props = {
  text: string;
  findings: Finding[];
  onApply(finding: Finding): void;
  onShow(finding: Finding): void;
};

/** Each finding with its message, severity, the handbook article it enforces and its fix. */
export function FindingList({ text, findings, onApply, onShow }: Props) {
  const { t } = useI18n();
  if (findings.length === 0) {
    return (
      <p className="all-clear" data-testid="no-findings">
        {t('composer.noFindings')}
      </p>
    );
  }
  return (
    <ul className="findings">
      {findings.map((f) => {
        const fragment = text.slice(f.start, f.end);
        return (
          <li
            key={`${f.rule}:${f.messageId}:${f.start}:${f.end}`}
            className={`finding sev-${f.severity}`}
            data-testid="finding"
            data-rule={f.rule}
            data-severity={f.severity}
            data-start={f.start}
            data-end={f.end}
          >
            <p className="finding-head">
              <span className={`badge sev-${f.severity}`}>{t(SEVERITY[f.severity])}</span>{' '}
              {fragment.trim() !== '' && (
                <button
                  type="button"
                  className="fragment"
                  onClick={() => onShow(f)}
                  title={t('composer.showInText')}
                >
                  <span className="sr-only">{t('composer.showInText')}: </span>
                  {shorten(fragment)}
                </button>
              )}
            </p>
            <p className="finding-message">{f.message}</p>
            <p className="finding-actions">
              <Link to={`/handbook#${encodeURIComponent(f.guideline)}`} data-testid="finding-link">
                {t('composer.readArticle')}
              </Link>
              {f.fix && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onApply(f)}
                  data-testid="fix-button"
                  // The visible text is the accessible name (WCAG 2.5.3, label in name);
                  // what the fix does in full is its description.
                  title={
                    f.fix.text === ''
                      ? t('composer.applyRemove', { from: shorten(fragment) })
                      : t('composer.applyReplace', {
                          from: shorten(text.slice(f.fix.start, f.fix.end)),
                          to: shorten(f.fix.text),
                        })
                  }
                >
                  {t('composer.apply')}
                  {f.fix.text !== '' && (
                    <span className="fix-preview"> → {shorten(f.fix.text)}</span>
                  )}
                </button>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function shorten(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
