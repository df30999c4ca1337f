import { useState } from 'react';
import { isNotFound } from '../api/client';
import { problemText } from '../api/problems';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProblemList } from '../ui/ProblemList';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useRecordRefusal, useReplaceMember, useSeating, useStartSeating } from './queries';
import type { Draw, PublicReplacement, SeatOffer, Seating } from './types';

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
  const { t, plural, word, dateTime } = i18n;
  const refuse = useRecordRefusal(slug, draw.assemblyId, draw.id);
  const replace = useReplaceMember(slug, draw.assemblyId, draw.id);
  const [refusing, setRefusing] = useState<SeatOffer>();
  const [replacing, setReplacing] = useState<SeatOffer>();
  const byId = new Map(seating.offers.map((offer) => [offer.id, offer]));
  const replacedOffers = new Set(seating.replacements.map((replacement) => replacement.withdrawnOffer));
  return (
    <>
      <p role="status">
        {t('seating.accepted', { accepted: seating.accepted, panel: seating.panelSize })}{' '}
        {plural('seating.waiting', seating.waiting)} {plural('seating.reservesLeft', seating.reservesLeft)}
      </p>
      {seating.waiting > 0 && seating.reservesLeft === 0 ? (
        <p className="notice">{t('seating.noReserveLeft')}</p>
      ) : null}
      {refuse.error || replace.error ? (
        <p className="error" role="alert">
          {problemText(i18n, refuse.error ?? replace.error)}
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
                  {offer.withdrawn ? <> {t('seating.withdrawn')}</> : null}
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
                  ) : offer.withdrawn && !replacedOffers.has(offer.id) ? (
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={readOnly || replace.isPending}
                      onClick={() => setReplacing(offer)}
                    >
                      {t('seating.replace')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {seating.replacements.length > 0 ? <Replacements replacements={seating.replacements} /> : null}
      {replacing ? (
        <ConfirmDialog
          title={t('seating.replaceTitle', { pseudonym: replacing.pseudonym })}
          busy={replace.isPending}
          onConfirm={() => {
            replace
              .mutateAsync(replacing.id)
              .catch(() => undefined)
              .finally(() => setReplacing(undefined));
          }}
          onCancel={() => setReplacing(undefined)}
        >
          <p>{t('seating.replaceExplain')}</p>
        </ConfirmDialog>
      ) : null}
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

/** The replacements of members who withdrew, as their audit records tell them (staff here, anyone on the audit page). */
export function Replacements({ replacements }: { replacements: PublicReplacement[] }) {
  const { t, dateTime } = useI18n();
  return (
    <table className="table">
      <caption>{t('replacements.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('replacements.withdrawn')}</th>
          <th scope="col">{t('replacements.reserve')}</th>
          <th scope="col">{t('replacements.quotas')}</th>
          <th scope="col">{t('replacements.at')}</th>
        </tr>
      </thead>
      <tbody>
        {replacements.map((replacement) => (
          <tr key={replacement.withdrawn}>
            <th scope="row">
              <code>{replacement.withdrawn}</code>
            </th>
            <td>{replacement.reserve ? <code>{replacement.reserve}</code> : t('replacements.noReserve')}</td>
            <td>
              {replacement.brokenSeats == null
                ? ''
                : replacement.brokenSeats === 0
                  ? t('replacements.kept')
                  : t('replacements.broken', { seats: replacement.brokenSeats })}
            </td>
            <td>{dateTime(replacement.requestedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
