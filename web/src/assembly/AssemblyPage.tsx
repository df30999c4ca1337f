import { Link, useParams } from 'react-router-dom';
import { isNotFound } from '../api/client';
import { useReadOnly } from '../commune/queries';
import { useI18n } from '../i18n';
import { useMyCommune } from '../me/useMe';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PagedTable, wholeList } from '../ui/PagedTable';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import { Mandates } from './Mandates';
import { assemblyPath, useAssembly, useMyMandate, useRotationPlan } from './queries';
import { accountabilityPath } from './recommendationQueries';
import { Recommendations } from './Recommendations';
import { SeatForm } from './SeatForm';
import { SeatImport } from './SeatImport';
import { DrawsPanel } from '../draw/DrawsPanel';
import { Sessions } from './Sessions';
import { VotingRulePanel } from './VotingRulePanel';
import { isStaff, seatRanges, type Assembly, type RotationPlan } from './types';

/**
 * One of a commune's assemblies: its facts and its rotation plan (vacant seats, coming renewals) for every member;
 * for its staff, who holds the seats (withdrawing a mandate with a reason) and seating a person by hand.
 */
export function AssemblyPage() {
  const { slug = '', assembly: id = '' } = useParams();
  const { t } = useI18n();
  const commune = useMyCommune(slug);
  const roles = commune?.roles ?? [];
  const staff = isStaff(roles);
  // Only staff and the members who hold a seat propose recommendations.
  const seated = Boolean(useMyMandate(slug, id, Boolean(commune) && !staff).data?.id);
  const readOnly = useReadOnly(slug);
  const assembly = useAssembly(slug, id);
  const plan = useRotationPlan(slug, id);
  usePageTitle(assembly.data?.name ?? t('assemblies.title'));

  const back = (
    <p>
      <Link to={assemblyPath(slug)}>{t('assembly.back')}</Link>
    </p>
  );
  if (isNotFound(assembly.error)) {
    return (
      <section>
        <h1>{t('assemblies.title')}</h1>
        {back}
        <p className="error" role="alert">
          {t('assembly.notFound')}
        </p>
      </section>
    );
  }
  const data = assembly.data;
  return (
    <section>
      <h1>{data?.name ?? t('assemblies.title')}</h1>
      {back}
      <ReadOnlyNotice readOnly={staff && readOnly} />
      {assembly.error ? <ErrorMessage error={assembly.error} /> : null}
      {!data && !assembly.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? <Facts assembly={data} /> : null}
      <section aria-labelledby="rotation-heading">
        <h2 id="rotation-heading">{t('rotation.title')}</h2>
        <p>{t('rotation.lead')}</p>
        {plan.error ? <ErrorMessage error={plan.error} /> : null}
        <Rotation plan={plan.data} failed={Boolean(plan.error)} />
      </section>
      {data ? <Sessions slug={slug} assembly={data.id} staff={staff} readOnly={readOnly} /> : null}
      {data ? (
        <>
          <Recommendations slug={slug} assembly={data} mayDraft={staff || seated} readOnly={readOnly} />
          <p>
            <Link to={accountabilityPath(slug)}>{t('accountability.link')}</Link>
          </p>
          <VotingRulePanel slug={slug} assembly={data.id} staff={staff} readOnly={readOnly} />
        </>
      ) : null}
      {staff && data ? <Mandates slug={slug} assembly={data} readOnly={readOnly} /> : null}
      {staff && data && plan.data ? (
        <>
          <SeatForm slug={slug} assembly={data} vacantSeats={plan.data.vacantSeats} readOnly={readOnly} />
          <SeatImport slug={slug} assembly={data} readOnly={readOnly} />
        </>
      ) : null}
      {staff && data ? <DrawsPanel slug={slug} assembly={data.id} readOnly={readOnly} /> : null}
    </section>
  );
}

function Facts({ assembly }: { assembly: Assembly }) {
  const { t, word, number, plural, date } = useI18n();
  const interval = assembly.mandateMonths / assembly.cohorts;
  return (
    <dl className="facts">
      <dt>{t('assemblies.kind')}</dt>
      <dd>{word('assemblyKind', assembly.kind)}</dd>
      <dt>{t('assemblies.status')}</dt>
      <dd>{word('assemblyStatus', assembly.status)}</dd>
      <dt>{t('assemblies.seats')}</dt>
      <dd>{number(assembly.seats)}</dd>
      <dt>{t('assemblies.activeMandates')}</dt>
      <dd>{number(assembly.activeMandates)}</dd>
      <dt>{t('assemblies.mandateLength')}</dt>
      <dd>{plural('assemblies.months', assembly.mandateMonths)}</dd>
      <dt>{t('assembly.rotation')}</dt>
      <dd>
        {assembly.cohorts > 1
          ? t('assembly.rotationCohorts', {
              cohorts: assembly.cohorts,
              interval: plural('assemblies.months', interval),
            })
          : t('assembly.rotationTogether')}
      </dd>
      <dt>{t('assembly.firstSitting')}</dt>
      <dd>
        <time dateTime={assembly.firstSittingOn}>{date(assembly.firstSittingOn, 'long')}</time>
      </dd>
      <dt>{t('assembly.topics')}</dt>
      <dd>{assembly.topics.length > 0 ? assembly.topics.join(', ') : t('assembly.noTopics')}</dd>
    </dl>
  );
}

/** The seats vacant now, and the coming renewals: on which day which cohort's seats fall vacant. */
function Rotation({ plan, failed }: { plan: RotationPlan | undefined; failed: boolean }) {
  const { t, date, number } = useI18n();
  if (!plan) return failed ? null : <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <p>
        {plan.vacantSeats.length > 0
          ? t('common.labelValue', { label: t('rotation.vacant'), value: seatRanges(plan.vacantSeats, number) })
          : t('rotation.noneVacant')}
      </p>
      <PagedTable
        captionId="renewals-caption"
        caption={t('rotation.caption')}
        columns={[t('rotation.date'), t('rotation.cohort'), t('rotation.seats')]}
        page={wholeList(plan.renewals)}
        empty={t('rotation.noRenewals')}
        rowKey={(renewal) => `${renewal.renewsOn}-${renewal.cohort}`}
        cells={(renewal) => (
          <>
            <th scope="row">
              <time dateTime={renewal.renewsOn}>{date(renewal.renewsOn, 'long')}</time>
            </th>
            <td className="number">{number(renewal.cohort)}</td>
            <td>{seatRanges(renewal.seats, number)}</td>
          </>
        )}
      />
    </>
  );
}
