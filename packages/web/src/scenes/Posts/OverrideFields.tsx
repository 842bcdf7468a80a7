import { useI18n } from '../../i18n/I18nProvider.js';

/** Ask for an exception: a checkbox and the note the reviewers read. */
export function OverrideFields({
  override,
  setOverride,
  note,
  setNote,
  idPrefix = 'post',
}: {
  override: boolean;
  setOverride: (v: boolean) => void;
  note: string;
  setNote: (v: string) => void;
  idPrefix?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="field inline">
        <label className="choice">
          <input
            type="checkbox"
            checked={override}
            onChange={(e) => setOverride(e.target.checked)}
            data-testid="request-override"
          />
          {t('posts.requestOverride')}
        </label>
      </div>
      {override && (
        <div className="field">
          <label htmlFor={`${idPrefix}_override_note`}>{t('posts.overrideNote')}</label>
          <textarea
            id={`${idPrefix}_override_note`}
            value={note}
            rows={3}
            onChange={(e) => setNote(e.target.value)}
            data-testid="override-note"
          />
        </div>
      )}
    </>
  );
}
