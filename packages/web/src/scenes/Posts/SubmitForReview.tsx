import { type PostKind, SUBMIT_ACTION } from '@leidraad/core';
import { useState } from 'react';
import { postsApi } from '../../api/posts.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Link } from '../../components/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { capabilityList } from '../../lib/labels.js';
import { navigate } from '../../lib/router.js';
import { useMe } from '../../session/SessionProvider.js';
import { OverrideFields } from './OverrideFields.js';

/**
 * The composer's "Submit for review": shown when the capabilities the server computed for
 * this person include the one this kind of post needs; otherwise it says which one is
 * missing and where to read how to get it. With error findings the author can still ask
 * for an exception, with a note.
 */
export function SubmitForReview({
  text,
  channel,
  as,
  draftId,
  errors,
}: {
  text: string;
  channel: string;
  as: PostKind;
  draftId: string | null;
  errors: number;
}) {
  const { t } = useI18n();
  const me = useMe();
  const [override, setOverride] = useState(false);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<Error>();
  const needed = SUBMIT_ACTION[as];
  if (!me.permissions.includes('posts:submit') || !me.capabilities.includes(needed)) {
    return (
      <p className="meta" data-testid="submit-not-allowed">
        {t('posts.notAllowed', { capability: capabilityList(t, [needed]) })}{' '}
        <Link to="/phase">{t('nav.phase')}</Link> · <Link to="/training">{t('nav.training')}</Link>
      </p>
    );
  }

  const submit = async () => {
    setSending(true);
    setError(undefined);
    try {
      const { post } = await postsApi.submit({
        text,
        as,
        ...(channel ? { channel } : {}),
        ...(draftId ? { draftId } : {}),
        ...(errors > 0 && override ? { requestOverride: true, note: note.trim() } : {}),
      });
      navigate(`/posts?id=${encodeURIComponent(post.id)}`);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      setSending(false);
    }
  };

  return (
    <div className="submit-for-review" data-testid="submit-for-review">
      {errors > 0 && (
        <>
          <p className="meta">{t('posts.hasErrors', { errors })}</p>
          <OverrideFields
            override={override}
            setOverride={setOverride}
            note={note}
            setNote={setNote}
            idPrefix="composer"
          />
        </>
      )}
      <button
        type="button"
        onClick={submit}
        disabled={
          sending || text.trim() === '' || (errors > 0 && (!override || note.trim() === ''))
        }
        data-testid="submit-post"
      >
        {sending ? t('posts.submitting') : t('posts.submit')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
