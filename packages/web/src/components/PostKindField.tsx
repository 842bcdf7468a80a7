import { POST_KINDS, type PostKind } from '@leidraad/core';
import { useI18n } from '../i18n/I18nProvider.js';
import { POST_KIND_LABEL } from '../lib/labels.js';

/** The radio group for the kind of post (personal, corporate, reply). */
export function PostKindField({
  name,
  value,
  onChange,
  testIds = false,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  value: PostKind;
  onChange: (kind: PostKind) => void;
  /** Give each radio `data-testid="kind-<kind>"`. */
  testIds?: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="post-kind">
      <legend>{t('composer.kind')}</legend>
      {POST_KINDS.map((k) => (
        <label key={k} className="choice">
          <input
            type="radio"
            name={name}
            value={k}
            checked={value === k}
            onChange={() => onChange(k)}
            {...(testIds ? { 'data-testid': `kind-${k}` } : {})}
          />
          {t(POST_KIND_LABEL[k])}
        </label>
      ))}
    </fieldset>
  );
}
