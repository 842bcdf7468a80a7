import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** Shows an error as the API worded it (the API answers in Dutch), or a known failure in the UI's language. */
export function ErrorMessage({ error }: { error: Error | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  let text: string;
  if (error instanceof ApiError) {
    if (error.code === 'network') text = t('error.network');
    else if (error.code === 'internal' || error.code === 'http') text = t('error.server');
    else text = error.message;
  } else {
    text = t('error.unexpected');
  }
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
