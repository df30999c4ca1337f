import { useState } from 'react';
import { isNotFound } from '../api/client';
import { problemText } from '../api/problems';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProblemList } from '../ui/ProblemList';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useRecordRefusal, useSeating, useStartSeating } from './queries';
import type { Draw, SeatOffer, Seating } from './types';

/**
 * A completed draw's seating, for its staff: offering the panel its seats by email (each person then accepts signed
 * in with their address, or refuses by the link), then every offer's answer, the reserves called after a refusal or a
 * lapsed deadline, and a refusal told by phone or letter to record.
 */
export function SeatingPanel({ slug, draw, readOnly }: { slug: string; draw: Draw; readOnly: boolean }) {
  const { t } = useI18n();
  const seating = useSeating(slug, draw.assemblyId, draw.id);
  return (
    <section className="panel" aria-labelledby="seating-heading">
      <h2 id="seating-heading">{t('seating.title')}</h2>
      {isNotFound(seating.error) ? (
        <StartSeating slug={slug} draw={draw} readOnly={readOnly} />
      ) : seating.error ? (
        <ErrorMessage error={seating.error} />
      ) : seating.data ? (
        <Offers slug={slug} draw={draw} seating={seating.data} readOnly={readOnly} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

function StartSeating({ slug, draw, readOnly }: { slug: string; draw: Draw; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, plural } = i18n;
  const start = useStartSeating(slug, draw.assemblyId, draw.id);
  const [days, setDays] = useState('14');
  const [startsOn, setStartsOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const daysValid = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 60;
  return (
    <>
      <p>{t('seating.lead')}</p>
      {start.error ? <ProblemList error={start.error} /> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (daysValid) setConfirming(true);
        }}
      >
        <fieldset className="plain" disabled={readOnly}>
          <p>
            <label htmlFor="seating-days">{t('seating.days')}</label>
            <input
              id="seating-days"
              type="number"
              min={1}
              max={60}
              required
              value={days}
              aria-invalid={!daysValid}
              aria-describedby="seating-days-hint"
              onChange={(event) => setDays(event.target.value)}
            />
            <span id="seating-days-hint" className="hint">
              {t('seating.daysHint')}
            </span>
          </p>
          <p>
            <label htmlFor="seating-starts">{t('seating.startsOn')}</label>
            <input
              id="seating-starts"
              type="date"
              value={startsOn}
              aria-describedby="seating-starts-hint"
              onChange={(event) => setStartsOn(event.target.value)}
            />
            <span id="seating-starts-hint" className="hint">
              {t('seating.startsOnHint')}
            </span>
          </p>
          <p>
            <button type="submit" className="button" disabled={!daysValid || start.isPending}>
              {t('seating.start')}
            </button>
          </p>
        </fieldset>
      </form>
      {confirming ? (
        <ConfirmDialog
          title={t('seating.confirmTitle')}
          busy={start.isPending}
          onConfirm={() => {
            start
              .mutateAsync({ answerWithinDays: Number(days), ...(startsOn ? { startsOn } : {}) })
              .catch(() => undefined)
              .finally(() => setConfirming(false));
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>{plural('seating.confirmExplain', draw.panelSize)}</p>
          <p>{t('seating.confirmDays', { days })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function Offers({ slug, draw, seating, readOnly }: { slug: string; draw: Draw; seating: Seating; readOnly: boolean }) {
  const i18n = useI18n();
  const { t, word, dateTime } = i18n;
  const refuse = useRecordRefusal(slug, draw.assemblyId, draw.id);
  const [refusing, setRefusing] = useState<SeatOffer>();
  const byId = new Map(seating.offers.map((offer) => [offer.id, offer]));
  return (
    <>
      <p role="status">
        {t('seating.summary', {
          accepted: seating.accepted,
          panel: seating.panelSize,
          waiting: seating.waiting,
          reserves: seating.reservesLeft,
        })}
      </p>
      {seating.waiting > 0 && seating.reservesLeft === 0 ? (
        <p className="notice">{t('seating.noReserveLeft')}</p>
      ) : null}
      {refuse.error ? (
        <p className="error" role="alert">
          {problemText(i18n, refuse.error)}
        </p>
      ) : null}
      <table className="table">
        <caption>{t('seating.offers')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('drawResult.pseudonym')}</th>
            <th scope="col">{t('drawResult.name')}</th>
            <th scope="col">{t('drawResult.email')}</th>
            <th scope="col">{t('seating.status')}</th>
            <th scope="col">{t('seating.deadline')}</th>
            <th scope="col">{t('seating.note')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('seating.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {seating.offers.map((offer) => {
            const replaced = offer.replaces ? byId.get(offer.replaces) : undefined;
            return (
              <tr key={offer.id}>
                <th scope="row">
                  <code>{offer.pseudonym}</code>
                </th>
                <td>{offer.name ?? ''}</td>
                <td>{offer.email ?? ''}</td>
                <td>
                  <span className={`badge offer-${offer.status.toLowerCase()}`}>
                    {word('seatOfferStatus', offer.status)}
                  </span>
                </td>
                <td>
                  {offer.status === 'OFFERED' ? dateTime(offer.deadline) : dateTime(offer.answeredAt ?? offer.deadline)}
                </td>
                <td>
                  {replaced
                    ? t('seating.replaces', { pseudonym: replaced.pseudonym })
                    : offer.fromReserves
                      ? t('seating.reserve')
                      : ''}
                </td>
                <td>
                  {offer.status === 'OFFERED' ? (
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={readOnly || refuse.isPending}
                      onClick={() => setRefusing(offer)}
                    >
                      {t('seating.recordRefusal')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {refusing ? (
        <ConfirmDialog
          title={t('seating.refusalTitle', { pseudonym: refusing.pseudonym })}
          busy={refuse.isPending}
          onConfirm={() => {
            refuse
              .mutateAsync(refusing.id)
              .catch(() => undefined)
              .finally(() => setRefusing(undefined));
          }}
          onCancel={() => setRefusing(undefined)}
        >
          <p>{t('seating.refusalExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
