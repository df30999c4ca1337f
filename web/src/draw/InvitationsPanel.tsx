import { useState } from 'react';
import { Link } from 'react-router-dom';
import { saveFile } from '../api/download';
import { problemText } from '../api/problems';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProblemList } from '../ui/ProblemList';
import { lettersUrl, signUpPath, useInvite, useMoveSignUp } from './queries';
import { isEditable, type Draw } from './types';

/** Letters at most per draw, as the API allows. */
const maxLetters = 200_000;

/**
 * A draw's invitation letters, for its staff: drawn from the register uploaded (once, by district if asked), or, when
 * the register stays with the commune, as many letters as households it drew, each with a code; the codes as a
 * mail-merge CSV; the public sign-up page whoever receives one signs up on, until the time set.
 */
export function InvitationsPanel({ slug, draw, readOnly }: { slug: string; draw: Draw; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, plural, dateTime } = i18n;
  const session = useSession();
  const invite = useInvite(slug, draw.assemblyId, draw.id);
  const move = useMoveSignUp(slug, draw.assemblyId, draw.id);
  const [newUntil, setNewUntil] = useState('');
  const [letters, setLetters] = useState('');
  const [until, setUntil] = useState('');
  const [byDistrict, setByDistrict] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>();
  const register = draw.register;
  // From a register: one lottery, no more letters than households.
  const limit = register ? register.households : maxLetters - draw.letters;
  const hasDistricts = register?.districts.some((row) => row.district !== '') ?? false;
  const count = Number(letters);
  const valid = /^\d+$/.test(letters) && count >= 1 && count <= limit && until !== '';
  const editable = isEditable(draw.status) && register?.lettersByDistrict == null;

  const download = async () => {
    setDownloadError(undefined);
    try {
      await saveFile(lettersUrl(slug, draw.assemblyId, draw.id), `letters-${draw.id}.csv`, await session.token());
    } catch (e) {
      setDownloadError(e);
    }
  };

  return (
    <section className="panel" aria-labelledby="letters-heading">
      <h2 id="letters-heading">{t('letters.title')}</h2>
      <p>{register ? t('letters.fromRegister') : t('letters.lead')}</p>
      {draw.letters > 0 ? (
        <>
          <p role="status">
            {plural('letters.count', draw.letters)} {plural('letters.signUps', draw.signUps)}{' '}
            {draw.signUpUntil ? t('letters.until', { date: dateTime(draw.signUpUntil) }) : null}
          </p>
          <p className="actions">
            <button type="button" className="button secondary" onClick={() => void download()}>
              {t('letters.download')}
            </button>
            <Link to={signUpPath(slug, draw.id)}>{t('letters.signUpPage')}</Link>
          </p>
          {downloadError ? (
            <p className="error" role="alert">
              {problemText(i18n, downloadError)}
            </p>
          ) : null}
          {isEditable(draw.status) ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (newUntil !== '')
                  move
                    .mutateAsync(new Date(newUntil).toISOString())
                    .then(() => setNewUntil(''))
                    .catch(() => undefined);
              }}
            >
              <fieldset className="plain" disabled={readOnly}>
                <div className="field">
                  <label htmlFor="letters-move-until">{t('letters.newUntil')}</label>
                  <input
                    id="letters-move-until"
                    type="datetime-local"
                    required
                    value={newUntil}
                    onChange={(event) => setNewUntil(event.target.value)}
                  />
                </div>
                <p>
                  <button type="submit" className="button secondary" disabled={newUntil === '' || move.isPending}>
                    {t('letters.move')}
                  </button>
                </p>
              </fieldset>
              {move.error ? <ProblemList error={move.error} /> : null}
            </form>
          ) : null}
        </>
      ) : (
        <p className="empty">{t('letters.none')}</p>
      )}
      {invite.error ? <ProblemList error={invite.error} /> : null}
      {editable ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (valid) setConfirming(true);
          }}
        >
          <fieldset className="plain" disabled={readOnly || draw.quotas.length === 0}>
            <p>
              <label htmlFor="letters-count">{t('letters.add')}</label>
              <input
                id="letters-count"
                type="number"
                min={1}
                max={limit}
                required
                value={letters}
                onChange={(event) => setLetters(event.target.value)}
              />
            </p>
            <p>
              <label htmlFor="letters-until">{t('letters.openUntil')}</label>
              <input
                id="letters-until"
                type="datetime-local"
                required
                value={until}
                onChange={(event) => setUntil(event.target.value)}
              />
            </p>
            {register ? (
              <p>
                <input
                  id="letters-by-district"
                  type="checkbox"
                  disabled={!hasDistricts}
                  checked={byDistrict && hasDistricts}
                  onChange={(event) => setByDistrict(event.target.checked)}
                />{' '}
                <label htmlFor="letters-by-district">{t('letters.byDistrict')}</label>
              </p>
            ) : null}
            {draw.quotas.length === 0 ? <p className="hint">{t('letters.quotasFirst')}</p> : null}
            <p>
              <button type="submit" className="button" disabled={!valid || invite.isPending}>
                {t('letters.make')}
              </button>
            </p>
          </fieldset>
        </form>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('letters.confirmTitle')}
          busy={invite.isPending}
          onConfirm={() => {
            invite
              .mutateAsync({
                letters: count,
                signUpUntil: new Date(until).toISOString(),
                ...(register ? { byDistrict: byDistrict && hasDistricts } : {}),
              })
              .then(() => setLetters(''))
              .catch(() => undefined)
              .finally(() => setConfirming(false));
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>{plural(register ? 'letters.confirmFromRegister' : 'letters.confirmExplain', count)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
