import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { isNotFound } from '../api/client';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { usePageTitle } from '../ui/usePageTitle';
import { useAnswerSeatOffer, usePublicSeatOffer } from './queries';
import type { PublicSeatOffer } from './types';

/**
 * The one link of a seat offer's email, for a person who may have no account yet: the seat and its term, until when
 * to answer; to accept, sign in (or create an account) with the address the offer went to; to refuse, the link is
 * enough. Once answered or lapsed, it says so.
 */
export function SeatOfferPage() {
  const { slug = '', offer: id = '' } = useParams();
  const { t, date } = useI18n();
  const offer = usePublicSeatOffer(slug, id);
  usePageTitle(t('seatOffer.pageTitle'));

  if (isNotFound(offer.error)) {
    return (
      <section>
        <h1>{t('seatOffer.pageTitle')}</h1>
        <p className="error" role="alert">
          {t('seatOffer.notFound')}
        </p>
      </section>
    );
  }
  const data = offer.data;
  const open = data?.status === 'OFFERED' && !data.lapsed;
  return (
    <section aria-labelledby="seat-offer-heading">
      <h1 id="seat-offer-heading">
        {data ? t('seatOffer.title', { assembly: data.assemblyName }) : t('seatOffer.pageTitle')}
      </h1>
      {offer.error ? <ErrorMessage error={offer.error} /> : null}
      {!data && !offer.error ? <p role="status">{t('common.loading')}</p> : null}
      {data && open ? <Open slug={slug} offer={data} /> : null}
      {data?.status === 'ACCEPTED' ? (
        <div className="success" role="status">
          <p>{t('seatOffer.state.ACCEPTED')}</p>
          <p>
            <Link to={`/communes/${slug}`}>{t('seatOffer.toCommune')}</Link>
          </p>
        </div>
      ) : null}
      {data?.status === 'DECLINED' ? (
        <p className="notice" role="status">
          {t('seatOffer.state.DECLINED')}
        </p>
      ) : null}
      {data && (data.status === 'EXPIRED' || data.lapsed) ? (
        <p className="notice" role="status">
          {t('seatOffer.state.EXPIRED', { date: date(data.deadline, 'long') })}
        </p>
      ) : null}
    </section>
  );
}

function Open({ slug, offer }: { slug: string; offer: PublicSeatOffer }) {
  const { t, date, dateTime, language } = useI18n();
  const session = useSession();
  const accept = useAnswerSeatOffer(slug, offer.id, 'accept');
  // The emailed link carries the key a refusal signed out needs; signed in with the offer's address, none is needed.
  const key = useSearchParams()[0].get('key') ?? undefined;
  const refuse = useAnswerSeatOffer(slug, offer.id, 'refuse', key);
  const [refusing, setRefusing] = useState(false);
  const here = useLocation().pathname;
  return (
    <>
      <p className="lead">{t('seatOffer.lead', { assembly: offer.assemblyName, months: offer.mandateMonths })}</p>
      {offer.startsOn ? <p>{t('seatOffer.startsOn', { date: date(offer.startsOn, 'long') })}</p> : null}
      <p>
        <strong>{t('seatOffer.until', { date: dateTime(offer.deadline) })}</strong>
      </p>
      {accept.error ? <ErrorMessage error={accept.error} /> : null}
      {refuse.error ? <ErrorMessage error={refuse.error} /> : null}
      {session.authenticated ? (
        <p className="actions">
          <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
            {t('seatOffer.accept')}
          </button>
          <button type="button" className="button secondary" onClick={() => setRefusing(true)}>
            {t('seatOffer.refuse')}
          </button>
          <button type="button" className="button secondary" onClick={session.signOut}>
            {t('auth.signOut')}
          </button>
        </p>
      ) : (
        <div className="notice">
          <p>{t('seatOffer.address', { address: offer.maskedEmail })}</p>
          <p className="actions">
            <button type="button" className="button" onClick={() => session.signIn(here, language)}>
              {t('auth.signIn')}
            </button>
            <button type="button" className="button secondary" onClick={() => session.register(here, language)}>
              {t('invitation.register')}
            </button>
            {key ? (
              <button type="button" className="button secondary" onClick={() => setRefusing(true)}>
                {t('seatOffer.refuse')}
              </button>
            ) : null}
          </p>
        </div>
      )}
      {refusing ? (
        <ConfirmDialog
          title={t('seatOffer.refuseTitle')}
          busy={refuse.isPending}
          onConfirm={() => {
            refuse.mutate(undefined, { onSettled: () => setRefusing(false) });
          }}
          onCancel={() => setRefusing(false)}
        >
          <p>{t('seatOffer.refuseExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
