import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router-dom';
import { unwrap, useApi } from '../api/client';
import type { JoiningSettings, JoinPolicy } from '../api/types';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import { communeKey, useReadOnly } from './queries';

const policies: JoinPolicy[] = ['OPEN', 'INVITATION_CODE'];

/** How citizens join the commune, for its administrators: the policy, and the invitation code with its link. */
export function JoiningPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const readOnly = useReadOnly(slug);
  usePageTitle(t('joining.title'));
  const [status, setStatus] = useState('');
  const [renewing, setRenewing] = useState(false);
  const key = [...communeKey(slug), 'joining'];
  const settings = useQuery({
    queryKey: key,
    queryFn: () => unwrap<JoiningSettings>(api.GET('/api/communes/{slug}/joining', { params: { path: { slug } } })),
  });
  const form = useForm<{ policy: JoinPolicy }>({ values: { policy: settings.data?.policy ?? 'OPEN' } });

  const changed = (answer: JoiningSettings, done: string) => {
    queryClient.setQueryData(key, answer);
    void queryClient.invalidateQueries({ queryKey: ['public-commune', slug] });
    setStatus(done);
  };
  const save = useMutation({
    mutationFn: (policy: JoinPolicy) =>
      unwrap<JoiningSettings>(
        api.PUT('/api/communes/{slug}/joining', { params: { path: { slug } }, body: { policy } }),
      ),
    onMutate: () => setStatus(''),
    onSuccess: (answer) => changed(answer, t('joining.saved')),
  });
  const renew = useMutation({
    mutationFn: () =>
      unwrap<JoiningSettings>(api.POST('/api/communes/{slug}/joining/code', { params: { path: { slug } } })),
    onMutate: () => setStatus(''),
    onSuccess: (answer) => changed(answer, t('joining.renewed')),
    onSettled: () => setRenewing(false),
  });

  const data = settings.data;
  const link = data
    ? `${window.location.origin}/communes/${slug}/join?invitation=${encodeURIComponent(data.invitationCode)}`
    : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('joining.copied'));
    } catch {
      setStatus(t('joining.copyFailed'));
    }
  }

  const error = settings.error ?? save.error ?? renew.error;
  const busy = save.isPending || renew.isPending;
  return (
    <section>
      <h1>{t('joining.title')}</h1>
      <p>
        <Link to={`/communes/${slug}`}>{t('common.backToCommune')}</Link>
      </p>
      <ReadOnlyNotice readOnly={readOnly} />
      {error ? <ErrorMessage error={error} /> : null}
      <p className="success" role="status">
        {status}
      </p>
      {!data && !error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <form className="form" onSubmit={form.handleSubmit(({ policy }) => save.mutate(policy))}>
            <fieldset className="field" disabled={readOnly}>
              <legend>{t('joining.policy')}</legend>
              <div className="choices stacked">
                {policies.map((option) => (
                  <label key={option} className="choice">
                    <input type="radio" value={option} {...form.register('policy')} />
                    <span>{t(option === 'OPEN' ? 'joining.open' : 'joining.withCode')}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="button" disabled={busy || readOnly}>
              {t('joining.save')}
            </button>
          </form>
          <h2>{t('joining.invitation')}</h2>
          <dl className="facts">
            <dt>{t('joining.code')}</dt>
            <dd>
              <code className="code">{data.invitationCode}</code>
            </dd>
          </dl>
          <div className="field">
            <label htmlFor="join-link">{t('joining.link')}</label>
            <p id="join-link-hint" className="hint">
              {t('joining.linkHint')}
            </p>
            <div className="copy">
              <input
                id="join-link"
                readOnly
                value={link}
                aria-describedby="join-link-hint"
                onFocus={(e) => e.target.select()}
              />
              <button type="button" className="button secondary" onClick={() => void copy()}>
                {t('joining.copy')}
              </button>
            </div>
          </div>
          <p className="actions">
            <button
              type="button"
              className="button secondary"
              disabled={busy || readOnly}
              onClick={() => setRenewing(true)}
            >
              {t('joining.renew')}
            </button>
          </p>
        </>
      ) : null}
      {renewing ? (
        <ConfirmDialog
          title={t('joining.renewTitle')}
          busy={busy}
          onConfirm={() => renew.mutate()}
          onCancel={() => setRenewing(false)}
        >
          <p>{t('joining.renewExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
